import { DefaultLexerErrorMessageProvider, GrammarAST, LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import leven from 'leven';
import { KNOWN_SITUATIONS } from '../generator/situations.js';
import { blockGrammar, type BlockGrammar } from './clauses.js';
import { today as currentDay } from '../states/dates.js';
import { DOTTED_PROVISION, FOREIGN_DATE, HASH_COMMENT, MALFORMED_DATE, MALFORMED_ICC_NUMBER, MISSING_CLOSE, PROVISION_RANGE, SPACED_DATE_TIME, STRAY_CLOSE, UNCLOSED_COMMENT, UNCLOSED_STRING, WORDED_DATE, WRONG_QUOTES } from './token-builder.js';

/** Tokens no rule accepts (token-builder.ts): wherever one stops the parser, this is the message. */
const MISFIT_MESSAGES = new Map<TokenType, (token: IToken, previous: IToken | undefined, today: string) => string>([
    [HASH_COMMENT, token => `Comments start with // (to the end of the line) or /* (to */), not ${token.image.startsWith('#') ? '#' : '--'}.`],
    [STRAY_CLOSE, () => 'This } closes nothing: the block goes on after it. Remove it.'],
    [UNCLOSED_COMMENT, () => 'This comment is not closed: end it with */ (or start a one-line comment with //).'],
    [MALFORMED_ICC_NUMBER, token => `An ICC number is written ICC-NN/NN, ${/^icc\//i.test(token.image) ? 'with a hyphen after ICC' : 'with two digits each'} (ICC-01/09; a case ICC-01/09-01/26): ${iccNumber(token.image)}.`],
    [UNCLOSED_STRING, token => (/[“”»][\s,}]*$/.test(token.image)
        ? 'This text ends with a curly quote: end it with a straight double quote (").'
        : 'This text is not closed: end it with a double quote ("); a double quote inside a text is written \\".')],
    [WRONG_QUOTES, () => 'Texts are written between straight double quotes ("..."), not curly or single ones.'],
    [FOREIGN_DATE, (token, previous, today) => `A date is written YYYY-MM-DD${isoDate(token.image, previous, today)}.`],
    [WORDED_DATE, token => `A date is written YYYY-MM-DD${wordedDate(token.image)}.`],
    [SPACED_DATE_TIME, token => `A date with a time is written with a T: ${dateTime(token.image)}.`],
    [DOTTED_PROVISION, (token, previous) => `A paragraph is cited in brackets, not after a dot: write \`${previous?.tokenType.name === 'INT' ? previous.image : ''}${bracketed(token.image)}\`.`],
    [PROVISION_RANGE, token => `A range of provisions is not cited with ${/^[-–—]/.test(token.image) ? 'a dash' : `\`${/^\S+/.exec(token.image)![0]}\``}: cite each provision, separated by commas (\`art. 55(2)(a), art. 55(2)(b), art. 55(2)(c)\`).`]
]);

/** `.5.b` (of `art. 58.5.b`) written `(5)(b)`. */
function bracketed(labels: string): string {
    return labels.split(/[.()]+/).filter(Boolean).map(label => `(${label})`).join('');
}

/** icc-1/09 (or ICC/01/09) written as ICC-01/09. */
function iccNumber(image: string): string {
    const [, rest] = /^icc[-–— /]?(.*)$/i.exec(image)!;
    return `ICC-${rest.replace(/[–—]/g, '-').replace(/\d+/g, (n, at: number) => (at < 12 && n.length === 1 ? `0${n}` : n))}`;
}

/**
 * ": 2026-06-25" for 25/06/2026, 6/25/2026, 25.06.2026, 25-06-2026 or 2026–06–25; both readings when the
 * day and the month could be either (05/06/2026). A two-digit year is converted too: every date a file
 * writes but a birth date (of a request, a warrant, a designation, a crime, a State's ratification) is on
 * or after the Statute of 17 July 1998, so `26` is 2026 and `99` 1999; a birth date is of the century that
 * does not put it after `today` (the as-of date of `--at` or `rogatory.asOf`, else the current date), and both
 * readings are given when either could be (`05`: 2005 or 1905).
 */
function isoDate(image: string, previous: IToken | undefined, today: string): string {
    const parts = image.split(/[-/.–—]/);
    if (parts[0].length === 4) return `: ${iso(parts[0], parts[1], parts[2])}`;
    const [a, b, yy] = parts;
    const yearsOf = (yy: string) => (previous?.image !== 'born' ? [`${Number(yy) >= 98 ? 19 : 20}${yy}`]
        : [`20${yy}`, `19${yy}`].filter(year => Number(year) <= Number(today.slice(0, 4))));
    // With hyphens and a two-digit year (26-06-25), the year may be written first as well as last: every reading is
    // given, the one with the year first before, and none when there are more than two; never one guessed.
    if (yy.length === 2 && /^\d+[-–—]/.test(image)) {
        const readings = [...new Set([[a, b, yy], [yy, b, a], [yy, a, b]].filter(([, month, day]) => Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31)
            .flatMap(([year, month, day]) => yearsOf(year).map(full => iso(full, month, day))))].slice(0, 3);
        return `, with the year in four digits${readings.length <= 2 && readings.length ? `: ${readings.join(' or ')}` : ''}`;
    }
    const years = yy.length === 4 ? [yy] : yearsOf(yy);
    const four = yy.length === 2 ? ', with the year in four digits' : '';
    // Day first (25/06), unless the first number cannot be a day's but the second can (6/25).
    const orders = Number(b) > 12 && Number(a) <= 12 ? [[a, b]] : Number(a) > 12 || a === b ? [[b, a]] : [[b, a], [a, b]];
    if (years.length > 1 && orders.length > 1) return four;
    if (years.length > 1) return `${four}: ${years.map(year => iso(year, orders[0][0], orders[0][1])).join(' or ')}`;
    const [first, second] = orders.map(([month, day]) => iso(years[0], month, day));
    return `${four}: ${first}${second ? `, or ${second} if the month is written first` : ''}`;
}

