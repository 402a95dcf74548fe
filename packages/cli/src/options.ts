import { InvalidArgumentError, Option } from 'commander';

/**
 * An option that takes one of `choices`, written in any case (`--format JSON`, as a CI file may have it):
 * listed in --help as commander's choices are, and refused with commander's own message otherwise.
 */
export function choiceOption(flags: string, description: string, choices: readonly string[], defaultValue: string): Option {
    return new Option(flags, description).choices(choices).default(defaultValue).argParser((value: string) => {
        const chosen = choices.find(choice => choice === value.trim().toLowerCase());
        if (chosen === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
        return chosen;
    });
}
