import { describe, expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';

import { setup } from '../helpers.js';

const { services, parse } = setup();

const TEXT = `person P-Witness { name "A Witness" }
warrant W-1 { number ICC-01/09-01/26-1 issued 2026-01-05 by "Pre-Trial Chamber II" person P-Witness }
request OTP-2026-0001 {
  kind assistance art. 93(1)(b)
  to State "Kenya" via diplomatic-channel language English
  person P-Witness as witness
  place S-Site "The site" location "Eldoret"
  annex A1 "Statement" { language English }
  annex A2 "Map"
}
`;

describe('outline', () => {
    test("lists the declarations of a file, and a request's persons, places and annexes under it", async () => {
        const document = await parse(TEXT);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.textDocument.uri } }) as DocumentSymbol[];
        const tree = (s: DocumentSymbol): unknown => s.children?.length ? { [s.name]: s.children.map(tree) } : s.name;
        expect(symbols.map(tree)).toEqual(['P-Witness', 'W-1', { 'OTP-2026-0001': ['P-Witness', 'S-Site', 'A1', 'A2'] }]);
        const request = symbols[2];
        expect(request.range.start.line).toBe(2);
        expect(request.selectionRange).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 21 } });
        // Icons that tell a request, a person, a document and an annex apart.
        expect(symbols.map(s => s.kind)).toEqual([SymbolKind.Object, SymbolKind.File, SymbolKind.Module]);
        expect(request.children!.map(s => s.kind)).toEqual([SymbolKind.Object, SymbolKind.Field, SymbolKind.Field, SymbolKind.Field]);
        // A person by their role, a place by its description, an annex by its title.
        expect(request.children!.map(s => s.detail)).toEqual(['witness', 'The site', 'Statement', 'Map']);
        // The person's name is what the editor reveals and highlights.
        expect(request.children![0].selectionRange).toEqual({ start: { line: 5, character: 9 }, end: { line: 5, character: 18 } });
    });

    test('lists a designation, which has no name of its own, by its State and the date it takes effect', async () => {
        const document = await parse(`designation for State "Kenya" {
  channel diplomatic-channel
  language English
  received 2020-01-01
}
designation for State "Uganda" { channel diplomatic-channel effective 2021-05-01 }
person P-Outline { name "Someone" }
`);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.textDocument.uri } }) as DocumentSymbol[];
        expect(symbols.map(s => [s.name, s.detail, s.kind])).toEqual([
            ['designation for Kenya', 'received 2020-01-01', SymbolKind.Interface],
            ['designation for Uganda', 'effective 2021-05-01', SymbolKind.Interface],
            ['P-Outline', undefined, SymbolKind.Object]
        ]);
        expect(symbols[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 4, character: 1 } });
        // The State's name is what the editor reveals and highlights.
        expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 22 }, end: { line: 0, character: 29 } });
    });

    test("lists each person a request names by their name and role, in the order of the text", async () => {
        const document = await parse(`request OTP-2026-0002 {
  kind arrest-and-surrender
  person P-Sought as sought {
    location "Arusha"
  }
  annex A1 "Copy of the warrant"
  person P-Other
}
`);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.textDocument.uri } }) as DocumentSymbol[];
        expect(symbols[0].children!.map(s => [s.name, s.detail])).toEqual([['P-Sought', 'sought'], ['A1', 'Copy of the warrant'], ['P-Other', 'person']]);
        // The person's block, where the cursor shows the person in the breadcrumbs.
        expect(symbols[0].children![0].range).toEqual({ start: { line: 2, character: 9 }, end: { line: 4, character: 3 } });
    });
});