function iso(year: string, month: string, day: string): string {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The months in English and in French, without accents: a month written in words is the one its word begins. */
const MONTHS = [['january', 'janvier'], ['february', 'fevrier'], ['march', 'mars'], ['april', 'avril'], ['may', 'mai'], ['june', 'juin'],
    ['july', 'juillet'], ['august', 'aout'], ['september', 'septembre'], ['october', 'octobre'], ['november', 'novembre'], ['december', 'decembre']];

/** ": 2026-06-25" for 25 June 2026, 25th June 2026, June 25, 2026, 25 juin 2026 or 1er juillet 2026. */
function wordedDate(image: string): string {
    const [, day] = /(\d{1,2})(?:st|nd|rd|th|er)?[ ,.]/.exec(image) ?? [];
    // The first word not glued to a digit (`th` of `25th`, `er` of `1er` are), without accents (`févr.`, `août`).
    const [, word] = /(?:^|[^\p{L}\p{N}])(\p{L}+)/u.exec(image)!;
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const month = MONTHS.findIndex(names => names.some(name => name.startsWith(plain))) + 1;
    const [year] = /\d{4}$/.exec(image)!;
    return day && month > 0 && Number(day) <= 31 ? `: ${iso(year, String(month), day)}` : '';
}

/** 2026-06-25 14:30 written as 2026-06-25T14:30 (Z for UTC), 14:30 UTC as 14:30Z, 14:30 +0200 as 14:30+02:00. */
function dateTime(image: string): string {
    const [, date, hour, rest, zone] = /^(\S+) +(\d{1,2})(:\d{2}(?::\d{2})?) *(.*)$/.exec(image)!;
    const time = `${date}T${hour.padStart(2, '0')}${rest}`;
    if (!zone) return `${time}, and ${time}Z if the time is UTC`;
    return /^[+-]/.test(zone) ? `${time}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}` : `${time}Z`;
}

/** The error at a comma that ends a line with nothing after it; parser/recovery.ts puts it at the comma. */
export const DANGLING_COMMA = 'Nothing follows this comma on its line: remove it.';

/** How a lexer error about a character the language does not know starts (the validator matches it). */
export const UNEXPECTED_CHARACTER = 'Unexpected character';

/** What a lexer error says of characters that are all invisible (the validator matches it). */
export const INVISIBLE = ' (invisible: delete it)';

/** Words that name the instrument of a provision (`of the Statute`, `RS`, `RPE`), which `art.` and `rule` say. */
const INSTRUMENT = /^(?:of|du|de|RS|ICCSt|statute|RPE|rules)$/i;

/** What the error at such a word says. */
const CITED_WITHOUT_INSTRUMENT = 'a provision is cited without its instrument: `art.` cites the Rome Statute, `rule` the Rules of Procedure and Evidence';

/** Blocks named before their title, with an example of a name. */
const NAMED_BEFORE_TITLE: Record<string, string> = { annex: 'A1', place: 'G1' };

/** Provisions cited under a plural (`arts. 89(1), 91(2)`), where each is cited with `art.` or `rule`. */
export const PLURAL_CITATION = /^(?:arts|articles|rules)$/i;

/** What a lexer error says of an apostrophe inside a name (the validator matches it). */
export const IN_NAME = ' in the name ';

/** What a parser error says of a name written with a space (the validator matches it). */
export const SPACED_NAME = ': a name is one word, without spaces: write ';

/**
 * What parser/lexer.ts says of a block written without its keyword, which it puts back: `OTP-2026-0001` is not
 * a request or a declaration (at the top level) or a clause of a request (`in`), and what to write.
 */
export function missingKeyword(name: string, keyword: string, inside?: string): string {
    return `\`${name}\` is not ${inside ? `a clause of ${an(nounOf(inside))}` : 'a request or a declaration'}: write \`${keyword} ${name}${inside ? '' : ' {'}\`.`;
}

/** Lexer errors a legal officer can act on, instead of Chevrotain's offsets. */
export class RogatoryLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        // Control and invisible characters (a zero-width space pasted from a web page) are shown by code.
        const invisible = (c: string) => c < ' ' || /[\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F]/.test(c);
        const shown = [...text].slice(0, 10).map(c => (invisible(c) ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c)).join('');
        // `dated: 2026-11-22`, `dated = ...` after a word: a keyword and its value have only a space between them.
        if ((text === ':' || text === '=') && /[\p{L}\p{N})]\s*$/u.test(fullText.slice(Math.max(0, startOffset - 40), startOffset))) {
            return `${UNEXPECTED_CHARACTER} '${text}': a keyword and its value are separated by a space only (\`dated 2026-11-22\`): remove it.`;
        }
        if (text === ';') return `${UNEXPECTED_CHARACTER} ';': clauses are not ended with one: remove it.`;
        // A full stop after a value, as at the end of a sentence (`dated 2026-10-01.`, `art. 96(1).`).
        if (text === '.' && /[\p{L}\p{N})"]$/u.test(fullText.charAt(startOffset - 1)) && /^(?:\s|}|$)/.test(fullText.charAt(startOffset + 1))) {
            return `${UNEXPECTED_CHARACTER} '.': clauses are not ended with a full stop: remove it.`;
        }
        // An apostrophe inside a word (`P-O'Brien`): a name is cut in two there, its second half read as a clause.
        if ((text === "'" || text === '\u2019') && /[\p{L}\p{N}]/u.test(fullText.charAt(startOffset - 1)) && /\p{L}/u.test(fullText.charAt(startOffset + 1))) {
            const [before] = /[\p{L}\p{N}_-]*$/u.exec(fullText.slice(Math.max(0, startOffset - 100), startOffset))!;
            const [rest] = /^[\p{L}\p{N}_-]*/u.exec(fullText.slice(startOffset + 1, startOffset + 101))!;
            return `${UNEXPECTED_CHARACTER} '${text}'${IN_NAME}\`${before}${text}${rest}\`: a name is written with letters, digits and hyphens only: write \`${before}${rest}\`.`;
        }
        // Slashes in a name with a number, as a registry writes its references (`OTP/2026/0201`): the name is cut at each;
        // each slash gets the same error (parser/lexer.ts keeps the first and reads the name whole), which writes it with hyphens.
        if (text === '/' && /[\p{L}\p{N}]/u.test(fullText.charAt(startOffset - 1)) && /[\p{L}\p{N}]/u.test(fullText.charAt(startOffset + 1))) {
            const [before] = /[\p{L}\p{N}_/-]*$/u.exec(fullText.slice(Math.max(0, startOffset - 100), startOffset))!;
            const [rest] = /^[\p{L}\p{N}_/-]*/u.exec(fullText.slice(startOffset + 1, startOffset + 101))!;
            const name = `${before}/${rest}`;
            if (/^\p{L}/u.test(name) && !/^icc/i.test(name) && /\/[^/]*\d/.test(name)) {
                return `${UNEXPECTED_CHARACTER} '/'${IN_NAME}\`${name}\`: a name is written with letters, digits and hyphens only: write \`${name.replace(/\//g, '-')}\`.`;
            }
        }
        const what = [...text].every(invisible) ? INVISIBLE : '';
        return `${UNEXPECTED_CHARACTER}${length > 1 ? 's' : ''} '${shown}'${what}: not part of the Rogatory language here.`;
    }
}

/** What a value of each terminal looks like, for "Expected ..." messages. */
const TERMINALS: Record<string, string> = {
    DATE: 'a date (YYYY-MM-DD)',
    STRING: 'a text in double quotes ("...")',
    ID: 'a name (letters, digits and hyphens, like P-Kilonzo)',
    INT: 'a number',
    ICC_NUMBER: 'an ICC number (ICC-01/09, ICC-01/09-01/26)',
    EOF: 'the end of the file'
};

/**
 * What a clause that takes one language says of a second one written after it (`language English, French`),
 * by block and keyword, from the first and the second (if one follows on the line): a request's translations
 * follow `translation`; an annex in another language is another annex, a version of the same document; a
 * State's designation lists the languages it accepts with `or`. A person's block names one language for each
 * use, each clause written once (a second one is `duplicate-clause`): the language of questioning, the
 * interpreter's, the translation of the warrant or judgment for the person.
 */
