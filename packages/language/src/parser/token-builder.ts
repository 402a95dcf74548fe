import type { TokenType } from 'chevrotain';
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
 * A line comment started with `#`, as in many other files, lexed to the end of the line as one
 * token that no rule accepts: one error saying how comments are written, and the words of the
 * comment are not read as clauses (`# to do` would otherwise start a `to` clause).
 */
export const HASH_COMMENT: TokenType = { name: 'HASH_COMMENT', PATTERN: /#[^\n\r]*/ };

export class RogatoryTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        const tokens = super.buildTerminalTokens(rules);
        // After DATE, which takes every well-written date first, and before INT.
        tokens.splice(tokens.findIndex(t => t.name === 'DATE') + 1, 0, MALFORMED_DATE);
        tokens.push(HASH_COMMENT);
        return tokens;
    }
}
