import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-bench-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const node = (...args: string[]) => execFileSync(process.execPath, args, { cwd: repo, encoding: 'utf8' });

// `npm run bench` is run by hand, not by CI: its scripts must not rot unseen when the commands'
// APIs change (the register's result did once). A small synthetic workspace, each measurement once.
test('the benchmark scripts write a workspace and measure every task on it', () => {
    const workspace = path.join(dir, 'ws-20');
    node('scripts/bench/make-workspace.mjs', '20', workspace);
    for (const task of ['check', 'parse', 'parse-keep', 'register']) {
        const result = JSON.parse(node('scripts/bench/measure.mjs', task, workspace));
        expect(result.task).toBe(task);
        expect(result.files, task).toBe(task === 'register' ? 20 : 22);
        expect(result.ms).toBeGreaterThan(0);
    }
    // The editor's latencies, through a language server with the workspace open.
    const latency = JSON.parse(node('scripts/bench/lsp-latency.mjs', workspace, '2'));
    expect(latency.openFiles).toBe(22);
    expect(latency.completion.offersKenya).toBe(true);
    expect(latency.diagnostics.p95).toBeGreaterThan(0);
}, 60_000);
