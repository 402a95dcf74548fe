import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { blockGrammar } from './clauses.js';
import { MISSING_CLOSE, STRAY_CLOSE } from './token-builder.js';

/**
 * Langium's lexer, with three readings that keep one mistake one error (the parser's error
 * recovery resumes at the first token that can end or start a block, and these are such tokens):
 * - a word that only starts a top-level block (`request`, `record`, `state`...) is a plain name
 *   inside a block, unless it opens its line and a `{` follows on it (a new block after a
 *   forgotten `}`): "purpose To obtain the records of the requested state" without quotes;
 * - a request's clause keyword inside a nested block (on its one line, or starting a line before
 *   its matching `}` when the braces balance, or indented under its first line) is a plain name:
 *   the block keeps its `}` instead of the request being closed by it;
 * - a `}` too many in the middle of a block is STRAY_CLOSE (see markStrayCloses), and one left
 *   out before a declaration that opens a line is marked by a MISSING_CLOSE (see markMissingCloses).
 */
export class RogatoryLexer extends DefaultLexer {
    private readonly topLevelOnly: ReadonlySet<string>;
    private readonly outerOnly: ReadonlySet<string>;
    private readonly name: TokenType;
    private readonly topLevelKeywords: ReadonlySet<string>;
    private readonly outerClauses: ReadonlySet<string>;

    constructor(services: LangiumCoreServices) {
        super(services);
        const blocks = blockGrammar(services.Grammar);
        this.topLevelKeywords = new Set(blocks.topLevelKeywords);
        this.outerClauses = blocks.outerClauseKeywords;
        this.topLevelOnly = new Set(blocks.topLevelOnlyKeywords);
        this.outerOnly = new Set(blocks.outerOnlyKeywords);
        this.name = this.definition.ID;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        let closesMinusOpens = 0;
        for (const token of tokens) closesMinusOpens += token.tokenType.name === '}' ? 1 : token.tokenType.name === '{' ? -1 : 0;
        const stray = markStrayCloses(tokens, closesMinusOpens, this.topLevelKeywords);
        // With as many `}` as `{`, each nested block ends at its matching `}`; with one missing, a
        // clause not indented under the block's first line may be the request's, after a forgotten `}`.
        const balanced = closesMinusOpens === stray;
        let depth = 0;
        // The closing brace of a nested block written on one line (`person P as sought { ... }`).
        let oneLineEnd = -1;
        // A nested block over several lines: its closing brace, and the indentation of its first line.
        let nested: { end: number; indent: number } | undefined;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const type = token.tokenType.name;
            if (type === '{') {
                depth++;
                if (depth === 2) {
                    oneLineEnd = closingOnSameLine(tokens, i);
                    // Not a new top-level block after a forgotten `}`: that one's clauses are its own.
                    const opener = tokens[lineStart(tokens, i)];
                    const topLevel = opener.startColumn === 1 && this.topLevelKeywords.has(opener.tokenType.name);
                    nested = oneLineEnd < 0 && !topLevel
                        ? { end: matchingClose(tokens, i), indent: opener.startColumn! } : undefined;
                }
            } else if (type === '}') {
                depth = Math.max(0, depth - 1);
            } else if ((depth > 0 && this.topLevelOnly.has(type) && !opensBlock(tokens, i))
                || (i < oneLineEnd && this.outerOnly.has(type))
                || (depth === 2 && nested && i < nested.end && this.outerClauses.has(type) && firstOnLine(tokens, i) && (balanced || token.startColumn! > nested.indent))) {
                // A request's clause keyword inside a nested block belongs to that block, by where
                // its author put it (on the block's one line, before its matching `}`, or indented
                // under its first line): one mistake, not the end of the block and the request
                // closed by the block's brace.
                token.tokenType = this.name;
                token.tokenTypeIdx = this.name.tokenTypeIdx!;
            }
        }
        if (closesMinusOpens - stray < 0) markMissingCloses(tokens, this.topLevelKeywords, this.topLevelOnly);
        return result;
    }
}

