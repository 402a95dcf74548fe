import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFixture, extractMarkers, type FixtureResult, listFixtures, runFixture } from '../fixture-runner.js';

// The runner of test/fixtures/validation/ must fail a fixture it cannot read and a fixture whose
// diagnostics differ from its markers: otherwise a fixture could pass whatever the checks do.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-fixtures-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs one fixture file written under a fresh area folder. */
async function run(text: string): Promise<FixtureResult> {
    const area = fs.mkdtempSync(path.join(root, 'area-'));
    fs.writeFileSync(path.join(area, 'fixture.rog'), text);
    return runFixture(path.relative(root, path.join(area, 'fixture.rog')), root);
}

/** The runner's problems with one fixture file. */
async function problems(text: string): Promise<string[]> {
    return checkFixture(await run(text));
}

// Sent, in writing, in English, with nothing to ask of a State but what the checks leave to a person.
const CONSULTATION = (marker: string, reference: string) => `${marker}
request REG-2026-0930 {
  kind assistance art. 93(1)(l)
  from Prosecutor transmitted-by Office-of-the-Prosecutor
  situation ICC-01/09
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  medium written
  dated 2026-10-01
  legal-basis art. 93(1)(l), art. 96(1)
  purpose "To obtain the records of the hospital."
  grounds "The records show the injuries of the victims."
  facts "Attacks on civilians around Eldoret."
  procedure "Certified copies."
  national-requirements none-known
  follows ${reference}
}
`;

