import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { blockGrammar } from './clauses.js';

/**
 * Langium's lexer, reading a word that only starts a top-level block (`request`, `record`,
 * `state`...) as a plain name where it cannot start one: inside a block, unless it opens its
 * line and a `{` follows on that line (a new block after a forgotten `}`). Text written without
 * quotes ("purpose To obtain the records of the requested state") then stays one mistake inside
 * the clause; read as keywords, those words ended the request there and the rest of it was read
 * as new blocks, with an error for each clause the request then seemed to lack.
 */
export class RogatoryLexer extends DefaultLexer {
    private readonly topLevelOnly: ReadonlySet<string>;
    private readonly name: TokenType;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.topLevelOnly = new Set(blockGrammar(services.Grammar).topLevelOnlyKeywords);
        this.name = this.definition.ID;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        let depth = 0;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const type = token.tokenType.name;
            if (type === '{') depth++;
            else if (type === '}') depth = Math.max(0, depth - 1);
            else if (depth > 0 && this.topLevelOnly.has(type) && !opensBlock(tokens, i)) {
                token.tokenType = this.name;
                token.tokenTypeIdx = this.name.tokenTypeIdx!;
            }
        }
        return result;
    }
}

/** The token is the first on its line and a `{` follows within five tokens on that line. */
function opensBlock(tokens: IToken[], i: number): boolean {
    const line = tokens[i].startLine;
    if (i > 0 && tokens[i - 1].endLine === line) return false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 6) && tokens[j].startLine === line; j++) {
        if (tokens[j].tokenType.name === '{') return true;
    }
    return false;
}
