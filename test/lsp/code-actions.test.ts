import { describe, expect, test } from 'vitest';
import { testCodeAction } from 'langium/test';
import { URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
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
    test('arrest-not-in-writing: the medium becomes `written`', async () => {
        const arrest = (medium: string) => `request REG-2026-0950 {\n  kind arrest-and-surrender\n  medium ${medium}\n  dated 2026-10-01\n}\n`;
        await testCodeAction(services)(arrest('electronic-mail'), 'arrest-not-in-writing', arrest('written'));
    });

    test('language-name-misspelt: the name becomes the known language it is a slip of', async () => {
        await testCodeAction(services)('person P-L { name "L" languages Lingala, Swahli }\n', 'language-name-misspelt', 'person P-L { name "L" languages Lingala, Swahili }\n');
    });

    test('a syntax error that says what to write in place of the word it marks: written so, and the clause then reads', async () => {
        const request = (clause: string) => `request OTP-2026-0953 {\n  ${clause}\n}\n`;
        for (const [written, fixed] of [
            ['person P-X as a witness', 'person P-X as witness'],
            ['to the State "Kenya"', 'to State "Kenya"'],
            ['dated on 2026-01-01', 'dated 2026-01-01'],
            ['person P-X witness', 'person P-X as witness'],
            ['under-seal', 'classification under-seal'],
            ['situation Kenya', 'situation ICC-01/09'],
            ['to Kenya via diplomatic-channel', 'to State "Kenya" via diplomatic-channel'],
            ['to "Kenya"', 'to State "Kenya"'],
            // What the message says would not read either (`as` opens no clause), or is a choice (two situations): no fix.
            ['sought', undefined],
            ['classification confidential\n  under-seal', undefined],
            ['situation Central', undefined]
        ] as const) {
            const result = await validate(request(written));
            const errors = result.diagnostics.filter(d => d.code === 'syntax-error');
            expect(errors, written).toHaveLength(1);
            const actions = await fixesFor(result.document, errors);
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            expect(actions.map(a => TextDocument.applyEdits(result.document.textDocument, a.edit!.changes![result.document.textDocument.uri])), written)
                .toEqual(fixed ? [request(fixed)] : []);
            if (!fixed) continue;
            expect(actions[0].isPreferred, written).toBe(true);
            const after = await validate(request(fixed));
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(after.diagnostics.filter(d => d.code === 'syntax-error'), fixed).toEqual([]);
        }
    });

    test('a syntax error that says which keyword to write for another word (`via embassy`): the word becomes that keyword', async () => {
        const request = (clause: string) => `request OTP-2026-0952 {\n  ${clause}\n}\n`;
        const long = '"A purpose long enough for the message to show it shortened, ending in an ellipsis, as it does"';
        for (const [written, fixed] of [
            ['to State "Kenya" via embassy', ['to State "Kenya" via diplomatic-channel']],
            ['medium email', ['medium electronic-mail']],
            ['classification sealed', ['classification under-seal']],
            ['status transmitted 2026-10-02', ['status sent 2026-10-02']],
            ['deadline 2027-01-31', ['respond-by 2027-01-31']],
            ['person P-X as sought { address "Kampala" }', ['person P-X as sought { location "Kampala" }']],
            [`objective ${long}`, [`purpose ${long}`]],
            // Two keywords the word may stand for: one fix each, neither preferred.
            ['kind extradition', ['kind arrest-and-surrender', 'kind surrender-of-convicted']],
            // The message writes more than the keyword (`State`): no fix that would leave an error.
            ['addressee "Kenya"', []]
        ] as const) {
            const result = await validate(request(written));
            const errors = result.diagnostics.filter(d => d.code === 'syntax-error');
            expect(errors, written).toHaveLength(1);
            expect(errors[0].message, written).toMatch(/: write `[^`]+`(?: or `[^`]+`)?\.$/);
            const actions = await fixesFor(result.document, errors);
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            const edited = actions.map(a => TextDocument.applyEdits(result.document.textDocument, a.edit!.changes![result.document.textDocument.uri]));
            expect(edited, written).toEqual(fixed.map(f => request(f)));
            expect(actions.map(a => a.isPreferred), written).toEqual(fixed.map(() => fixed.length === 1));
            for (const text of edited) {
                const after = await validate(text);
                expect(after.diagnostics.filter(d => d.code === 'syntax-error'), text).toEqual([]);
                services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            }
        }
    });

    test('a syntax error that asks "did you mean" a keyword: the word becomes that keyword, with the rest of it written as words', async () => {
        const request = (clause: string) => `request OTP-2026-0951 {\n  ${clause}\n}\n`;
        for (const [written, fixed] of [
            ['kindd assistance art. 93(1)(b)', 'kind assistance art. 93(1)(b)'],
            ['classification secrett', 'classification secret'],
            ['Dated 2026-10-01', 'dated 2026-10-01'],
            ['person P-X as sougth', 'person P-X as sought'],
            ['person P-X as suspect { rights art. 55(2) }', 'person P-X as suspect { rights-notice art. 55(2) }'],
            ['legal basis art. 93(1)(b)', 'legal-basis art. 93(1)(b)'],
            ['classification under seal', 'classification under-seal'],
            ['via diplomatic channel', 'via diplomatic-channel'],
            ['legal-basis r. 188', 'legal-basis rule 188'],
            ['legal-basis article 93(1)', 'legal-basis art. 93(1)']
        ]) {
            const result = await validate(request(written));
            const errors = result.diagnostics.filter(d => d.code === 'syntax-error');
            expect(errors, written).toHaveLength(1);
            const actions = await fixesFor(result.document, errors);
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            expect(actions.map(a => a.isPreferred), written).toEqual([true]);
            const edited = TextDocument.applyEdits(result.document.textDocument, actions[0].edit!.changes![result.document.textDocument.uri]);
            expect(edited, written).toBe(request(fixed));
            const after = await validate(edited);
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(after.diagnostics.filter(d => d.code === 'syntax-error'), written).toEqual([]);
        }
        // A block's keyword misspelt at the top of a file; no fix where the message names no keyword.
        const block = await validate('reqest OTP-2026-0952 {\n  dated 2026-10-01\n}\n');
        const [replace] = await fixesFor(block.document, block.diagnostics.filter(d => d.code === 'syntax-error'));
        services.shared.workspace.LangiumDocuments.deleteDocument(block.document.uri);
        expect(TextDocument.applyEdits(block.document.textDocument, replace.edit!.changes![block.document.textDocument.uri])).toBe('request OTP-2026-0952 {\n  dated 2026-10-01\n}\n');
        const unquoted = await validate(request('facts On 1 May the village was attacked'));
        const actions = await fixesFor(unquoted.document, unquoted.diagnostics.filter(d => d.code === 'syntax-error'));
        services.shared.workspace.LangiumDocuments.deleteDocument(unquoted.document.uri);
        expect(actions).toEqual([]);
    });

    test('a syntax error that writes a name or an ICC number as it should be: written so, no syntax error left', async () => {
        for (const [written, name, fixed] of [
            ['request OTP-2026-0953 {\n  situation ICC/01/09\n}\n', 'ICC-01/09', 'request OTP-2026-0953 {\n  situation ICC-01/09\n}\n'],
            ['request OTP-2026-0953 {\n  case ICC-1/09-01/26\n}\n', 'ICC-01/09-01/26', 'request OTP-2026-0953 {\n  case ICC-01/09-01/26\n}\n'],
            ['request OTP 2026 0953 {\n  dated 2026-10-01\n}\n', 'OTP-2026-0953', 'request OTP-2026-0953 {\n  dated 2026-10-01\n}\n'],
            ['person P Fix Two {\n  name "F"\n}\n', 'P-Fix-Two', 'person P-Fix-Two {\n  name "F"\n}\n'],
            ['request OTP-2026-0953 {\n  follows OTP/2026/0950\n}\n', 'OTP-2026-0950', 'request OTP-2026-0953 {\n  follows OTP-2026-0950\n}\n'],
            ["person P-O'Fix {\n  name \"F\"\n}\n", 'P-OFix', 'person P-OFix {\n  name "F"\n}\n']
        ]) {
            const result = await validate(written);
            const errors = result.diagnostics.filter(d => d.code === 'syntax-error');
            expect(errors, written).toHaveLength(1);
            const actions = await fixesFor(result.document, errors);
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            expect(actions.map(a => [a.title, a.isPreferred]), written).toEqual([[`Write \`${name}\``, true]]);
            const edited = TextDocument.applyEdits(result.document.textDocument, actions[0].edit!.changes![result.document.textDocument.uri]);
            expect(edited, written).toBe(fixed);
            const after = await validate(edited);
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(after.diagnostics.filter(d => d.code === 'syntax-error'), written).toEqual([]);
        }
    });

    test('text-bidi-control: the invisible direction character is removed', async () => {
        await testCodeAction(services)('person P-Bidi { name "Ali \u202Eevil" }\n', 'text-bidi-control', 'person P-Bidi { name "Ali evil" }\n');
    });

    test('a missing "shall" statement is inserted before the closing brace', async () => {
        await parse('');
        await testCodeAction(services)(PROVISIONAL(''), 'provisional-surrender-statement-missing', PROVISIONAL('  surrender-request-will-follow\n'));
    });

    test('the crimes left out: those of the warrant or judgment relied on, as the message lists them, quoted, and laid out as the formatter leaves them', async () => {
        // Each case declares its own warrant (-Crm1, -Crm2...): a name is linked across the workspace.
        let n = 0;
        const request = (kind: string, crimes: string, end = '') => `person P-Crm${++n} {
  name "Crimes Person"
  born 1970-01-01
}

warrant W-Crm${n} {
  number ICC-01/04-01/26-7
  person P-Crm${n}${crimes ? `\n  ${crimes}` : ''}
}

judgment J-Crm${n} {
  number ICC-01/04-01/26-300
  person P-Crm${n}
  convicted-of "Pillaging as a war crime (art. 8(2)(e)(v))"
}

request REG-2026-0010 {
  kind ${kind}
  dated 2026-11-22
  warrant W-Crm${n}
${end}}
`;
        const fixed = async (text: string, code: string, title: string, toFillIn = false) => {
            const edited = await applyFix(text, code, title, toFillIn);
            // The formatter leaves the clause inserted as it is.
            const after = await validate(edited);
            const edits = await services.lsp.Formatter!.formatDocument(after.document, { textDocument: { uri: after.document.textDocument.uri }, options: { tabSize: 2, insertSpaces: true } });
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(edits, edited).toEqual([]);
            return edited;
        };
        const withCrimes = (text: string, clause: string) => text.replace(/\}\n$/, `${clause}}\n`);
        // One crime, and two short ones: on the clause's line.
        let text = request('provisional-arrest', 'crimes "murder"');
        expect(await fixed(text, 'provisional-crimes-missing', `Add \`crimes "murder"\` (as warrant W-Crm${n} lists them)`))
            .toBe(withCrimes(text, '  crimes "murder"\n'));
        text = request('arrest-and-surrender', 'crimes "murder", "rape"');
        expect(await fixed(text, 'arrest-crimes-missing', `Add \`crimes "murder", "rape"\` (as warrant W-Crm${n} lists them)`))
            .toBe(withCrimes(text, '  crimes "murder", "rape"\n'));
        // Too long for one line: one crime a line, aligned on the first; quotes and backslashes written as the warrant writes them.
        const long = 'crimes "Murder as a crime against humanity (art. 7(1)(a))", "The \\"Bogoro\\" attack on civilians \\\\ a war crime (art. 8(2)(e)(i))"';
        text = request('provisional-arrest', long);
        expect(await fixed(text, 'provisional-crimes-missing', `Add \`crimes "Murder as a crime against humanity (a...\` (as warrant W-Crm${n} lists them)`))
            .toBe(withCrimes(text, '  crimes "Murder as a crime against humanity (art. 7(1)(a))",\n         "The \\"Bogoro\\" attack on civilians \\\\ a war crime (art. 8(2)(e)(i))"\n'));
        // A provisional arrest on a judgment of conviction: the crimes of which the person was convicted.
        text = request('provisional-arrest', 'crimes "murder"').replace(/warrant W-Crm(\d+)\n\}\n$/, 'judgment J-Crm$1\n}\n');
        expect(await fixed(text, 'provisional-crimes-missing', `Add \`crimes "Pillaging as a war crime (art. 8(2)(e...\` (as judgment J-Crm${n} lists them)`))
            .toBe(withCrimes(text, '  crimes "Pillaging as a war crime (art. 8(2)(e)(v))"\n'));
        // A warrant that lists none: the clause to fill in.
        text = request('provisional-arrest', '');
        expect(await fixed(text, 'provisional-crimes-missing', 'Add `crimes ""`', true)).toBe(withCrimes(text, '  crimes ""\n'));
    });

    test('in a request not yet closed, a clause is inserted after its last clause, not inside its last text or block', async () => {
        await parse('');
        // The officer is still writing: the file ends inside the request (`add \`}\` to close it`).
        const open = PROVISIONAL('').replace(/\}\n$/, '');
        await testCodeAction(services)(open, 'provisional-surrender-statement-missing', open.replace(/\n$/, '\n  surrender-request-will-follow\n'));
        // Its last token is the `}` of the person's block, not the request's.
        const person = '  person P-Fix as sought { location "Nairobi" }\n';
        const personLast = open.replace(person, '') + person;
        await testCodeAction(services)(personLast, 'provisional-surrender-statement-missing', personLast.replace(/\n$/, '\n  surrender-request-will-follow\n'));
    });

    test('a repeated clause is removed, with its line when it stands alone on one, else with its space', async () => {
        await parse('');
        const before = 'request OTP-2026-0002 {\n  dated 2026-11-20\n  dated 2026-11-22\n}';
        await testCodeAction(services)(before, 'duplicate-clause', 'request OTP-2026-0002 {\n  dated 2026-11-20\n}');
        await testCodeAction(services)('request OTP-2026-0002 {\r\n  dated 2026-11-20\r\n  dated 2026-11-22\r\n}', 'duplicate-clause', 'request OTP-2026-0002 {\r\n  dated 2026-11-20\r\n}');
        await testCodeAction(services)('request OTP-2026-0002 {\n  dated 2026-11-20\n  dated 2026-11-22 respond-by 2027-01-15\n}', 'duplicate-clause',
            'request OTP-2026-0002 {\n  dated 2026-11-20\n  respond-by 2027-01-15\n}');
        await testCodeAction(services)('request OTP-2026-0002 {\n  dated 2026-11-20 dated 2026-11-22 // sent late\n}', 'duplicate-clause',
            'request OTP-2026-0002 {\n  dated 2026-11-20 // sent late\n}');
    });

    test('a status history out of order: each event written in its place in the order they happened, notes and end-of-line comments with them', async () => {
        const history = (events: string) => `request OTP-2026-0971 {\n  kind assistance art. 93(1)(b)\n  dated 2026-10-01\n${events}}\n`;
        const TITLE = 'Put the status events in the order they happened';
        /** The one fix each out-of-order event offers, applied; the history then in order. */
        const inOrder = async (text: string) => {
            const result = await validate(text);
            const found = result.diagnostics.filter(d => d.code === 'followup-status-out-of-order');
            const fixes = await Promise.all(found.map(d => fixesFor(result.document, [d])));
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            if (!fixes.length || !fixes[0].length) return { fixes: fixes.map(f => f.map(a => a.title)) };
            expect(fixes.map(f => f.map(a => [a.title, a.isPreferred]))).toEqual(found.map(() => [[TITLE, true]]));
            const edited = TextDocument.applyEdits(result.document.textDocument, fixes[0][0].edit!.changes![result.document.textDocument.uri]);
            const after = await validate(edited);
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(after.diagnostics.filter(d => d.code === 'followup-status-out-of-order' || d.severity === 1 && d.code?.toString().startsWith('followup-status'))).toEqual([]);
            return { edited, fixes: fixes.map(f => f.map(a => a.title)) };
        };
        const written = history('  status drafted 2026-09-20\n  status acknowledged 2026-10-09 // by e-mail\n  status sent 2026-10-02 "NV/2026/0971"\n'
            + '  status received 2026-10-05\n');
        expect((await inOrder(written)).edited).toBe(
            history('  status drafted 2026-09-20\n  status sent 2026-10-02 "NV/2026/0971"\n  status received 2026-10-05\n  status acknowledged 2026-10-09 // by e-mail\n'));
        // Two events on a line: a comment ending it stays where it is, or it would comment out the event moved before it.
        expect((await inOrder(history('  status drafted 2026-09-20\n  status received 2026-10-05 status sent 2026-10-02 // by courier\n'))).edited).toBe(
            history('  status drafted 2026-09-20\n  status sent 2026-10-02 status received 2026-10-05 // by courier\n'));
        // Within a day, the events that give their time by time, in the places such events hold; one without its time keeps its place.
        const sameDay = history('  status drafted 2026-09-20\n  status sent 2026-10-05\n  status acknowledged 2026-10-05T15:00Z\n  status received 2026-10-05T09:00Z\n');
        expect((await inOrder(sameDay)).edited).toBe(history('  status drafted 2026-09-20\n  status sent 2026-10-05\n  status received 2026-10-05T09:00Z\n  status acknowledged 2026-10-05T15:00Z\n'));
        // An event without a real date: where it belongs is the officer's to say, so no fix.
        expect((await inOrder(history('  status sent 2026-10-09\n  status drafted 2026-09-20\n  status received 2026-02-30\n'))).fixes).toEqual([[]]);
    });

    test('a person named a second time: the second `person` clause is removed, its block with it', async () => {
        await parse('person P-D { name "D" }');
        const request = (persons: string) => `request OTP-2026-0969 {\n  kind assistance art. 93(1)(b)\n  dated 2026-10-01\n${persons}  purpose "p"\n}\n`;
        await testCodeAction(services)(request('  person P-D as witness { location "Eldoret" }\n  person P-D as suspect {\n    location "Nairobi"\n  }\n'), 'person-named-twice',
            request('  person P-D as witness { location "Eldoret" }\n'));
        await testCodeAction(services)(request('  person P-D as witness person P-D as witness\n'), 'person-named-twice', request('  person P-D as witness\n'));
    });

    test('a name declared twice that a request refers to: no fix is offered, as only the author knows which declaration to keep', async () => {
        const result = await validate('person P-Twice { name "A" }\nperson P-Twice { name "B" }\nrequest OTP-2026-0970 {\n  kind assistance art. 93(1)(b)\n  dated 2026-10-01\n  person P-Twice as witness\n}\n');
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        const ambiguous = result.diagnostics.filter(d => d.code === 'reference-ambiguous');
        expect(ambiguous.map(d => d.range)).toEqual([{ start: { line: 5, character: 9 }, end: { line: 5, character: 16 } }]);
        expect(await fixesFor(result.document, ambiguous)).toEqual([]);
    });

    test('a State of the built-in library declared again: the fix, not preferred, removes the declaration with its lines; a State declared twice in the workspace gets none', async () => {
        const result = await validate('// Kept.\nstate "Kenya" {\n  iso KE KEN\n  un member\n}\nperson P-K { nationality "Kenya" }\nstate "Utopia" { iso XU XUT }\nstate "Utopia" { iso XU XUT }\n');
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        const found = result.diagnostics.filter(d => d.code === 'state-declared-twice');
        expect(found.map(d => d.range.start.line)).toEqual([1, 6, 7]);
        const actions = await fixesFor(result.document, [found[0]]);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Remove this declaration (the built-in library's State is the one used)", false]]);
        const edited = TextDocument.applyEdits(result.document.textDocument, actions[0].edit!.changes![result.document.textDocument.uri]);
        expect(edited).toBe('// Kept.\nperson P-K { nationality "Kenya" }\nstate "Utopia" { iso XU XUT }\nstate "Utopia" { iso XU XUT }\n');
        expect(await fixesFor(result.document, found.slice(1))).toEqual([]);
    });

    test('a clause without effect where it is written is removed whole, its values on the next line too', async () => {
        await parse('record R-K { type state-agreement dated 2026-09-10 State "Kenya" }\nrecord R-C { type consent dated 2026-09-01 }\nperson P-W { name "W" }');
        const request = (clauses: string) => `request OTP-2026-0967 {\n  kind assistance art. 93(1)(e)\n  dated 2026-10-01\n${clauses}}\n`;
        await testCodeAction(services)(request('  state-agreement R-K conditions "Custody"\n  purpose "p"\n'), 'clause-without-effect', request('  purpose "p"\n'));
        await testCodeAction(services)(request('  person P-W as witness {\n    consent\n      R-C\n    location "L"\n  }\n'), 'clause-without-effect',
            request('  person P-W as witness {\n    location "L"\n  }\n'));
        await testCodeAction(services)(request('  person P-W as witness { consent R-C location "L" }\n'), 'clause-without-effect', request('  person P-W as witness { location "L" }\n'));
    });

    test("a person's only clause is removed with the block's braces, and the formatter leaves the result as it is", async () => {
        await parse('record R-C2 { type consent dated 2026-09-01 }\nperson P-W2 { name "W" }');
        const request = (person: string) => `request OTP-2026-0968 {\n  kind assistance art. 93(1)(e)\n  dated 2026-10-01\n${person}  purpose "p"\n}\n`;
        const bare = request('  person P-W2 as witness\n');
        for (const written of ['  person P-W2 as witness { consent R-C2 }\n', '  person P-W2 as witness {\n    consent R-C2\n  }\n', '  person P-W2 as witness {\n    consent\n      R-C2\n  }\n']) {
            const result = await validate(request(written));
            const found = result.diagnostics.filter(d => d.code === 'clause-without-effect');
            expect(found).toHaveLength(1);
            const [action] = await fixesFor(result.document, found);
            const edited = TextDocument.applyEdits(result.document.textDocument, action.edit!.changes![result.document.textDocument.uri]);
            services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
            expect(edited).toBe(bare);
            const after = await validate(edited);
            expect(after.diagnostics.filter(d => d.code === 'syntax-error')).toEqual([]);
            const edits = await services.lsp.Formatter!.formatDocument(after.document, { textDocument: { uri: after.document.textDocument.uri }, options: { tabSize: 2, insertSpaces: true } });
            services.shared.workspace.LangiumDocuments.deleteDocument(after.document.uri);
            expect(TextDocument.applyEdits(after.document.textDocument, edits)).toBe(bare);
        }
        // A comment left in the block keeps it.
        const commented = request('  person P-W2 as witness {\n    // consent to be confirmed\n    consent R-C2\n  }\n');
        await testCodeAction(services)(commented, 'clause-without-effect', request('  person P-W2 as witness {\n    // consent to be confirmed\n  }\n'));
    });

    test('a missing copy of the warrant is annexed under a name no annex has yet', async () => {
        const arrest = (annexes: string) => `person P-Cpy { name "Copy Person" born 1970-01-01 }
warrant W-Cpy { number ICC-01/04-01/26-2 issued 2026-01-01 by "Pre-Trial Chamber I" person P-Cpy crimes "murder" facts "facts" }
request REG-2026-0003 {
  kind arrest-and-surrender
  dated 2026-11-22
  warrant W-Cpy
${annexes}}
`;
        const annexes = '  annex A1 "Map" { file "map.pdf" }\n  annex A3 "Photographs" { file "photos.pdf" }\n';
        const edited = await applyFix(arrest(annexes), 'arrest-warrant-copy-missing', 'Add `annex A4 "Copy of the warrant of arrest"`');
        expect(edited).toContain('  annex A4 "Copy of the warrant of arrest" { copy-of W-Cpy }\n}');
        // In a request written in French, the title the annex table prints is French.
        const french = arrest(annexes).replace('  dated 2026-11-22\n', '  dated 2026-11-22\n  language French\n');
        const editedFr = await applyFix(french, 'arrest-warrant-copy-missing', 'Add `annex A4 "Copie du mandat d\'arrêt"`');
        expect(editedFr).toContain('  annex A4 "Copie du mandat d\'arrêt" { copy-of W-Cpy }\n}');
    });

    test('a warrant of arrest for the convicted person, declared elsewhere, is annexed as the judgment is', async () => {
        await parse(`person P-Conv { name "Convicted Person" born 1970-01-01 }
warrant W-Conv { number ICC-01/12-01/26-2 issued 2020-01-01 by "Pre-Trial Chamber I" person P-Conv crimes "murder" facts "facts" }
judgment J-Conv { number ICC-01/12-01/26-300 dated 2025-01-01 by "Trial Chamber X" person P-Conv convicted-of "murder" sentence imprisonment 10 years }`,
        { uri: 'file:///ws/declarations/convicted.rog' });
        const request = (annexes: string) => `request REG-2026-0004 {
  kind surrender-of-convicted
  dated 2026-08-03
  judgment J-Conv
  person P-Conv as sought { location "Nairobi" }
  annex A1 "Copy of the judgment of conviction" { copy-of J-Conv }
${annexes}}
`;
        const edited = await applyFix(request(''), 'convicted-warrant-copy-missing', 'Add `annex A2 "Copy of the warrant of arrest"`');
        expect(edited).toBe(request('  annex A2 "Copy of the warrant of arrest" { copy-of W-Conv }\n'));
    });

    test("the person sought's probable location is added to their block, or in a block of its own, to fill in", async () => {
        const sought = '  person P-Fix as sought { location "Nairobi" }\n';
        for (const [written, fixed] of [
            ['  person P-Fix as sought\n', '  person P-Fix as sought { location "" }\n'],
            ['  person P-Fix as sought { translation Swahili }\n', '  person P-Fix as sought { translation Swahili location "" }\n'],
            ['  person P-Fix as sought {\n    translation Swahili\n  }\n', '  person P-Fix as sought {\n    translation Swahili\n    location ""\n  }\n']
        ]) {
            const edited = await applyFix(PROVISIONAL('').replace(sought, written), 'provisional-location-missing', 'Add `location ""` for P-Fix', true);
            expect(edited).toBe(PROVISIONAL('').replace(sought, fixed));
        }
    });

    test('a translation for the person sought: one fix for each language they are declared to understand (rule 187)', async () => {
        const text = PROVISIONAL('').replace('kind provisional-arrest', 'kind arrest-and-surrender').replace(/-Fix\b/g, '-Tr')
            .replace('born 1970-01-01 }', 'born 1970-01-01 languages Acholi, Swahili }').replace('REG-2026-0001', 'REG-2026-0005');
        const result = await validate(text);
        const found = result.diagnostics.filter(d => d.code === 'arrest-translation-missing');
        const actions = await fixesFor(result.document, found);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        expect(actions.map(a => a.title)).toEqual(['Add `translation Acholi` for P-Tr', 'Add `translation Swahili` for P-Tr', 'Suppress for this request (then write the reason between the quotes)']);
        const edited = await applyFix(text, 'arrest-translation-missing', 'Add `translation Swahili` for P-Tr');
        expect(edited).toContain('  person P-Tr as sought { location "Nairobi" translation Swahili }\n');
    });

    test('a translation declared for the person and not annexed: the fix annexes it as a version of the warrant (rule 187)', async () => {
        const text = PROVISIONAL('').replace('kind provisional-arrest', 'kind arrest-and-surrender').replace(/-Fix\b/g, '-Tn')
            .replace('born 1970-01-01 }', 'born 1970-01-01 languages Acholi, Swahili }').replace('REG-2026-0001', 'REG-2026-0006')
            .replace('location "Nairobi" }', 'location "Nairobi" translation Swahili }');
        const edited = await applyFix(text, 'arrest-translation-not-annexed', 'Add `annex A1 "Translation of the warrant of arrest and of the relevant provisions of the Statute"`');
        expect(edited).toContain('  annex A1 "Translation of the warrant of arrest and of the relevant provisions of the Statute" { copy-of W-Tn language Swahili }\n');
    });

    test('a suppression that silences nothing is removed with its line, or with its space', async () => {
        await parse('');
        const request = (suppress: string) => `request OTP-2026-0003 {\n  kind transit\n  dated 2026-11-20${suppress}\n}`;
        await testCodeAction(services)(request('\n  suppress assistance-grounds-missing "Stated elsewhere."'), 'suppression-unused', request(''));
        await testCodeAction(services)(request(' suppress assistance-grounds-missing "Stated elsewhere."'), 'suppression-unused', request(''));
    });

    test('a suppression of a rule that checks other kinds of request: said at once, with a syntax error elsewhere in the file too, and removed', async () => {
        await parse('');
        const request = (suppress: string) => `request OTP-2026-0004 {\n  kind transit\n  dated 2026-7-1${suppress}\n}`;
        const result = await validate(request('\n  suppress assistance-grounds-missing "Stated elsewhere."'));
        expect(result.diagnostics.filter(d => d.code === 'syntax-error')).toHaveLength(1);
        const found = result.diagnostics.filter(d => d.code === 'suppression-unused');
        expect(found.map(d => ({ severity: d.severity, message: d.message, range: d.range }))).toEqual([{
            severity: 2,
            message: '`suppress assistance-grounds-missing` silences nothing: it checks only `kind assistance` and `kind temporary-transfer` requests, and this request is `kind transit` (art. 96(2)(a)). Remove the clause.',
            range: { start: { line: 3, character: 11 }, end: { line: 3, character: 37 } }
        }]);
        const actions = await fixesFor(result.document, found);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        expect(actions.map(a => a.title)).toEqual(['Remove the suppression']);
        expect(TextDocument.applyEdits(result.document.textDocument, actions[0].edit!.changes![result.document.textDocument.uri])).toBe(request(''));
    });

    test('a repeated clause is named and removed from its first keyword (`to`, not `State`)', async () => {
        const result = await validate('request OTP-2026-0003 {\n  to State "Kenya"\n  to State "Uganda"\n}');
        const duplicate = result.diagnostics.find(d => d.code === 'duplicate-clause')!;
        expect(duplicate.message).toBe('`to` is given more than once here; keep one.');
        expect(duplicate.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 19 } });
    });

    test('an "as applicable" warning can be suppressed in the request: the officer writes the reason, and until then the warning stays', async () => {
        const text = PROVISIONAL('').replace('  crime-place "Bunia"\n', '');
        const result = await validate(text);
        const diagnostic = result.diagnostics.find(d => d.code === 'provisional-crime-place-missing')!;
        const actions = await fixesFor(result.document, [diagnostic]);
        const title = 'Suppress for this request (then write the reason between the quotes)';
        expect(actions.map(a => a.title)).toEqual(['Add `crime-place ""`', title]);
        const edited = TextDocument.applyEdits(result.document.textDocument, actions[1].edit!.changes![result.document.textDocument.uri]);
        expect(edited).toBe(text.replace(/\}\n$/, '  suppress provisional-crime-place-missing ""\n}\n'));
        // Applied and left as it is: the warning is still there, and the suppression asks for its reason at the quotes.
        const after = await validate(edited);
        const line = edited.split('\n').findIndex(l => l.includes('suppress'));
        expect(after.diagnostics.filter(d => d.code === 'provisional-crime-place-missing').map(d => d.message)).toEqual([diagnostic.message]);
        expect(after.diagnostics.filter(d => d.code === 'invalid-suppression').map(d => ({ severity: d.severity, message: d.message, range: d.range }))).toEqual([{
            severity: 1,
            message: "Give the reason for suppressing 'provisional-crime-place-missing' between the quotes: until one is given, the warning is still reported.",
            range: { start: { line, character: 43 }, end: { line, character: 45 } }
        }]);
        // The reason written: both are gone.
        const reasoned = await validate(edited.replace('missing ""', 'missing "The place is stated in the warrant annexed."'));
        expect(reasoned.diagnostics.filter(d => d.code === 'provisional-crime-place-missing' || d.code === 'invalid-suppression')).toEqual([]);
    });
});