const LANGUAGE_LISTS: Record<string, Record<string, (first: string, second: string | undefined) => string>> = {
    Request: {
        language: (first, second) => `A request is written in one language: its translations are written after \`translation\` (\`language ${first} translation ${second ?? 'French'}\`).`,
        translation: (first, second) => `The translations of a request are separated by commas: write \`translation ${first}, ${second ?? 'French'}\`.`
    },
    Annex: {
        language: (_, second) => `An annex is in one language: a version in another language is another annex with the same \`copy-of\` or \`document\` and \`language ${second ?? 'French'}\`.`
    },
    Designation: {
        language: (first, second) => `The languages a State accepts are separated by \`or\`: write \`language ${first} or ${second ?? 'French'}\`.`
    },
    Person: {
        languages: (first, second) => `The languages a person speaks are separated by commas: write \`languages ${first}, ${second ?? 'French'}\`.`
    },
    Involvement: {
        'questioning-language': (first, second) => `A person is questioned in one language, and \`questioning-language\` is written once: write \`questioning-language ${first}\`${second ? `; an interpreter's language follows \`interpreter\` (\`questioning-language ${first} interpreter ${second}\`)` : ''}.`,
        interpreter: (first, second) => `A person's interpreter works in one language, and \`interpreter\` is written once: write \`interpreter ${first}\`${second ? ` or \`interpreter ${second}\`, a language the person is declared to speak` : ''}.`,
        translation: (first, second) => `The warrant or judgment is translated for the person into one language, and \`translation\` is written once: write \`translation ${first}\`${second ? ` or \`translation ${second}\`, a language the person fully understands and speaks` : ''}.`
    }
};
/** Clauses that name one declaration (a second name after a comma is an error that says where it goes). */
const SINGLE_NAME = new Set(['warrant', 'judgment', 'follows', 'person', 'waiver', 'consent', 'assurance', 'copy-of', 'state-agreement']);
/** Of those, the ones whose second name goes in a block of its own (a request per warrant, a warrant per person). */
const OF_ITS_OWN = new Set(['warrant', 'judgment', 'person']);

/** Types (and the rules that make them) whose name in a message is not their own in lower case. */
const NOUNS: Record<string, string> = {
    State: 'State', Involvement: "person's block", DirectExecution: 'direct execution', Instrument: 'warrant, judgment, decision or record'
};

/** How messages name a type of the grammar: a block, or what a reference points at (`request`, `State`). */
export function nounOf(type: string): string {
    return NOUNS[type] ?? type.toLowerCase();
}

/**
 * Syntax errors in the words of the language rather than Chevrotain's ("Expecting token of
 * type 'DATE' but found `2026`"): what was expected after which keyword, what was found, and
 * the keyword the author probably meant when a word is one or two letters off.
 */
export class RogatoryParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private readonly blocks: BlockGrammar;

    /** `today`: the as-of date (YYYY-MM-DD) a two-digit year of birth is read against, asked at each message. */
    constructor(grammar: GrammarAST.Grammar, private readonly today: () => string = currentDay) {
        super();
        this.blocks = blockGrammar(grammar);
    }

    /**
     * `next`, the token after `actual`, and `before`, the one before `previous` (the keyword of the clause
     * just read), are given where a clause was expected (parser/recovery.ts).
     */
    /** `spaced`: the words of a name after its first, where its block's `{` is expected (parser/recovery.ts). */
    override buildMismatchTokenMessage({ expected, actual, previous, ruleName, next, afterNext, before, spaced }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string; next?: IToken; afterNext?: IToken; before?: IToken; spaced?: IToken[] }): string {
        const misfit = MISFIT_MESSAGES.get(actual.tokenType);
        if (misfit) return misfit(actual, previous, this.today());
        const rule = ruleName.replace(/\u200B$/, '');
        const clauses = this.blocks.clauseKeywords.get(rule);
        if (expected.name === '}' && clauses) {
            const block = nounOf(rule);
            if (actual.tokenType.name === 'EOF') return `The file ends inside this ${block}: add \`}\` to close it.`;
            if (this.blocks.topLevelOnlyKeywords.includes(actual.tokenType.name) || actual.tokenType === MISSING_CLOSE) return `This ${block} is not closed: add \`}\` before the next \`${actual.image}\`.`;
            // A request's clause in a nested block that spans lines (parser/lexer.ts leaves it a keyword there).
            // Or a request's clause that nested blocks take as a value (`annex`), opening a line the lexer did not count in the block.
            const outer = this.blocks.outerOnlyKeywords.includes(actual.tokenType.name)
                || (this.blocks.outerClauseKeywords.has(actual.tokenType.name) && actual.startLine !== previous.endLine);
            if (!this.blocks.topLevelBlocks.has(rule) && outer) return `\`${actual.image}\` is not a clause of ${an(block)}: close the ${block} with \`}\` before it.`;
            // Another block's clause ("issued" in a request): say whose it is.
            // A value whose keyword is a clause of this block, written again for a second value on the line
            // (`status sent 2026-11-25 received 2026-11-27`): before "it belongs in a designation".
            const introducer = this.blocks.valueIntroducers.get(actual.image);
            if (introducer && clauses.some(k => k.value === introducer)) return `\`${actual.image}\` is not a clause of ${an(block)}: write \`${introducer} ${actual.image}\`.`;
            // Another word for one of this block's clauses (`deadline` for `respond-by`), before whose clause that word is.
            const instead = synonyms(actual.image, clauses.map(k => k.value)).map(keyword => `\`${rewritten(keyword, actual, next, afterNext, clauses.map(k => k.value))}\``);
            if (instead.length) return `\`${actual.image}\` is not a clause of ${an(block)}: write ${either(instead)}.`;
            // A person's declaration, not the person's block of a request ("belongs in a person" read as the block it is in).
            const owner = (name: string) => (block.startsWith(`${nounOf(name)}'s`) ? `the declaration of the ${nounOf(name)} (\`${nounOf(name)} NAME { ... }\`)` : an(nounOf(name)));
            const owners = [...this.blocks.clauseKeywords].filter(([, keywords]) => keywords.some(k => k.value === actual.image)).map(([name]) => owner(name));
            if (owners.length) return `\`${actual.image}\` is not a clause of ${an(block)}: it belongs in ${owners.join(' or ')}.`;
            // A value without the keyword before it (`person P sought`, `as` left out).
            if (introducer) return `\`${actual.image}\` is not a clause of ${an(block)}: write \`${introducer} ${actual.image}\`.`;
            // A list item without the comma before it.
            if (actual.image === 'art.' || actual.image === 'rule') return `Provisions in a list are separated by commas: write \`, ${actual.image} ...\` (\`legal-basis art. 89(1), art. 91(2)\`).`;
            // A paragraph without its brackets, after the article's number or right after another paragraph (`art. 93 1`, `art. 93(1)b`).
            if (/^(?:\d{1,3}|[a-z]{1,4})$/.test(actual.image) && actual.startLine === previous.endLine
                && ((previous.image === ')' && actual.startOffset === previous.endOffset! + 1) || (actual.tokenType.name === 'INT' && (previous.tokenType.name === 'INT' || previous.image === ')')))) {
                return `A paragraph or sub-paragraph is cited in brackets: write \`(${actual.image})\`.`;
            }
            // Or by `and` (`art. 89(1) and art. 91(2)`).
            if (/^(?:and|et)$/i.test(actual.image) && next?.image === '(' && next.startLine === actual.endLine) {
                return `Provisions in a list are separated by commas, not \`${actual.image}\`, each cited whole (\`art. 93(1)(b), art. 93(1)(i)\`).`;
            }
            if (/^(?:and|et)$/i.test(actual.image) && next?.tokenType.name === 'STRING' && next.startLine === actual.endLine) {
                return `The texts of a list are separated by commas, not \`${actual.image}\`: write \`,\` in its place.`;
            }
            if (/^(?:and|et)$/i.test(actual.image) && (next?.image === 'art.' || next?.image === 'rule')) return `Provisions in a list are separated by commas, not \`${actual.image}\`: write \`, ${next.image} ...\` (\`legal-basis art. 89(1), art. 91(2)\`).`;
            // The instrument named after a provision (`art. 96(1) of the Statute`, `art. 96(1) RS`).
            if (INSTRUMENT.test(actual.image) && actual.startLine === previous.endLine && (previous.image === ')' || previous.tokenType.name === 'INT')) {
                return `\`${actual.image}\` is not a clause of ${an(block)}: ${CITED_WITHOUT_INSTRUMENT}.`;
            }
            // A note on a status written without quotes (`status sent 2026-10-02 note verbale NV/OTP/2026/0201`).
            if (previous.tokenType.name === 'DATE' && before && this.blocks.valueIntroducers.get(before.image) === 'status' && actual.startLine === previous.endLine && isWord(actual)) {
                return `\`${actual.image}\` is not a clause of ${an(block)}: a note on a status is written in double quotes after its date (\`status ${before.image} ${previous.image} "..."\`).`;
            }
            // A word after a situation's or a case's number (`situation ICC-01/09 Kenya`, `case ICC-01/09-01/11 Ruto`).
            if (previous.tokenType.name === 'ICC_NUMBER' && (before?.image === 'situation' || before?.image === 'case') && actual.startLine === previous.endLine && isWord(actual) && !this.startsClause(actual)) {
                return `\`${actual.image}\` is not a clause of ${an(block)}: ${before.image === 'case' ? `a case's name is written in double quotes after its number (\`case ${previous.image} "..."\`)` : `a situation is cited by its number alone (\`situation ${previous.image}\`)`}.`;
            }
            // A place of birth after `at` (`born 1970-03-12 at "Nairobi"`).
            if (previous.tokenType.name === 'DATE' && before?.image === 'born' && /^(?:at|à)$/i.test(actual.image) && next?.tokenType.name === 'STRING' && next.startLine === actual.endLine) {
                return `\`${actual.image}\` is not a clause of ${an(block)}: the place of birth follows \`in\` (\`born ${previous.image} in ${shorten(next.image)}\`).`;
            }
            // A comma at the end of a line, with nothing after it (`language English,`), before the block's `}`, or between two clauses.
            if (actual.image === ',' && next && (next.tokenType.name === 'EOF' || next.startLine !== actual.endLine)) return DANGLING_COMMA;
            if (actual.image === ',' && next?.image === '}') return 'Nothing follows this comma in the block: remove it.';
            if (actual.image === ',' && next && clauses.some(k => k.value === next.image)) return 'Clauses are not separated by commas: remove this one.';
            // A Chamber's name without quotes (`from Chamber Pre-Trial Chamber II`).
            if (previous.image === 'Chamber' && before?.image === 'from' && actual.startLine === previous.endLine && isWord(actual)) {
                return `\`${actual.image}\` is not a clause of ${an(block)}: the Chamber's name is written in double quotes after \`Chamber\` (\`from Chamber "Pre-Trial Chamber II"\`).`;
            }
            // A second language after the first (`language English, French`): what the block allows instead.
            const language = before && Object.hasOwn(LANGUAGE_LISTS, rule) && Object.hasOwn(LANGUAGE_LISTS[rule], before.image) ? LANGUAGE_LISTS[rule][before.image] : undefined;
            if (language && actual.startLine === previous.endLine
                && (actual.image === ',' || (actual.tokenType.name === 'ID' && !suggestion(actual.image, clauses.map(k => k.value))))) {
                const second = actual.image === ',' || /^(?:and|et)$/i.test(actual.image) ? next : actual;
                return language(previous.image, second?.tokenType.name === 'ID' && second.startLine === previous.endLine ? second.image : undefined);
            }
            // A second name after a clause that takes one (`warrant W-A, W-B`, `person P-X as suspect, P-Y as witness`).
            const single = before?.image === 'as' && rule === 'Request' ? 'person' : before?.image;
            if (actual.image === ',' && single && SINGLE_NAME.has(single) && next?.tokenType.name === 'ID' && next.startLine === actual.endLine && actual.startLine === previous.endLine) {
                return single === 'person' && rule === 'Request'
                    ? `Each person is named in a \`person\` clause of their own: write \`person ${next.image}\` on a line of its own.`
                    : `\`${single}\` takes one name: write \`${single} ${previous.image}\`${OF_ITS_OWN.has(single) ? `, and name \`${next.image}\` in ${an(block)} of its own` : ''}.`;
            }
            // A form of assistance cited without `art.` after the kind (`kind assistance 93(1)(c)`).
            if (actual.tokenType.name === 'INT' && before?.image === 'kind' && actual.startLine === previous.endLine) {
                return `A provision is cited with \`art.\` or \`rule\` before its number: write \`kind ${previous.image} art. ${actual.image}${next?.image === '(' && next.startLine === actual.endLine ? `(${afterNext?.image ?? ''})…` : ''}\`.`;
            }
            if (actual.tokenType.name === 'STRING') return `\`${shorten(actual.image)}\` follows another value without a comma: separate the texts of a list with commas, or start a new clause with its keyword.`;
            // A keyword written as two words (`legal basis`, `legal–basis` with a dash the lexer does not know).
            const joined = splitKeyword([actual, next], clauses.map(k => k.value));
            if (joined) return `\`${actual.image}\` is not a clause of ${an(block)}: did you mean \`${joined}\`?`;
            // Provisions cited under a plural, or as `article`, where a clause is expected (after `kind assistance`).
            const citation = next?.tokenType.name === 'INT' && next.startLine === actual.endLine && (PLURAL_CITATION.test(actual.image) || /^article$/i.test(actual.image));
            const meant = isWord(actual) ? suggestion(actual.image, citation ? ['art.', 'rule'] : clauses.map(k => k.value)) : '';
            // A place or an annex without its keyword, its name a name (`G1 "Grave site"`; with a `{` after the title, parser/lexer.ts puts `annex` back).
            if (!meant && rule === 'Request' && actual.tokenType.name === 'ID' && /[\d-]|^\p{Lu}/u.test(actual.image)
                && next?.tokenType.name === 'STRING' && next.startLine === actual.endLine && actual.startLine !== previous.endLine) {
                return `\`${actual.image}\` is not a clause of a request: write \`place ${actual.image}\` or \`annex ${actual.image}\`.`;
            }
            if (isWord(actual)) return sentence(`\`${actual.image}\` is not a clause of ${an(block)}${meant || this.spacedName(actual, previous, before)}`);
            return `Expected a clause of the ${block} (starting with a keyword such as \`${clauses[0].value}\`) or \`}\`, found \`${actual.image}\`.`;
        }
        if (expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName, next, afterNext });
        if (this.listEnded(previous, actual)) return DANGLING_COMMA;
        let message = `Expected ${describe(expected)}${after(previous)}, found ${found(actual)}`;
        if (expected.name === '{') message += spaced?.length ? `${SPACED_NAME}\`${[previous!, ...spaced].map(t => t.image).join('-')}\`` : this.spacedName(actual, previous, before);
        // The ICC number of a warrant or a judgment where the name of its declaration is expected (`warrant ICC-01/09-01/26-14`).
        if (expected.name === 'ID' && actual.tokenType.name === 'ICC_NUMBER' && (previous?.image === 'warrant' || previous?.image === 'judgment')) {
            message += `: write the name of the ${previous.image}'s declaration, whose \`number\` is ${actual.image}`;
        }
        // An annex or a place without its name (`annex "Copy of the warrant"`), or named by a number (`annex 1`).
        const example = previous && NAMED_BEFORE_TITLE[previous.image];
        if (expected.name === 'ID' && example && actual.tokenType.name === 'STRING') message += `: ${an(previous.image)} is named before its title (\`${previous.image} ${example} ${shorten(actual.image)}\`)`;
        else if (expected.name === 'ID' && actual.tokenType.name === 'INT') message += `: a name starts with a letter${example ? ` (\`${previous.image} ${example[0]}${actual.image}\`)` : ''}`;
        // A suppression's reason without the code of the warning it silences (`suppress "The crimes are in the warrant."`).
        else if (expected.name === 'ID' && previous?.image === 'suppress' && actual.tokenType.name === 'STRING') {
            message += `: write the code of the warning before the reason, as \`rogatory check\` prints it (\`suppress arrest-crimes-missing ${shorten(actual.image)}\`)`;
        }
        // A keyword before the text (`by Chamber "Pre-Trial Chamber II"` in a warrant).
        if (expected.name === 'STRING' && actual.tokenType.name !== 'ID' && isWord(actual) && next?.tokenType.name === 'STRING' && next.startLine === actual.endLine && actual.startLine === previous?.endLine) {
            message += `: write \`${previous.image} ${shorten(next.image)}\`, without \`${actual.image}\``;
        }
        // Prose without quotes, whose first word may be a keyword that starts no clause (`facts Prosecutor's office`).
        else if (expected.name === 'STRING' && (actual.tokenType.name === 'ID' || (isWord(actual) && actual.startLine === previous?.endLine && !this.startsClause(actual)))) {
            message += ': put the whole text between double quotes';
        }
        else if (actual.tokenType.name === 'STRING' && fits(expected, actual.image.slice(1, -1))) message += ': remove the quotes';
        // A situation named in words (`situation Kenya`, `situation "Darfur"`), a case by its name (`case Ruto`).
        else if (expected.name === 'ICC_NUMBER' && previous?.image === 'situation' && (isWord(actual) || actual.tokenType.name === 'STRING')) message += situationByName(actual.image);
        else if (expected.name === 'ICC_NUMBER' && previous?.image === 'case' && (isWord(actual) || actual.tokenType.name === 'STRING')) {
            message += ': a case is cited by its ICC number, its name in double quotes after it (`case ICC-01/09-01/11 "The Prosecutor v. ..."`)';
        }
        if (actual.tokenType === MALFORMED_DATE) message += `: write the month and the day with two digits each, ${actual.image.replace(/-(\d)(?!\d)/g, '-0$1')}`;
        // A date without its hyphens (`20260625`).
        if (expected.name === 'DATE' && /^\d{8}$/.test(actual.image)) message += `: write ${actual.image.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')}`;
        // A word or a comma between a keyword and its date (`status sent on 2026-10-21`, `dated, 2026-10-01`).
        const date = next?.tokenType.name === 'DATE' ? next.image : next?.tokenType === WORDED_DATE ? wordedDate(next.image).slice(2) : '';
        if (expected.name === 'DATE' && /^(?:on|le|of|the|at|,)$/i.test(actual.image) && date && next!.startLine === actual.endLine) {
            message += `: write \`${previous.image} ${date}\`, without \`${actual.image}\``;
        }
        return `${message}.`;
    }

    /** `next` and `afterNext`, the two tokens after the first not read, are given by parser/recovery.ts. */
    override buildNotAllInputParsedMessage({ firstRedundant, next, afterNext }: { firstRedundant: IToken; ruleName: string; next?: IToken; afterNext?: IToken }): string {
        const misfit = MISFIT_MESSAGES.get(firstRedundant.tokenType);
        if (misfit) return misfit(firstRedundant, undefined, this.today());
        // A block's name and `{` without its keyword (`OTP-2026-0001 {`): the keywords of the blocks that have the clause after the `{`.
        if (firstRedundant.tokenType.name === 'ID' && next?.image === '{' && next.startLine === firstRedundant.endLine) {
            const owners = [...this.blocks.topLevelBlocks].filter(rule => this.blocks.clauseKeywords.get(rule)!.some(k => k.value === afterNext?.image))
                .map(rule => rule.toLowerCase()).filter(keyword => this.blocks.topLevelKeywords.includes(keyword))
                .map(keyword => `\`${keyword} ${firstRedundant.image} {\``);
            const what = `\`${firstRedundant.image}\` is not a request or a declaration: write`;
            if (owners.length) return `${what} ${owners.length > 1 ? `${owners.slice(0, -1).join(', ')} or ${owners.at(-1)}` : owners[0]}.`;
            return `${what} the block's keyword before its name (\`request ${firstRedundant.image} {\` for a request).`;
        }
        // A `}` typed twice at the end of a block, or left from a deleted one.
        if (firstRedundant.image === '}') return 'This } closes nothing: every block before it is already closed. Remove it.';
        const keywords = this.blocks.topLevelKeywords;
        const what = isWord(firstRedundant) ? `\`${firstRedundant.image}\` is not a request or a declaration`
            : `Unexpected \`${firstRedundant.image}\` outside any block`;
        return sentence(`${what}: a file holds blocks that start with ${keywords.map(k => `\`${k}\``).join(', ')}${isWord(firstRedundant) ? suggestion(firstRedundant.image, keywords) : ''}`);
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return this.oneOf(expectedPathsPerAlt.flat(), actual, previous);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, previous }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return this.oneOf(expectedIterationPaths, actual, previous);
    }

    /**
     * A list whose line ends with a comma, followed on the next line by a clause or a `}` (`legal-basis
     * art. 89(1),` then `warrant W-X`): the comma is the mistake, not what follows.
     */
    private listEnded(previous: IToken | undefined, actual: IToken): boolean {
        if (previous?.image !== ',' || actual.tokenType.name === 'EOF' || actual.startLine === previous.endLine) return false;
        return actual.image === '}' || this.startsClause(actual);
    }

    /**
     * ": a name is one word, without spaces: write `P-X`" for the second word of a name written with a space
     * (`person P X`), found where the block goes on after the name (or its `{` is expected).
     */
    private spacedName(actual: IToken, previous: IToken | undefined, before: IToken | undefined): string {
        if (actual.tokenType.name !== 'ID' || previous?.tokenType.name !== 'ID' || !before || !this.blocks.nameKeywords.has(before.image)) return '';
        if (actual.startLine !== previous.endLine) return '';
        return `${SPACED_NAME}\`${previous.image}-${actual.image}\``;
    }

    /** Whether the token is a keyword that starts a clause of some block. */
    private startsClause(token: IToken): boolean {
        return [...this.blocks.clauseKeywords.values()].some(keywords => keywords.some(k => k.value === token.image));
    }

    /** "Expected one of `public`, `confidential` ... after `classification`, found `secrett`: did you mean `secret`?" */
    private oneOf(paths: TokenType[][], lookahead: IToken[], previous: IToken): string {
        const actual = lookahead[0];
        const misfit = MISFIT_MESSAGES.get(actual.tokenType);
        if (misfit) return misfit(actual, previous, this.today());
        if (this.listEnded(previous, actual)) return DANGLING_COMMA;
        const first = [...new Set(paths.map(path => path[0]).filter(t => t !== undefined))];
        const keywords = first.filter(t => !(t.name in TERMINALS)).map(t => t.name);
        // Inside a provision's brackets (`art. 93(`), the label of a paragraph, not "a number" or "a name like P-Kilonzo".
        const label = previous?.image === '(' && first.length === 2 && first.every(t => t.name === 'INT' || t.name === 'ID');
        const listed = label ? "a paragraph's number or letter (`art. 93(1)(b)`)" : first.length === 1 ? describe(first[0]) : `one of ${first.map(describe).join(', ')}`;
        // A value written as words (`under seal`, `arrest and surrender`): the keyword they make.
        const joined = splitKeyword(lookahead, keywords);
        // A provision after the first of a list, without its `art.` (`art. 89(1), 91(2)`).
        const cited = actual.tokenType.name === 'INT' && keywords.includes('art.') ? `: cite each provision with \`art.\` or \`rule\` (\`art. ${actual.image}\`)` : '';
        // An article before the value (`as a witness`, `to the State "Kenya"`).
        const value = lookahead[1];
        const article = /^(?:a|an|the|le|la|les)$/i.test(actual.image) && value && value.startLine === actual.endLine && keywords.includes(value.image)
            ? `: write \`${previous.image} ${value.image}\`, without \`${actual.image}\`` : '';
        // The labels of a provision after the first of a list, without its article (`art. 55(2)(a), (b)`).
        const labels = actual.image === '(' && keywords.includes('art.') ? ': cite each provision whole, with `art.` or `rule` (`art. 55(2)(a), art. 55(2)(b)`)' : '';
        // The instrument named before a provision (`Rome Statute art. 93(1)(b)`).
        const instrument = isWord(actual) && keywords.includes('art.') && (INSTRUMENT.test(actual.image) || /^rome$/i.test(actual.image)) ? `: ${CITED_WITHOUT_INSTRUMENT}` : '';
        // A cost item written without the letter of art. 100(1) it falls under (`costs "Interpretation"`).
        const cost = previous?.image === 'costs' && actual.tokenType.name === 'STRING'
            ? `: a cost item cites the letter of art. 100(1) it falls under before its description (\`costs art. 100(1)(b) ${shorten(actual.image)}\`)` : '';
        const hint = joined ? `: did you mean \`${joined}\`?` : instrument || labels || cost || (isWord(actual) ? suggestion(actual.image, keywords) : cited || unquote(actual, first, keywords));
        return sentence(`Expected ${listed}${after(previous)}, found ${found(actual)}${hint || organ(lookahead, previous, keywords) || chamber(lookahead, previous, keywords) || article || addressee(lookahead, previous, keywords)}`);
    }
}

