import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * Strings are unescaped with one slice (and one replace when there is a backslash) instead of
 * Langium's character-by-character concatenation, which leaves a chain of one small string per
 * character of every `facts`, `purpose` or `title`: a tenth of the memory a large workspace
 * holds, and garbage-collector time to match. Same escapes as Langium (\n, \t... and \x for x).
 */
export class RogatoryValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name !== 'STRING') return super.runConverter(rule, input, cstNode);
        const body = input.slice(1, -1);
        return body.includes('\\') ? body.replace(/\\([\s\S])/g, (_, c: string) => ESCAPES[c] ?? c) : body;
    }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/**
 * A text as the STRING terminal writes it, in double quotes with `"` and `\` escaped: what the
 * converter above reads back as the text: for the names and clauses that quick fixes, completion
 * and the checks' messages write. (skeleton.ts keeps its own: the extension's client bundles it
 * without Langium.)
 */
export function stringLiteral(text: string): string {
    return `"${text.replace(/["\\]/g, c => `\\${c}`)}"`;
}