/**
 * When a file has more `{` than `}`, a declaration whose keyword is also a clause (`person`,
 * `warrant`, `judgment`, `organisation`) opening a line inside a top-level block, as a
 * declaration does (`person P-Abonga {` at the start of the line), follows a block whose `}` was
 * left out. Read as that block's clause, it was a second error at its `{`, and the declaration
 * was lost, every reference to it with it. A MISSING_CLOSE token before it, which no rule
 * accepts, ends the open block there with one error (parser/messages.ts) and the declaration is
 * read. (A keyword that only opens blocks, `request`, ends the block without it.)
 */
function markMissingCloses(tokens: IToken[], declarations: ReadonlySet<string>, topLevelOnly: ReadonlySet<string>): void {
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const type = token.tokenType.name;
        if (type === '{') depth++;
        else if (type === '}') depth = Math.max(0, depth - 1);
        else if (depth === 1 && token.startColumn === 1 && declarations.has(type) && !topLevelOnly.has(type) && firstOnLine(tokens, i)
            && ['ID', 'STRING'].includes(tokens[i + 1]?.tokenType.name) && tokens[i + 2]?.tokenType.name === '{' && tokens[i + 2].startLine === token.startLine) {
            tokens.splice(i, 0, { ...token, tokenType: MISSING_CLOSE, tokenTypeIdx: MISSING_CLOSE.tokenTypeIdx! });
            depth = 0;
            i++;
        }
    }
}

/**
 * When a file has more `}` than `{`, the extra ones are the first `}` that end a top-level block
 * with something other than a new block or the end of the file after them: the block goes on
 * there, so that `}` was one too many (typed twice, or left from a deleted block). Each becomes
 * STRAY_CLOSE, one error, and the block is read to its real end; read as its end, every clause
 * after it was a top-level error and reported missing from the request. Returns how many.
 */
function markStrayCloses(tokens: IToken[], closesMinusOpens: number, blockStarts: ReadonlySet<string>): number {
    let excess = closesMinusOpens;
    if (excess <= 0) return 0;
    // A block opened without its `{` (`request OTP-2026-0001` alone on its line) explains a `}` too many.
    tokens.forEach((token, i) => {
        if (token.startColumn === 1 && blockStarts.has(token.tokenType.name) && !opensBlock(tokens, i)) excess--;
    });
    let marked = 0;
    let depth = 0;
    for (let i = 0; i < tokens.length && excess > 0; i++) {
        const type = tokens[i].tokenType.name;
        if (type === '{') depth++;
        else if (type === '}') {
            const next = tokens[i + 1];
            if (depth === 1 && next && !blockStarts.has(next.tokenType.name) && next.tokenType.name !== '}') {
                tokens[i].tokenType = STRAY_CLOSE;
                tokens[i].tokenTypeIdx = STRAY_CLOSE.tokenTypeIdx!;
                excess--;
                marked++;
            } else {
                depth = Math.max(0, depth - 1);
            }
        }
    }
    return marked;
}

/** The index of the `}` that closes the block opened at `open` (the last token if none does). */
function matchingClose(tokens: IToken[], open: number): number {
    let depth = 0;
    for (let j = open; j < tokens.length; j++) {
        const type = tokens[j].tokenType.name;
        if (type === '{') depth++;
        else if (type === '}' && --depth === 0) return j;
    }
    return tokens.length;
}

/** The index of the first token on the line of token `i`. */
function lineStart(tokens: IToken[], i: number): number {
    let first = i;
    while (first > 0 && tokens[first - 1].endLine === tokens[i].startLine) first--;
    return first;
}

function firstOnLine(tokens: IToken[], i: number): boolean {
    return i === 0 || tokens[i - 1].endLine !== tokens[i].startLine;
}

/** The index of the `}` that closes the block opened at `open`, if it is on the same line; else -1. */
function closingOnSameLine(tokens: IToken[], open: number): number {
    const line = tokens[open].startLine;
    for (let j = open + 1; j < tokens.length && tokens[j].startLine === line; j++) {
        const type = tokens[j].tokenType.name;
        if (type === '}') return j;
        if (type === '{') return -1;
    }
    return -1;
}

/** The token is the first on its line and a `{` follows within five tokens on that line. */
function opensBlock(tokens: IToken[], i: number): boolean {
    const line = tokens[i].startLine;
    if (!firstOnLine(tokens, i)) return false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 6) && tokens[j].startLine === line; j++) {
        if (tokens[j].tokenType.name === '{') return true;
    }
    return false;
}
