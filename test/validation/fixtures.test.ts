import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../packages/language/src/index.js';
import { checkFixture, FIXTURE_ROOT, listFixtures, runFixture } from '../fixture-runner.js';

// Every fixture under test/fixtures/validation/<area>/ (see fixture-runner.ts for the format).
describe.each(listFixtures())('fixture %s', id => {
    test('produces exactly the expected diagnostics', async () => {
        const result = await runFixture(id);
        expect(result.expectations.length, 'a fixture must expect something').toBeGreaterThan(0);
        expect(checkFixture(result)).toEqual([]);
    });
});

// The acceptance: for every rule, a file that breaks it and a file that satisfies it.
describe('fixture coverage of the rule catalogue', () => {
    const markers = listFixtureMarkers();
    const invalidExamples = new Set(fs.readdirSync(path.resolve(__dirname, '../../examples/invalid')).map(f => f.replace(/\.rog$/, '')));

    test('every rule is broken by a fixture or by examples/invalid/<code>.rog', () => {
        expect(ALL_RULES.map(r => r.code).filter(code => !markers.expected.has(code) && !invalidExamples.has(code))).toEqual([]);
    });

    // Checklist items (information) have no "satisfied" state: they prompt a human each time.
    test('every error and warning is satisfied by a fixture that expects its absence (// $TEST$ no <code>)', () => {
        expect(ALL_RULES.filter(r => r.severity !== 'info').map(r => r.code).filter(code => !markers.absent.has(code))).toEqual([]);
    });
});

function listFixtureMarkers(): { expected: Set<string>; absent: Set<string> } {
    const expected = new Set<string>(), absent = new Set<string>();
    const walk = (dir: string): void => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory()) { walk(file); continue; }
            for (const m of fs.readFileSync(file, 'utf8').matchAll(/\/\/\s*\$TEST\$\s+(error|warning|info|hint|no)\s+([\w-]+)/g)) {
                (m[1] === 'no' ? absent : expected).add(m[2]);
            }
        }
    };
    walk(FIXTURE_ROOT);
    return { expected, absent };
}

// The speciality check judges a surrender as of the as-of date, as the follow-up checks do (register/follow-up.ts):
// the same workspace, checked again once the as-of date has moved past the surrender, reports it.
describe('speciality-waiver-missing as of a date', () => {
    test('a surrender recorded after the as-of date does not count until that date passes it', async () => {
        const { services, documents } = await runFixture('surrender/speciality-as-of');
        const request = documents.find(d => d.uri.path.endsWith('b-new-conduct.rog'))!;
        const speciality = async () => (await services.validation.DocumentValidator.validateDocument(request, { categories: ['built-in', 'fast', 'slow'] }))
            .filter(d => d.code === 'speciality-waiver-missing')
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
        expect(await speciality()).toEqual([]);
        services.rogatory.Settings.asOf = '2026-06-01';
        expect(await speciality()).toEqual([
            '15:10 P-Otieno was surrendered on 2026-05-10 under REG-2026-0484 for other conduct; this request also concerns "persecution as a crime against humanity (art. 7(1)(h))": obtain and name the waiver from Kenya (`waiver R`), or, if this is the request for that waiver, cite art. 101(2). (art. 101(1)) [NOT VERIFIED: rules 196-197 (on the rule of speciality of art. 101: their titles and texts) are NOT VERIFIED in the dossier]'
        ]);
    });
});
