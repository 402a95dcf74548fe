import { InvalidArgumentError, Option } from 'commander';

/**
 * An option that takes one of `choices`, written in any case (`--format JSON`, as a CI file may have it):
 * listed in --help as commander's choices are, and refused with commander's own message otherwise.
 */
export function choiceOption(flags: string, description: string, choices: readonly string[], defaultValue: string): Option {
    return new Option(flags, description).choices(choices).default(defaultValue).argParser(inAnyCase(choices));
}

/** The parser of a value among `choices` in any case (an option's, or an argument's: `rogatory new Assistance`). */
export function inAnyCase<T extends string>(choices: readonly T[]): (value: string) => T {
    return value => {
        const chosen = choices.find(choice => choice === value.trim().toLowerCase());
        if (chosen === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
        return chosen;
    };
}