/** The quick fixes offered for `diagnostics` (at the first one's range) in `document`. */
async function fixesFor(document: LangiumDocument, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics }
    }) as CodeAction[];
}

/** Applies the quick fix titled `title` for the one `code` diagnostic of `text`; returns the edited text. */
async function applyFix(text: string, code: string, title: string, toFillIn = false): Promise<string> {
    const result = await validate(text);
    const found = result.diagnostics.filter(d => d.code === code);
    expect(found, `one ${code} diagnostic`).toHaveLength(1);
    const actions = await fixesFor(result.document, found);
    const action = actions.find(a => a.title === title);
    expect(action, `actions offered: ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const edited = TextDocument.applyEdits(result.document.textDocument, action!.edit!.changes![result.document.textDocument.uri]);
    // A clause inserted as "" is a skeleton the officer fills in: the rule holds once it is.
    const after = await validate(toFillIn ? edited.replace(/""/, '"filled in"') : edited);
    expect(after.diagnostics.filter(d => d.code === code), `${code} is gone after the fix`).toEqual([]);
    // Designations are looked up across the workspace: leave none behind for the next test.
    const documents = services.shared.workspace.LangiumDocuments;
    [result.document, after.document].forEach(d => documents.deleteDocument(d.uri));
    return edited;
}

const ASSISTANCE = (clauses: string) => `request OTP-2026-0003 {
  kind assistance art. 93(1)(i), art. 93(1)(b)
  from Prosecutor transmitted-by Office-of-the-Prosecutor
  situation ICC-01/09
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  dated 2026-10-01
${clauses}}
`;
const COMPLETE = '  legal-basis art. 93(1)(i), art. 93(1)(b)\n  purpose "p"\n  grounds "g"\n  facts "f"\n  national-requirements none-known\n';

describe('quick fixes of the addressee and assistance rules', () => {
    test('a missing art. 96(2) element is inserted as a clause to fill in', async () => {
        const edited = await applyFix(ASSISTANCE(COMPLETE.replace('  grounds "g"\n', '')), 'assistance-grounds-missing', 'Add `grounds ""`', true);
        expect(edited).toBe(ASSISTANCE(COMPLETE.replace('  grounds "g"\n', '') + '  grounds ""\n'));
    });

    test('a form of assistance missing from the legal basis is added to it', async () => {
        const edited = await applyFix(ASSISTANCE(COMPLETE.replace('legal-basis art. 93(1)(i), art. 93(1)(b)', 'legal-basis art. 93(1)(i)')),
            'assistance-legal-basis-mismatch', 'Add art. 93(1)(b) to the legal basis');
        expect(edited).toContain('  legal-basis art. 93(1)(i), art. 93(1)(b)\n');
    });

    test('a form cited that the request no longer seeks (its kind changed) is replaced by the one it seeks; one cited beside the forms sought is removed with its comma', async () => {
        // Seeks (i) and (b); cites (a) and (b): (a) left from an earlier kind, (i) not cited.
        const drifted = ASSISTANCE(COMPLETE.replace('legal-basis art. 93(1)(i), art. 93(1)(b)', 'legal-basis art. 93(1)(a), art. 93(1)(b), art. 96(1)'));
        expect(await applyFix(drifted, 'assistance-legal-basis-mismatch', 'Replace art. 93(1)(a) with art. 93(1)(i)'))
            .toContain('  legal-basis art. 93(1)(i), art. 93(1)(b), art. 96(1)\n');
        // Seeks (i) and (b), cites both and (l): (l) removed, first or last.
        expect(await applyFix(ASSISTANCE(COMPLETE.replace('legal-basis art. 93(1)(i), art. 93(1)(b)', 'legal-basis art. 93(1)(i), art. 93(1)(b), art. 93(1)(l)')),
            'assistance-legal-basis-mismatch', 'Remove art. 93(1)(l) from the legal basis')).toContain('  legal-basis art. 93(1)(i), art. 93(1)(b)\n');
        expect(await applyFix(ASSISTANCE(COMPLETE.replace('legal-basis art. 93(1)(i), art. 93(1)(b)', 'legal-basis art. 93(1)(l), art. 93(1)(i), art. 93(1)(b)')),
            'assistance-legal-basis-mismatch', 'Remove art. 93(1)(l) from the legal basis')).toContain('  legal-basis art. 93(1)(i), art. 93(1)(b)\n');
    });

    test('the wrong transmitting organ is replaced by the one rule 176(2) names', async () => {
        const edited = await applyFix(ASSISTANCE(COMPLETE).replace('transmitted-by Office-of-the-Prosecutor', 'transmitted-by Registrar'),
            'channel-transmitting-organ', 'Replace with `Office-of-the-Prosecutor`');
        expect(edited).toBe(ASSISTANCE(COMPLETE));
    });

    test('a request sent by e-mail without being urgent is made in writing', async () => {
        const edited = await applyFix(ASSISTANCE(COMPLETE + '  medium electronic-mail\n'), 'urgent-medium-not-urgent', 'Replace with `written`');
        expect(edited).toBe(ASSISTANCE(COMPLETE + '  medium written\n'));
    });

    test('a supporting document in no language the State accepts gets its translation annex, or, standing alone, the language', async () => {
        // Kenya: no designation in this workspace, so English or French (rule 178(2)).
        const statement = '  annex A1 "Statement of a witness" { document ICC-01/09-01/26-30 language Swahili }\n';
        const translated = await applyFix(ASSISTANCE(COMPLETE + statement), 'language-not-working',
            'Add `annex A2 "Statement of a witness (English translation)"`');
        expect(translated).toBe(ASSISTANCE(COMPLETE + statement + '  annex A2 "Statement of a witness (English translation)" { document ICC-01/09-01/26-30 language English }\n'));
        // The translation of a document under seal is under seal too.
        const sealed = statement.replace('language Swahili', 'language Swahili classification under-seal');
        expect(await applyFix(ASSISTANCE(COMPLETE + sealed), 'language-not-working', 'Add `annex A2 "Statement of a witness (English translation)"`'))
            .toContain('  annex A2 "Statement of a witness (English translation)" { document ICC-01/09-01/26-30 language English classification under-seal }\n');
        const map = '  annex A1 "Map" { language Swahili }\n';
        const replaced = await applyFix(ASSISTANCE(COMPLETE + map), 'language-not-working', 'Replace with `English`');
        expect(replaced).toBe(ASSISTANCE(COMPLETE + map.replace('Swahili', 'English')));
    });

    test('a translation the designation asks for is added to the language clause, after the translations already given', async () => {
        const designation = 'designation for State "Kenya" { channel diplomatic-channel language English translation-into Swahili received 2020-01-01 }\n';
        const edited = await applyFix(designation + ASSISTANCE(COMPLETE), 'language-translation-missing', 'Add `translation Swahili`');
        expect(edited).toBe(designation + ASSISTANCE(COMPLETE).replace('language English\n', 'language English translation Swahili\n'));
        const withFrench = ASSISTANCE(COMPLETE).replace('language English\n', 'language English translation French\n');
        expect(await applyFix(designation + withFrench, 'language-translation-missing', 'Add `translation Swahili`'))
            .toBe(designation + withFrench.replace('translation French\n', 'translation French, Swahili\n'));
    });

    test('protective measures for a witness named in the request are inserted as a clause to fill in; written empty, they are to fill in, not added again', async () => {
        await parse('person P-Protect { name "Protected Witness" }', { uri: 'file:///ws/declarations/protect.rog' });
        const text = ASSISTANCE(COMPLETE + '  person P-Protect as witness { location "Eldoret" }\n');
        const edited = await applyFix(text, 'request-protective-measures-missing', 'Add `protective-measures ""`', true);
        expect(edited).toBe(ASSISTANCE(COMPLETE + '  person P-Protect as witness { location "Eldoret" }\n  protective-measures ""\n'));
        // As the fix leaves it (the warning is reported on the witness, not on the request): at the empty quotes,
        // saying to fill them in, and offering no second `protective-measures`, which would be a duplicate-clause error.
        const result = await validate(edited);
        const found = result.diagnostics.filter(d => d.code === 'request-protective-measures-missing');
        const line = edited.split('\n').findIndex(l => l.startsWith('  protective-measures'));
        expect(found.map(d => ({ message: d.message, range: d.range }))).toEqual([{
            message: 'The request names P-Protect as witness but states no protective measures: fill in the empty quotes of `protective-measures ""` (how information about them is to be provided and handled), or suppress this warning with the reason none are needed. (art. 87(4))',
            range: { start: { line, character: 22 }, end: { line, character: 24 } }
        }]);
        const actions = await fixesFor(result.document, found);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        expect(actions.map(a => a.title)).toEqual(['Suppress for this request (then write the reason between the quotes)']);
    });

    test('the conditions of a temporary transfer: added to the State agreement to fill in; written empty, they are to fill in, not added again', async () => {
        const transfer = (agreement: string) => `person P-Cond { name "Detained Person" born 1975-01-01 }
record R-Cond-Consent { type consent dated 2026-09-01 person P-Cond }
record R-Cond-Kenya { type state-agreement dated 2026-09-10 State "Kenya" }
request OTP-2026-0960 {
  kind temporary-transfer
  from Prosecutor transmitted-by Office-of-the-Prosecutor
  situation ICC-01/09
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  dated 2026-10-01
  legal-basis art. 93(7)
  purpose "To obtain the testimony of the person before Trial Chamber V."
  grounds "The person is serving a national sentence in Kenya."
  facts "The person was a member of the armed group."
  national-requirements none-known
  person P-Cond as detained { consent R-Cond-Consent }
  ${agreement}
  return-by 2026-12-15
}
`;
        const edited = await applyFix(transfer('state-agreement R-Cond-Kenya'), 'transfer-conditions-missing', 'Add `conditions ""` to `state-agreement R-Cond-Kenya`', true);
        expect(edited).toBe(transfer('state-agreement R-Cond-Kenya conditions ""'));
        // As the fix leaves it: no syntax error; the warning is at the empty quotes, says to fill them in, and offers no second `conditions`.
        const result = await validate(edited);
        expect(result.diagnostics.filter(d => d.code === 'syntax-error')).toEqual([]);
        const found = result.diagnostics.filter(d => d.code === 'transfer-conditions-missing');
        const line = edited.split('\n').findIndex(l => l.includes('conditions'));
        const quotes = edited.split('\n')[line].indexOf('""');
        expect(found.map(d => ({ message: d.message, range: d.range }))).toEqual([{
            message: 'The request does not state the conditions agreed with Kenya for the transfer: fill in the empty quotes of `state-agreement R-Cond-Kenya conditions ""`. (art. 93(7)(a)(ii))',
            range: { start: { line, character: quotes }, end: { line, character: quotes + 2 } }
        }]);
        const actions = await fixesFor(result.document, found);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        expect(actions.map(a => a.title)).toEqual(['Suppress for this request (then write the reason between the quotes)']);
    });

    test('a missing channel is inserted', async () => {
        const edited = await applyFix(ASSISTANCE(COMPLETE).replace(' via diplomatic-channel', ''), 'channel-missing', 'Add `via diplomatic-channel` (art. 87(1)(a), no other channel designated is recorded)');
        expect(edited).toContain('  via diplomatic-channel\n}');
    });
});

describe('quick fix of a request classified below the warrant it reproduces', () => {
    test('the classification becomes the warrant\'s', async () => {
        // Names of its own: other tests leave W-Fix declared in the workspace.
        const text = PROVISIONAL('').replace(/-Fix\b/g, '-Cls').replace('facts "facts" }', 'facts "facts" classification under-seal }').replace('classification under-seal\n', 'classification public\n');
        const edited = await applyFix(text, 'classification-below-material', 'Replace with `under-seal`');
        expect(edited).toContain('  classification under-seal\n  dated');
    });
});

describe('quick fix of a channel the State did not designate', () => {
    test('the designated channel is written with its detail', async () => {
        const designation = 'designation for State "Kenya" { channel designated-authority "Office of the Attorney-General" language English received 2020-01-01 }\n';
        const edited = await applyFix(designation + ASSISTANCE(COMPLETE),
            'channel-not-designated', 'Replace with `designated-authority "Office of the A...`');
        expect(edited).toContain('to State "Kenya" via designated-authority "Office of the Attorney-General" language English\n');
    });

    test('the detail of an undesignated authority goes with it', async () => {
        const designation = 'designation for State "Kenya" { channel diplomatic-channel language English received 2020-01-01 }\n';
        const edited = await applyFix(designation + ASSISTANCE(COMPLETE).replace('via diplomatic-channel', 'via designated-authority "Ministry of Interior"'),
            'channel-not-designated', 'Replace with `diplomatic-channel`');
        expect(edited).toBe(designation + ASSISTANCE(COMPLETE));
    });

    test('written twice, the channel checked is replaced, and the detail of the other clause is left where it is', async () => {
        // The detail of the first clause, before the channel replaced, made the edit's range end before it began:
        // an editor would have replaced everything between them.
        const designation = 'designation for State "Kenya" { channel diplomatic-channel language English received 2020-01-01 }\n';
        const twice = ASSISTANCE(COMPLETE).replace('via diplomatic-channel', 'via designated-authority "Ministry of Interior"')
            .replace('  dated 2026-10-01\n', '  dated 2026-10-01\n  to State "Kenya" via designated-authority language English\n');
        const edited = await applyFix(designation + twice, 'channel-not-designated', 'Replace with `diplomatic-channel`');
        expect(edited).toBe(designation + twice.replace('via designated-authority language', 'via diplomatic-channel language'));
    });
});

