import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST, type Stream } from 'langium';

/**
 * A date written with a one-digit month or day (`2026-6-5`), lexed as one token that no rule
 * accepts. Without it the lexer cuts it into numbers and hyphens, with an error per hyphen;
 * with it the author gets one syntax error that shows the date written right (messages.ts).
 */
export const MALFORMED_DATE: TokenType = { name: 'MALFORMED_DATE', PATTERN: /\d{4}-\d{1,2}-\d{1,2}/ };

export class RogatoryTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalTokens(rules: Stream<GrammarAST.AbstractRule>): TokenType[] {
        const tokens = super.buildTerminalTokens(rules);
        // After DATE, which takes every well-written date first, and before INT.
        tokens.splice(tokens.findIndex(t => t.name === 'DATE') + 1, 0, MALFORMED_DATE);
        return tokens;
    }
}
