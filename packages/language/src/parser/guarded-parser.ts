import type { IToken } from 'chevrotain';
import type { AstNode, LangiumCoreServices, LangiumDocument, ParseResult } from 'langium';
import { createLangiumParser, GrammarUtils, type LangiumParser } from 'langium';
import { createWideNodesWhole } from './node-shapes.js';
import { blockGrammar } from './clauses.js';
import { recoverAcrossBraces } from './recovery.js';
import { PLURAL_CITATION, splitKeyword } from './messages.js';
import { noteRepeatedClauses } from './repeated-clauses.js';

/** Whether the file has lexer or parser errors (binary or huge input included): what it holds may be partly read. */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** Files larger than this are not parsed: request files are a few kilobytes. */
export const MAX_FILE_CHARACTERS = 2_000_000;

/**
 * A file of more bytes than this holds more than MAX_FILE_CHARACTERS characters whatever it holds (in
 * UTF-8 a character, one UTF-16 unit, takes at most three bytes), so it can be refused without being read:
 * past 512 MB, Node cannot even make it a string.
 */
export const MAX_FILE_BYTES = 3 * MAX_FILE_CHARACTERS;

/**
 * Gives `document` (created from no text: the file was not read, being larger than MAX_FILE_BYTES)
 * the diagnostic at 1:1 that the parser gives a file too large to be a request.
 */
export function refuseUnreadFile(document: LangiumDocument, bytes: number): void {
    document.parseResult.lexerErrors.push({ offset: 0, line: 1, column: 1, length: 1, message: `File too large to be a request (${bytes} bytes, limit ${MAX_FILE_CHARACTERS} characters); it was not read.` });
}

/**
 * Wraps Langium's parser so that input a request file can never be (binary data,
 * a huge file, input deep enough to overflow Chevrotain's recovery, cf. langium#2160)
 * yields one clear diagnostic at 1:1 instead of a stack trace or a frozen editor.
 * The parser also creates requests whole (node-shapes.ts), notes repeated clauses
 * (repeated-clauses.ts) and recovers from errors skipping `{ ... }` groups whole (recovery.ts).
 */