describe('quick fix of a record that is not the consultations with the requested State', () => {
    test('offers the consultation records with that State, latest first, and the fix satisfies the rule', async () => {
        await parse(`record R-Fix-Kenya-2025 { type consultation dated 2025-03-01 State "Kenya" }
record R-Fix-Kenya-2026 { type consultation dated 2026-03-01 State "Kenya" }
record R-Fix-Uganda { type consultation dated 2026-04-01 State "Uganda" }
record R-Fix-Consent { type consent dated 2026-04-01 State "Kenya" }`, { uri: 'file:///ws/declarations/consultations.rog' });
        const text = ASSISTANCE(COMPLETE.replace('national-requirements none-known', 'national-requirements "A court order." consultation R-Fix-Uganda'));
        const result = await validate(text);
        const found = result.diagnostics.filter(d => d.code === 'assistance-national-requirements-consultation-mismatch');
        expect(found).toHaveLength(1);
        const actions = await fixesFor(result.document, found);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Replace with `R-Fix-Kenya-2026` (consultations with Kenya of 2026-03-01)', false],
            ['Replace with `R-Fix-Kenya-2025` (consultations with Kenya of 2025-03-01)', false]
        ]);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        const edited = await applyFix(text, 'assistance-national-requirements-consultation-mismatch', actions[0].title);
        expect(edited).toContain('national-requirements "A court order." consultation R-Fix-Kenya-2026\n');
    });
});

