import { EOF, MismatchedTokenException, type IToken, type TokenType } from 'chevrotain';
import type { LangiumParser } from 'langium';
import { MISSING_CLOSE, WRONG_QUOTES } from './token-builder.js';
import { DANGLING_COMMA } from './messages.js';

/**
 * The part of Chevrotain's recognizer that error recovery uses (not in its public types).
 * Langium's parser drives a Chevrotain parser, its `wrapper`.
 */
interface Recognizer {
    LA(k: number): IToken;
    SKIP_TOKEN(): IToken;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    flattenFollowSet(): TokenType[];
    exportLexerState(): number;
    importLexerState(state: number): void;
    addToResyncTokens(token: IToken, tokens: IToken[]): IToken[];
    getCurrRuleFullName(): string;
    SAVE_ERROR(error: Error): Error;
    errorMessageProvider: {
        buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string; next?: IToken; afterNext?: IToken; before?: IToken; spaced?: IToken[] }): string;
    };
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    tryInRepetitionRecovery(rule: (...args: unknown[]) => unknown, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
    consumeInternalError(type: TokenType, token: IToken, options: unknown): void;
    tryInRuleRecovery(expected: TokenType, follows: TokenType[]): IToken;
    consumeToken(): void;
    /** The token found where a text in quotes was expected: the first word of a text left unquoted. */
    unquotedText?: IToken;
}

/**
 * Chevrotain's error recovery, skipping over a `{ ... }` group as a whole. After an error it skips
 * tokens to one the enclosing rules can go on with, and a `}` is one: so junk that contains a
 * block (`person P-Kilonzo sought { location "..." }`, `as` left out) ended the request at that
 * block's `}`, and the rest of the request was read as top-level garbage, its clauses then
 * reported missing. Here a `}` closing a `{` skipped in the same recovery is skipped with it,
 * and the rest of the line of a text left without quotes. The three methods are Chevrotain's
 * (recoverable.js), with the brace depth and the line added.
 */
