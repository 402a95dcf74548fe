import type { LangiumDocument } from 'langium';
import { SemanticTokensDecoder } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { setup } from '../helpers.js';

const { services, parse } = setup();
const provider = services.lsp.SemanticTokenProvider!;

interface Shown { text: string; type: string; modifiers: string[] }

/** The semantic tokens an editor receives for a document, decoded: text, type and modifiers. */
async function tokensOf(document: LangiumDocument): Promise<Array<Shown & { offset: number }>> {
    const encoded = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    return SemanticTokensDecoder.decode(encoded, provider.tokenTypes, document).map(token => ({
        offset: token.offset,
        text: token.text,
        type: token.tokenType,
        modifiers: Object.entries(provider.tokenModifiers).filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name)
    }));
}

const TEXT = `person P-Test {
  name "Test Person"
  nationality "Kenya"
  born 1980-01-01
}

warrant W-Test {
  person P-Test
  classification under-seal
}

request OTP-2026-0900 {
  kind assistance art. 93(1)(b), rule 188
  to State "Kenya" via diplomatic-channel
  classification confidential
  dated 2026-10-01
  warrant W-Test
  follows OTP-2026-0899
  person P-Test as witness { location "Nairobi" }
  annex A1 "Copy of the warrant" { copy-of W-Test }
  judgment J-Missing
  time-served 1 year remaining 2 months as-of 2026-01-01
}

request OTP-2026-0899 {
  to organisation "United Nations"
}
`;

describe('semantic tokens of a request and its declarations', () => {
    let tokens: Array<Shown & { offset: number }>;
    /** What the editor shows for the `occurrence`-th (from 0) appearance of `text`. */
    const shown = (text: string, occurrence = 0): Shown | undefined => {
        let offset = -1;
        for (let i = 0; i <= occurrence; i++) offset = TEXT.indexOf(text, offset + 1);
        expect(offset, `"${text}" #${occurrence} is in the text`).toBeGreaterThanOrEqual(0);
        const token = tokens.find(t => t.offset === offset);
        return token && { text: token.text, type: token.type, modifiers: token.modifiers };
    };

    beforeAll(async () => {
        const document = await parse(TEXT);
        expect(document.parseResult.parserErrors).toEqual([]);
        tokens = await tokensOf(document);
    });

    test('States and organisations are enum members of the built-in library', () => {
        expect(shown('"Kenya"', 0)).toEqual({ text: '"Kenya"', type: 'enumMember', modifiers: ['defaultLibrary'] });
        expect(shown('"Kenya"', 1)).toEqual({ text: '"Kenya"', type: 'enumMember', modifiers: ['defaultLibrary'] });
        expect(shown('"United Nations"')).toEqual({ text: '"United Nations"', type: 'enumMember', modifiers: ['defaultLibrary'] });
    });

    test('persons are variables, documents classes; declared names are declarations', () => {
        expect(shown('P-Test', 0)).toEqual({ text: 'P-Test', type: 'variable', modifiers: ['declaration'] });
        expect(shown('P-Test', 1)).toEqual({ text: 'P-Test', type: 'variable', modifiers: [] });
        expect(shown('P-Test', 2)).toEqual({ text: 'P-Test', type: 'variable', modifiers: [] });
        expect(shown('W-Test', 0)).toEqual({ text: 'W-Test', type: 'class', modifiers: ['declaration'] });
        expect(shown('W-Test', 1)).toEqual({ text: 'W-Test', type: 'class', modifiers: [] });
        expect(shown('W-Test', 2)).toEqual({ text: 'W-Test', type: 'class', modifiers: [] });
        expect(shown('OTP-2026-0900')).toEqual({ text: 'OTP-2026-0900', type: 'class', modifiers: ['declaration'] });
        expect(shown('OTP-2026-0899', 0)).toEqual({ text: 'OTP-2026-0899', type: 'class', modifiers: [] });
        expect(shown('OTP-2026-0899', 1)).toEqual({ text: 'OTP-2026-0899', type: 'class', modifiers: ['declaration'] });
        expect(shown('A1')).toEqual({ text: 'A1', type: 'property', modifiers: ['declaration'] });
    });

    test('a reference that does not resolve is shown by what it should refer to', () => {
        expect(shown('J-Missing')).toEqual({ text: 'J-Missing', type: 'class', modifiers: [] });
    });

    test('provision references are one macro token each', () => {
        expect(shown('art. 93(1)(b)')).toEqual({ text: 'art. 93(1)(b)', type: 'macro', modifiers: [] });
        expect(shown('rule 188')).toEqual({ text: 'rule 188', type: 'macro', modifiers: [] });
        expect(tokens.filter(t => t.type === 'macro')).toHaveLength(2);
    });

    test('dates and the numbers of durations are numbers', () => {
        expect(shown('1980-01-01')).toEqual({ text: '1980-01-01', type: 'number', modifiers: [] });
        expect(shown('2026-10-01')).toEqual({ text: '2026-10-01', type: 'number', modifiers: [] });
        expect(shown('2026-01-01')).toEqual({ text: '2026-01-01', type: 'number', modifiers: [] });
        expect(shown('1 year')).toEqual({ text: '1', type: 'number', modifiers: [] });
        expect(shown('2 months')).toEqual({ text: '2', type: 'number', modifiers: [] });
    });

    test('classifications are modifiers', () => {
        expect(shown('under-seal')).toEqual({ text: 'under-seal', type: 'modifier', modifiers: [] });
        expect(shown('confidential')).toEqual({ text: 'confidential', type: 'modifier', modifiers: [] });
    });

    test('keywords and strings are left to the TextMate grammar', () => {
        for (const text of ['person', 'kind', 'assistance', 'diplomatic-channel', '"Test Person"', '"Nairobi"', 'witness']) {
            expect(shown(text), text).toBeUndefined();
        }
    });

    test('the legend announces the standard types used', () => {
        const legend = provider.semanticTokensOptions.legend;
        for (const type of ['enumMember', 'variable', 'class', 'property', 'macro', 'number', 'modifier']) expect(legend.tokenTypes).toContain(type);
        for (const modifier of ['declaration', 'defaultLibrary']) expect(legend.tokenModifiers).toContain(modifier);
    });
});

