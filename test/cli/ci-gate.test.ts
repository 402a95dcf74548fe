import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { rogatory } from '../cli-runner.js';


const dirs: string[] = [];
afterAll(() => dirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-ci-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ci@example.org');
    git('config', 'user.name', 'CI');
    write(dir, files);
    git('add', '-A');
    git('commit', '-qm', 'base');
    return dir;
}
function write(dir: string, files: Record<string, string>): void {
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
}

const PEOPLE = 'person P-1 { name "A. Person" }\n';
const COMPLETE = 'kind assistance art. 93(1)(i) from Prosecutor situation ICC-01/04 to State "Kenya" via diplomatic-channel language English classification public dated 2026-11-22'
    + ' purpose "Records" grounds "Held there" facts "Attacks" national-requirements none-known';
const USES_P1 = `request OTP-2026-0001 { person P-1 legal-basis art. 93(1)(i) ${COMPLETE} }\n`;
const BROKEN = `request OTP-2026-0002 {\n  legal-basis art. 200, art. 93(1)(i)\n  ${COMPLETE}\n}\n`;

describe('CI gate formats', () => {
    test('SARIF 2.1.0 carries the rule catalogue with provisions and one result per finding', async () => {
        const dir = repo({ 'a.rog': BROKEN });
        const { code, out } = await rogatory(dir, 'check', '--format', 'sarif', '.');
        expect(code).toBe(1);
        const sarif = JSON.parse(out);
        expect(sarif.version).toBe('2.1.0');
        const run = sarif.runs[0];
        expect(run.tool.driver.name).toBe('rogatory');
        const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
        expect(new Set(ruleIds).size).toBe(ruleIds.length);
        const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-provision');
        expect(result.level).toBe('error');
        expect(run.tool.driver.rules[result.ruleIndex].id).toBe('unknown-provision');
        expect(result.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'a.rog', uriBaseId: 'SRCROOT' },
            region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 23 }
        });
    });

    test('SARIF: syntax errors and names that resolve to nothing are rules with descriptions too', async () => {
        const dir = repo({ 'a.rog': BROKEN.replace('legal-basis', 'kindd assistance\n  warrant W-Nowhere\n  legal-basis') });
        const run = JSON.parse((await rogatory(dir, 'check', '--format', 'sarif', '.')).out).runs[0];
        for (const [code, description] of [['syntax-error', /^The file cannot be read as the Rogatory language at this place .*the message says what to write\./],
            ['unresolved-reference', /^A name refers to nothing declared in the workspace or in the built-in library .*the message names the declarations probably meant, or.* says to declare it or to name one declared\.$/]] as const) {
            const result = run.results.find((r: { ruleId: string }) => r.ruleId === code);
            const rule = run.tool.driver.rules[result.ruleIndex];
            expect(rule.id).toBe(code);
            expect(rule.shortDescription.text).toMatch(description);
            expect(rule.fullDescription.text).toBe(rule.shortDescription.text);
            expect(rule.defaultConfiguration.level).toBe('error');
        }
    });

    test('SARIF: artifact URIs are URI references that resolve to the file; columns are UTF-16 code units', async () => {
        const dir = repo({ 'sub dir/a #1.rog': BROKEN.replace('legal-basis', 'title "\u{1D49C}" legal-basis') });
        const run = JSON.parse((await rogatory(dir, 'check', '--format', 'sarif', '.')).out).runs[0];
        const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-provision');
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        expect(artifactLocation.uri).toBe('sub%20dir/a%20%231.rog');
        const resolved = new URL(artifactLocation.uri, run.originalUriBaseIds[artifactLocation.uriBaseId].uri);
        expect(fileURLToPath(resolved)).toBe(path.join(fs.realpathSync(dir), 'sub dir', 'a #1.rog'));
        // `  title "𝒜" legal-basis art. 200`: the citation starts after 25 UTF-16 code units (24 code points).
        expect([run.columnKind, region.startColumn]).toEqual(['utf16CodeUnits', 26]);
    });

    test('JUnit: a suite per file, a failure per error, a passing case for a clean file', async () => {
        const dir = repo({ 'a.rog': BROKEN, 'people.rog': PEOPLE });
        const { out } = await rogatory(dir, 'check', '--format', 'junit', '.');
        expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
        expect(out).toMatch(/<testsuite name="a.rog" tests="1" failures="1" errors="0" skipped="0">/);
        expect(out).toMatch(/<failure type="unknown-provision" message="The Rome Statute has no article 200 \(it has articles 1 to 128\)."/);
        expect(out).toMatch(/<testsuite name="people.rog" tests="1" failures="0" errors="0" skipped="0">\s*<testcase classname="people.rog" name="no errors or warnings"\/>/);
    });

    test('JUnit agrees with the exit code: a warning is a skipped case, a failure only beyond --max-warnings', async () => {
        const overdue = USES_P1.replace('dated 2026-11-22', 'dated 2026-11-22 respond-by 2026-12-01 status sent 2026-11-23');
        const dir = repo({ 'a.rog': overdue, 'people.rog': PEOPLE });
        const passing = await rogatory(dir, 'check', '--format', 'junit', '--at', '2027-01-01', '.');
        expect(passing.code).toBe(0);
        expect(passing.out).toMatch(/<testsuites name="rogatory check" tests="2" failures="0" errors="0" skipped="1">/);
        expect(passing.out).toMatch(/<testsuite name="a.rog" tests="1" failures="0" errors="0" skipped="1">\s*<testcase classname="a.rog" name="followup-overdue at 1:\d+">\s*<skipped message="warning: The response was requested by 2026-12-01 and is 31 days overdue as of 2027-01-01 /);
        expect(passing.out).not.toContain('<failure');
        const failing = await rogatory(dir, 'check', '--format', 'junit', '--at', '2027-01-01', '--max-warnings', '0', '.');
        expect(failing.code).toBe(1);
        expect(failing.out).toMatch(/<testsuite name="a.rog" tests="1" failures="1" errors="0" skipped="0">\s*<testcase classname="a.rog" name="followup-overdue at 1:\d+">\s*<failure type="followup-overdue" message="The response was requested by 2026-12-01 /);
        expect(failing.out).not.toContain('<skipped');
        // Within the limit, warnings do not fail the run, nor the report.
        expect((await rogatory(dir, 'check', '--format', 'junit', '--at', '2027-01-01', '--max-warnings', '1', '.')).out).not.toContain('<failure');
    });

    test('JUnit stays well-formed XML whatever a message quotes from the file', async () => {
        // An unresolved name is quoted in its message: markup, quotes, a control character and the
        // noncharacter U+FFFF, which XML 1.0 cannot carry (a parser refuses the whole report).
        const dir = repo({ 'a.rog': USES_P1.replace('"Kenya"', '"Ken<&\'\u0001\uFFFF\u{1D49C}ya"') });
        const { out } = await rogatory(dir, 'check', '--format', 'junit', '.');
        expect(out).toMatch(/<failure type="unresolved-reference" message="No State named &quot;Ken&lt;&amp;&apos;\u{1D49C}ya&quot; /u);
        // Every character is one XML 1.0 allows (its production Char).
        expect(out.match(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu)).toBeNull();
    });

    test('GitHub annotations escape what the workflow command syntax reserves', async () => {
        const dir = repo({ 'dir,with:odd/a.rog': BROKEN });
        const { out } = await rogatory(dir, 'check', '--format', 'github', '.');
        const lines = out.trim().split('\n');
        expect(lines.filter(l => !l.startsWith('::notice'))).toEqual(['::error file=dir%2Cwith%3Aodd/a.rog,line=2,col=15,endLine=2,endColumn=23,title=unknown-provision::The Rome Statute has no article 200 (it has articles 1 to 128).']);
        // Information items (checklists) are notices, titled with the rule and its provision.
        expect(lines.filter(l => l.startsWith('::notice'))[0]).toMatch(/^::notice file=dir%2Cwith%3Aodd\/a.rog,line=3,.*title=assistance-national-security-check \(art. 93\(4\)\)::/);
    });

    test('run in a folder of the repository, SARIF and annotations still name files from the top of the repository', async () => {
        // GitHub reads a relative SARIF URI from the checkout's root (ignoring uriBaseId), and an
        // annotation's file from the repository's root: `working-directory: requests` must not lose the folder.
        const dir = repo({ 'requests/rogatory.json': '{}\n', 'requests/a.rog': BROKEN });
        const cwd = path.join(dir, 'requests');
        const github = (await rogatory(cwd, 'check', '--format', 'github', '.')).out;
        expect(github).toMatch(/^::error file=requests\/a\.rog,line=2,col=15,/m);
        const run = JSON.parse((await rogatory(cwd, 'check', '--format', 'sarif', '.')).out).runs[0];
        const { artifactLocation } = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-provision').locations[0].physicalLocation;
        expect(artifactLocation).toEqual({ uri: 'requests/a.rog', uriBaseId: 'SRCROOT' });
        expect(fileURLToPath(new URL(artifactLocation.uri, run.originalUriBaseIds.SRCROOT.uri))).toBe(path.join(fs.realpathSync(dir), 'requests', 'a.rog'));
        // The text report stays relative to the current folder.
        expect((await rogatory(cwd, 'check', '.')).out).toMatch(/^a\.rog:2:15 error unknown-provision /m);
    });

    test('--max-warnings fails a run with more warnings than allowed and rejects a non-number', async () => {
        expect((await rogatory(repo({ 'people.rog': PEOPLE }), 'check', '--max-warnings', '0', '.')).code).toBe(0);
        // An arrest request citing a legal basis not of its kind: one "as applicable" warning, no error.
        const declarations = Object.fromEntries(fs.readdirSync('examples/declarations').map(f => [`declarations/${f}`, fs.readFileSync(path.join('examples/declarations', f), 'utf8')]));
        const request = fs.readFileSync('examples/arrest-and-surrender/REG-2026-0101.rog', 'utf8').replace(/ {2}legal-basis [^\n]*\n/, '  legal-basis art. 92\n');
        const dir = repo({ ...declarations, 'request.rog': request });
        const one = await rogatory(dir, 'check', '--at', '2026-11-22', '--max-warnings', '0', 'request.rog');
        expect(one.out).toMatch(/^request\.rog:\d+:\d+ warning request-legal-basis-mismatch /m);
        expect([one.code, one.err.split('\n').find(l => l.startsWith('rogatory:'))]).toEqual([1, 'rogatory: 1 warning, more than --max-warnings 0']);
        expect((await rogatory(dir, 'check', '--at', '2026-11-22', '--max-warnings', '1', 'request.rog')).code).toBe(0);
        expect((await rogatory(dir, 'check', '--max-warnings', 'many', '.')).code).toBe(2);
    });

    test('--changed-since checks changed files and the files that reference them, nothing else', async () => {
        const dir = repo({ 'people.rog': PEOPLE, 'uses.rog': USES_P1, 'other.rog': BROKEN });
        write(dir, { 'people.rog': 'person P-1 { name "A. Person" born 1970-01-01 }\n' });
        const { out, code } = await rogatory(dir, 'check', '--format', 'json', '--changed-since', 'HEAD', '.');
        const report = JSON.parse(out);
        expect(report.files).toBe(2); // people.rog changed; uses.rog refers to it; other.rog untouched
        expect(report.diagnostics.map((d: { file: string }) => d.file)).not.toContain('other.rog');
        expect(code).toBe(0);
    });

    test('--changed-since: a changed request does not re-check every request to the same State; a changed designation does', async () => {
        const designation = 'designation for State "Kenya" {\n  channel diplomatic-channel\n  language English\n  verification not-verified "test"\n}\n';
        const dir = repo({ 'people.rog': PEOPLE, 'uses.rog': USES_P1, 'other.rog': BROKEN, 'kenya.rog': designation });
        write(dir, { 'uses.rog': USES_P1.replace('"Attacks"', '"Attacks in 2008"') });
        const checked = async () => JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--changed-since', 'HEAD', '.')).out).diagnostics
            .map((d: { file: string }) => d.file);
        expect(await checked()).not.toContain('other.rog');
        write(dir, { 'kenya.rog': designation.replace('language English', 'language English or French') });
        expect(await checked()).toContain('other.rog');
    });

    test('--changed-since with deleted declarations rechecks the files left with broken references', async () => {
        const dir = repo({ 'people.rog': PEOPLE, 'uses.rog': USES_P1 });
        fs.rmSync(path.join(dir, 'people.rog'));
        const { out, code } = await rogatory(dir, 'check', '--changed-since', 'HEAD', '.');
        expect(code).toBe(1);
        expect(out).toMatch(/^uses\.rog:1:32 error unresolved-reference No person named P-1 is declared in the workspace: declare it \(`person P-1 \{ \.\.\. \}`\)\.$/m);
    });

    test('--changed-since rechecks the files a deleted file referred to, when their findings depend on it', async () => {
        // The request for surrender that follows a provisional arrest answers rule 188 for it: deleting it
        // leaves the provisional arrest overdue, though that file refers to nothing that changed.
        const declarations = Object.fromEntries(fs.readdirSync('examples/declarations').map(f => [`declarations/${f}`, fs.readFileSync(path.join('examples/declarations', f), 'utf8')]));
        const dir = repo({
            ...declarations,
            'REG-2026-0110.rog': fs.readFileSync('examples/provisional-arrest/REG-2026-0110.rog', 'utf8'),
            'REG-2026-0111.rog': fs.readFileSync('examples/arrest-and-surrender/REG-2026-0111.rog', 'utf8')
        });
        expect((await rogatory(dir, 'check', '--at', '2027-06-01', '.')).code).toBe(0);
        fs.rmSync(path.join(dir, 'REG-2026-0111.rog'));
        const { out, code } = await rogatory(dir, 'check', '--at', '2027-06-01', '--changed-since', 'HEAD', '.');
        expect(out).toMatch(/^REG-2026-0110\.rog:\d+:\d+ error provisional-surrender-deadline-missed /m);
        expect(code).toBe(1);
    });

    test('--changed-since with a declaration renamed in a changed file rechecks the files that used the old name', async () => {
        const dir = repo({ 'people.rog': PEOPLE, 'uses.rog': USES_P1 });
        write(dir, { 'people.rog': PEOPLE.replace('P-1', 'P-2') });
        const { out, code } = await rogatory(dir, 'check', '--changed-since', 'HEAD', '.');
        expect(code).toBe(1);
        expect(out).toMatch(/^uses\.rog:1:32 error unresolved-reference No person named P-1 is declared in the workspace/m);
    });

    test('--changed-since with a person declared again in a new file rechecks the warrant that names the person, in a file left unchanged', async () => {
        const dir = repo({ 'people.rog': PEOPLE, 'warrants.rog': 'warrant W-1 { person P-1 }\n' });
        write(dir, { 'more-people.rog': 'person P-1 { name "Another Person" }\n' });
        const { out, code } = await rogatory(dir, 'check', '--changed-since', 'HEAD', '.');
        expect(code).toBe(1);
        expect(out).toMatch(/^warrants\.rog:1:22 error reference-ambiguous P-1 is declared twice in the workspace \(person in line 1 of more-people\.rog; person in line 1 of people\.rog\): it is ambiguous which declaration this warrant names/m);
    });

    test('--changed-since finds an untracked file when the workspace is a folder inside the repository', async () => {
        const dir = repo({ 'requests/rogatory.json': '{}\n', 'requests/people.rog': PEOPLE });
        write(dir, { 'requests/new.rog': BROKEN });
        const { out, code } = await rogatory(path.join(dir, 'requests'), 'check', '--changed-since', 'HEAD', '.');
        expect(code).toBe(1);
        expect(out).toMatch(/^new\.rog:2:15 error unknown-provision /m);
    });

    test('--changed-since finds staged and committed changes in a folder of the repository whatever diff.relative is set to', async () => {
        // With diff.relative, git diff names files from the folder it runs in, not from the top of the repository.
        const dir = repo({ 'requests/rogatory.json': '{}\n', 'requests/people.rog': PEOPLE });
        execFileSync('git', ['-C', dir, 'config', 'diff.relative', 'true'], { stdio: 'pipe' });
        write(dir, { 'requests/new.rog': BROKEN });
        execFileSync('git', ['-C', dir, 'add', '-A'], { stdio: 'pipe' });
        const staged = await rogatory(path.join(dir, 'requests'), 'check', '--changed-since', 'HEAD', '.');
        expect(staged.out).toMatch(/^new\.rog:2:15 error unknown-provision /m);
        expect(staged.err).toMatch(/^1 file checked: /m);
        expect(staged.code).toBe(1);
        execFileSync('git', ['-C', dir, 'commit', '-qm', 'new'], { stdio: 'pipe' });
        const committed = await rogatory(path.join(dir, 'requests'), 'check', '--changed-since', 'HEAD~1', '.');
        expect(committed.out).toMatch(/^new\.rog:2:15 error unknown-provision /m);
        expect(committed.code).toBe(1);
    });

    test('--changed-since through a symbolic link to the workspace still finds the changed files', async () => {
        // Git names files from the repository's real path (/private/tmp on macOS, a linked checkout):
        // the files must still be matched to the documents loaded through the link, or nothing is checked.
        const dir = repo({ 'requests/rogatory.json': '{}\n', 'requests/people.rog': PEOPLE });
        write(dir, { 'requests/new.rog': BROKEN });
        const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-link-')), 'requests');
        dirs.push(path.dirname(link));
        fs.symlinkSync(path.join(dir, 'requests'), link);
        const { out, err, code } = await rogatory(path.dirname(link), 'check', '--changed-since', 'HEAD', 'requests');
        expect(out).toMatch(/^requests\/new\.rog:2:15 error unknown-provision /m);
        expect([code, err.trim()]).toEqual([1, expect.stringMatching(/^1 file checked: /)]);
    });

    test('--changed-since HEAD before the first commit (a pre-commit hook in a new repository) checks every staged and untracked file', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-ci-'));
        dirs.push(dir);
        execFileSync('git', ['-C', dir, 'init', '-q', '-b', 'main'], { stdio: 'pipe' });
        write(dir, { 'people.rog': PEOPLE, 'staged.rog': BROKEN.replace('OTP-2026-0002', 'OTP-2026-0003'), 'untracked.rog': BROKEN });
        execFileSync('git', ['-C', dir, 'add', 'people.rog', 'staged.rog'], { stdio: 'pipe' });
        const { out, err, code } = await rogatory(dir, 'check', '--format', 'json', '--changed-since', 'HEAD', '.');
        expect(err).not.toMatch(/--changed-since/);
        expect(code).toBe(1);
        const report = JSON.parse(out);
        expect(report.files).toBe(3);
        expect([...new Set(report.diagnostics.filter((d: { code: string }) => d.code === 'unknown-provision').map((d: { file: string }) => d.file))].sort())
            .toEqual(['staged.rog', 'untracked.rog']);
        // Another revision in a repository without commits is still unknown.
        expect((await rogatory(dir, 'check', '--changed-since', 'main~1', '.')).code).toBe(2);
    });

    test('--changed-since with an unknown revision is a usage error', async () => {
        const dir = repo({ 'people.rog': PEOPLE });
        const { code, err } = await rogatory(dir, 'check', '--changed-since', 'no-such-rev', '.');
        expect(code).toBe(2);
        expect(err.trim().split('\n')).toHaveLength(1);
        expect(err).toMatch(/^rogatory: --changed-since no-such-rev: no such commit in the git repository at [^,]*\n$/);
    });

    /** A repository whose branch `feature` forked from `main`, after which `main` fixed other.rog on its own. */
    function forked(): { dir: string; git: (...args: string[]) => string } {
        const dir = repo({ 'people.rog': PEOPLE, 'uses.rog': USES_P1, 'other.rog': BROKEN, 'gone.rog': PEOPLE.replace('P-1', 'P-9') });
        const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=ci@example.org', '-c', 'user.name=CI', ...args], { encoding: 'utf8', stdio: 'pipe' });
        git('checkout', '-qb', 'feature');
        write(dir, { 'uses.rog': USES_P1.replace('"Attacks"', '"Attacks in 2008"') });
        git('add', '-A');
        git('commit', '-qm', 'feature: the facts');
        git('checkout', '-q', 'main');
        write(dir, { 'other.rog': BROKEN.replace('art. 200, ', ''), 'main-only.rog': BROKEN.replace('OTP-2026-0002', 'OTP-2026-0009') });
        git('add', '-A');
        git('commit', '-qm', 'main: fixed other.rog, added main-only.rog');
        git('checkout', '-q', 'feature');
        return { dir, git };
    }
    const checkedFiles = async (dir: string, rev: string) => {
        const { out, code } = await rogatory(dir, 'check', '--format', 'json', '--changed-since', rev, '.');
        const report = JSON.parse(out);
        return { code, files: report.files, reported: [...new Set(report.diagnostics.map((d: { file: string }) => d.file))].sort() };
    };

    test('--changed-since main on a branch checks what the branch changed since it forked, not what main changed since', async () => {
        // A plain branch checkout (GitLab, a developer, `--changed-since origin/main`): other.rog, fixed on main
        // after the branch forked and untouched by the branch, is no change of the branch and is not checked.
        const { dir, git } = forked();
        expect(await checkedFiles(dir, 'main')).toEqual({ code: 0, files: 2, reported: ['uses.rog'] });
        // Uncommitted and untracked changes still count, on top of the branch's commits.
        write(dir, { 'people.rog': 'person P-1 { name "A. Person" born 1970-01-01 }\n', 'new.rog': BROKEN.replace('OTP-2026-0002', 'OTP-2026-0005') });
        const dirty = await checkedFiles(dir, 'main');
        expect(dirty).toEqual({ code: 1, files: 3, reported: ['new.rog', 'uses.rog'] });
        // A detached HEAD at the same commit (CI checkouts of a commit) forks at the same place.
        git('checkout', '-q', '--detach');
        expect(await checkedFiles(dir, 'main')).toEqual(dirty);
        // main an ancestor of HEAD (GitHub's pull_request merge commit, whose first parent is the base): main itself.
        git('checkout', '-q', 'main');
        git('checkout', '-q', '-b', 'merged');
        git('merge', '-q', '--no-ff', '--no-edit', 'feature');
        expect(await checkedFiles(dir, 'main')).toEqual({ code: 1, files: 3, reported: ['new.rog', 'uses.rog'] });
    });

    test('--changed-since main on a branch: files the branch renamed or deleted since it forked recheck what used them', async () => {
        const { dir, git } = forked();
        git('mv', 'people.rog', 'persons.rog');
        write(dir, { 'persons.rog': PEOPLE.replace('P-1', 'P-2') });
        git('rm', '-q', 'gone.rog');
        git('add', '-A');
        git('commit', '-qm', 'feature: renamed P-1, deleted gone.rog');
        const { out, code } = await rogatory(dir, 'check', '--changed-since', 'main', '.');
        expect(out).toMatch(/^uses\.rog:1:32 error unresolved-reference No person named P-1 is declared in the workspace/m);
        expect(out).not.toMatch(/^(other|main-only)\.rog:/m);
        expect(code).toBe(1);
    });

    test('--changed-since a branch with no common history with HEAD is a usage error, not an empty check', async () => {
        const { dir, git } = forked();
        git('checkout', '-q', '--orphan', 'unrelated');
        // A branch with no commit yet has no merge base with any revision either (HEAD itself is the empty tree).
        const unborn = await rogatory(dir, 'check', '--changed-since', 'feature', '.');
        expect([unborn.code, unborn.err]).toEqual([2, `rogatory: --changed-since feature: HEAD has no commit yet in the git repository at ${fs.realpathSync(dir)}, so it has no merge base with feature\n`]);
        git('commit', '-qm', 'unrelated');
        const { code, err } = await rogatory(dir, 'check', '--changed-since', 'feature', '.');
        expect(code).toBe(2);
        expect(err).toBe(`rogatory: --changed-since feature: feature and HEAD have no common ancestor in the git repository at ${fs.realpathSync(dir)}\n`);
    });

    test('--changed-since the base branch in a shallow clone without the fork point says to fetch more history', async () => {
        const { dir: origin } = forked();
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-shallow-'));
        dirs.push(dir);
        // Each branch fetched with its last commit only: origin/main is there, where feature forked from it is not.
        execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${origin}`, dir], { stdio: 'pipe' });
        const { code, err } = await rogatory(dir, 'check', '--changed-since', 'origin/main', '.');
        expect(code).toBe(2);
        expect(err).toBe(`rogatory: --changed-since origin/main: origin/main and HEAD have no common ancestor in the git repository at ${fs.realpathSync(dir)}, a shallow clone: fetch the history back to where the branch forked (git fetch --deepen=100 origin, or --unshallow; fetch-depth: 0 in actions/checkout)\n`);
        execFileSync('git', ['-C', dir, 'fetch', '-q', '--deepen=1', 'origin'], { stdio: 'pipe' });
        expect(await checkedFiles(dir, 'origin/main')).toEqual({ code: 0, files: 2, reported: ['uses.rog'] });
    });

    test('--changed-since a commit a shallow clone does not have says to fetch it', async () => {
        const origin = repo({ 'people.rog': PEOPLE });
        write(origin, { 'a.rog': USES_P1 });
        execFileSync('git', ['-C', origin, 'add', '-A'], { stdio: 'pipe' });
        execFileSync('git', ['-C', origin, '-c', 'user.email=ci@example.org', '-c', 'user.name=CI', 'commit', '-qm', 'second'], { stdio: 'pipe' });
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-shallow-'));
        dirs.push(dir);
        // As CI checkouts are by default: the last commit only.
        execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, dir], { stdio: 'pipe' });
        const { code, err } = await rogatory(dir, 'check', '--changed-since', 'HEAD~1', '.');
        expect(code).toBe(2);
        expect(err).toBe(`rogatory: --changed-since HEAD~1: no such commit in the git repository at ${fs.realpathSync(dir)}, a shallow clone: fetch the history it needs (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n`);
    });
});