/**
 * ": the situation in the Republic of Kenya is `situation ICC-01/09`" for a word of the name of a situation the
 * dossier knows (generator/situations.ts), several when it names more than one (`Central`); else how a situation is cited.
 */
function situationByName(image: string): string {
    const words = image.replace(/^"|"$/g, '').toLowerCase().split(/[^\p{L}]+/u).filter(word => word.length > 3 && !COMMON_IN_NAMES.has(word));
    const known = Object.entries(KNOWN_SITUATIONS).map(([number, name]) => ({ number, name })).filter(({ name }) => name.toLowerCase().split(/[^\p{L}]+/u).some(word => words.includes(word)));
    if (!known.length) return ': a situation is cited by its ICC number (`situation ICC-01/09`)';
    return `: ${known.map(({ number, name }) => `the situation in ${/^(?:Republic|State|Islamic|Democratic|Bolivarian|People|Central)/.test(name) ? 'the ' : ''}${name} is \`situation ${number}\``).join('; ')}`;
}

/** Words of situations' names that name none of them alone. */
const COMMON_IN_NAMES = new Set(['situation', 'republic', 'state', 'the', 'islamic', 'democratic', 'bolivarian', 'people', 'union', 'arab']);

function describe(type: TokenType): string {
    return TERMINALS[type.name] ?? `\`${type.name}\``;
}

