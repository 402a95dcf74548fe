import { describe, expect, test } from 'vitest';
import { expectError, expectNoIssues } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { setup } from '../helpers.js';
import { isRequest, MAX_FILE_CHARACTERS, type Request } from '../../packages/language/src/index.js';

const { parse, validate } = setup();

const KINDS = ['arrest-and-surrender', 'surrender-of-convicted', 'provisional-arrest', 'assistance art. 93(1)(a)', 'transit', 'temporary-transfer'];

describe('parser', () => {
    test.each(KINDS)('parses a request of kind %s', async kind => {
        const doc = await parse(`request OTP-2026-0001 { kind ${kind} from Prosecutor situation ICC-01/04 to State "Kenya" }`);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const request = doc.parseResult.value.elements[0] as Request;
        expect(request.kind).toBe(kind.split(' ')[0]);
    });

    test('reads clauses in any order into typed properties', async () => {
        const doc = await parse(`
request REG-2026-0107 {
  status sent 2026-11-25 "by note verbale"
  classification under-seal ex-parte "Prosecution and Registry only"
  kind assistance art. 93(1)(b), art. 93(1)(i)
  dated 2026-11-22 respond-by 2027-01-15
  from Chamber "Pre-Trial Chamber II" transmitted-by Registrar
  to organisation "United Nations"
  legal-basis art. 87(6), rule 176(4)
  time-served 3 years 2 months remaining 5 years as-of 2026-11-01
  costs art. 100(1)(b) "interpretation"
}`);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const r = doc.parseResult.value.elements[0] as Request;
        expect(r.name).toBe('REG-2026-0107');
        expect(r.classification).toBe('under-seal');
        expect(r.exParte).toBe('Prosecution and Registry only');
        expect(r.forms.map(f => `${f.source} ${f.number}${f.labels.map(l => `(${l.value})`).join('')}`)).toEqual(['art. 93(1)(b)', 'art. 93(1)(i)']);
        expect(r.organName).toBe('Pre-Trial Chamber II');
        expect(r.history.map(h => [h.status, h.date, h.note])).toEqual([['sent', '2026-11-25', 'by note verbale']]);
        expect(r.timeServed?.parts.map(p => [p.value, p.unit])).toEqual([[3, 'years'], [2, 'months']]);
        expect(r.costs[0].description).toBe('interpretation');
    });

    test('a language may be written in lower case, french included (also the keyword of a State\'s French name)', async () => {
        const doc = await parse('request OTP-2026-0001 { language french translation english }');
        expect(doc.parseResult.parserErrors).toEqual([]);
        const r = doc.parseResult.value.elements[0] as Request;
        expect([r.language, r.translations]).toEqual(['french', ['english']]);
    });

    test('strings keep their text, with escapes read as Langium reads them', async () => {
        const doc = await parse(String.raw`request OTP-2026-0001 { facts "He said \"stop\"\tthen \\ left\n\q" purpose "" }`);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const r = doc.parseResult.value.elements[0] as Request;
        expect(r.facts).toBe('He said "stop"\tthen \\ left\nq');
        expect(r.purpose).toBe('');
    });

    test('reads situation, case and document numbers as one token each', async () => {
        const doc = await parse(`request X { situation ICC-01/04 case ICC-01/04-01/06 annex A1 "Decision" { document ICC-01/04-01/06-2517-Red } }`);
        const r = doc.parseResult.value.elements[0] as Request;
        expect([r.situation, r.case, r.annexes[0].document]).toEqual(['ICC-01/04', 'ICC-01/04-01/06', 'ICC-01/04-01/06-2517-Red']);
    });

    test('a misspelt clause keyword is a syntax error at that word, and the rest still parses', async () => {
        const result = await validate(`request OTP-2026-0001 {\n  kind transit\n  purpse "x"\n  dated 2026-11-22\n}`);
        const syntax = result.diagnostics.filter(d => d.severity === DiagnosticSeverity.Error && /purpse|Expecting/.test(String(d.message)));
        expect(syntax.length).toBeGreaterThan(0);
        expect(syntax[0].range.start.line).toBe(2);
        const r = result.document.parseResult.value.elements.find(isRequest);
        expect(r?.kind).toBe('transit');
    });

    test('an unterminated string is reported where it starts', async () => {
        const result = await validate(`request OTP-2026-0001 {\n  purpose "never closed\n}`);
        expectError(result, 'This text is not closed: end it with a double quote ("); a double quote inside a text is written \\".', { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 23 } } });
    });

    test('binary input gets one diagnostic at 1:1 and is not parsed', async () => {
        const result = await validate('request X {\u0000\u0001\u0002 }');
        expect(result.diagnostics).toHaveLength(1);
        expect(result.diagnostics[0].message).toMatch(/not text/);
        expect(result.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    });

    test('a file saved in another encoding than UTF-8 is an error at its first lost letter', async () => {
        // "près" saved as Windows-1252 and read as UTF-8: the è arrives as U+FFFD.
        const text = new TextDecoder('utf-8').decode(Buffer.from('person P-1 {\n  name "Nairobi, pr\xe8s de l\x27h\xf4tel"\n}\n', 'latin1'));
        const result = await validate(text);
        expectError(result, /^This file is not UTF-8 text: the letter shown as \uFFFD was written in another encoding \(perhaps Windows-1252\)/,
            { range: { start: { line: 1, character: 19 }, end: { line: 1, character: 20 } } });
    });

    test('a huge file gets one diagnostic and is not parsed', async () => {
        const huge = 'person P { name "x" }\n'.repeat(Math.ceil(MAX_FILE_CHARACTERS / 20));
        const result = await validate(huge);
        expect(result.diagnostics).toHaveLength(1);
        expect(result.diagnostics[0].message).toMatch(/too large/);
    });

    test('thousands of syntax errors end in diagnostics, not an exception', async () => {
        const garbage = 'request X { ) ( } } { kind kind "'.repeat(2000);
        const result = await validate(garbage);
        expect(result.diagnostics.length).toBeGreaterThan(0);
    });

    test('a clean declaration file has no issues', async () => {
        const result = await validate(`
person P-Doe { name "John Doe" born 1970-01-01 in "Nowhere" nationality "Kenya" languages English, Swahili }
warrant W-Doe { number ICC-01/09-01/11-1 issued 2011-03-08 by "Pre-Trial Chamber II" person P-Doe crimes "murder (art. 7(1)(a))" facts "..." }`);
        expectNoIssues(result);
    });
});
