import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { workspace } from '../cli-runner.js';
import { ExitCode } from '../../packages/cli/src/exit-codes.js';

const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');

/** The built `rogatory`, as a CI job runs it: its exit status, stdout and stderr. */
function rogatory(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
    const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    return { code: run.status, out: run.stdout, err: run.stderr };
}

const PEOPLE = 'person P-1 {\n  name "A. Person"\n}\n';
const REQUEST = (legalBasis: string, extra = '') => 'request OTP-2026-0001 {\n  kind assistance art. 93(1)(i)\n  from Prosecutor\n  situation ICC-01/04\n'
    + '  to State "Kenya" via diplomatic-channel\n  language English\n  classification public\n  dated 2026-11-22\n'
    + `  person P-1\n  purpose "Records"\n  grounds "Held there"\n  facts "Attacks"\n  legal-basis ${legalBasis}\n${extra}}\n`;

/** A Node older than 22 on this machine (the system's, beside the project's own Node 24), if any. */
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find(node => fs.existsSync(node)
    && Number(spawnSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 22);

// Each exit code of packages/cli/src/exit-codes.ts, as the process ends with it (the in-process runner
// of the other tests returns run()'s value, which bin/rogatory.js still has to hand to the shell).
describe('the exit codes of the built command', () => {
    test('0: no error; 1: an error, or more warnings than --max-warnings; 2: a usage error, in one line', () => {
        const dir = workspace({
            'people.rog': PEOPLE,
            'good/request.rog': REQUEST('art. 93(1)(i), art. 96(1)', '  national-requirements none-known\n'),
            // No `national-requirements`: a warning (art. 96(2)(e)), no error.
            'warned/request.rog': REQUEST('art. 93(1)(i), art. 96(1)').replace('OTP-2026-0001', 'OTP-2026-0002'),
            'bad/request.rog': REQUEST('art. 200').replace('OTP-2026-0001', 'OTP-2026-0003')
        });
        fs.writeFileSync(path.join(dir, 'afile'), '');
        const good = rogatory(dir, 'check', 'good', '--at', '2026-11-22');
        expect([good.code, good.out]).toEqual([ExitCode.Ok, expect.not.stringMatching(/ (error|warning) /)]);
        expect(good.err).toBe('1 file checked: 0 error(s), 0 warning(s), 1 information item(s)\n');
        const warned = rogatory(dir, 'check', 'warned', '--at', '2026-11-22');
        expect([warned.code, warned.out]).toEqual([ExitCode.Ok, expect.stringMatching(/^warned\/request\.rog:\d+:\d+ warning assistance-national-requirements-missing /m)]);
        expect(rogatory(dir, 'check', 'warned', '--at', '2026-11-22', '--max-warnings', '0').code).toBe(ExitCode.Findings);
        expect(rogatory(dir, 'check', 'bad', '--at', '2026-11-22', '--format', 'sarif').code).toBe(ExitCode.Findings);
        // A format in capitals (`--format SARIF`, as a CI file may have it) is the same format, for each command that takes one.
        const sarif = rogatory(dir, 'check', 'bad', '--at', '2026-11-22', '--format', 'SARIF');
        expect([sarif.code, JSON.parse(sarif.out).version]).toEqual([ExitCode.Findings, '2.1.0']);
        const register = rogatory(dir, 'register', 'good', '--at', '2026-11-22', '--format', 'Json');
        expect([register.code, JSON.parse(register.out).rows.map((r: { reference: string }) => r.reference)]).toEqual([ExitCode.Ok, ['OTP-2026-0001']]);
        const rules = rogatory(dir, 'rules', '--format', 'JSON');
        expect([rules.code, Array.isArray(JSON.parse(rules.out))]).toEqual([ExitCode.Ok, true]);
        for (const [args, line] of [
            [['check', '.', '--at', '2026-02-30'], "rogatory: --at expects a date as YYYY-MM-DD, and 2026-02-30 is no day of the calendar"],
            [['check', '.', '--format', 'xml'], "rogatory: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, junit, github."],
            [['check', '.', '--changed-since', ''], 'rogatory: --changed-since expects a git revision, not an empty name'],
            [['register', 'no-such-folder'], "rogatory: cannot read 'no-such-folder': no such file or directory"],
            [['build', 'bad/request.rog', '--out', 'afile'], "rogatory: cannot create the folder 'afile': a file of that name is in the way"],
            [['format', '--check', 'afile'], "rogatory: 'afile' is not a Rogatory file: request files end in .rog"]
        ] as const) {
            const run = rogatory(dir, ...args);
            expect([run.code, run.out, run.err], args.join(' ')).toEqual([ExitCode.Usage, '', `${line}\n`]);
        }
    });

    // Langium needs Node >= 22: `node packages/cli/bin/rogatory.js` on the machine's Node 20 must say so, not throw.
    test('new: 0 written (the path on stdout), 1 a file already there, 2 a State not in the list', () => {
        const dir = workspace({});
        const written = rogatory(dir, 'new', 'assistance', '--to', 'Kenya', '--date', '2026-12-02');
        expect([written.code, written.out]).toEqual([ExitCode.Ok, 'requests/OTP-2026-0001.rog\n']);
        const again = rogatory(dir, 'new', 'assistance', '--to', 'Kenya', '--out', 'requests/OTP-2026-0001.rog');
        expect([again.code, again.out, again.err]).toEqual([ExitCode.Findings, '', 'rogatory: requests/OTP-2026-0001.rog already exists: nothing written (give another --out or --reference)\n']);
        const unknown = rogatory(dir, 'new', 'assistance', '--to', 'Narnia');
        expect([unknown.code, unknown.out]).toEqual([ExitCode.Usage, '']);
    });

    test.skipIf(!OLD_NODE)('2 on a Node older than 22, in one line that says how to run it', () => {
        const dir = workspace({ 'people.rog': PEOPLE });
        const run = spawnSync(OLD_NODE!, [bin, 'check', '.'], { cwd: dir, encoding: 'utf8' });
        expect([run.status, run.stdout]).toEqual([ExitCode.Usage, '']);
        expect(run.stderr).toMatch(/^rogatory: Node\.js >= 22 is required \(this is v\d+\.[\d.]+\); run it through npx or npm scripts, which use the project's Node 24\.\n$/);
    });
});