function found(token: IToken): string {
    return token.tokenType.name === 'EOF' ? TERMINALS.EOF : `\`${token.image}\``;
}

/** " after `dated`" when the token before is a keyword (what the author just wrote), else nothing. */
function after(previous: IToken | undefined): string {
    return previous && previous.image && !(previous.tokenType.name in TERMINALS) ? ` after \`${previous.image}\`` : '';
}

/** "a request", "an annex". */
function an(noun: string): string {
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A long text shown in a message: its first 40 characters. */
function shorten(text: string): string {
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function sentence(text: string): string {
    return text.endsWith('?') ? text : `${text}.`;
}

/**
 * ": remove the quotes" for a value in quotes where a keyword or a name is expected (`classification
 * "secret"`, `language "English"`, `legal-basis "art. 89(1)"`), with the keyword meant if it is misspelt too (`"Secret"`).
 */
function unquote(actual: IToken, expected: readonly TokenType[], keywords: readonly string[]): string {
    if (actual.tokenType.name !== 'STRING') return '';
    const text = actual.image.slice(1, -1);
    // The value itself, or a provision (`"art. 89(1)"`): what follows the keyword is read after it.
    if (expected.some(type => type.name === text || text.startsWith(`${type.name} `) || (type.name in TERMINALS && fits(type, text)))) return ': remove the quotes';
    const meant = /`(.*)`/.exec(suggestion(text, keywords))?.[1];
    return meant ? `: remove the quotes and write \`${meant}\`` : '';
}

/**
 * ": write `to State "Kenya"`" for an addressee without `State` or `organisation` before its name
 * (`to "Kenya"`, `to Kenya`); a name of several words without quotes is not known whole.
 */
function addressee([actual, next]: readonly IToken[], previous: IToken | undefined, keywords: readonly string[]): string {
    if (!keywords.includes('State') || !keywords.includes('organisation') || !previous) return '';
    const oneWord = actual.tokenType.name === 'ID' && !(next?.tokenType.name === 'ID' && next.startLine === actual.endLine);
    const name = actual.tokenType.name === 'STRING' ? actual.image : oneWord ? `"${actual.image}"` : undefined;
    if (name) return `: write \`${previous.image} State ${name}\` (for an international organisation, \`${previous.image} organisation "..."\`)`;
    return actual.tokenType.name === 'ID' ? `: write \`State\` or \`organisation\` and the name in double quotes (\`${previous.image} State "Kenya"\`)` : '';
}

/**
 * ": write `from Chamber "Pre-Trial Chamber II"`" for a Chamber's name written where the organ is
 * expected, without `Chamber` and the quotes; its words as far as the lookahead shows them.
 */
function chamber(lookahead: readonly IToken[], previous: IToken | undefined, keywords: readonly string[]): string {
    if (!keywords.includes('Chamber') || !previous) return '';
    // Its name in quotes, `Chamber` left out (`from "Pre-Trial Chamber II"`).
    if (lookahead[0].tokenType.name === 'STRING' && /\bChamber\b/i.test(lookahead[0].image)) return `: write \`${previous.image} Chamber ${lookahead[0].image}\``;
    if (!isWord(lookahead[0])) return '';
    const words: string[] = [];
    for (const token of lookahead) {
        if (!token || token.startLine !== lookahead[0].startLine || !isWord(token) || (words.length && token.startOffset !== lookahead[words.length - 1].endOffset! + 2)) break;
        words.push(token.image);
        if (words.at(-2) === 'Chamber' || (token.image === 'Chamber' && !/^[IVX]+$/.test(lookahead[words.length]?.image ?? ''))) break;
    }
    if (!words.includes('Chamber')) return '';
    return `: write \`${previous.image} Chamber "${words.join(' ')}"\``;
}

/** The organs other than the Chambers, by the words that name them in prose (`the Office of the Prosecutor`, `OTP`, `the Registrar`). */
const ORGANS: readonly [RegExp, string][] = [
    [/^(?:prosecutor|prosecution|otp|office-of-the-prosecutor|procureur|procureure|bureau-du-procureur)$/i, 'Prosecutor'],
    [/^(?:registry|registrar|greffe|greffier|greffière)$/i, 'Registry'],
    [/^(?:presidency|president|présidence)$/i, 'Presidency']
];

/** The organs of `transmitted-by` (rule 176(2)), as prose names them. */
const TRANSMITTERS: readonly [RegExp, string][] = [
    [/^(?:prosecutor|prosecution|otp|office-of-the-prosecutor|procureur|procureure|bureau-du-procureur)$/i, 'Office-of-the-Prosecutor'],
    [/^(?:registry|registrar|greffe|greffier|greffière)$/i, 'Registrar']
];

/**
 * ": write `from Prosecutor`" for an organ named as in prose where its keyword is expected (`from Office of
 * the Prosecutor`, `from the Prosecutor`, `from OTP`, `from "the Registry"`, `transmitted-by the Registry`):
 * the first word that names one, as far as the lookahead (three tokens) or the text in quotes shows them.
 * An `Office` whose organ is not shown (`Office of the ...`) is most likely the Prosecutor's: the Registry
 * is named beside it.
 */
function organ(lookahead: readonly IToken[], previous: IToken | undefined, keywords: readonly string[]): string {
    const table = keywords.includes('Prosecutor') && keywords.includes('Registry') ? { organs: ORGANS, prosecutor: 'Prosecutor', registry: 'Registry' }
        : keywords.includes('Office-of-the-Prosecutor') && keywords.includes('Registrar') ? { organs: TRANSMITTERS, prosecutor: 'Office-of-the-Prosecutor', registry: 'Registrar' }
        : undefined;
    if (!table || !previous) return '';
    const [actual] = lookahead;
    const words = actual.tokenType.name === 'STRING' ? actual.image.slice(1, -1).split(/\s+/)
        : lookahead.filter((token, k) => token && token.startLine === actual.startLine && lookahead.slice(0, k + 1).every(isWord)).map(token => token.image);
    const named = words.map(word => table.organs.find(([pattern]) => pattern.test(word))?.[1]).find(Boolean);
    if (named) return `: write \`${previous.image} ${named}\``;
    const office = /^office$/i.test(words[0] === 'the' || words[0] === 'The' ? words[1] : words[0]);
    return office ? `: write \`${previous.image} ${table.prosecutor}\` for the Office of the Prosecutor (\`${previous.image} ${table.registry}\` for the Registry)` : '';
}

/** Whether `text` is a whole value of the terminal `type` (`2026-06-25` of DATE, `W-Kilonzo` of ID). */
function fits(type: TokenType, text: string): boolean {
    const pattern = type.PATTERN;
    return pattern instanceof RegExp && new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, '')).test(text);
}