export function recoverAcrossBraces(parser: LangiumParser, open: TokenType, close: TokenType, text: TokenType, prose: ReadonlySet<string>,
    joined: (first: IToken, next: IToken, rule: string) => boolean, listLine: (first: IToken, rule: string) => boolean,
    blocks: { opens: (la: (k: number) => IToken, rule: string) => boolean; startsNothing: (token: IToken, previous: IToken, rule: string) => boolean }): void {
    const recognizer = (parser as unknown as { wrapper: Recognizer }).wrapper;
    /** The brace depth after `token`, skipped at `depth`. */
    const deeper = (self: Recognizer, token: IToken, depth: number) =>
        self.tokenMatcher(token, open) ? depth + 1 : self.tokenMatcher(token, close) && depth > 0 ? depth - 1 : depth;
    /**
     * Where a text of prose was left without quotes (`facts On 1 January the militia went to ...`),
     * its words to the end of the line are skipped as one: otherwise a word of it that is also a keyword
     * (`to`, `from`, `person`) starts a clause, with an error of its own. A `}` on the line still counts.
     * So is the rest of a list whose first item is written in a way that the others share (`arts. 89(1), 91(2)`).
     */
    const sameLineWords = (self: Recognizer): { k: number; depth: number } => {
        const first = self.LA(1);
        let depth = 0;
        // A keyword written as two words: the second (`language` of `questioning language`) is not where to resume.
        if (self.unquotedText !== first && !listLine(first, self.getCurrRuleFullName())) return { k: joined(first, self.LA(2), self.getCurrRuleFullName()) ? 2 : 1, depth };
        for (let k = 1; ; k++) {
            const token = self.LA(k);
            if (self.tokenMatcher(token, EOF) || token.startLine !== first.startLine || (depth === 0 && self.tokenMatcher(token, close))) return { k, depth };
            depth = deeper(self, token, depth);
        }
    };

    /**
     * The words after a name written with spaces where its block's `{` is expected (`2026 0202` of `request OTP 2026 0202 {`):
     * names and numbers on the name's line up to a `{` on it; none unless there are two or more (one is Chevrotain's own
     * single-token deletion). They are skipped as one, with one error over them, and the block is read.
     */
    const spacedWords = (self: Recognizer): IToken[] => {
        const name = self.LA(0);
        if (name.tokenType?.name !== 'ID') return [];
        const words: IToken[] = [];
        for (let k = 1; ; k++) {
            const token = self.LA(k);
            if (token.startLine !== name.startLine) return [];
            if (self.tokenMatcher(token, open)) return words.length > 1 ? words : [];
            if (token.tokenType.name !== 'ID' && token.tokenType.name !== 'INT') return [];
            words.push(token);
        }
    };

    const tryInRuleRecovery = recognizer.tryInRuleRecovery;
    recognizer.tryInRuleRecovery = function (this: Recognizer, expected: TokenType, follows: TokenType[]): IToken {
        const words = expected === open ? spacedWords(this) : [];
        if (!words.length) return tryInRuleRecovery.call(this, expected, follows);
        for (let k = 0; k < words.length - 1; k++) this.SKIP_TOKEN();
        const brace = this.SKIP_TOKEN();
        this.consumeToken();
        return brace;
    };

    // A comma ending a list's line is the mistake where the next line starts a clause: the error is at it.
    const saveError = recognizer.SAVE_ERROR;
    recognizer.SAVE_ERROR = function (this: Recognizer, error: Error & { token: IToken; previousToken?: IToken }): Error {
        if (error.message === DANGLING_COMMA && error.previousToken?.image === ',' && error.token.image !== ',') error.token = error.previousToken;
        return saveError.call(this, error);
    };

    const consumeInternalError = recognizer.consumeInternalError;
    recognizer.consumeInternalError = function (this: Recognizer, type, token, options) {
        // Only after a keyword of prose (`facts`, `title`): after `State` the rest of the line is clauses. A text in
        // curly or single quotes is one token, the whole text: what follows it on its line is clauses too
        // (`location 'Kampala' translation Acholi`).
        this.unquotedText = type === text && prose.has(this.LA(0).image) && token.tokenType !== WRONG_QUOTES ? token : undefined;
        if (options !== undefined || token !== this.LA(1)) return consumeInternalError.call(this, type, token, options);
        // Chevrotain's, with the token after the one found, as in-repetition recovery gives it (below):
        // a keyword written as two words, or a comma before `}`, is also found where a block's `}` is expected;
        // and the one before the previous, the keyword of the clause just read (`language` of `language English, French`);
        // where the end of the file is expected, the two after it (`OTP-2026-0001 {`, with `request` left out).
        const previous = this.LA(0);
        const spaced = type === open ? spacedWords(this) : [];
        const message = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: type, actual: token, previous, ruleName: this.getCurrRuleFullName(), next: this.LA(2), afterNext: this.LA(3), before: this.LA(-1), spaced
        });
        // The error spans the words of a name after its first (`2026 0202` of `OTP 2026 0202`).
        const last = spaced.at(-1);
        const marked = last ? { ...token, endOffset: last.endOffset, endLine: last.endLine, endColumn: last.endColumn } : token;
        throw this.SAVE_ERROR(new MismatchedTokenException(message, marked, previous));
    };

    recognizer.findReSyncTokenType = function (this: Recognizer): TokenType {
        const follows = this.flattenFollowSet();
        const start = sameLineWords(this);
        let depth = start.depth;
        for (let k = start.k; ; k++) {
            const token = this.LA(k);
            if (this.tokenMatcher(token, EOF)) return EOF;
            const match = depth === 0 && !blocks.startsNothing(token, this.LA(k - 1), this.getCurrRuleFullName()) ? follows.find(type => this.tokenMatcher(token, type)) : undefined;
            if (match) return match;
            depth = deeper(this, token, depth);
        }
    };

    recognizer.reSyncTo = function (this: Recognizer, type: TokenType): IToken[] {
        const skipped: IToken[] = [];
        let depth = 0;
        let token = this.LA(1);
        for (let k = sameLineWords(this).k; k > 1; k--) {
            depth = deeper(this, token, depth);
            token = this.SKIP_TOKEN();
            this.addToResyncTokens(token, skipped);
        }
        while (!this.tokenMatcher(token, EOF) && !(depth === 0 && this.tokenMatcher(token, type))) {
            depth = deeper(this, token, depth);
            token = this.SKIP_TOKEN();
            this.addToResyncTokens(token, skipped);
        }
        // The last token is not part of the error.
        return skipped.slice(0, -1);
    };

    recognizer.tryInRepetitionRecovery = function (this: Recognizer, rule, args, lookahead, expected): void {
        const resync = this.findReSyncTokenType();
        const saved = this.exportLexerState();
        const skipped: IToken[] = [];
        const first = this.LA(1);
        // The token after the one found, for what the two make together (`legal basis`, `English,` at the end of a line),
        // and the two before it (the value and the keyword of the clause just read), before any is skipped;
        // where the end of the file is expected, the token after that (`OTP-2026-0001 {`, with `request` left out).
        const next = this.LA(2);
        const afterNext = this.LA(3);
        const previous = this.LA(0);
        const before = this.LA(-1);
        let token = first;
        let depth = 0;
        // A keyword written as two words (`questioning language`): both words are the mistake.
        if (joined(first, next, this.getCurrRuleFullName())) {
            for (let k = 0; k < 2; k++) {
                token = this.SKIP_TOKEN();
                this.addToResyncTokens(token, skipped);
            }
        }
        const reportError = () => {
            const message = this.errorMessageProvider.buildMismatchTokenMessage({ expected, actual: first, previous, ruleName: this.getCurrRuleFullName(), next, afterNext, before });
            const error = new MismatchedTokenException(message, first, previous) as MismatchedTokenException & { resyncedTokens: IToken[] };
            error.resyncedTokens = skipped.slice(0, -1);
            this.SAVE_ERROR(error);
        };
        for (;;) {
            if (depth === 0 && this.tokenMatcher(token, expected)) {
                reportError();
                return;
            }
            // A block left open at the top level (`W-X {` without its `}`) ends where the next one opens its line.
            if ((depth === 0 || blocks.opens(k => this.LA(k), this.getCurrRuleFullName())) && lookahead.call(this)) {
                reportError();
                rule.apply(this, args);
                return;
            }
            // Where a `}` is missing (parser/lexer.ts), the block ends: the clause keyword after it starts a declaration.
            if (this.tokenMatcher(token, EOF) || (depth === 0 && (this.tokenMatcher(token, resync) || token.tokenType === MISSING_CLOSE))) break;
            depth = deeper(this, token, depth);
            token = this.SKIP_TOKEN();
            this.addToResyncTokens(token, skipped);
        }
        // No point to resume the repetition at: the error is reported where the rule fails next.
        this.importLexerState(saved);
    };
}
