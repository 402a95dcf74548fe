import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { rogatory } from './cli-runner.js';
import { checkPaths } from '../packages/cli/src/commands/check.js';
import type { CheckResult, Finding } from '../packages/cli/src/report/diagnostics.js';

/**
 * The examples are the Office's generic examples and the rules' showcase, checked as
 * `rogatory check` checks them (the CLI's checkPaths, from the repository root; it uses the
 * built @rogatory/language, so build first: `npm test` does).
 *
 * - examples/ (examples/invalid/ is excluded by rogatory.json): no error, no warning;
 * - examples/invalid/<code>.rog: breaks exactly one rule, the one it is named for: at least
 *   one error or warning with that code, and no error or warning with any other code.
 *
 * Follow-up rules depend on the as-of date; the examples are judged as of the day they were
 * written, so that the test does not change verdict as time passes.
 */
const REPO = path.resolve(__dirname, '..');
const AS_OF = '2026-11-22';
const INVALID = path.join(REPO, 'examples', 'invalid');

async function check(paths: string[]): Promise<CheckResult> {
    const previous = process.cwd();
    process.chdir(REPO);
    try {
        return await checkPaths(paths, { at: AS_OF });
    } finally {
        process.chdir(previous);
    }
}

const blocking = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const show = (f: Finding) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.code} ${f.message}`;

describe('valid examples', () => {
    test(`produce no error and no warning (as of ${AS_OF})`, async () => {
        const result = await check(['examples']);
        expect(result.files).toBeGreaterThan(0);
        expect(result.checkedFiles?.some(f => f.split(path.sep).includes('invalid')), 'examples/invalid must be excluded').toBe(false);
        const problems = result.findings.filter(blocking).map(show);
        expect(problems, `valid examples with errors or warnings:\n${problems.join('\n')}`).toEqual([]);
    });
});

describe('`npm run check:examples`, the README\'s first command', () => {
    afterEach(() => { vi.useRealTimers(); });
    // Its `rogatory check ...`, as package.json has it.
    const args = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts['check:examples'] as string)
        .replace(/^.*\brogatory /, '').split(' ');

    test.each(['2026-11-30', '2028-01-01', '2035-01-01'])('passes with no error and no warning whatever today is (today %s): it checks as of the date the examples are written for', async today => {
        // The examples' response dates pass as time goes on: as of today, they would be overdue.
        vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${today}T12:00:00Z`) });
        const { code, err } = await rogatory(REPO, ...args);
        expect(err).toMatch(/ checked: 0 error\(s\), 0 warning\(s\), \d+ information item\(s\)\n$/);
        expect(code).toBe(0);
    });
});

describe('invalid examples', () => {
    const files = fs.readdirSync(INVALID).filter(f => f.endsWith('.rog')).sort();
    let result: CheckResult;
    beforeAll(async () => {
        result = await check(['examples/invalid']);
    });

    test('there are invalid examples', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    test.each(files)('%s breaks exactly the rule it is named for', file => {
        const code = file.replace(/\.rog$/, '');
        const relative = path.join('examples', 'invalid', file);
        const findings = result.findings.filter(f => f.file === relative);
        const problems: string[] = [];
        const firstLine = fs.readFileSync(path.join(INVALID, file), 'utf8').split('\n')[0];
        if (!firstLine.startsWith(`// Breaks ${code}`)) {
            problems.push(`${relative}: the first line should be "// Breaks ${code} (<provision>): <what is wrong>", not "${firstLine}"`);
        }
        if (!findings.some(f => blocking(f) && f.code === code)) {
            const found = findings.filter(blocking).map(f => `${f.severity} ${f.code}`);
            problems.push(`${relative}: lacks ${code} (no error or warning with that code${found.length ? `; it has: ${[...new Set(found)].join(', ')}` : '; it has no error or warning at all'})`);
        }
        for (const other of findings.filter(f => blocking(f) && f.code !== code)) {
            problems.push(`${relative}: breaks another rule too: ${show(other)}`);
        }
        expect(problems, problems.join('\n')).toEqual([]);
    });
});