/** A name or a keyword: something that may be a misspelt keyword (`legal_basis` too). */
function isWord(token: IToken): boolean {
    return /^\p{L}[\p{L}\p{N}._/-]*$/u.test(token.image);
}

/**
 * The hyphenated keyword that the first of `words` and those after it make when each is one character
 * from the one before on a line (a space or a dash other than `-`: `legal basis`, `legal–basis`,
 * `arrest and surrender`), if there is one; the longest first.
 */
export function splitKeyword(words: readonly (IToken | undefined)[], keywords: readonly string[]): string | undefined {
    let n = 0;
    while (n < words.length && words[n] && isWord(words[n]!) && (n === 0 || (words[n]!.startOffset === words[n - 1]!.endOffset! + 2 && words[n]!.startLine === words[n - 1]!.endLine))) n++;
    for (; n >= 2; n--) {
        const joined = words.slice(0, n).map(word => word!.image).join('-').toLowerCase();
        const keyword = keywords.find(k => k.toLowerCase() === joined);
        if (keyword) return keyword;
    }
    return undefined;
}

/**
 * ": did you mean `kind`?" for the closest keyword, when it is at most a quarter of the word
 * away; two letters swapped count as one (`sougth`: `sought`).
 */
function suggestion(word: string, keywords: readonly string[]): string {
    // Provisions are cited `art. 93(1)(b)`, as the Court does; `article` is a word of the text.
    if (PLURAL_CITATION.test(word) && keywords.includes('art.')) {
        return /^rules$/i.test(word) ? ': write `rule` before each provision (`rule 176(2), rule 177`)' : ': write `art.` before each provision (`art. 89(1), art. 91(2)`)';
    }
    if (/^article$/i.test(word) && keywords.includes('art.')) return ': did you mean `art.`?';
    // `r. 188`, `R 188`: the abbreviation of rule is not the one the Court uses.
    if (/^r$/i.test(word) && keywords.includes('rule')) return ': did you mean `rule`?';
    // `rule188`, `art58`: the number glued to the word.
    const [, cited, number] = /^(rules?|r|arts?|articles?)(\d+)$/i.exec(word) ?? [];
    if (cited && keywords.includes('art.')) return `: write \`${/^r/i.test(cited) ? 'rule' : 'art.'} ${number}\`, with a space before the number`;
    let best: string[] = [];
    let distance = Infinity;
    for (const keyword of keywords) {
        const d = misspelling(word, keyword);
        if (d !== undefined && d < distance) {
            best = [keyword];
            distance = d;
        } else if (d === distance && d === FIRST_WORD) {
            best.push(keyword);
        }
    }
    if (best.length) return `: did you mean ${best.map(k => `\`${k}\``).join(' or ')}?`;
    const instead = synonyms(word, keywords).map(keyword => `\`${keyword}\``);
    return instead.length ? `: write ${either(instead)}` : '';
}

