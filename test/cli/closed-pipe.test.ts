import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
const repo = path.resolve(__dirname, '../..');

/** Runs the built `rogatory` into `head -c 1`, which closes the pipe after one byte; its exit code is the CLI's. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number; stderr: string }> {
    return new Promise(resolve => {
        const command = [process.execPath, bin, ...args].map(a => `'${a}'`).join(' ');
        const child = spawn('bash', ['-c', `${command} | head -c 1 > /dev/null; exit "\${PIPESTATUS[0]}"`], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', d => stderr += d);
        child.on('close', code => resolve({ code: code ?? -1, stderr }));
    });
}

// `rogatory check examples/invalid | head` must not end in a Node stack trace (EPIPE), and the
// exit code still says whether there were errors.
describe('output into a pipe closed early', () => {
    test('rules: no stack trace, exit code 0', async () => {
        const { code, stderr } = await runIntoClosedPipe(['rules', '--format', 'json']);
        expect(stderr).not.toMatch(/EPIPE|at .*\(node:|Error/);
        expect(code).toBe(0);
    });

    test('check with errors: no stack trace, exit code 1', async () => {
        const { code, stderr } = await runIntoClosedPipe(['check', 'examples/invalid', '--format', 'json', '--at', '2026-12-01']);
        expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
        expect(code).toBe(1);
    });
});

/** Runs the built `rogatory` with its standard output on /dev/full, where every write fails with ENOSPC. */
function runOntoFullDisk(args: string[]): Promise<{ code: number; stderr: string }> {
    return new Promise(resolve => {
        const command = [process.execPath, bin, ...args].map(a => `'${a}'`).join(' ');
        const child = spawn('bash', ['-c', `${command} > /dev/full`], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', d => stderr += d);
        child.on('close', code => resolve({ code: code ?? -1, stderr }));
    });
}

// `rogatory check . --format sarif > rogatory.sarif` on a full disk ended in a Node stack trace and exit 1,
// which a CI gate reads as "errors found", with a truncated report; `rules` too, exit 1.
describe.skipIf(!fs.existsSync('/dev/full'))('output onto a full disk (Linux\'s /dev/full)', () => {
    test.each([
        [['check', 'examples/invalid/channel-missing.rog', '--format', 'sarif', '--at', '2026-12-01']],
        [['check', 'examples/transit', '--format', 'json', '--at', '2026-12-01']],
        [['rules']]
    ])('%j: one line that the output is incomplete, exit code 2', async args => {
        const { code, stderr } = await runOntoFullDisk(args);
        expect(stderr).not.toMatch(/ENOSPC|at .*\(|Error/);
        expect(stderr.split('\n').filter(l => l.startsWith('rogatory: '))).toEqual(['rogatory: cannot write to the standard output: no space left on the device; what was written there is incomplete']);
        expect(code).toBe(2);
    });
});