describe('a name that resolves to nothing: the message suggests the name probably meant, and the fix writes it', () => {
    const unresolved = async (text: string) => {
        const result = await validate(text);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        return result.diagnostics.filter(d => d.code === 'unresolved-reference');
    };

    test('a State by a word of its United Nations name', async () => {
        const text = ASSISTANCE(COMPLETE).replace('"Kenya"', '"Tanzania"');
        const [diagnostic] = await unresolved(text);
        expect(diagnostic.message).toBe('No State named "Tanzania" in the built-in list: did you mean "United Republic of Tanzania"?');
        expect(diagnostic.range).toEqual({ start: { line: 4, character: 11 }, end: { line: 4, character: 21 } });
        const edited = await applyFix(text, 'unresolved-reference', 'Replace with `"United Republic of Tanzania"`');
        expect(edited).toContain('to State "United Republic of Tanzania" via');
    });

    test('a State by its ISO code, its French name (or a word of it) or without its accents', async () => {
        for (const [written, meant] of [['KEN', 'Kenya'], ['Ouganda', 'Uganda'], ["Cote d'Ivoire", "Côte d'Ivoire"], ['kenya', 'Kenya'], ['Tanzanie', 'United Republic of Tanzania'], ['Republic of Kenya', 'Kenya'], ['The Netherlands', 'Netherlands (Kingdom of the)']]) {
            const [diagnostic] = await unresolved(ASSISTANCE(COMPLETE).replace('"Kenya"', `"${written}"`));
            // The name meant comes first ("Republic of Kenya" also resembles "Republic of Korea").
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            expect(message.startsWith(`No State named "${written}" in the built-in list: did you mean "${meant}"`), message).toBe(true);
        }
    });

    test('two States that share the word are both offered, neither preferred', async () => {
        const result = await validate(ASSISTANCE(COMPLETE).replace('"Kenya"', '"Korea"'));
        const found = result.diagnostics.filter(d => d.code === 'unresolved-reference');
        expect(found[0].message).toBe('No State named "Korea" in the built-in list: did you mean "Democratic People\'s Republic of Korea" or "Republic of Korea"?');
        const actions = await fixesFor(result.document, found);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Replace with `"Democratic People\'s Republic of Korea"`', false], ['Replace with `"Republic of Korea"`', false]
        ]);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
    });

    test('a misspelt person is offered the declared one', async () => {
        const text = PROVISIONAL('').replace('person P-Fix as sought', 'person P-Fx as sought');
        const [diagnostic] = await unresolved(text);
        expect(diagnostic.message).toBe('No person named P-Fx is declared in the workspace: did you mean P-Fix?');
        const edited = await applyFix(text, 'unresolved-reference', 'Replace with `P-Fix`');
        expect(edited).toContain('  person P-Fix as sought {');
    });

    test('a name like none in scope gets no suggestion and no fix', async () => {
        const result = await validate(ASSISTANCE(COMPLETE).replace('"Kenya"', '"Narnia"'));
        const found = result.diagnostics.filter(d => d.code === 'unresolved-reference');
        expect(found.map(d => d.message)).toEqual(['No State named "Narnia" in the built-in list.']);
        const actions = await fixesFor(result.document, found);
        expect(actions).toEqual([]);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
    });
});