describe('the fixture runner', () => {
    test('reads every fixture of test/fixtures/validation/: each file of an area, each folder of one', () => {
        const ids = listFixtures();
        expect(ids).toContain('surrender/speciality');
        expect(ids).toContain('addressee/channel-missing.rog');
        expect(ids.filter(id => !fs.existsSync(path.resolve(__dirname, '../fixtures/validation', id)))).toEqual([]);
    });

    test('refuses a marker it cannot read, rather than taking it for a comment', () => {
        for (const marker of ['// $TEST$ eror arrest-warrant-missing', '// $TEST$ error', '// $TEST$ none arrest-warrant-missing',
            '// $test$ no arrest-warrant-missing', '// $TEST$ error arrest-warrant-missing "words', '// $AT$ 22/11/2026']) {
            expect(() => extractMarkers(`${marker}\nrequest »R« {}\n`, 'f.rog'), marker).toThrow(/f\.rog:1: malformed marker/);
        }
        expect(() => extractMarkers('// $TEST$ error arrest-warrant-missing\nrequest R {}\n', 'f.rog')).toThrow('has no »range« after it');
        expect(() => extractMarkers('request »R« {}\n', 'f.rog')).toThrow("'«' without a '»' or without a $TEST$ comment before it");
        expect(() => extractMarkers('// $TEST$ error arrest-warrant-missing\nrequest »R {}\n', 'f.rog')).toThrow('has no »range« after it');
    });

    test('reads a marker: its severity, code, words and range, with the markers taken out of the text', () => {
        expect(extractMarkers('// $AT$ 2026-11-22\n// $TEST$ warning a-code "some words"\nrequest »R« {}\n// $TEST$ no b-code\n', 'f.rog')).toEqual({
            text: '// $AT$ 2026-11-22\n// $TEST$ warning a-code "some words"\nrequest R {}\n// $TEST$ no b-code\n',
            asOf: '2026-11-22',
            expectations: [
                { file: 'f.rog', severity: 'warning', code: 'a-code', says: 'some words', range: { start: { line: 2, character: 8 }, end: { line: 2, character: 9 } } },
                { file: 'f.rog', severity: 'any', code: 'b-code', absent: true }
            ]
        });
    });

    test('holds a fixture whose diagnostics are the ones expected', async () => {
        expect(await problems(CONSULTATION('// $TEST$ error followup-follows-cycle', '»REG-2026-0930«'))).toEqual([]);
        expect(await problems(CONSULTATION('// $TEST$ error followup-follows-cycle "follows itself"', '»REG-2026-0930«'))).toEqual([]);
    });

    test('fails a fixture with a diagnostic it says is absent, and with an error it does not expect', async () => {
        expect(await problems(CONSULTATION('// $TEST$ no followup-follows-cycle', 'REG-2026-0930'))).toEqual([
            expect.stringMatching(/^expected no followup-follows-cycle, got: area-\w+\/fixture\.rog:16:11-16:24 error followup-follows-cycle Request REG-2026-0930 follows itself/),
            expect.stringMatching(/^unexpected area-\w+\/fixture\.rog:16:11-16:24 error followup-follows-cycle/)
        ]);
        expect(await problems(CONSULTATION('// $TEST$ no followup-follows-cycle', 'REG-2026-0999'))).toEqual([
            expect.stringMatching(/^unexpected area-\w+\/fixture\.rog:16:11-16:24 error unresolved-reference No request named REG-2026-0999/)
        ]);
    });

    test('fails a fixture with a warning it does not expect, as with an error; leaves its checklist items alone', async () => {
        // Without grounds: assistance-grounds-missing, a warning, on the kind; assistance-other-type-check, an information item.
        const withoutGrounds = (marker: string) => CONSULTATION(`${marker}// $TEST$ error followup-follows-cycle`, '»REG-2026-0930«')
            .replace('  grounds "The records show the injuries of the victims."\n', '')
            .replace('  kind assistance', marker ? '  kind »assistance«' : '  kind assistance');
        expect(await problems(withoutGrounds(''))).toEqual([
            expect.stringMatching(/^unexpected area-\w+\/fixture\.rog:3:8-3:18 warning assistance-grounds-missing The request does not state the grounds/)
        ]);
        const expected = await run(withoutGrounds('// $TEST$ warning assistance-grounds-missing\n'));
        expect(checkFixture(expected)).toEqual([]);
        expect(expected.diagnostics.filter(d => d.diagnostic.severity === 3).map(d => d.diagnostic.code)).toEqual(['assistance-other-type-check']);
    });

    test('fails a fixture whose deadlines depend on the day the suite runs: it states its as-of date', async () => {
        // The response date has passed (the suite runs after 20 October 2026): overdue as of today, not as of the day the request was sent.
        const awaited = (at: string) => CONSULTATION(`${at}// $TEST$ error followup-follows-cycle`, '»REG-2026-0930«')
            .replace('  dated 2026-10-01\n', '  dated 2026-10-01 respond-by 2026-10-20\n  status sent 2026-10-01\n');
        expect(await problems(awaited(''))).toEqual([
            expect.stringMatching(/^unexpected area-\w+\/fixture\.rog:9:31-9:41 warning followup-overdue The response was requested by 2026-10-20 and is \d+ days overdue/)
        ]);
        expect(await problems(awaited('// $AT$ 2026-10-10\n'))).toEqual([]);
    });

    test('fails a fixture whose expected diagnostic is missing, elsewhere, of another severity or without the words', async () => {
        const cycle = (marker: string) => problems(CONSULTATION(marker, '»REG-2026-0930«'));
        expect(await problems(CONSULTATION('// $TEST$ error followup-follows-cycle', 'REG-2026-0930').replace('  dated', '  »dated«'))).toEqual([
            expect.stringMatching(/^expected error followup-follows-cycle at area-\w+\/fixture\.rog:9:3-9:8; got .*:16:11-16:24 error followup-follows-cycle/),
            expect.stringMatching(/^unexpected .*:16:11-16:24 error followup-follows-cycle/)
        ]);
        expect(await problems(CONSULTATION('// $TEST$ error followup-follows-cycle', 'REG-2026-0931').replace('  dated', '  »dated«'))).toEqual([
            expect.stringMatching(/^expected error followup-follows-cycle at .*:9:3-9:8; no diagnostic with that code$/),
            expect.stringMatching(/^unexpected .*:16:11-16:24 error unresolved-reference/)
        ]);
        expect(await cycle('// $TEST$ warning followup-follows-cycle')).toEqual([
            expect.stringMatching(/^expected warning followup-follows-cycle at .*:16:11-16:24; got .*error followup-follows-cycle/),
            expect.stringMatching(/^unexpected .*error followup-follows-cycle/)
        ]);
        // One diagnostic answers one marker: expected twice, reported once, is a diagnostic missing.
        expect(await problems(CONSULTATION('// $TEST$ error followup-follows-cycle\n// $TEST$ error followup-follows-cycle', '»»REG-2026-0930««'))).toEqual([
            expect.stringMatching(/^expected error followup-follows-cycle at .*:17:11-17:24; got .*:17:11-17:24 error followup-follows-cycle/)
        ]);
        expect(await cycle('// $TEST$ error followup-follows-cycle "words it does not say"')).toEqual([
            expect.stringMatching(/error followup-follows-cycle .*: message does not say "words it does not say"$/)
        ]);
    });

    test('fails a fixture that expects the absence of a code no rule has: that absence would prove nothing', async () => {
        expect(await problems(CONSULTATION('// $TEST$ no provisional-follows-not-provisional', 'REG-2026-0930'))).toEqual([
            '$TEST$ no provisional-follows-not-provisional: no rule has that code',
            expect.stringMatching(/^unexpected .* error followup-follows-cycle/)
        ]);
    });
});
