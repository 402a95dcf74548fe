import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Neovim's built-in LSP client, an editor independent of this project's code, drives the
 * standalone server (`rogatory-language-server --stdio`) through test/lsp/neovim/harness.lua:
 * it opens a file of a workspace on disk, waits for its diagnostics, completes a State name,
 * hovers a provision, shuts the server down, and writes what it received as JSON.
 *
 * Needs Debian's `neovim` (0.7.2; scripts/ensure-system-packages.sh installs it). Without it the
 * test is skipped on a developer's machine, and fails in CI (CI set), where it must run.
 */
const HAS_NVIM = spawnSync('sh', ['-c', 'command -v nvim']).status === 0;
const SKIP_WITHOUT_NVIM = !HAS_NVIM && !process.env.CI;

const harness = path.resolve(__dirname, 'neovim/harness.lua');
const server = path.resolve(__dirname, '../../packages/language/bin/server.js');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-nvim-'));

afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

interface HarnessResult {
    nvim: string;
    error?: string;
    server_capabilities?: { completion: boolean; hover: boolean; rename: boolean };
    diagnostics?: Array<{ code?: string; line: number; col: number; message: string; severity: number }>;
    completion?: Array<{ label: string; detail?: string }>;
    hover?: string;
    stopped?: boolean;
    exit_code?: number;
}

function runNeovim(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise(resolve => {
        execFile('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${harness}`], {
            // The server needs Node >= 22: the Node running this test (npx/npm run put Node 24 first).
            env: { ...process.env, ...env }, timeout: 90_000, killSignal: 'SIGKILL', cwd: workspace
        }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
    });
}

describe.skipIf(SKIP_WITHOUT_NVIM)('Neovim as the LSP client of rogatory-language-server --stdio', () => {
    const text = 'request OTP-2026-0001 {\n  dated 2026-11-22\n  to State "Ke"\n  person P-Nvim as witness\n  legal-basis art. 93(1)(b), art. 96(2)(g)\n}\n';
    let result: HarnessResult;

    test('runs the harness to the end', async () => {
        expect(HAS_NVIM, 'nvim is not installed (Debian package neovim; scripts/ensure-system-packages.sh installs it)').toBe(true);
        expect(fs.existsSync(server), `${server} is missing: run npm run build`).toBe(true);
        fs.writeFileSync(path.join(workspace, 'people.rog'), 'person P-Nvim { name "Neovim Person" }\n');
        fs.writeFileSync(path.join(workspace, 'request.rog'), text);
        const output = path.join(workspace, 'result.json');
        const run = await runNeovim({
            ROGATORY_NODE: process.execPath,
            ROGATORY_SERVER: server,
            ROGATORY_WORKSPACE: workspace,
            ROGATORY_FILE: path.join(workspace, 'request.rog'),
            ROGATORY_RESULT: output,
            ROGATORY_COMPLETE_AT: '2:14', // to State "Ke|"
            ROGATORY_HOVER_AT: '4:22' // legal-basis art. 93(1|)(b)
        });
        expect(fs.existsSync(output), `the harness wrote no result (exit ${run.code}): ${run.stderr}${run.stdout}`).toBe(true);
        result = JSON.parse(fs.readFileSync(output, 'utf8')) as HarnessResult;
        expect(result.error, 'error in the harness').toBeUndefined();
        expect(run.code).toBe(0);
        expect(result.nvim).toMatch(/^0\.(?:[7-9]|\d\d)\.|^[1-9]\d*\./);
        expect(result.server_capabilities).toEqual({ completion: true, hover: true, rename: true });
    });

    test('shows the diagnostics, with their codes and lines, linked across the workspace', () => {
        expect(result?.diagnostics, 'no result from the harness').toBeDefined();
        const unknown = result.diagnostics!.find(d => d.code === 'unknown-provision');
        expect(unknown).toMatchObject({ line: 4, col: 29, message: 'art. 96(2)(g) does not exist. It has: (a), (b), (c), (d), (e), (f).', severity: 1 });
        // P-Nvim is declared in people.rog, which the server loaded from the workspace folder.
        expect(result.diagnostics!.filter(d => d.code === 'unresolved-reference').map(d => [d.line, d.message]))
            .toEqual([[2, 'No State named "Ke" in the built-in list: did you mean "Kenya"?']]);
    });

    test('completes a State name', () => {
        expect(result?.completion, 'no result from the harness').toBeDefined();
        expect(result.completion!.find(i => i.label === 'Kenya')).toEqual({ label: 'Kenya', detail: 'State Party since 2005-06-01; dates NOT VERIFIED' });
        expect(result.completion!).toHaveLength(196);
    });

    test('hovers a provision with its verbatim text', () => {
        expect(result?.hover, 'no result from the harness').toBeDefined();
        expect(result.hover).toBe('**art. 93(1)(b)** — Other forms of cooperation · Rome Statute\n\n'
            + '> (b) The taking of evidence, including testimony under oath, and the production of evidence, including expert opinions and reports necessary to the Court;');
    });

    test('shuts the server down cleanly', () => {
        expect(result?.stopped).toBe(true);
        expect(result.exit_code).toBe(0);
    });
});
