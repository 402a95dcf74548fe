import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

/** The highlighting VS Code applies, computed with VS Code's own TextMate engine. */
let grammar: IGrammar;
beforeAll(async () => {
    const wasm = fs.readFileSync(path.resolve(__dirname, '../../node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
        loadGrammar: async () => parseRawGrammar(fs.readFileSync(path.resolve(__dirname, '../../syntaxes/rogatory.tmLanguage.json'), 'utf8'), 'rogatory.tmLanguage.json')
    });
    grammar = (await registry.loadGrammar('source.rogatory'))!;
});

function scopes(line: string): Array<[string, string]> {
    const { tokens } = grammar.tokenizeLine(line, INITIAL);
    return tokens.map(t => [line.slice(t.startIndex, t.endIndex).trim(), t.scopes[t.scopes.length - 1]] as [string, string]).filter(([text]) => text);
}

describe('TextMate grammar', () => {
    test('declarations, clause keywords, values, provisions, dates and ICC numbers', () => {
        expect(scopes('request OTP-2026-0042 {')).toEqual([
            ['request', 'storage.type.declaration.rogatory'], ['OTP-2026-0042', 'variable.other.name.rogatory'], ['{', 'punctuation.section.block.rogatory']
        ]);
        expect(scopes('  kind assistance art. 93(1)(b), rule 188')).toEqual([
            ['kind', 'keyword.other.clause.rogatory'], ['assistance', 'constant.language.value.rogatory'],
            ['art. 93(1)(b)', 'markup.underline.link.provision.rogatory'], [',', 'source.rogatory'], ['rule 188', 'markup.underline.link.provision.rogatory']
        ]);
        expect(scopes('  situation ICC-01/04 case ICC-01/04-01/06 dated 2026-11-22 respond-by 2027-01-15')).toEqual([
            ['situation', 'keyword.other.clause.rogatory'], ['ICC-01/04', 'constant.other.icc-number.rogatory'],
            ['case', 'keyword.other.clause.rogatory'], ['ICC-01/04-01/06', 'constant.other.icc-number.rogatory'],
            ['dated', 'keyword.other.clause.rogatory'], ['2026-11-22', 'constant.numeric.date.rogatory'],
            ['respond-by', 'keyword.other.clause.rogatory'], ['2027-01-15', 'constant.numeric.date.rogatory']
        ]);
    });

    test('strings with escapes and comments are one scope each, keywords inside them are not highlighted', () => {
        const line = '  purpose "to request \\"facts\\"" // kind request';
        const s = scopes(line);
        expect(s[0]).toEqual(['purpose', 'keyword.other.clause.rogatory']);
        expect(s.filter(([, scope]) => scope === 'keyword.other.clause.rogatory')).toHaveLength(1);
        expect(s.some(([text, scope]) => text === '\\"' && scope === 'constant.character.escape.rogatory')).toBe(true);
        expect(s[s.length - 1]).toEqual(['kind request', 'comment.line.double-slash.rogatory']);
    });

    test('a hyphenated keyword is one token and a name containing a keyword is not split', () => {
        expect(scopes('surrender-request-will-follow')).toEqual([['surrender-request-will-follow', 'keyword.other.clause.rogatory']]);
        expect(scopes('person P-request-1')).toEqual([['person', 'storage.type.declaration.rogatory'], ['P-request-1', 'variable.other.name.rogatory']]);
    });

    test('a name with accents is one name, as the lexer reads it', () => {
        expect(scopes('person P-Élise-Ngoma')).toEqual([['person', 'storage.type.declaration.rogatory'], ['P-Élise-Ngoma', 'variable.other.name.rogatory']]);
        expect(scopes('language Français')).toEqual([['language', 'keyword.other.clause.rogatory'], ['Français', 'variable.other.name.rogatory']]);
    });
});
