import { spawn } from 'node:child_process';
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
