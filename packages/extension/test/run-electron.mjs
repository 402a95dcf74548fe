#!/usr/bin/env node
// Runs the extension's test suite with @vscode/test-electron, on machines that can download
// VS Code (it cannot here: see run-code-server.mjs, which runs the same suite in the VS Code
// that code-server bundles). Same suite, same results file, same summary line.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const extension = path.join(repo, 'packages/extension');
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: extension, stdio: 'inherit' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true });
fs.writeFileSync(path.join(workspace, 'rogatory.json'), '{ "exclude": ["invalid/**"] }\n');
const results = path.join(tmp, 'results.json');
try {
    await runTests({
        extensionDevelopmentPath: extension,
        extensionTestsPath: path.join(extension, 'dist-test/index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
        extensionTestsEnv: { ROGATORY_TEST_RESULTS: results }
    });
} catch (error) {
    console.error(String(error));
}
const report = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, 'utf8')) : { passed: 0, failed: 1, results: [] };
for (const r of report.results) console.log(`${r.state === 'passed' ? '✓' : '✗'} ${r.title}`);
console.log(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed === 0 ? 0 : 1);
