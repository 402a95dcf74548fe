import { Lexer, type TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST, type Stream } from 'langium';

/*
 * Tokens that no rule accepts, for mistakes worth one clear syntax error (parser/messages.ts).
 */

/**
 * A date written with a one-digit month or day (`2026-6-5`), lexed as one token that no rule
 * accepts. Without it the lexer cuts it into numbers and hyphens, with an error per hyphen;
 * with it the author gets one syntax error that shows the date written right (messages.ts).
 */
export const MALFORMED_DATE: TokenType = { name: 'MALFORMED_DATE', PATTERN: /\d{4}-\d{1,2}-\d{1,2}/ };

/**
 * A line comment started with `#` or `--`, as in many other files, lexed to the end of the line as one
 * token that no rule accepts: one error saying how comments are written, and the words of the
 * comment are not read as clauses (`# to do` would otherwise start a `to` clause).
 */
export const HASH_COMMENT: TokenType = { name: 'HASH_COMMENT', PATTERN: /(?:#|--)[^\n\r]*/ };

/**
 * The end of a range of provisions written with a dash (`art. 55(2)(a)-(d)`), as prose cites them: one
 * token no rule accepts, so that the citation is one syntax error saying to cite each provision. Without
 * it the lexer dropped the dash and the parser read `art. 55(2)(a)(d)`, a provision that does not exist.
 * parser/lexer.ts gives this type to a range written in words too (`art. 55(2)(a) to (d)`).
 */
export const PROVISION_RANGE: TokenType = { name: 'PROVISION_RANGE', PATTERN: /[-–—] *\((?:[a-z]|[ivx]+|\d{1,3})\)/ };

/**
 * A paragraph cited after a dot (`art. 58.5`, `art. 93.1.b`, `rule 111.1`), as some national codes number
 * them: the labels after the article's number, as one token no rule accepts, so that the citation is one
 * syntax error that writes it in brackets (`58(5)`). Without it the lexer dropped the dot and the parser
 * met a `5` where a clause was expected. Nothing else in the language starts with a dot.
 */
export const DOTTED_PROVISION: TokenType = { name: 'DOTTED_PROVISION', PATTERN: /\.\d{1,3}(?:\.(?:\d{1,3}|[a-z]{1,4})|\((?:\d{1,3}|[a-z]{1,4})\))*/ };

/** A `/*` comment not closed: to the end of its line, so that the lines after it are still read. */
export const UNCLOSED_COMMENT: TokenType = { name: 'UNCLOSED_COMMENT', PATTERN: /\/\*[^\n\r]*/ };

/** An ICC number written otherwise (ICC-1/09, icc-01/09, ICC 01/09, ICC–01/09, ICC/01/09 with slashes only). */
export const MALFORMED_ICC_NUMBER: TokenType = {
    name: 'MALFORMED_ICC_NUMBER',
    PATTERN: /[Ii][Cc][Cc][-–— /]?\d{1,2}[/–—-]\d{1,2}(?:[-–—]\d{1,2}[/–—-]\d{1,2})?(?:[-–—][A-Za-z0-9]+)*/
};

/**
 * A text whose quotes do not pair up, from its opening `"` to the end of that line: a closing
 * quote left out, a stray one, or a `"` inside a text not written `\"`. Without it the string
 * runs to the next `"` (the opening quote of the next text) and every text after it is read
 * inside out, with a dozen errors and clauses reported missing that are there.
 */
export const UNCLOSED_STRING: TokenType = { name: 'UNCLOSED_STRING', PATTERN: /"[^\n\r]*/ };

/**
 * Curly or single quotes around a text (“Kenya”, 'Kenya'), which a word processor or habit puts
 * there; an opening “ or „ also when the text is closed by a straight quote or not at all on
 * its line (“Kenya"), as when only the first quote was converted.
 */
export const WRONG_QUOTES: TokenType = { name: 'WRONG_QUOTES', PATTERN: /[“”„«][^\n\r“”„«»"]*[“”»]|[“„][^\n\r“”„«»"]*"?|'[^\n\r'"]*'/ };

/** A date in another order or with other separators (25/06/2026, 25.06.2026, 25-06-2026, 6/25/26, 26-06-25, 2026–06–25). */
export const FOREIGN_DATE: TokenType = { name: 'FOREIGN_DATE', PATTERN: /\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d)|\d{1,2}[-–—]\d{1,2}[-–—](?:\d{4}|\d{2})(?!\d)|\d{4}[–—/.]\d{1,2}[–—/.]\d{1,2}/ };

const MONTH = '(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\.?';

/** French month names and their usual abbreviations (juin, juil., févr., août), with or without accents. */
const MOIS = '(?:[Jj]anv(?:ier)?|[Ff][ée]v(?:r(?:ier)?)?|[Mm]ars|[Aa]vr(?:il)?|[Mm]ai|[Jj]uin|[Jj]uil(?:l(?:et)?)?|[Aa]o[ûu]t|[Ss]ept(?:embre)?|[Oo]ct(?:obre)?|[Nn]ov(?:embre)?|[Dd][ée]c(?:embre)?)\\.?';

/**
 * A date with the month in words, on one line (25 June 2026, 25th June 2026, June 25, 2026; in
 * French, day first: 25 juin 2026, 1er juillet 2026). Without the `u` flag: it starts with a digit
 * or an ASCII letter, which Chevrotain can index (test/language/lexer-speed.test.ts).
 */
export const WORDED_DATE: TokenType = {
    name: 'WORDED_DATE',
    PATTERN: new RegExp(`\\d{1,2}(?:st|nd|rd|th|er)? +(?:${MONTH}|${MOIS}),? +\\d{4}(?!\\d)|${MONTH} +\\d{1,2}(?:st|nd|rd|th)?,? +\\d{4}(?!\\d)`)
};

/** A date and a time with a space between them (2026-06-25 14:30, 2026-06-25 14:30 UTC). */
export const SPACED_DATE_TIME: TokenType = {
    name: 'SPACED_DATE_TIME', PATTERN: /\d{4}-\d{2}-\d{2} +\d{1,2}:\d{2}(?::\d{2})?(?: *(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})(?![\p{L}\p{N}]))?/u,
    // Chevrotain cannot read a regular expression with the `u` flag for the characters it starts
    // with; without this hint it turns off its first-character lookup for every token: lexing
    // was six times slower (12 s instead of 1.9 s for 10,000 files).
    START_CHARS_HINT: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
};

/**
 * The string terminal, refusing a match that a letter or digit follows at once: a closing quote
 * is always followed by a space, a comma or a brace, so such a match pairs the quotes wrongly
 * (its "closing" quote opens the next text). UNCLOSED_STRING then takes the line instead.
 */
function pairedString(regex: RegExp): (text: string, offset: number) => RegExpExecArray | null {
    const sticky = new RegExp(regex.source, 'y');
    return (text, offset) => {
        sticky.lastIndex = offset;
        const match = sticky.exec(text);
        if (match && /[\p{L}\p{N}]/u.test(text.charAt(offset + match[0].length))) return null;
        return match;
    };
}

/**
 * A `}` that closes nothing the author meant to close: one too many, with the block going on
 * after it. Never matched by the lexer (`Lexer.NA`): parser/lexer.ts gives a `}` this type.
 */
export const STRAY_CLOSE: TokenType = { name: 'STRAY_CLOSE', PATTERN: Lexer.NA };

/**
 * Where a `}` is missing: put by parser/lexer.ts before a declaration that opens a line inside a
 * block (`person P-Abonga {` after a warrant left open), with that keyword's image and place.
 * Never matched by the lexer, accepted by no rule: the open block ends there with one error.
 */
export const MISSING_CLOSE: TokenType = { name: 'MISSING_CLOSE', PATTERN: Lexer.NA };

export class RogatoryTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        const tokens = super.buildTerminalTokens(rules);
        const string = tokens.find(t => t.name === 'STRING')!;
        string.PATTERN = pairedString(string.PATTERN as RegExp);
        string.START_CHARS_HINT = ['"'];
        string.LINE_BREAKS = true;
        // Before DATE, which would take the date without its time.
        tokens.splice(tokens.findIndex(t => t.name === 'DATE'), 0, SPACED_DATE_TIME);
        // After DATE, which takes every well-written date first, and before INT (and ID, which would take `June`).
        tokens.splice(tokens.findIndex(t => t.name === 'DATE') + 1, 0, MALFORMED_DATE, FOREIGN_DATE, WORDED_DATE);
        // After STRING, which takes every text whose quotes pair up.
        tokens.splice(tokens.indexOf(string) + 1, 0, UNCLOSED_STRING);
        // An ICC number that a `/`, a digit or a hyphen follows has a part written with one digit (`ICC-01/09-1/26`): the
        // terminal would take it as far as `ICC-01/09-1`, leaving `/26` to be two more errors; MALFORMED_ICC_NUMBER takes it whole.
        const icc = tokens.find(t => t.name === 'ICC_NUMBER')!;
        icc.PATTERN = new RegExp(`${(icc.PATTERN as RegExp).source}(?![/\\d-])`);
        // The lookahead hides the first character from Chevrotain's analysis (see SPACED_DATE_TIME).
        icc.START_CHARS_HINT = ['I'];
        // After ICC_NUMBER, which takes every well-written number, and before ID, which would take `ICC-1`.
        tokens.splice(tokens.findIndex(t => t.name === 'ICC_NUMBER') + 1, 0, MALFORMED_ICC_NUMBER);
        tokens.push(HASH_COMMENT, UNCLOSED_COMMENT, WRONG_QUOTES, PROVISION_RANGE, DOTTED_PROVISION, STRAY_CLOSE, MISSING_CLOSE);
        return tokens;
    }
}