/**
 * Words a legal officer writes for a keyword, by the keyword to write instead: each is one error that names it,
 * where that keyword is expected (`date` is `dated` in a request, `issued` in a warrant). None is valid: the
 * language has one way to write each thing.
 */
const SYNONYMS: Record<string, readonly string[]> = {
    // A request's clauses.
    // (The French words are those of the Court's other working language, written from habit.)
    'respond-by': ['deadline', 'due', 'due-by', 'due-date', 'reply-by', 'response-by', 'respond-before', 'answer-by', 'time-limit', 'délai', 'échéance'],
    dated: ['date', 'date-of-request', 'request-date', 'dated-on', 'daté', 'datée'],
    contact: ['contact-point', 'focal-point', 'point-of-contact', 'liaison', 'point-de-contact'],
    to: ['addressee', 'addressed-to', 'requested-state', 'requested', 'state', 'destination', 'destinataire'],
    annex: ['annexes', 'attachment', 'attachments', 'enclosure', 'enclosures', 'appendix', 'appendices', 'exhibit', 'annexe', 'pièce', 'pièces', 'pièce-jointe', 'pièces-jointes'],
    classification: ['classified', 'level', 'security', 'security-level', 'confidentiality', 'classification-level', 'confidentialité'],
    via: ['channel', 'through', 'transmission-channel', 'canal', 'voie'],
    'legal-basis': ['basis', 'legal-bases', 'legal-grounds', 'provisions', 'fondement', 'fondement-juridique', 'base-juridique'],
    kind: ['type', 'category', 'request-type', 'nature'],
    urgent: ['urgency', 'priority', 'urgence'],
    crimes: ['charges', 'offences', 'offenses', 'counts', 'infractions'],
    from: ['issuer', 'issued-by', 'requesting-organ'],
    grounds: ['reasons', 'reasoning', 'motifs'],
    facts: ['faits'],
    title: ['titre'],
    purpose: ['object', 'aim', 'objective'],
    costs: ['expenses', 'frais'],
    place: ['site', 'places', 'lieu', 'lieux'],
    person: ['persons', 'personne', 'personnes'],
    status: ['statut'],
    // A person's block in a request.
    location: ['address', 'whereabouts', 'residence', 'last-known-location'],
    'questioning-language': ['language'],
    interpreter: ['language'],
    translation: ['language'],
    // A person's declaration.
    name: ['full-name', 'fullname', 'nom'],
    born: ['birth', 'birthdate', 'birth-date', 'date-of-birth', 'dob', 'born-on', 'né', 'née', 'date-de-naissance'],
    nationality: ['citizenship', 'national-of', 'nationalities', 'nationalité'],
    alias: ['aliases', 'aka', 'also-known-as'],
    languages: ['language', 'speaks', 'langue', 'langues'],
    // A warrant's, a judgment's, a decision's and a record's.
    issued: ['date', 'dated', 'issued-on', 'date-of-issue', 'issue-date'],
    warrant: ['arrest-warrant', 'warrant-of-arrest'],
    by: ['chamber', 'issued-by', 'issuing-chamber'],
    number: ['no', 'reference', 'ref', 'case-number', 'document-number'],
    'convicted-of': ['crimes', 'charges', 'convictions', 'conviction'],
    sentence: ['penalty'],
    type: ['kind'],
    // A designation's.
    channel: ['via'],
    language: ['languages', 'langue'],
    // Values.
    'electronic-mail': ['email', 'e-mail'],
    'under-seal': ['sealed'],
    written: ['writing', 'in-writing'],
    sent: ['transmitted', 'dispatched', 'envoyé', 'transmis'],
    received: ['reçu', 'reçue'],
    // A State's embassy is its diplomatic channel, one of the channels of art. 87(1)(a).
    'diplomatic-channel': ['embassy', 'diplomatic-note', 'note-verbale', 'voie-diplomatique'],
    'designated-authority': ['central-authority', 'authority'],
    // Part 9 speaks of surrender, not extradition (art. 102), and of cooperation or assistance, not mutual legal assistance.
    'arrest-and-surrender': ['extradition'],
    'surrender-of-convicted': ['extradition'],
    assistance: ['mutual-legal-assistance', 'mla', 'legal-assistance', 'judicial-assistance', 'entraide', 'entraide-judiciaire']
};

