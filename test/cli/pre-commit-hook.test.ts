import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/ci.md'), 'utf8');

/** The hook of docs/ci.md as written there, with `npx --no-install rogatory` standing for this clone's built CLI. */
function documentedHook(): string {
    const section = docs.slice(docs.indexOf('## Pre-commit hook'));
    const script = /```sh\n([\s\S]*?)```/.exec(section)![1];
    expect(script).toMatch(/^#!\/bin\/sh\n/);
    return script.replaceAll('npx --no-install rogatory', `'${process.execPath}' '${bin}'`);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

const PEOPLE = 'person P-1 {\n  name "A. Person"\n}\n';
const REQUEST = (legalBasis: string) => 'request OTP-2026-0001 {\n  kind assistance art. 93(1)(i)\n  from Prosecutor\n  situation ICC-01/04\n'
    + '  to State "Kenya" via diplomatic-channel\n  language English\n  classification public\n  dated 2026-11-22\n'
    + `  person P-1\n  purpose "Records"\n  grounds "Held there"\n  facts "Attacks"\n  legal-basis ${legalBasis}\n  national-requirements none-known\n}\n`;

function repository(): { dir: string; git: (...args: string[]) => string; commit: (message: string) => number } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-hook-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'clerk@example.org');
    git('config', 'user.name', 'Clerk');
    fs.writeFileSync(path.join(dir, 'people.rog'), PEOPLE);
    fs.writeFileSync(path.join(dir, 'request.rog'), REQUEST('art. 93(1)(i), art. 96(1)'));
    git('add', '-A');
    git('commit', '-qm', 'base');
    // Installed as docs/ci.md says: .git/hooks/pre-commit, executable.
    fs.writeFileSync(path.join(dir, '.git/hooks/pre-commit'), documentedHook(), { mode: 0o755 });
    const commit = (message: string) => spawnSync('git', ['-C', dir, 'commit', '-qm', message], { encoding: 'utf8', env: { ...process.env, CI: 'true' } }).status ?? -1;
    return { dir, git, commit };
}

describe('the pre-commit hook of docs/ci.md', () => {
    test('lets a good change through and refuses one with errors', () => {
        const { dir, git, commit } = repository();
        fs.writeFileSync(path.join(dir, 'request.rog'), `// Records held by the national archive.\n${REQUEST('art. 93(1)(i), art. 96(1)')}`);
        git('add', 'request.rog');
        expect(commit('good')).toBe(0);
        fs.writeFileSync(path.join(dir, 'request.rog'), REQUEST('art. 200'));
        git('add', 'request.rog');
        expect(commit('bad')).not.toBe(0);
        expect(git('log', '--format=%s')).toBe('good\nbase\n');
    });

    test('refuses a commit whose staged request has errors though the working tree has none', () => {
        // What is committed is what is staged; the check reads the working tree.
        const { dir, git, commit } = repository();
        fs.writeFileSync(path.join(dir, 'request.rog'), REQUEST('art. 200'));
        git('add', 'request.rog');
        fs.writeFileSync(path.join(dir, 'request.rog'), REQUEST('art. 93(1)(i), art. 96(1)'));
        expect(commit('staged with an error')).not.toBe(0);
        expect(git('log', '--format=%s')).toBe('base\n');
    });

    test('with --amend, the files the amended commit holds are not checked again; the command docs/ci.md gives for that does', () => {
        const { dir, git } = repository();
        fs.writeFileSync(path.join(dir, 'request.rog'), REQUEST('art. 200'));
        git('add', 'request.rog');
        git('commit', '-q', '--no-verify', '-m', 'past the hook');
        // Amending the message only: nothing staged, nothing for the hook to check.
        const amend = spawnSync('git', ['-C', dir, 'commit', '-q', '--amend', '-m', 'amended'], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
        expect(amend.status).toBe(0);
        expect(git('log', '--format=%s')).toBe('amended\nbase\n');
        const command = /`npx rogatory (check \. --changed-since HEAD~1[^`]*)`/.exec(docs.slice(docs.indexOf('## Pre-commit hook')))?.[1];
        expect(command).toBe('check . --changed-since HEAD~1 --max-warnings 0');
        const check = spawnSync(process.execPath, [bin, ...command!.split(' ')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
        expect(check.status).toBe(1);
        expect(check.stdout).toMatch(/^request\.rog:\d+:\d+ error unknown-provision The Rome Statute has no article 200 /m);
    });
});
