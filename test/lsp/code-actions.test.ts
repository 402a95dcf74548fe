import { describe, expect, test } from 'vitest';
import { testCodeAction } from 'langium/test';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setup } from '../helpers.js';

const { services, parse, validate } = setup();

const PROVISIONAL = (extra: string) => `person P-Fix { name "Fix Person" born 1970-01-01 }
warrant W-Fix { number ICC-01/04-01/26-1 issued 2026-01-01 by "Pre-Trial Chamber I" person P-Fix crimes "murder" facts "facts" }
request REG-2026-0001 {
  kind provisional-arrest
  from Chamber "Pre-Trial Chamber I" transmitted-by Registrar
  situation ICC-01/04
  to State "Kenya" via diplomatic-channel language English
  classification under-seal
  dated 2026-11-22
  urgent "The person is about to leave the country."
  warrant W-Fix
  person P-Fix as sought { location "Nairobi" }
  crimes "murder"
  facts "facts"
  crime-date 2024-01-01
  crime-place "Bunia"
${extra}}
`;

describe('quick fixes, keyed on the diagnostic code', () => {
    test('a missing "shall" statement is inserted before the closing brace', async () => {
        await parse('');
        await testCodeAction(services)(PROVISIONAL(''), 'provisional-surrender-statement-missing', PROVISIONAL('  surrender-request-will-follow\n'));
    });

    test('a repeated clause is removed', async () => {
        await parse('');
        const before = 'request OTP-2026-0002 {\n  dated 2026-11-20\n  dated 2026-11-22\n}';
        await testCodeAction(services)(before, 'duplicate-clause', 'request OTP-2026-0002 {\n  dated 2026-11-20\n  \n}');
    });

    test('an "as applicable" warning can be suppressed in the request, with the reason to state', async () => {
        const text = PROVISIONAL('').replace('  crime-place "Bunia"\n', '');
        const result = await validate(text);
        const diagnostic = result.diagnostics.find(d => d.code === 'provisional-crime-place-missing')!;
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(result.document, {
            textDocument: { uri: result.document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Add `crime-place ""`', 'Suppress for this request, with the reason']);
        const edited = TextDocument.applyEdits(result.document.textDocument, actions[1].edit!.changes![result.document.textDocument.uri]);
        expect(edited).toContain('  suppress provisional-crime-place-missing "state the reason it does not apply"\n}');
        const after = await validate(edited);
        expect(after.diagnostics.filter(d => d.code === 'provisional-crime-place-missing')).toEqual([]);
    });
});