/** For each of those words, the keywords it stands for. */
const SYNONYM_OF = new Map<string, string[]>();
for (const [keyword, words] of Object.entries(SYNONYMS)) for (const word of words) SYNONYM_OF.set(word, [...(SYNONYM_OF.get(word) ?? []), keyword]);

/** Whether `word` is another word for `keyword` (`deadline` for `respond-by`): its error says to write the keyword. */
export function standsFor(word: string, keyword: string): boolean {
    return SYNONYM_OF.get(word.toLowerCase())?.includes(keyword) ?? false;
}

/** The keywords among `keywords` that `word` is another word for (`deadline`: `respond-by`). */
function synonyms(word: string, keywords: readonly string[]): string[] {
    return SYNONYM_OF.get(word.toLowerCase())?.filter(k => keywords.includes(k)) ?? [];
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
function either(items: readonly string[]): string {
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items[0];
}

/**
 * The clause to write for `actual`, another word for `keyword`, with the value after it on its line when there is
 * one (`respond-by 2027-01-31`, `to State "Kenya"`).
 */
function rewritten(keyword: string, actual: IToken, next: IToken | undefined, afterNext: IToken | undefined, keywords: readonly string[]): string {
    const value = next && next.startLine === actual.endLine && next.tokenType.name !== 'EOF' && !/^[{},]$/.test(next.image) && !keywords.includes(next.image) ? next : undefined;
    if (keyword !== 'to') return value ? `${keyword} ${shorten(value.image)}` : keyword;
    // `addressee "Kenya"`, `addressee State "Kenya"`: the addressee is a State or an organisation, its name in quotes.
    const organisation = value?.image === 'organisation';
    const name = value?.tokenType.name === 'STRING' ? value.image
        : (value?.image === 'State' || organisation) && afterNext?.tokenType.name === 'STRING' && afterNext.startLine === actual.endLine ? afterNext.image : '"..."';
    return `to ${organisation ? 'organisation' : 'State'} ${name}`;
}

/** The distance of a keyword's first word (`rights` of `rights-notice`): behind a letter off, and several such keywords are all named (`crime`). */
const FIRST_WORD = 1.5;

/** How far `word` is from `keyword` if it reads as a misspelling of it (`Dated`, `clasification`, `rights`); else undefined. */
export function misspelling(word: string, keyword: string): number | undefined {
    if (word === keyword) return undefined;
    const [a, b] = [word.toLowerCase(), keyword.toLowerCase()];
    // The first word of a keyword written as several (`rights` for `rights-notice`, `diplomatic` for `diplomatic-channel`).
    // (Not of a name, `Office-of-the-Prosecutor`: `Office` is an organ named in words, which `organ()` reads.)
    if (a.length >= 3 && keyword === b && b.startsWith(`${a}-`)) return FIRST_WORD;
    const d = swapped(a, b) ? 1 : leven(a, b);
    return d <= Math.max(1, Math.floor(word.length / 4)) ? d : undefined;
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    const i = [...a].findIndex((c, k) => c !== b[k]);
    return i >= 0 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