describe('semantic tokens, other entry points', () => {
    test("with Langium's highlight helper", async () => {
        await parse('');
        const highlight = await highlightHelper(services)('request R-1 {\n  legal-basis <|art. 87(5)(a)|>, art. 93(1)(i)\n  dated <|2026-10-12|>\n  classification <|secret|>\n  to State <|"Sudan"|>\n}\n');
        expectSemanticToken(highlight, { rangeIndex: 0, tokenType: SemanticTokenTypes.macro });
        expectSemanticToken(highlight, { rangeIndex: 1, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(highlight, { rangeIndex: 2, tokenType: SemanticTokenTypes.modifier });
        expectSemanticToken(highlight, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
    });

    test('a range gives the tokens of that range only', async () => {
        const document = await parse(TEXT);
        const start = document.textDocument.positionAt(TEXT.indexOf('request OTP-2026-0900'));
        const end = document.textDocument.positionAt(TEXT.indexOf('  classification confidential'));
        const encoded = await provider.semanticHighlightRange(document, { textDocument: { uri: document.uri.toString() }, range: { start, end } });
        const texts = SemanticTokensDecoder.decode(encoded, provider.tokenTypes, document).map(t => t.text);
        expect(texts).toEqual(['OTP-2026-0900', 'art. 93(1)(b)', 'rule 188', '"Kenya"']);
    });

    test('the built-in library shows its States as declarations of the library', async () => {
        await parse('');
        const library = services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'builtin' && d.textDocument.getText().includes('state "Kenya"'));
        expect(library).toBeDefined();
        const tokens = await tokensOf(library!);
        const offset = library!.textDocument.getText().indexOf('state "Kenya"') + 'state '.length;
        const kenya = tokens.find(t => t.offset === offset);
        expect(kenya).toEqual({ offset, text: '"Kenya"', type: 'enumMember', modifiers: ['declaration', 'defaultLibrary'] });
        expect(tokens.some(t => t.type === 'number')).toBe(true);
    });

    test('a document with syntax errors still gets the tokens of what parsed', async () => {
        const document = await parse('request R-2 {\n  dated 2026-01-01\n  to State "Kenya" via\n  classification\n');
        expect(document.parseResult.parserErrors).not.toEqual([]);
        const tokens = await tokensOf(document);
        expect(tokens.map(t => [t.text, t.type])).toEqual(expect.arrayContaining([['R-2', 'class'], ['2026-01-01', 'number'], ['"Kenya"', 'enumMember']]));
    });

    test('a name written over two lines is one token per line, each within its line (an editor without multi-line tokens)', async () => {
        const text = 'request OTP-2026-0901 {\n  dated 2026-10-01\n  to organisation "United\n    Nations"\n}\n';
        const document = await parse(text);
        const encoded = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const lines = text.split('\n');
        let line = 0, character = 0;
        const tokens: string[] = [];
        for (let i = 0; i < encoded.data.length; i += 5) {
            const [deltaLine, deltaStart, length] = encoded.data.slice(i, i + 3);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            expect(character + length, `token ${i / 5} on line ${line}`).toBeLessThanOrEqual(lines[line].length);
            tokens.push(lines[line].slice(character, character + length));
        }
        expect(tokens).toEqual(['OTP-2026-0901', '2026-10-01', '"United', '    Nations"']);
    });

    test('a delta is computed against the answer the editor holds, though the visible range was answered in the same millisecond', async () => {
        // The ids of the answers are the millisecond they were computed in: the range's took the whole file's id.
        const now = vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
        try {
            const document = await parse(TEXT);
            const textDocument = { uri: document.uri.toString() };
            const full = await provider.semanticHighlight(document, { textDocument });
            await provider.semanticHighlightRange(document, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
            const delta = await provider.semanticHighlightDelta(document, { textDocument, previousResultId: full.resultId! });
            let data = full.data;
            if ('edits' in delta) {
                data = [...data];
                for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
            } else data = delta.data;
            expect(data).toEqual(full.data);
        } finally {
            now.mockRestore();
        }
    });
});
