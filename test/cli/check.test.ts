import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystemProvider } from 'langium/node';
import { describe, expect, test, vi } from 'vitest';
import { rogatory, workspace } from '../cli-runner.js';
import { NOT_A_FILE } from '../../packages/language/src/workspace/file-system-errors.js';
import { openRegularFile } from '../../packages/language/src/workspace/regular-files.js';

const DECLARATIONS = 'person P-1 { name "A. Person" }\n';
const BROKEN = 'request OTP-2026-0001 {\n  person P-1\n  legal-basis art. 96(2)(g)\n  dated 2026-11-22\n  dated 2026-11-23\n}\n';

describe('rogatory check', () => {
    test('text output is path:line:col severity code message, in file order; exit 1 on errors', async () => {
        const dir = workspace({ 'declarations/people.rog': DECLARATIONS, 'requests/a.rog': BROKEN });
        const { code, out, err } = await rogatory(dir, 'check', 'requests');
        expect(code).toBe(1);
        const lines = out.trim().split('\n').filter(l => /unknown-provision|duplicate-clause/.test(l));
        expect(lines[0]).toMatch(/^requests\/a\.rog:3:15 error unknown-provision art\. 96\(2\)\(g\) does not exist\./);
        expect(lines[1]).toBe("requests/a.rog:5:3 error duplicate-clause `dated` is given more than once here; keep one.");
        expect(out).not.toMatch(/unresolved-reference/); // P-1 is declared in another folder of the workspace
        expect(err).toMatch(/^1 file checked: \d+ error/);
    });

    test('files are reported in the same order on every machine, whatever its language setting', () => {
        // In Czech, "ch" is a letter after "h": the machine's collation would report h.rog before ch.rog.
        const dir = workspace({ 'ch.rog': BROKEN, 'h.rog': BROKEN, 'people.rog': DECLARATIONS });
        const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
        const orders = ['C.UTF-8', 'cs_CZ.UTF-8'].map(locale => {
            const run = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: locale } });
            return [...new Set((JSON.parse(run.stdout) as { diagnostics: Array<{ file: string }> }).diagnostics.map(d => d.file))];
        });
        expect(orders).toEqual([['ch.rog', 'h.rog'], ['ch.rog', 'h.rog']]);
    });

    test('--format json prints files and diagnostics with file, range, severity, code, provision, message', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS, 'a.rog': BROKEN });
        const { code, out } = await rogatory(dir, 'check', '--format', 'json', 'a.rog');
        expect(code).toBe(1);
        const report = JSON.parse(out);
        expect(report.files).toBe(1);
        const duplicate = report.diagnostics.find((d: { code: string }) => d.code === 'duplicate-clause');
        expect(duplicate).toEqual({
            file: 'a.rog',
            range: { start: { line: 5, column: 3 }, end: { line: 5, column: 19 } },
            severity: 'error', code: 'duplicate-clause', provision: null,
            message: '`dated` is given more than once here; keep one.'
        });
        for (const d of report.diagnostics) {
            expect(Object.keys(d)).toEqual(expect.arrayContaining(['file', 'range', 'severity', 'code', 'provision', 'message']));
        }
    });

    test('a clean workspace exits 0', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        const { code, out } = await rogatory(dir, 'check', '.');
        expect(out.trim()).toBe('');
        expect(code).toBe(0);
    });

    test('a file or a folder named through a symbolic link is read once: no name declared twice', async () => {
        // The workspace holds people/p.rog under its real path; the link names the same file (or folder) again.
        const dir = workspace({ 'people/p.rog': DECLARATIONS });
        fs.symlinkSync(path.join('people', 'p.rog'), path.join(dir, 'alias.rog'));
        fs.symlinkSync('people', path.join(dir, 'linked'));
        for (const named of ['alias.rog', 'linked', 'linked/p.rog']) {
            const { code, out, err } = await rogatory(dir, 'check', named);
            expect([named, out.trim(), code]).toEqual([named, '', 0]);
            expect(err.trim(), named).toMatch(/^1 file checked: 0 error\(s\)/);
        }
    });

    test('inside a checked folder, a symbolic link to a request in the workspace is followed; any other link is named on stderr', async () => {
        // requests/filed.rog points into a folder the traversal does not read (hidden): without following it,
        // the request would be neither checked nor registered, and the gate would pass it.
        const dir = workspace({ 'people.rog': DECLARATIONS, '.archive/a.rog': BROKEN, 'requests/b.rog': BROKEN.replace('OTP-2026-0001', 'OTP-2026-0002') });
        const outside = workspace({ 'c.rog': BROKEN.replace('OTP-2026-0001', 'OTP-2026-0003') });
        fs.symlinkSync(path.join('..', '.archive', 'a.rog'), path.join(dir, 'requests', 'filed.rog'));
        fs.symlinkSync('b.rog', path.join(dir, 'requests', 'again.rog')); // a second name of a file checked anyway: read once
        fs.symlinkSync(path.join(outside, 'c.rog'), path.join(dir, 'requests', 'outside.rog'));
        fs.symlinkSync('gone.rog', path.join(dir, 'requests', 'broken.rog'));
        fs.symlinkSync(outside, path.join(dir, 'requests', 'folder'));
        const { code, out, err } = await rogatory(dir, 'check', 'requests');
        expect(code).toBe(1);
        expect(out).toMatch(/^requests\/filed\.rog:3:15 error unknown-provision /m);
        expect(out).toMatch(/^requests\/b\.rog:3:15 error unknown-provision /m);
        expect(out).not.toMatch(/again\.rog|outside\.rog|OTP-2026-0003|declaration-duplicate-name/);
        expect(err.trim().split('\n').slice(0, -1)).toEqual([
            "rogatory: passed over the symbolic link 'requests/broken.rog': its target does not exist",
            "rogatory: passed over the symbolic link 'requests/folder': it leads to a folder, and links to folders are not followed (name the folder itself)",
            `rogatory: passed over the symbolic link 'requests/outside.rog': it leads outside the workspace, to '${fs.realpathSync(outside)}/c.rog'`
        ]);
        expect(err).toMatch(/^2 files checked: /m);
        const register = await rogatory(dir, 'register', 'requests');
        expect(register.out).toMatch(/^OTP-2026-0001,.*,requests\/filed\.rog,$/m);
        expect(register.out.match(/^OTP-2026-0002,/gm)).toHaveLength(1);
        expect(register.err).toContain("rogatory: passed over the symbolic link 'requests/outside.rog': it leads outside the workspace");
    });

    test('a path holding no .rog file is said on stderr in every format, the exit code 0', async () => {
        // `rogatory check request` for `requests` in a CI job: the folder exists, holds no request, and the gate passes.
        const dir = workspace({ 'people.rog': DECLARATIONS, 'request/README.md': 'Requests are filed in requests/.' });
        for (const format of ['text', 'json', 'sarif', 'junit', 'github']) {
            const { code, err } = await rogatory(dir, 'check', 'request', '--format', format);
            expect([code, err.split('\n')[0]], format).toEqual([0, 'rogatory: no .rog file in request: nothing was checked']);
        }
        expect((await rogatory(dir, 'check', '.')).err).toBe('1 file checked: 0 error(s), 0 warning(s), 0 information item(s)\n');
    });

    test('a binary file and a syntax error are diagnostics, not crashes', async () => {
        const dir = workspace({ 'blob.rog': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), 'bad.rog': 'request {\n' });
        const { code, out } = await rogatory(dir, 'check', '.');
        expect(code).toBe(1);
        expect(out).toMatch(/^blob\.rog:1:1 error syntax-error This file is not text/m);
        expect(out).toMatch(/^bad\.rog:1:9 error syntax-error /m);
    });

    // Windows PowerShell 5 writes UTF-16 with `>`: the editor shows its text, and "This file is not text" did not say what to do.
    test('a file in UTF-16 is said to be UTF-16, to be saved as UTF-8', async () => {
        const text = 'person P-1 {\n  name "Ren\u00e9 Kaboré"\n}\n';
        const bigEndian = (s: string) => Buffer.from(s, 'utf16le').swap16();
        const dir = workspace({
            'le.rog': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
            'be.rog': Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian(text)]),
            'no-bom.rog': Buffer.from(text.replace('P-1', 'P-2'), 'utf16le')
        });
        const { code, out } = await rogatory(dir, 'check', '.');
        expect(code).toBe(1);
        expect(out.trim().split('\n')).toEqual(['be.rog', 'le.rog', 'no-bom.rog'].map(file =>
            `${file}:1:1 error syntax-error This file is UTF-16 text (as Windows PowerShell writes with \`>\` or Out-File), not UTF-8: save it as UTF-8; it was not parsed.`));
    });

    test('a two-digit year of birth is read against --at, not the clock of the machine', async () => {
        // As of 2010, 2015 is in the future: only 1915 is possible. As of today, both are.
        const dir = workspace({ 'p.rog': 'person P-X {\n  name "A. Person"\n  born 25/04/15\n}\n' });
        const past = await rogatory(dir, 'check', '.', '--at', '2010-01-01');
        expect(past.out).toContain('p.rog:3:8 error syntax-error A date is written YYYY-MM-DD, with the year in four digits: 1915-04-25.\n');
        const now = await rogatory(dir, 'check', '.');
        expect(now.out).toContain('p.rog:3:8 error syntax-error A date is written YYYY-MM-DD, with the year in four digits: 2015-04-25 or 1915-04-25.\n');
    });

    test('usage and I/O problems are one line on stderr and exit 2', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        for (const args of [['check', 'missing-folder'], ['check', '--at', '2026-02-30', '.'], ['check', '--format', 'xml', '.'], ['frobnicate'],
            ['check', '--at', '2026-05-01T10:00', '.'], ['register', '--at', '2026-05-01T23:00+05:00', '.'], ['check', '--formt', 'json', '.'], ['format', '--chek']]) {
            const { code, err, out } = await rogatory(dir, ...args);
            expect(code, args.join(' ')).toBe(2);
            expect(out).toBe('');
            expect(err.trim().split('\n')).toHaveLength(1);
        }
        expect((await rogatory(dir, 'register', '--at', '2026-05-01T10:00', '.')).err.trim()).toBe("rogatory: --at expects a date as YYYY-MM-DD, not '2026-05-01T10:00'");
        expect((await rogatory(dir, 'check', '--formt', 'json', '.')).err).toBe("rogatory: unknown option '--formt' (Did you mean --format?)\n");
        const { err } = await rogatory(dir, 'check', 'missing-folder');
        expect(err.trim()).toBe("rogatory: cannot read 'missing-folder': no such file or directory");
    });

    // "expects a date as YYYY-MM-DD, not '2026-02-29'" said the date was not written as asked, which it was.
    test('an --at that is no day says what is wrong with it', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        for (const [at, said] of [
            ['2026-02-29', 'and 2026-02-29 is no day of the calendar'],
            ['2026-13-01', 'and 2026-13-01 is no day of the calendar'],
            ['2026-1-5', "not '2026-1-5': write the month and the day with two digits each, 2026-01-05"],
            ['01/12/2026', "not '01/12/2026': 2026-12-01 or 2026-01-12?"],
            ['25.12.2026', "not '25.12.2026': 2026-12-25?"],
            ['12/12/2026', "not '12/12/2026': 2026-12-12?"],
            ['31/02/2026', "not '31/02/2026'"],
            ['tomorrow', "not 'tomorrow'"]
        ]) {
            for (const command of ['check', 'register']) {
                expect(await rogatory(dir, command, '--at', at, '.'), `${command} --at ${at}`).toEqual({ code: 2, out: '', err: `rogatory: --at expects a date as YYYY-MM-DD, ${said}\n` });
            }
        }
    });

    // "cannot read '-': no such file or directory" was true, and no help to whom piped a request in.
    test('a path not there that was meant as standard input, or written the Windows way, is said to be so', async () => {
        const dir = workspace({ 'requests/a.rog': DECLARATIONS });
        expect(await rogatory(dir, 'check', '-')).toEqual({ code: 2, out: '', err: "rogatory: cannot read '-': no such file or directory (rogatory does not read standard input: name the .rog files or folders)\n" });
        expect(await rogatory(dir, 'build', 'requests\\a.rog', '--out', 'out')).toEqual({ code: 2, out: '', err: "rogatory: cannot read 'requests\\a.rog': no such file or directory (folders are separated by /: 'requests/a.rog')\n" });
        expect((await rogatory(dir, 'check', 'requests\\b.rog')).err).toBe("rogatory: cannot read 'requests\\b.rog': no such file or directory\n");
    });

    test('what is not a request file, or not there, is named in one line, exit 2', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS, 'a.rog': BROKEN, 'notes.txt': 'minutes', 'afile': '', 'sub/b.rog': BROKEN });
        const cases: Array<[string[], string]> = [
            [['check', 'notes.txt'], "rogatory: 'notes.txt' is not a Rogatory file: request files end in .rog"],
            [['check', '--root', 'nowhere', '.'], 'rogatory: --root nowhere: no such file or directory'],
            // A path outside --root: its changes would be passed over by --changed-since, which looks under the root.
            [['check', '--root', 'sub', 'a.rog', '--changed-since', 'HEAD'], "rogatory: 'a.rog' is outside the workspace root 'sub' (--root): name files and folders inside it, or a root that holds them"],
            [['register', '--root', 'sub', '.'], "rogatory: '.' is outside the workspace root 'sub' (--root): name files and folders inside it, or a root that holds them"],
            // An option given a variable that is not set (`--changed-since "$BASE"`) is no default.
            [['check', '--changed-since', '', '.'], 'rogatory: --changed-since expects a git revision, not an empty name'],
            [['check', '--root', '', '.'], 'rogatory: --root expects a folder, not an empty name'],
            [['format', '--check', '--root', ' ', '.'], 'rogatory: --root expects a folder, not an empty name'],
            [['build', 'a.rog', '--out', 'afile'], "rogatory: cannot create the folder 'afile': a file of that name is in the way"],
            // A path outside the current folder as typed, or in full: not climbing up with `../..`.
            [['check', '/dev/null'], "rogatory: '/dev/null' is not a Rogatory file: request files end in .rog"],
            [['check', `${dir}/../no-such-folder-here`], `rogatory: cannot read '${dir}/../no-such-folder-here': no such file or directory`],
            [['build', 'a.rog', '--out', '/proc/no-such-folder'], "rogatory: cannot create the folder '/proc/no-such-folder': no such file or directory"]
        ];
        for (const [args, message] of cases) {
            const { code, err } = await rogatory(dir, ...args);
            expect([code, err.trim()], args.join(' ')).toEqual([2, message]);
        }
    });

    test('--changed-since where git cannot answer: what to do, in one line, exit 2', async () => {
        // workspace() marks its root with an empty .git folder, which git does not take for a repository.
        const dir = workspace({ 'people.rog': DECLARATIONS, 'sub/a.rog': BROKEN });
        const notRepository = await rogatory(dir, 'check', '--changed-since', 'origin/main', 'sub');
        expect([notRepository.code, notRepository.out, notRepository.err]).toEqual([2, '',
            "rogatory: --changed-since origin/main: the workspace '.' is not in a git repository, so no file can be said to have changed: run the check in a git clone (in CI, after the checkout step), or leave out --changed-since to check every file\n"]);
        const savedPath = process.env.PATH;
        process.env.PATH = path.join(dir, 'sub'); // no git there
        try {
            const noGit = await rogatory(dir, 'check', '--changed-since', 'HEAD', '.');
            expect([noGit.code, noGit.out, noGit.err]).toEqual([2, '',
                "rogatory: --changed-since HEAD: git is not installed (no 'git' command on PATH), and only git can say which files changed: install git, or leave out --changed-since to check every file\n"]);
        } finally {
            process.env.PATH = savedPath;
        }
        // git refusing a checkout another user owns (a CI container running as root): its fix, in one line.
        fs.mkdirSync(path.join(dir, 'bin'));
        fs.writeFileSync(path.join(dir, 'bin', 'git'), "#!/bin/sh\necho \"fatal: detected dubious ownership in repository at '/builds/icc/requests'\" >&2\necho 'To add an exception for this directory, call:' >&2\nexit 128\n", { mode: 0o755 });
        process.env.PATH = path.join(dir, 'bin');
        try {
            const refused = await rogatory(dir, 'check', '--changed-since', 'HEAD', '.');
            expect([refused.code, refused.out, refused.err]).toEqual([2, '',
                "rogatory: --changed-since HEAD: git refuses to read the repository at '/builds/icc/requests', which another user owns (a CI job running in a container as root, say): mark it safe with `git config --global --add safe.directory '/builds/icc/requests'` before the check (GitHub's actions/checkout does so itself), or leave out --changed-since to check every file\n"]);
        } finally {
            process.env.PATH = savedPath;
        }
    });

    test('a named pipe named on the command line is refused in one line, not read (which would wait for ever)', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        execFileSync('mkfifo', [path.join(dir, 'pipe.rog')]);
        // Were it read, a writer coming after 5 s would end the wait (the read blocks the whole process: no test timeout could).
        const writer = spawn('sh', ['-c', 'sleep 5; : > pipe.rog'], { cwd: dir, stdio: 'ignore' });
        try {
            for (const command of ['check', 'format', 'register']) {
                const { code, out, err } = await rogatory(dir, command, 'pipe.rog');
                expect([code, out, err], command).toEqual([2, '', "rogatory: 'pipe.rog' is a named pipe (FIFO), not a file: there is nothing to check in it\n"]);
            }
        } finally {
            writer.kill();
        }
        // In a folder, it is passed over, as every entry that is neither a file nor a folder.
        expect(await rogatory(dir, 'check', '.')).toMatchObject({ code: 0, err: '1 file checked: 0 error(s), 0 warning(s), 0 information item(s)\n' });
    });

    test('a file is read through a check that it is one: a named pipe put in its place since the folder was listed is refused at once, not waited on', () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        execFileSync('mkfifo', [path.join(dir, 'pipe.rog')]);
        fs.mkdirSync(path.join(dir, 'folder.rog'));
        expect(() => openRegularFile(path.join(dir, 'pipe.rog'))).toThrow(expect.objectContaining({ code: NOT_A_FILE, message: 'it is a named pipe (FIFO), not a file' }));
        expect(() => openRegularFile(path.join(dir, 'folder.rog'))).toThrow(expect.objectContaining({ code: NOT_A_FILE, message: 'it is a folder' }));
        const { fd, size } = openRegularFile(path.join(dir, 'people.rog'));
        try {
            expect([size, fs.readFileSync(fd, 'utf8')]).toEqual([Buffer.byteLength(DECLARATIONS), DECLARATIONS]);
        } finally {
            fs.closeSync(fd);
        }
    });

    test('a folder of the workspace that cannot be read stops the check: exit 2, nothing concluded', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS, 'locked/more-people.rog': DECLARATIONS, 'requests/a.rog': BROKEN });
        // Permissions do not stop root, who runs CI: the file system refuses the folder instead.
        const readDirectory = NodeFileSystemProvider.prototype.readDirectory;
        const spy = vi.spyOn(NodeFileSystemProvider.prototype, 'readDirectory').mockImplementation(async function (this: NodeFileSystemProvider, uri) {
            if (uri.fsPath.endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${uri.fsPath}'`), { code: 'EACCES' });
            return readDirectory.call(this, uri);
        });
        try {
            const { code, out, err } = await rogatory(dir, 'check', 'requests');
            expect([code, out, err.trim()]).toEqual([2, '', "rogatory: cannot read the folder 'locked': permission denied"]);
        } finally {
            spy.mockRestore();
        }
    });

    test('rogatory.json excludes folders from traversal, but a folder named explicitly is checked', async () => {
        const dir = workspace({
            'rogatory.json': '{ "exclude": ["drafts/**"] }',
            'people.rog': DECLARATIONS,
            'drafts/wip.rog': BROKEN
        });
        expect((await rogatory(dir, 'check', '.')).code).toBe(0);
        const explicit = await rogatory(dir, 'check', 'drafts');
        expect(explicit.code).toBe(1);
        expect(explicit.out).toMatch(/^drafts\/wip\.rog:3:15 error unknown-provision/m);
    });

    // Windows Notepad saves UTF-8 with a byte order mark, which JSON.parse refused ("Unexpected token '\uFEFF'").
    test('a rogatory.json that starts with a byte order mark is read as without it', async () => {
        const dir = workspace({ 'rogatory.json': '\uFEFF{ "exclude": ["drafts/**"] }\r\n', 'people.rog': DECLARATIONS, 'drafts/wip.rog': BROKEN });
        expect(await rogatory(dir, 'check', '.')).toMatchObject({ code: 0, out: '', err: '1 file checked: 0 error(s), 0 warning(s), 0 information item(s)\n' });
    });

    // Node's own words named no file: "rogatory: EISDIR: illegal operation on a directory, read".
    test('a folder named rogatory.json is a usage error saying which, in words', async () => {
        const dir = workspace({ 'rogatory.json/x': '', 'people.rog': DECLARATIONS });
        expect(await rogatory(dir, 'check', '.')).toEqual({ code: 2, out: '', err: `rogatory: ${path.join(dir, 'rogatory.json')}: cannot be read: it is a folder\n` });
    });

    test('a named pipe named rogatory.json is a usage error saying so, not a wait for a writer', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS });
        execFileSync('mkfifo', [path.join(dir, 'rogatory.json')]);
        // Were it read, a writer coming after 5 s would end the wait with an empty text, which is not JSON.
        const writer = spawn('sh', ['-c', 'sleep 5; : > rogatory.json'], { cwd: dir, stdio: 'ignore' });
        try {
            expect(await rogatory(dir, 'check', '.')).toEqual({ code: 2, out: '', err: `rogatory: ${path.join(dir, 'rogatory.json')}: cannot be read: it is a named pipe (FIFO), not a file\n` });
        } finally {
            writer.kill();
        }
    });

    test('a folder named out is checked like any other; node_modules and hidden folders are not', async () => {
        const request = (name: string) => `request ${name} {\n  legal-basis art. 96(2)(g)\n}\n`;
        const dir = workspace({ 'out/a.rog': request('OTP-2026-0001'), 'requests/out/b.rog': request('OTP-2026-0002'),
            'node_modules/x/c.rog': request('OTP-2026-0003'), '.cache/d.rog': request('OTP-2026-0004') });
        const { out, err } = await rogatory(dir, 'check', '.');
        expect(out).toMatch(/^out\/a\.rog:2:15 error unknown-provision /m);
        expect(out).toMatch(/^requests\/out\/b\.rog:2:15 error unknown-provision /m);
        expect(out).not.toMatch(/node_modules|\.cache/);
        expect(err).toMatch(/^2 files checked: /m);
        const register = await rogatory(dir, 'register', '.');
        expect(register.out).toMatch(/^OTP-2026-0001,.*,out\/a\.rog,$/m);
    });

    test('a malformed rogatory.json is a usage error naming the file', async () => {
        const dir = workspace({ 'rogatory.json': '{ exclude: ', 'people.rog': DECLARATIONS });
        const { code, err } = await rogatory(dir, 'check', '.');
        expect(code).toBe(2);
        expect(err).toMatch(/rogatory\.json: not valid JSON/);
        const misspelt = workspace({ 'rogatory.json': '{ "exlude": ["drafts/**"] }', 'people.rog': DECLARATIONS });
        const second = await rogatory(misspelt, 'check', '.');
        expect(second.code).toBe(2);
        expect(second.err).toMatch(/rogatory\.json: unknown setting "exlude"; the only setting is "exclude"\n$/);
    });

    test('each command\'s --help gives examples, and each example runs without a usage error', async () => {
        const dir = workspace({ 'people.rog': DECLARATIONS, 'requests/OTP-2026-0001.rog': BROKEN, 'requests/REG-2026-0101.rog': BROKEN.replace('OTP-2026-0001', 'REG-2026-0101') });
        expect((await rogatory(dir, '--help')).out).toContain('Each command\'s --help gives its options, examples and exit codes');
        for (const command of ['check', 'register', 'build', 'format', 'rules']) {
            const { out } = await rogatory(dir, command, '--help');
            const examples = out.split('Examples:\n')[1]?.split('\n\n')[0].split('\n').filter(l => l.startsWith('  rogatory '));
            expect(examples?.length, command).toBeGreaterThan(0);
            for (const example of examples!) {
                // The command itself: before a redirection or the two spaces that start its description.
                const args = example.trim().split(/\s+>|\s{2,}/)[0].split(' ').slice(1);
                expect(args[0], example).toBe(command);
                const { code, err } = await rogatory(dir, ...args);
                expect(code, `${example}: ${err}`).not.toBe(2);
            }
        }
    });

    test('--help: every option says its default, or that it is required; exit codes for each command', async () => {
        const help = async (command: string) => (await rogatory(os.tmpdir(), command, '--help')).out.replace(/\s+/g, ' ');
        const check = await help('check');
        expect(check).toContain('--max-warnings <n> also fail (exit 1) when there are more than n warnings (default: no limit: warnings alone never fail)');
        expect(check).toContain('needs git (default: every file under the paths)');
        expect(check).toContain('2 usage error or unreadable path; with --changed-since, an unknown revision, no merge base with HEAD (in a shallow clone: fetch more history), a workspace in no git repository, or no git command');
        const register = await help('register');
        expect(register).toContain('--at <date> the register as it stands on this date: status, next deadline and days overdue (YYYY-MM-DD; default: today)');
        expect(register).toContain('Exit codes: 0 the register was written (also when it is empty, or a file has syntax errors: both said on stderr) 2 usage error or unreadable path: nothing was written');
        expect(await help('build')).toContain('--out <folder> folder the documents are written to (required; created if needed)');
        const format = await help('format');
        expect(format).toContain('--root <folder> workspace root, whose rogatory.json excludes apply (default: nearest folder with rogatory.json or .git)');
        expect(format).toContain('0 every file is formatted (or, without --check, was rewritten); files skipped (syntax errors, symbolic links, read-only) are named on stderr and do not change the exit code');
    });

    test('--help documents the exit codes', async () => {
        const { code, out } = await rogatory(os.tmpdir(), 'check', '--help');
        expect(code).toBe(0);
        expect(out).toMatch(/0 {2}no errors/);
        expect(out).toMatch(/1 {2}errors found/);
        expect(out).toMatch(/2 {2}usage error or unreadable path/);
        expect(out.replace(/\s+/g, ' ')).toContain('--changed-since <rev> check only the files changed since the branch forked from this git revision (its merge base with HEAD');
    });
});
