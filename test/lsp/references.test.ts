import { beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { isReference, URI } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { Location, LocationLink, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setup } from '../helpers.js';

/**
 * Find references, rename and go-to-definition across a workspace of three files: the
 * declarations (a person, the warrant for them, a witness) and two requests that name the same
 * person and warrant, the second following the first and naming an annex of its own.
 */
const { services, parse } = setup();
const shared = services.shared;

const FILES: Record<string, string> = {
    'file:///ws/declarations/kenya.rog': `// Fictional persons.
person P-Ref-Kilonzo {
  name "Daniel Otieno Kilonzo"
  nationality "Kenya"
}

person P-Ref-Wanjiru { name "Mary Wanjiru" }

warrant W-Ref-Kilonzo {
  number ICC-01/09-01/26-14
  issued 2026-06-18
  by "Pre-Trial Chamber II"
  person P-Ref-Kilonzo
  crimes "Murder as a crime against humanity (art. 7(1)(a))"
  facts "Attacks on civilians around Eldoret."
}
`,
    'file:///ws/requests/REG-2026-0301.rog': `request REG-2026-0301 {
  kind arrest-and-surrender
  dated 2026-06-25
  to State "Kenya"
  warrant W-Ref-Kilonzo
  person P-Ref-Kilonzo as sought { location "Eldoret" }
  annex A1 "Copy of the warrant of arrest" { copy-of W-Ref-Kilonzo }
}
`,
    'file:///ws/requests/REG-2026-0302.rog': `request REG-2026-0302 {
  kind assistance art. 93(1)(b)
  dated 2026-07-10
  follows REG-2026-0301
  warrant W-Ref-Kilonzo
  person P-Ref-Kilonzo as suspect
  person P-Ref-Wanjiru as witness { self-incrimination-instruction Swahili annex A2 }
  annex A1 "Questions for the witness"
  annex A2 "Instruction on self-incrimination (rule 74)"
}
`
};
const DECLARATIONS = 'file:///ws/declarations/kenya.rog';
const REQUEST_1 = 'file:///ws/requests/REG-2026-0301.rog';
const REQUEST_2 = 'file:///ws/requests/REG-2026-0302.rog';

const documents = new Map<string, LangiumDocument>();

beforeAll(async () => {
    await parse(''); // the built-in library (States) is built first
    for (const [uri, text] of Object.entries(FILES)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(uri, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
});

/** The ranges of every occurrence of `word` (as a whole name) in a file, the `nth` only if given. */
function rangesOf(uri: string, word: string, nth?: number): Range[] {
    const text = FILES[uri];
    const doc = documents.get(uri)!.textDocument;
    const ranges: Range[] = [];
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'))) {
        ranges.push({ start: doc.positionAt(m.index), end: doc.positionAt(m.index + word.length) });
    }
    return nth === undefined ? ranges : [ranges[nth]];
}

/** A position inside the `nth` occurrence of `word` in a file (`at` characters into it). */
function positionOf(uri: string, word: string, nth = 0, at = 2) {
    const start = rangesOf(uri, word)[nth].start;
    return { line: start.line, character: start.character + at };
}

const sortLocations = (locations: Location[]) => [...locations].sort((a, b) =>
    a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
const locations = (...entries: Array<[string, Range[]]>): Location[] => sortLocations(entries.flatMap(([uri, ranges]) => ranges.map(range => ({ uri, range }))));

async function references(uri: string, word: string, nth: number, includeDeclaration: boolean): Promise<Location[]> {
    const result = await services.lsp.ReferencesProvider!.findReferences(documents.get(uri)!, {
        textDocument: { uri }, position: positionOf(uri, word, nth), context: { includeDeclaration }
    });
    return sortLocations(result);
}

async function rename(uri: string, word: string, nth: number, newName: string): Promise<WorkspaceEdit | undefined> {
    return services.lsp.RenameProvider!.rename(documents.get(uri)!, { textDocument: { uri }, position: positionOf(uri, word, nth), newName }) ?? undefined;
}

function applyEdit(edit: WorkspaceEdit): Record<string, string> {
    return Object.fromEntries(Object.entries(edit.changes ?? {}).map(([uri, edits]) =>
        [uri, TextDocument.applyEdits(TextDocument.create(uri, 'rogatory', 1, FILES[uri]), edits as TextEdit[])]));
}

async function definition(uri: string, word: string, nth: number): Promise<LocationLink[]> {
    return await services.lsp.DefinitionProvider!.getDefinition(documents.get(uri)!, { textDocument: { uri }, position: positionOf(uri, word, nth) }) ?? [];
}

describe('the workspace', () => {
    test('links without errors', () => {
        for (const document of documents.values()) {
            expect(document.diagnostics?.filter(d => d.code === 'unresolved-reference' || d.code === 'linking-error') ?? []).toEqual([]);
            expect(document.references.every(r => isReference(r) && r.ref !== undefined), document.uri.toString()).toBe(true);
        }
    });
});

describe('find references', () => {
    test('of a person, from its declaration: the warrant and both requests', async () => {
        expect(await references(DECLARATIONS, 'P-Ref-Kilonzo', 0, false)).toEqual(locations(
            [DECLARATIONS, rangesOf(DECLARATIONS, 'P-Ref-Kilonzo', 1)],
            [REQUEST_1, rangesOf(REQUEST_1, 'P-Ref-Kilonzo')],
            [REQUEST_2, rangesOf(REQUEST_2, 'P-Ref-Kilonzo')]
        ));
    });

    test('of a person, from a reference in a request, with the declaration', async () => {
        expect(await references(REQUEST_2, 'P-Ref-Kilonzo', 0, true)).toEqual(locations(
            [DECLARATIONS, rangesOf(DECLARATIONS, 'P-Ref-Kilonzo')],
            [REQUEST_1, rangesOf(REQUEST_1, 'P-Ref-Kilonzo')],
            [REQUEST_2, rangesOf(REQUEST_2, 'P-Ref-Kilonzo')]
        ));
    });

    test('of a warrant: both requests, and the annex that copies it', async () => {
        const found = await references(REQUEST_1, 'W-Ref-Kilonzo', 1, false);
        expect(found).toEqual(locations([REQUEST_1, rangesOf(REQUEST_1, 'W-Ref-Kilonzo')], [REQUEST_2, rangesOf(REQUEST_2, 'W-Ref-Kilonzo')]));
        expect(rangesOf(REQUEST_1, 'W-Ref-Kilonzo')).toHaveLength(2);
    });

    test('of a request: the request that follows it', async () => {
        expect(await references(REQUEST_1, 'REG-2026-0301', 0, true)).toEqual(locations(
            [REQUEST_1, rangesOf(REQUEST_1, 'REG-2026-0301')],
            [REQUEST_2, rangesOf(REQUEST_2, 'REG-2026-0301')]
        ));
    });

    test('another person of the same file is not mixed in', async () => {
        expect(await references(DECLARATIONS, 'P-Ref-Wanjiru', 0, true)).toEqual(locations(
            [DECLARATIONS, rangesOf(DECLARATIONS, 'P-Ref-Wanjiru')],
            [REQUEST_2, rangesOf(REQUEST_2, 'P-Ref-Wanjiru')]
        ));
    });
});

describe('go to definition', () => {
    test('from a person in a request: the name in the declaration', async () => {
        const [link, ...more] = await definition(REQUEST_2, 'P-Ref-Kilonzo', 0);
        expect(more).toEqual([]);
        expect(link.targetUri).toBe(DECLARATIONS);
        expect(link.targetSelectionRange).toEqual(rangesOf(DECLARATIONS, 'P-Ref-Kilonzo', 0)[0]);
        expect(link.originSelectionRange).toEqual(rangesOf(REQUEST_2, 'P-Ref-Kilonzo', 0)[0]);
        // The whole declaration, from `person` to its closing brace.
        expect(link.targetRange).toEqual({ start: { line: 1, character: 0 }, end: { line: 4, character: 1 } });
    });

    test('from a warrant in a request, from the person in the warrant, from the annex copy', async () => {
        for (const [uri, nth] of [[REQUEST_1, 0], [REQUEST_1, 1], [REQUEST_2, 0]] as const) {
            const [link] = await definition(uri, 'W-Ref-Kilonzo', nth);
            expect(link.targetUri).toBe(DECLARATIONS);
            expect(link.targetSelectionRange).toEqual(rangesOf(DECLARATIONS, 'W-Ref-Kilonzo', 0)[0]);
        }
        const [link] = await definition(DECLARATIONS, 'P-Ref-Kilonzo', 1);
        expect(link.targetSelectionRange).toEqual(rangesOf(DECLARATIONS, 'P-Ref-Kilonzo', 0)[0]);
    });

    test('from follows: the request followed', async () => {
        const [link] = await definition(REQUEST_2, 'REG-2026-0301', 0);
        expect(link.targetUri).toBe(REQUEST_1);
        expect(link.targetSelectionRange).toEqual(rangesOf(REQUEST_1, 'REG-2026-0301', 0)[0]);
    });
});

describe('rename', () => {
    test('a person, from a reference: the declaration and every reference, in every file', async () => {
        const edit = (await rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'P-Ref-Otieno'))!;
        expect(Object.keys(edit.changes!).sort()).toEqual([DECLARATIONS, REQUEST_1, REQUEST_2]);
        expect(edit.changes![DECLARATIONS]).toHaveLength(2);
        expect(edit.changes![REQUEST_1]).toEqual(rangesOf(REQUEST_1, 'P-Ref-Kilonzo').map(range => ({ range, newText: 'P-Ref-Otieno' })));
        const after = applyEdit(edit);
        for (const uri of [DECLARATIONS, REQUEST_1, REQUEST_2]) {
            expect(after[uri]).toBe(FILES[uri].replaceAll('P-Ref-Kilonzo', 'P-Ref-Otieno'));
        }
        // Only names change: the warrant keeps its own name.
        expect(after[DECLARATIONS]).toContain('warrant W-Ref-Kilonzo {');
    });

    test('a person, from its declaration: the same edit', async () => {
        const fromReference = await rename(REQUEST_2, 'P-Ref-Kilonzo', 0, 'P-Ref-Otieno');
        const fromDeclaration = await rename(DECLARATIONS, 'P-Ref-Kilonzo', 0, 'P-Ref-Otieno');
        const sorted = (edit: WorkspaceEdit | undefined) => Object.fromEntries(Object.entries(edit!.changes!).sort(([a], [b]) => a.localeCompare(b))
            .map(([uri, edits]) => [uri, [...edits].sort((a, b) => a.range.start.line - b.range.start.line)]));
        expect(sorted(fromDeclaration)).toEqual(sorted(fromReference));
    });

    test('a warrant: the declaration, both requests and the annex copy', async () => {
        const after = applyEdit((await rename(REQUEST_2, 'W-Ref-Kilonzo', 0, 'W-Ref-Kilonzo-2'))!);
        expect(Object.keys(after).sort()).toEqual([DECLARATIONS, REQUEST_1, REQUEST_2]);
        for (const uri of [DECLARATIONS, REQUEST_1, REQUEST_2]) expect(after[uri]).toBe(FILES[uri].replaceAll('W-Ref-Kilonzo', 'W-Ref-Kilonzo-2'));
    });

    test('a request: its name and follows in the other file', async () => {
        const after = applyEdit((await rename(REQUEST_2, 'REG-2026-0301', 0, 'REG-2026-0311'))!);
        expect(after).toEqual({ [REQUEST_1]: FILES[REQUEST_1].replace('REG-2026-0301', 'REG-2026-0311'), [REQUEST_2]: FILES[REQUEST_2].replace('REG-2026-0301', 'REG-2026-0311') });
    });

    test('an annex: within its request only (another request has an A1 of its own)', async () => {
        const edit = (await rename(REQUEST_2, 'A2', 0, 'A-Rule-74'))!;
        expect(Object.keys(edit.changes!)).toEqual([REQUEST_2]);
        expect(applyEdit(edit)[REQUEST_2]).toBe(FILES[REQUEST_2].replaceAll(' A2', ' A-Rule-74'));
        await expect(rename(REQUEST_2, 'A2', 1, 'A1')).rejects.toThrow('This request already has an annex named A1.');
        expect(applyEdit((await rename(REQUEST_1, 'A1', 0, 'A2'))!)).toEqual({ [REQUEST_1]: FILES[REQUEST_1].replace('annex A1 ', 'annex A2 ') });
    });

    test('prepareRename: the name under the cursor, for a declaration and for a reference', async () => {
        const provider = services.lsp.RenameProvider!;
        expect(await provider.prepareRename(documents.get(REQUEST_2)!, { textDocument: { uri: REQUEST_2 }, position: positionOf(REQUEST_2, 'P-Ref-Kilonzo') }))
            .toEqual(rangesOf(REQUEST_2, 'P-Ref-Kilonzo', 0)[0]);
        expect(await provider.prepareRename(documents.get(DECLARATIONS)!, { textDocument: { uri: DECLARATIONS }, position: positionOf(DECLARATIONS, 'W-Ref-Kilonzo') }))
            .toEqual(rangesOf(DECLARATIONS, 'W-Ref-Kilonzo', 0)[0]);
    });

    test('not into something that is not a name', async () => {
        for (const newName of ['P Ref Otieno', '"P-Ref-Otieno"', '2026-Otieno', 'P-Ref-Otieno-', 'P--Otieno', ' P-Ref-Otieno', '']) {
            await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, newName), newName).rejects.toThrow(ResponseError);
        }
        await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'P Ref')).rejects.toThrow('"P Ref" is not a valid name: a name is a letter or _');
        await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'person')).rejects.toThrow('"person" is not a valid name (it is a keyword of the language)');
        // One token that is no keyword (a number, a date, a situation) is not said to be one.
        for (const newName of ['123', '2026-01-01', 'ICC-01/04']) {
            await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, newName), newName).rejects.toThrow(`"${newName}" is not a valid name: a name is a letter or _`);
        }
    });

    test('not into a name already declared in the workspace (names are shared by persons, warrants, requests...)', async () => {
        await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'P-Ref-Wanjiru')).rejects.toThrow(`A person named P-Ref-Wanjiru is already declared (${DECLARATIONS})`);
        await expect(rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'W-Ref-Kilonzo')).rejects.toThrow(/A warrant named W-Ref-Kilonzo is already declared/);
        await expect(rename(REQUEST_2, 'REG-2026-0301', 0, 'REG-2026-0302')).rejects.toThrow(/A request named REG-2026-0302 is already declared/);
        // Its own name is no clash.
        expect(Object.keys((await rename(REQUEST_1, 'P-Ref-Kilonzo', 0, 'P-Ref-Kilonzo'))!.changes!)).toHaveLength(3);
    });

    test('not a State of the built-in library (read-only)', async () => {
        const document = documents.get(REQUEST_1)!;
        const position = positionOf(REQUEST_1, 'Kenya', 0, 1);
        await expect((async () => services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: REQUEST_1 }, position }))())
            .rejects.toThrow('The state Kenya belongs to the built-in library (builtin:/states.rog), which is read-only: it cannot be renamed.');
        await expect((async () => services.lsp.RenameProvider!.rename(document, { textDocument: { uri: REQUEST_1 }, position, newName: 'Kenia' }))())
            .rejects.toThrow(/built-in library/);
    });
});