describe('a missing value the officer chooses among a few: one fix per choice, the likeliest first when the request tells', () => {
    /** The fixes offered for the one `code` diagnostic of `text`: title and whether preferred. */
    const offered = async (text: string, code: string) => {
        const result = await validate(text);
        const found = result.diagnostics.filter(d => d.code === code);
        expect(found, `one ${code} diagnostic`).toHaveLength(1);
        const actions = await fixesFor(result.document, found);
        services.shared.workspace.LangiumDocuments.deleteDocument(result.document.uri);
        return actions.map(a => [a.title, a.isPreferred]);
    };

    test('the kind of request: the six kinds, the one its clauses belong to first', async () => {
        const text = ASSISTANCE(COMPLETE).replace('  kind assistance art. 93(1)(i), art. 93(1)(b)\n', '');
        expect(await offered(text, 'request-kind-missing')).toEqual([
            ['Add `kind arrest-and-surrender`', false], ['Add `kind surrender-of-convicted`', false], ['Add `kind provisional-arrest`', false],
            ['Add `kind assistance`', false], ['Add `kind transit`', false], ['Add `kind temporary-transfer`', false]
        ]);
        const provisional = PROVISIONAL('  surrender-request-will-follow\n').replace('  kind provisional-arrest\n', '').replace(/-Fix\b/g, '-Kind');
        expect((await offered(provisional, 'request-kind-missing'))[0]).toEqual(['Add `kind provisional-arrest` (the request has `surrender-request-will-follow`)', true]);
        const edited = await applyFix(provisional, 'request-kind-missing', 'Add `kind provisional-arrest` (the request has `surrender-request-will-follow`)');
        expect(edited).toBe(provisional.replace(/\}\n$/, '  kind provisional-arrest\n}\n'));
    });

    test('the classification: the four levels, that of the warrant the request reproduces first', async () => {
        const text = ASSISTANCE(COMPLETE).replace('  classification confidential\n', '');
        expect(await offered(text, 'request-classification-missing')).toEqual([
            ['Add `classification confidential`', false], ['Add `classification public`', false], ['Add `classification under-seal`', false], ['Add `classification secret`', false]
        ]);
        const sealed = PROVISIONAL('').replace(/-Fix\b/g, '-Lvl').replace('facts "facts" }', 'facts "facts" classification under-seal }').replace('  classification under-seal\n', '');
        expect((await offered(sealed, 'request-classification-missing'))[0]).toEqual(['Add `classification under-seal` (as warrant W-Lvl)', true]);
        expect(await applyFix(sealed, 'request-classification-missing', 'Add `classification secret`')).toBe(sealed.replace(/\}\n$/, '  classification secret\n}\n'));
    });

    test('the organ that makes the request: the four organs, the one its transmitting organ serves first (rule 176(2))', async () => {
        const text = ASSISTANCE(COMPLETE).replace('  from Prosecutor transmitted-by Office-of-the-Prosecutor\n', '  transmitted-by Registrar\n');
        expect(await offered(text, 'request-issuer-missing')).toEqual([
            ['Add `from Chamber ""` (transmitted by the Registrar, rule 176(2))', true], ['Add `from Prosecutor`', false], ['Add `from Presidency`', false], ['Add `from Registry`', false]
        ]);
        const edited = await applyFix(text, 'request-issuer-missing', 'Add `from Chamber ""` (transmitted by the Registrar, rule 176(2))', true);
        expect(edited).toBe(text.replace(/\}\n$/, '  from Chamber ""\n}\n'));
    });

    test('the channel: the designated one first, with its detail, when a designation is in force on the request\'s date', async () => {
        const text = ASSISTANCE(COMPLETE).replace(' via diplomatic-channel', '');
        expect(await offered(text, 'channel-missing')).toEqual([['Add `via diplomatic-channel` (art. 87(1)(a), no other channel designated is recorded)', true], ['Add `via designated-authority ""`', false]]);
        const designation = 'designation for State "Kenya" { channel designated-authority "Office of the Attorney-General" language English received 2020-01-01 }\n';
        expect(await offered(designation + text, 'channel-missing')).toEqual([
            ['Add `via designated-authority "Office of the Attor...` (Kenya\'s designation)', true], ['Add `via diplomatic-channel`', false]
        ]);
        const edited = await applyFix(designation + text, 'channel-missing', 'Add `via designated-authority "Office of the Attor...` (Kenya\'s designation)');
        expect(edited).toBe(designation + text.replace(/\}\n$/, '  via designated-authority "Office of the Attorney-General"\n}\n'));
    });

    test('the language: the languages the State chose, with the translation it asks for, or the working languages', async () => {
        const text = ASSISTANCE(COMPLETE).replace(' language English', '');
        expect(await offered(text, 'language-missing')).toEqual([['Add `language English`', false], ['Add `language French`', false]]);
        // Albania (a dossier example, NOT VERIFIED): English or French, with a translation into Albanian.
        const albania = text.replace('"Kenya"', '"Albania"');
        expect(await offered(albania, 'language-missing')).toEqual([['Add `language English translation Albanian`', false], ['Add `language French translation Albanian`', false]]);
        const edited = await applyFix(albania, 'language-missing', 'Add `language French translation Albanian`');
        expect(edited).toBe(albania.replace(/\}\n$/, '  language French translation Albanian\n}\n'));
        // One language chosen: it is the likeliest.
        expect(await offered(text.replace('"Kenya"', '"Panama"'), 'language-missing')).toEqual([['Add `language Spanish` (Panama\'s designation, NOT VERIFIED)', true]]);
    });

    test('the basis on which a State not party is invited (art. 87(5)(a)): the kinds of arrangement, no record guessed', async () => {
        const text = ASSISTANCE(COMPLETE).replace('"Kenya"', '"India"');
        expect(await offered(text, 'non-party-basis-missing')).toEqual([
            ['Add `arrangement ad-hoc-arrangement`', false], ['Add `arrangement agreement`', false], ['Add `arrangement other-basis ""`', false]
        ]);
        const edited = await applyFix(text, 'non-party-basis-missing', 'Add `arrangement ad-hoc-arrangement`');
        expect(edited).toBe(text.replace(/\}\n$/, '  arrangement ad-hoc-arrangement\n}\n'));
    });

    test('the rule 190 instruction for a witness: one fix per language the witness speaks, in the annex already in it or a new one', async () => {
        await parse('person P-Inst { name "Inst Witness" languages Swahili, English }\nperson P-Mute { name "No Languages" }', { uri: 'file:///ws/witnesses.rog' });
        const witness = (person: string, annexes = '') => ASSISTANCE(COMPLETE).replace(/93\(1\)\(i\), art\. 93\(1\)\(b\)/g, '93(1)(e)')
            .replace('  purpose', `  person ${person}\n${annexes}  protective-measures "m"\n  purpose`);
        const code = 'assistance-self-incrimination-instruction-missing';
        // No annex yet: the instruction in each of the witness's languages, annexed under a new name with its file to name.
        const bare = witness('P-Inst as witness');
        expect(await offered(bare, code)).toEqual([
            ['Add `self-incrimination-instruction Swahili annex A1` for P-Inst, and annex A1 to hold it', false],
            ['Add `self-incrimination-instruction English annex A1` for P-Inst, and annex A1 to hold it', false]
        ]);
        const edited = await applyFix(bare, code, 'Add `self-incrimination-instruction Swahili annex A1` for P-Inst, and annex A1 to hold it');
        expect(edited).toBe(bare.replace('  person P-Inst as witness\n', '  person P-Inst as witness { self-incrimination-instruction Swahili annex A1 }\n')
            .replace(/\}\n$/, '  annex A1 "Instruction on self-incrimination (rule 74), in Swahili" { language Swahili file "" }\n}\n'));
        // In a request in French, the annex is titled as the French documents title the instruction.
        const french = bare.replace('language English', 'language French');
        const inFrench = await applyFix(french, code, 'Add `self-incrimination-instruction Swahili annex A1` for P-Inst, and annex A1 to hold it');
        expect(inFrench).toContain('  annex A1 "Instruction relative à l\'auto-incrimination (règle 74), en swahili" { language Swahili file "" }\n}\n');
        // An annex in Swahili already there, not a version of another document: that one is named, and preferred.
        const annexed = witness('P-Inst as witness {\n    location "Eldoret"\n  }', '  annex A1 "Copy" { copy-of W-X language Swahili }\n  annex A2 "Instruction" { language Swahili }\n');
        expect(await offered(annexed, code)).toEqual([
            ['Add `self-incrimination-instruction Swahili annex A2` for P-Inst (annex A2 is in Swahili)', false],
            ['Add `self-incrimination-instruction English annex A3` for P-Inst, and annex A3 to hold it', false]
        ]);
        const linked = await applyFix(annexed, code, 'Add `self-incrimination-instruction Swahili annex A2` for P-Inst (annex A2 is in Swahili)');
        expect(linked).toBe(annexed.replace('    location "Eldoret"\n', '    location "Eldoret"\n    self-incrimination-instruction Swahili annex A2\n'));
        // The instruction written without its annex: the annex is added after its language.
        const unannexed = witness('P-Inst as witness { self-incrimination-instruction English }');
        expect(await offered(unannexed, code)).toEqual([['Add `annex A1` to P-Inst\'s instruction, and annex A1 to hold it', true]]);
        const completed = await applyFix(unannexed, code, 'Add `annex A1` to P-Inst\'s instruction, and annex A1 to hold it');
        expect(completed).toBe(unannexed.replace('self-incrimination-instruction English }', 'self-incrimination-instruction English annex A1 }')
            .replace(/\}\n$/, '  annex A1 "Instruction on self-incrimination (rule 74), in English" { language English file "" }\n}\n'));
        // A witness who declares no language: which one they fully understand is the officer's to find out.
        expect(await offered(witness('P-Mute as witness'), code)).toEqual([]);
        services.shared.workspace.LangiumDocuments.deleteDocument(URI.parse('file:///ws/witnesses.rog'));
    });

    test('the rule 190 instruction in a language the witness does not speak: the language replaced only where no annex says it is true', async () => {
        await parse('person P-Lang { name "Lang Witness" languages Kikuyu, Swahili }', { uri: 'file:///ws/witness-lang.rog' });
        const witness = (block: string, annexes = '') => ASSISTANCE(COMPLETE).replace(/93\(1\)\(i\), art\. 93\(1\)\(b\)/g, '93(1)(e)')
            .replace('  purpose', `  person P-Lang as witness { ${block} }\n${annexes}  protective-measures "m"\n  purpose`);
        const code = 'assistance-self-incrimination-language';
        // The annex declares no language: the one stated may be a slip, and the first language the witness speaks replaces it.
        const undeclared = witness('self-incrimination-instruction French annex A1', '  annex A1 "Instruction" { file "i.pdf" }\n');
        expect(await offered(undeclared, code)).toEqual([['Replace with `Kikuyu`', true]]);
        // The annex is in French too: the statement is true, and writing Kikuyu over it would make it false (and the
        // annex then contradict it); what is to change is the instruction annexed, which only the officer can give.
        const annexed = await validate(witness('self-incrimination-instruction French annex A1', '  annex A1 "Instruction" { language French }\n'));
        const found = annexed.diagnostics.filter(d => d.code === code);
        services.shared.workspace.LangiumDocuments.deleteDocument(annexed.document.uri);
        expect(found.map(d => d.message)).toEqual(['The instruction on self-incrimination for P-Lang is in French (annex A1), but P-Lang is declared to speak Kikuyu, Swahili: annex the instruction in one of those languages, and state that language. (rule 190)']);
        expect(await fixesFor(annexed.document, found)).toEqual([]);
        services.shared.workspace.LangiumDocuments.deleteDocument(URI.parse('file:///ws/witness-lang.rog'));
    });

    test('the warrant or judgment relied on: those declared against the person the request names, issued by its date', async () => {
        const provisional = PROVISIONAL('').replace(/-Fix\b/g, '-Wt').replace('REG-2026-0001', 'REG-2026-0007').replace('  warrant W-Wt\n', '');
        const declarations = provisional.slice(0, provisional.indexOf('request '));
        const request = provisional.slice(declarations.length);
        await parse(declarations, { uri: 'file:///ws/warrants.rog' });
        expect(await offered(request, 'provisional-warrant-or-judgment-missing')).toEqual([['Add `warrant W-Wt` (issued against P-Wt on 2026-01-01)', true]]);
        const edited = await applyFix(request, 'provisional-warrant-or-judgment-missing', 'Add `warrant W-Wt` (issued against P-Wt on 2026-01-01)');
        expect(edited).toBe(request.replace(/\}\n$/, '  warrant W-Wt\n}\n'));
        const arrest = request.replace('kind provisional-arrest', 'kind arrest-and-surrender');
        expect((await offered(arrest, 'arrest-warrant-missing'))[0]).toEqual(['Add `warrant W-Wt` (issued against P-Wt on 2026-01-01)', true]);
        // A second warrant against the person: both, latest first, neither preferred; one issued after the request is not offered.
        await parse('warrant W-Wt2 { number ICC-01/04-01/26-2 issued 2026-03-01 by "Pre-Trial Chamber I" person P-Wt }\n'
            + 'warrant W-Wt3 { number ICC-01/04-01/26-3 issued 2026-12-01 by "Pre-Trial Chamber I" person P-Wt }\n'
            + 'judgment J-Wt { number ICC-01/04-01/26-9 dated 2026-02-01 by "Trial Chamber I" person P-Wt }', { uri: 'file:///ws/warrants-2.rog' });
        const convicted = request.replace('kind provisional-arrest', 'kind surrender-of-convicted');
        expect((await offered(convicted, 'convicted-judgment-missing'))[0]).toEqual(['Add `judgment J-Wt` (delivered against P-Wt on 2026-02-01)', true]);
        expect(await offered(arrest, 'arrest-warrant-missing')).toEqual([
            ['Add `warrant W-Wt2` (issued against P-Wt on 2026-03-01)', false], ['Add `warrant W-Wt` (issued against P-Wt on 2026-01-01)', false]
        ]);
        // No person sought named: which warrant is the officer's to say.
        expect(await offered(arrest.replace('  person P-Wt as sought { location "Nairobi" }\n', ''), 'arrest-warrant-missing')).toEqual([]);
        for (const uri of ['file:///ws/warrants.rog', 'file:///ws/warrants-2.rog']) services.shared.workspace.LangiumDocuments.deleteDocument(URI.parse(uri));
    });

    test('open values are not guessed: a missing date or situation gets no choice of values', async () => {
        const text = ASSISTANCE(COMPLETE).replace('  dated 2026-10-01\n', '').replace('  situation ICC-01/09\n', '');
        expect(await offered(text, 'request-date-missing')).toEqual([]);
        expect(await offered(text, 'request-situation-missing')).toEqual([]);
    });
});

