import type { ILexingError, IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { blockGrammar } from './clauses.js';
import { MISSING_CLOSE, PROVISION_RANGE, STRAY_CLOSE } from './token-builder.js';
import { IN_NAME, missingKeyword } from './messages.js';

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
 *   out before a declaration that opens a line is marked by a MISSING_CLOSE (see markMissingCloses);
 * - a block written without its keyword, when what follows says which (see insertMissingKeywords),
 *   gets it, with one error.
 */
export class RogatoryLexer extends DefaultLexer {
    private readonly topLevelOnly: ReadonlySet<string>;
    private readonly outerOnly: ReadonlySet<string>;
    private readonly name: TokenType;
    private readonly to: TokenType;
    private readonly topLevelKeywords: ReadonlySet<string>;
    private readonly outerClauses: ReadonlySet<string>;
    /** Per top-level keyword (`request`, `warrant`...), the clause keywords of its block. */
    private readonly blockClauses: ReadonlyMap<string, ReadonlySet<string>>;
    /** Every clause keyword of a top-level block. */
    private readonly topLevelClauses: ReadonlySet<string>;
    /** Keywords a name follows (`request`, `person`). */
    private readonly nameKeywords: ReadonlySet<string>;
    /**
     * By the keyword that opens a request's nested block (`person`, `annex`), the keywords that are plain words in
     * it: on its one line, those it reads nowhere (`language` in a person's block); opening a line of it, those
     * that start none of its clauses. Other nested blocks: those no nested block reads, or whose clauses they start.
     */
    private readonly foreignIn: ReadonlyMap<string, { anywhere: ReadonlySet<string>; starts: ReadonlySet<string> }>;
    private readonly foreignInAny: { anywhere: ReadonlySet<string>; starts: ReadonlySet<string> };

    constructor(services: LangiumCoreServices) {
        super(services);
        const blocks = blockGrammar(services.Grammar);
        // A block rule's keyword is its name in lower case (`Request`: `request`), as messages.ts names them.
        this.blockClauses = new Map([...blocks.topLevelBlocks].filter(rule => blocks.topLevelKeywords.includes(rule.toLowerCase()))
            .map(rule => [rule.toLowerCase(), new Set(blocks.clauseKeywords.get(rule)!.map(k => k.value))]));
        this.nameKeywords = blocks.nameKeywords;
        this.topLevelClauses = new Set([...this.blockClauses.values()].flatMap(keywords => [...keywords]));
        this.topLevelKeywords = new Set(blocks.topLevelKeywords);
        this.outerClauses = blocks.outerClauseKeywords;
        this.topLevelOnly = new Set(blocks.topLevelOnlyKeywords);
        this.outerOnly = new Set(blocks.outerOnlyKeywords);
        this.foreignInAny = { anywhere: this.outerOnly, starts: this.outerClauses };
        this.foreignIn = new Map([...blocks.foreignInNested].map(([keyword, { anywhere, starts }]) =>
            [keyword, { anywhere: new Set([...this.outerOnly, ...anywhere]), starts: new Set([...this.outerClauses, ...starts]) }]));
        this.name = this.definition.ID;
        this.to = this.definition.to;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        // Only where the lexer met a character it does not know: nothing to do in a file without mistakes.
        if (result.errors.length) this.joinSlashedNames(text, tokens, result.errors);
        this.markWordedRanges(text, tokens);
        this.insertMissingKeywords(tokens, result.errors);
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
        let foreign = this.foreignInAny;
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
                    foreign = this.foreignIn.get(opener.tokenType.name) ?? this.foreignInAny;
                    nested = oneLineEnd < 0 && !topLevel
                        ? { end: matchingClose(tokens, i), indent: opener.startColumn! } : undefined;
                }
            } else if (type === '}') {
                depth = Math.max(0, depth - 1);
            } else if ((depth > 0 && this.topLevelOnly.has(type) && !opensBlock(tokens, i))
                || (i < oneLineEnd && foreign.anywhere.has(type))
                || (depth === 2 && nested && i < nested.end && foreign.starts.has(type) && firstOnLine(tokens, i) && (balanced || token.startColumn! > nested.indent))) {
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

    /**
     * A range of provisions written in words (`art. 55(2)(a) to (d)`, `through`): one PROVISION_RANGE token from
     * the word to the last label, as for a dash (token-builder.ts). Read as tokens, `to` started a clause of the
     * request, which ended the person's block it was in, and the request at that block's `}`.
     */
    private markWordedRanges(text: string, tokens: IToken[]): void {
        for (let i = 1; i < tokens.length - 3; i++) {
            const token = tokens[i];
            if ((token.tokenType !== this.to && token.image !== 'through') || tokens[i - 1].image !== ')' || tokens[i + 1].image !== '('
                || tokens[i + 3].image !== ')' || tokens[i + 3].endLine !== tokens[i - 1].startLine) continue;
            const last = tokens[i + 3];
            tokens.splice(i, 4, {
                ...token, image: text.slice(token.startOffset, last.endOffset! + 1), tokenType: PROVISION_RANGE, tokenTypeIdx: PROVISION_RANGE.tokenTypeIdx!,
                endOffset: last.endOffset, endLine: last.endLine, endColumn: last.endColumn
            });
        }
    }

    /**
     * A name written with slashes (`OTP/2026/0201`, as a registry writes its references), whose error messages.ts
     * gives at each slash: one name token, so that the parser reads the clause or the block it names (a request
     * `request OTP/2026/0201 {` is read whole, its clauses not reported missing), and one error, the first slash's.
     */
    private joinSlashedNames(text: string, tokens: IToken[], errors: ILexingError[]): void {
        for (let e = 0; e < errors.length; e++) {
            const error = errors[e];
            if (text.charAt(error.offset) !== '/' || !error.message.includes(IN_NAME)) continue;
            const start = error.offset - /[\p{L}\p{N}_/-]*$/u.exec(text.slice(Math.max(0, error.offset - 100), error.offset))![0].length;
            const end = error.offset + 1 + /^[\p{L}\p{N}_/-]*/u.exec(text.slice(error.offset + 1, error.offset + 101))![0].length;
            const first = tokens.findIndex(token => token.startOffset >= start);
            let last = first;
            while (last + 1 < tokens.length && tokens[last + 1].startOffset < end) last++;
            if (first < 0 || tokens[first].startOffset !== start || tokens[last].endOffset! + 1 !== end) continue;
            const [from, to] = [tokens[first], tokens[last]];
            tokens.splice(first, last - first + 1, {
                ...from, image: text.slice(start, end), tokenType: this.name, tokenTypeIdx: this.name.tokenTypeIdx!,
                endOffset: to.endOffset, endLine: to.endLine, endColumn: to.endColumn
            });
            // The same error at the name's other slashes.
            while (errors[e + 1] && errors[e + 1].offset < end) errors.splice(e + 1, 1);
        }
    }

    /**
     * A block written without its keyword, opening its line: a top-level block (`OTP-2026-0001 {`, `request`
     * left out) whose clauses are those of one kind of block only, or a request's person or annex
     * (`P-X as sought { ... }`, `A1 "Copy of the warrant" { ... }`, `person` or `annex` left out). The parser
     * skipped such a block whole, after one error at its name, so that nothing in it was read (no outline,
     * no hover, no checks) and the next mistakes in it went unreported. The keyword is put before the name
     * as a token of no width, with one error at the name that says what to write; the block is then read.
     */
    private insertMissingKeywords(tokens: IToken[], errors: ILexingError[]): void {
        let depth = 0;
        // The keyword of the top-level block the tokens are in (`request`).
        let block: string | undefined;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const type = token.tokenType.name;
            if (type === '{') {
                if (depth++ === 0) block = tokens[lineStart(tokens, i)].tokenType.name;
                continue;
            }
            if (type === '}') depth = Math.max(0, depth - 1);
            if (type !== 'ID' || depth > 1 || !firstOnLine(tokens, i)) continue;
            // Not a name written on the line after its keyword (`request` alone on its line, `person` at the end of one).
            const previous = tokens[i - 1]?.tokenType.name;
            if (depth === 0 ? previous !== undefined && previous !== '}' : this.nameKeywords.has(previous)) continue;
            const next = tokens[i + 1];
            const sameLine = (k: number) => tokens[i + k]?.startLine === token.startLine;
            const keyword = depth === 0 ? (next?.tokenType.name === '{' && sameLine(1) ? this.blockKeyword(tokens, i + 1) : undefined)
                : block !== 'request' ? undefined
                    // Involvement: `person=[Person:ID] ('as' role=Role)? ('{' ... '}')?`; Annex: `name=ID title=STRING ('{' ... '}')?`.
                    : (next?.tokenType.name === 'as' || next?.tokenType.name === '{') && sameLine(1) ? 'person'
                        : next?.tokenType.name === 'STRING' && tokens[i + 2]?.tokenType.name === '{' && sameLine(2) ? 'annex'
                            : undefined;
            const keywordType = keyword ? this.definition[keyword] : undefined;
            if (!keyword || !keywordType) continue;
            tokens.splice(i, 0, {
                ...token, image: '', tokenType: keywordType, tokenTypeIdx: keywordType.tokenTypeIdx!,
                endOffset: token.startOffset - 1, endLine: token.startLine, endColumn: token.startColumn! - 1
            });
            errors.push({
                offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn,
                message: missingKeyword(token.image, keyword, depth === 0 ? undefined : 'request')
            });
            if (depth === 0) block = keyword;
            i++;
        }
    }

    /**
     * The keyword of the one kind of top-level block that has every clause of the block opened at `open`
     * (those that open a line or follow the `{`), if there is one.
     */
    private blockKeyword(tokens: IToken[], open: number): string | undefined {
        const clauses = new Set<string>();
        const close = matchingClose(tokens, open);
        let depth = 0;
        for (let j = open; j < close; j++) {
            const type = tokens[j].tokenType.name;
            if (type === '{') depth++;
            else if (type === '}') depth--;
            else if (depth === 1 && this.topLevelClauses.has(type) && (j === open + 1 || firstOnLine(tokens, j))) clauses.add(type);
        }
        if (!clauses.size) return undefined;
        const owners = [...this.blockClauses].filter(([, keywords]) => [...clauses].every(c => keywords.has(c)));
        return owners.length === 1 ? owners[0][0] : undefined;
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
