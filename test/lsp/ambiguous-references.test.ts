import { beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { Hover, Location, LocationLink, MarkupContent } from 'vscode-languageserver';
import { setup } from '../helpers.js';

/**
 * A person declared in two files (reference-ambiguous where it is named): the editor shows both
 * declarations wherever the name is referred to, in the order the finding names them (file paths in
 * English collation: a-people.rog before B-people.rog, which code-point order would put first).
 */
const { services, parse } = setup();
const shared = services.shared;

const A = 'file:///ws/a-people.rog';
const B = 'file:///ws/B-people.rog';
const WARRANTS = 'file:///ws/warrants.rog';
const REQUEST = 'file:///ws/REG-2026-0900.rog';
const FILES: Record<string, string> = {
    [B]: 'person P-Amb { name "Peter Wafula Wekesa" }\n',
    [A]: '// The first.\nperson P-Amb { name "Joseph Wafula Barasa" }\nperson P-One { name "Ruth Simiyu" }\n',
    [WARRANTS]: 'warrant W-Amb {\n  person P-Amb\n}\n',
    [REQUEST]: 'request REG-2026-0900 {\n  kind assistance art. 93(1)(b)\n  person P-Amb as witness\n  person P-One as witness\n}\n'
};
const documents = new Map<string, LangiumDocument>();

beforeAll(async () => {
    await parse('');
    for (const [uri, text] of Object.entries(FILES)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(uri, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
});

/** The position `at` characters into the `nth` occurrence of `word` in a file, and that occurrence's range. */
function find(uri: string, word: string, nth = 0, at = 2) {
    const text = FILES[uri];
    let index = -1;
    for (let i = 0; i <= nth; i++) index = text.indexOf(word, index + 1);
    const doc = documents.get(uri)!.textDocument;
    const range = { start: doc.positionAt(index), end: doc.positionAt(index + word.length) };
    return { position: doc.positionAt(index + at), range };
}

async function definition(uri: string, word: string, nth = 0): Promise<LocationLink[]> {
    return await services.lsp.DefinitionProvider!.getDefinition(documents.get(uri)!, { textDocument: { uri }, position: find(uri, word, nth).position }) ?? [];
}

const declarationOf = (uri: string) => find(uri, 'P-Amb').range;

describe('a name declared twice, where it is referred to', () => {
    test('the finding names both declarations, a-people.rog first', () => {
        const finding = documents.get(REQUEST)!.diagnostics!.find(d => d.code === 'reference-ambiguous');
        expect(finding?.message).toContain('P-Amb is declared twice in the workspace (person in line 2 of a-people.rog; person in line 1 of B-people.rog)');
    });

    test('go to definition lists both declarations, in the order of the finding, from a request and from a warrant', async () => {
        for (const [uri, nth] of [[REQUEST, 0], [WARRANTS, 0]] as const) {
            const links = await definition(uri, 'P-Amb', nth);
            expect(links.map(l => [l.targetUri, l.targetSelectionRange])).toEqual([[A, declarationOf(A)], [B, declarationOf(B)]]);
            expect(links.every(l => JSON.stringify(l.originSelectionRange) === JSON.stringify(find(uri, 'P-Amb', nth).range))).toBe(true);
        }
    });

    test('a name declared once still has one definition', async () => {
        const links = await definition(REQUEST, 'P-One');
        expect(links.map(l => l.targetUri)).toEqual([A]);
    });

    test('from a declaration\'s own name, go to definition stays on it', async () => {
        const links = await definition(B, 'P-Amb');
        expect(links.map(l => [l.targetUri, l.targetSelectionRange])).toEqual([[B, declarationOf(B)]]);
    });

    test('hover shows each declaration and where it is, saying the name is declared twice', async () => {
        const hover = await services.lsp.HoverProvider!.getHoverContent(documents.get(REQUEST)!, { textDocument: { uri: REQUEST }, position: find(REQUEST, 'P-Amb').position }) as Hover;
        const value = (hover.contents as MarkupContent).value;
        expect(value).toMatch(/^\*\*P-Amb is declared twice in the workspace\*\* \(reference-ambiguous\)/);
        expect(value.indexOf('Joseph Wafula Barasa')).toBeGreaterThan(0);
        expect(value.indexOf('Peter Wafula Wekesa')).toBeGreaterThan(value.indexOf('Joseph Wafula Barasa'));
        expect(value).toContain('*declared in line 2 of a-people.rog*');
        expect(value).toContain('*declared in line 1 of B-people.rog*');
        expect(hover.range).toEqual(find(REQUEST, 'P-Amb').range);
    });

    test('find references with the declarations lists both declarations and every reference', async () => {
        const found: Location[] = await services.lsp.ReferencesProvider!.findReferences(documents.get(REQUEST)!, {
            textDocument: { uri: REQUEST }, position: find(REQUEST, 'P-Amb').position, context: { includeDeclaration: true }
        });
        expect(found.map(l => `${l.uri}:${l.range.start.line}:${l.range.start.character}`).sort()).toEqual([
            `${A}:1:7`, `${B}:0:7`, `${REQUEST}:2:9`, `${WARRANTS}:1:9`
        ].sort());
    });

    test('rename from the reference is refused, saying to rename from the declaration meant; from a declaration it renames that one', async () => {
        const rename = (uri: string) => services.lsp.RenameProvider!.rename(documents.get(uri)!, { textDocument: { uri }, position: find(uri, 'P-Amb').position, newName: 'P-Wekesa' });
        await expect(rename(REQUEST)).rejects.toThrow(ResponseError);
        await expect(rename(REQUEST)).rejects.toThrow('P-Amb is declared twice in the workspace, so this reference does not say which declaration to rename: rename the one meant from its declaration');
        const edit = await rename(B);
        expect(Object.keys(edit?.changes ?? {})).toContain(B);
    });
});