describe('a name close to none declared (a placeholder such as the skeleton\'s W-TODO): the message says what to do, the fix offers the few declared', () => {
    test('declare it, or name one declared: listed, and each a fix, when there are a few; counted when there are more; declare it when there is none', async () => {
        // A workspace of its own: the names declared are those below.
        const own = setup();
        await own.parse(`person P-Ph-1 { name "One" }\nperson P-Ph-2 { name "Two" }\nperson P-Ph-3 { name "Three" }\nperson P-Ph-4 { name "Four" }
warrant W-Ph-Kamau { number ICC-01/09-01/26-7 issued 2026-01-15 by "Pre-Trial Chamber II" person P-Ph-1 }\n`, { uri: 'file:///ws/declarations/placeholders.rog' });
        const result = await own.validate('request REG-2026-0080 {\n  kind surrender-of-convicted\n  warrant W-TODO\n  judgment J-TODO\n  person P-TODO as sought\n}\n');
        const found = result.diagnostics.filter(d => d.code === 'unresolved-reference').sort((a, b) => a.range.start.line - b.range.start.line);
        expect(found.map(d => [d.range.start.line, d.message])).toEqual([
            [2, 'No warrant named W-TODO is declared in the workspace: declare it (`warrant W-TODO { ... }`), or name the one declared (W-Ph-Kamau).'],
            [3, 'No judgment named J-TODO is declared in the workspace: declare it (`judgment J-TODO { ... }`).'],
            [4, 'No person named P-TODO is declared in the workspace: declare it (`person P-TODO { ... }`), or name one of the 4 declared (completion offers them).']
        ]);
        const fixes = async (diagnostic: Diagnostic) => (await own.services.lsp.CodeActionProvider!.getCodeActions(result.document, {
            textDocument: { uri: result.document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[]);
        const warrant = await fixes(found[0]);
        expect(warrant.map(a => [a.title, a.isPreferred])).toEqual([['Replace with `W-Ph-Kamau` (declared)', false]]);
        const edited = TextDocument.applyEdits(result.document.textDocument, warrant[0].edit!.changes![result.document.textDocument.uri]);
        expect(edited).toContain('\n  warrant W-Ph-Kamau\n');
        expect(await fixes(found[1])).toEqual([]);
        expect(await fixes(found[2])).toEqual([]);
    });
});