export function createGuardedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const tokens = services.parser.Lexer.definition;
    const blocks = blockGrammar(services.Grammar);
    // Langium names Chevrotain's rules with a zero-width space after the grammar's name.
    const ruleName = (rule: string) => rule.replace(/\u200B$/, '');
    // `questioning language` for `questioning-language`: its second word is part of the mistake.
    const joined = (first: IToken, next: IToken, rule: string) =>
        splitKeyword([first, next], (blocks.clauseKeywords.get(ruleName(rule)) ?? []).map(k => k.value)) !== undefined;
    // `arts. 89(1), 91(2)`: the provisions after the first are cited under the same plural, one mistake; so are
    // the labels cited without their article (`art. 55(2)(a), (b), (c)`).
    // Or the numbers of the provisions after the first, without `art.` (`art. 58(5), 89(1), 91(2)`).
    const listLine = (first: IToken, rule: string) => rule.startsWith('ProvisionRef') && (PLURAL_CITATION.test(first.image) || first.image === '(' || first.tokenType.name === 'INT');
    const entry = GrammarUtils.getEntryRule(services.Grammar)!.name;
    const topLevel = new Set(blocks.topLevelKeywords);
    const clauses = (rule: string) => blocks.clauseKeywords.get(ruleName(rule));
    const opens = (la: (k: number) => IToken, rule: string) => {
        // A top-level keyword at the start of a line, a `{` after it on the line (`request R-1 {`, `designation for State "Kenya" {`).
        const first = la(1);
        if (ruleName(rule) !== entry || first.startColumn !== 1 || !topLevel.has(first.tokenType.name)) return false;
        for (let k = 2, token = la(k); k <= 6 && token.startLine === first.startLine; token = la(++k)) if (token.image === '{') return true;
        return false;
    };
    // In the middle of a block's line, a top-level keyword that is none of its clauses (`organisation` of `addressee
    // organisation "..."` in a request) starts no block: recovery does not end the block there.
    const startsNothing = (token: IToken, previous: IToken, rule: string) => token.startLine === previous.endLine
        && topLevel.has(token.tokenType.name) && clauses(rule)?.some(k => k.value === token.tokenType.name) === false;
    recoverAcrossBraces(parser, tokens['{'], tokens['}'], tokens.STRING, blocks.proseKeywords, joined, listLine, { opens, startsNothing });
    createWideNodesWhole(parser, services.shared.AstReflection);
    const repeated = noteRepeatedClauses(parser);
    const parse = parser.parse.bind(parser);
    const refuse = <T extends AstNode>(input: string, message: string): ParseResult<T> => {
        const empty = parse<T>('');
        empty.lexerErrors.push({ offset: 0, line: 1, column: 1, length: 1, message });
        // The tree stands for the text refused: Langium parses a document again only when its text differs from its
        // tree's, and a tree made from no text would otherwise stay when the text is emptied (the refusal with it).
        const root = empty.value.$cstNode;
        if (root) Object.defineProperty(root, 'fullText', { value: input });
        return empty;
    };
    parser.parse = <T extends AstNode = AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        if (input.length > MAX_FILE_CHARACTERS) {
            return refuse<T>(input, `File too large to be a request (${input.length} characters, limit ${MAX_FILE_CHARACTERS}); it was not parsed.`);
        }
        if (looksBinary(input)) {
            return refuse<T>(input, looksUtf16(input)
                ? 'This file is UTF-16 text (as Windows PowerShell writes with `>` or Out-File), not UTF-8: save it as UTF-8; it was not parsed.'
                : 'This file is not text (it contains NUL or other control bytes); it was not parsed.');
        }
        try {
            repeated.begin();
            const result = parse<T>(input, options);
            repeated.end(result.value);
            notUtf8(input, result);
            return result;
        } catch (error) {
            if (error instanceof RangeError) {
                return refuse<T>(input, 'The parser gave up on this file (too many nested syntax errors); fix the first syntax error and save again.');
            }
            throw error;
        }
    };
    return parser;
}

/** NUL or a run of C0 control characters other than tab, newline, carriage return and form feed. */
export function looksBinary(input: string): boolean {
    const sample = input.length > 65_536 ? input.slice(0, 65_536) : input;
    let controls = 0;
    for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if (c === 0) return true;
        if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    }
    return controls > 8 && controls > sample.length / 100;
}

/**
 * UTF-16 text read as UTF-8 (the way a closed file is read): a NUL beside every letter of the Latin
 * alphabet, all on the same side, after a byte order mark (two U+FFFD) or none. Windows PowerShell 5
 * writes it with `>`; "not text" would be no help to the author who sees text in the editor.
 */
function looksUtf16(input: string): boolean {
    const sample = input.replace(/^\uFFFD\uFFFD/, '').slice(0, 4096);
    const nuls = [0, 0];
    for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls[i % 2]++;
    const [more, fewer] = nuls[0] > nuls[1] ? [nuls[0], nuls[1]] : [nuls[1], nuls[0]];
    return more >= sample.length / 4 && fewer <= more / 10;
}

/**
 * A file saved in another encoding (Windows-1252, Latin-1) reaches the parser with U+FFFD in
 * place of each accented letter: reading it as UTF-8 has already lost them. One error at the
 * first, so the author re-saves the file before a document is built with "pr\uFFFDs de".
 */
function notUtf8(input: string, result: ParseResult): void {
    const offset = input.indexOf('\uFFFD');
    if (offset < 0) return;
    const before = input.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    result.lexerErrors.push({
        offset, line, column, length: 1,
        message: 'This file is not UTF-8 text: the letter shown as \uFFFD was written in another encoding (perhaps Windows-1252) and is lost. Save the file as UTF-8.'
    });
}
