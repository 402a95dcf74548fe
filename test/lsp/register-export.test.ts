import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStdioServer, type StdioServer } from './stdio-client.js';

/**
 * The editor's "Export register" as the language server answers it (`rogatory/exportRegister`): the report is what
 * `rogatory register` prints in the folder, file names relative to it, written into the export folder as
 * register-<date>.<format> (the extension's side: test/extension/commands.test.ts).
 */
type Result = { file?: string; asOf?: string; requests?: number; syntaxErrors?: string[]; error?: string };
const cli = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
let dir: string;
let server: StdioServer;
const exportRegister = (params: Record<string, unknown>) => server.connection.sendRequest<Result>('rogatory/exportRegister', params);

beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-register-export-')));
    fs.cpSync(path.resolve(__dirname, '../../examples'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'rogatory.json'), '{ "exclude": ["invalid/**"] }');
    // A file read only in part: named in the report, relative to the folder.
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, 'drafts', 'half.rog'), 'request OTP-2026-0990 {\n  dated 2026-10-01\n  to State "Kenya"\n  classification confidential\n  purpose "unfinished\n}\n');
    server = await startStdioServer(dir, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, () => undefined);
});

afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('Export register (rogatory/exportRegister)', () => {
    test('the report is what `rogatory register --at` prints in the workspace folder, in each format, file names relative to it', async () => {
        const outDir = path.join(dir, 'build', 'documents');
        for (const format of ['html', 'csv', 'json'] as const) {
            const result = await exportRegister({ format, folder: dir, outDir, asOf: '2026-10-20' });
            const file = path.join(outDir, `register-2026-10-20.${format}`);
            expect(result, format).toEqual({ file, asOf: '2026-10-20', requests: expect.any(Number), syntaxErrors: ['drafts/half.rog'] });
            expect(result.requests, format).toBeGreaterThan(20);
            const printed = spawnSync(process.execPath, [cli, 'register', '--format', format, '--at', '2026-10-20'], { cwd: dir, encoding: 'utf8' });
            expect(printed.status).toBe(0);
            const report = fs.readFileSync(file, 'utf8');
            expect(report, format).toBe(printed.stdout);
            // Nothing of where the folder is on the officer's machine.
            expect(report.includes(dir), format).toBe(false);
        }
        const csv = fs.readFileSync(path.join(outDir, 'register-2026-10-20.csv'), 'utf8');
        expect(csv).toMatch(/^\uFEFFreference,kind,/);
        expect(csv).toContain(',assistance/OTP-2026-0201-evidence-and-records.rog,\n');
        expect(csv).toContain(',drafts/half.rog,yes\n');
        const html = fs.readFileSync(path.join(outDir, 'register-2026-10-20.html'), 'utf8');
        expect(html).toContain('<p class="classification">UNDER SEAL');
        expect(html).toContain('<code>drafts/half.rog</code>');
        // Written atomically: no temporary file left beside the reports.
        expect(fs.readdirSync(outDir).sort()).toEqual(['register-2026-10-20.csv', 'register-2026-10-20.html', 'register-2026-10-20.json']);
    });

    test('the register of one folder (a root of a multi-root workspace): its files alone, named from it, as `rogatory register` run there with the workspace as --root', async () => {
        const folder = path.join(dir, 'follow-up');
        const result = await exportRegister({ format: 'json', folder, outDir: path.join(folder, 'reports'), asOf: '2026-10-20' });
        expect(result.error).toBeUndefined();
        const printed = spawnSync(process.execPath, [cli, 'register', '.', '--root', dir, '--format', 'json', '--at', '2026-10-20'], { cwd: folder, encoding: 'utf8' });
        expect(printed.status).toBe(0);
        expect(fs.readFileSync(result.file!, 'utf8')).toBe(printed.stdout);
        const rows = (JSON.parse(printed.stdout) as { rows: Array<{ file: string }> }).rows;
        expect(rows.map(r => r.file).sort()).toEqual(fs.readdirSync(folder).filter(f => f.endsWith('.rog')).sort());
        expect(result.syntaxErrors).toEqual([]);
    });

    test('as of the checks\' day when the date given is none; a register of the same date replaced, its permissions kept', async () => {
        const outDir = path.join(dir, 'again');
        const today = await exportRegister({ format: 'csv', folder: dir, outDir, asOf: '2026-02-30' });
        expect(today.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
        expect(today.file).toBe(path.join(outDir, `register-${today.asOf}.csv`));
        fs.writeFileSync(today.file!, 'an earlier register');
        fs.chmodSync(today.file!, 0o600);
        const again = await exportRegister({ format: 'csv', folder: dir, outDir, asOf: today.asOf });
        expect(again.file).toBe(today.file);
        expect(fs.readFileSync(today.file!, 'utf8')).toMatch(/^\uFEFFreference,/);
        expect(fs.statSync(today.file!).mode & 0o777).toBe(0o600);
    });

    test('a folder that holds no request: the register, empty, is written all the same', async () => {
        const folder = path.join(dir, 'nothing-here');
        fs.mkdirSync(folder);
        const result = await exportRegister({ format: 'html', folder, outDir: path.join(folder, 'out'), asOf: '2026-10-20' });
        expect(result).toMatchObject({ requests: 0, syntaxErrors: [] });
        expect(fs.readFileSync(result.file!, 'utf8')).toContain('As of 2026-10-20: 0 requests, 0 open, 0 overdue.');
    });

    test('rows the register cannot order (one reference, one date, in two files) in the CLI\'s order, though the server read the files in another', async () => {
        const folder = path.join(dir, 'twice');
        const request = (state: string) => `request OTP-2026-0777 {\n  dated 2026-03-02\n  to State "${state}"\n}\n`;
        fs.mkdirSync(folder);
        fs.writeFileSync(path.join(folder, 'b.rog'), request('Kenya'));
        server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${folder}/b.rog`, type: 1 }] });
        const seen = async (count: number) => {
            const end = Date.now() + 20_000;
            while (Date.now() < end) {
                const { rows } = await server.connection.sendRequest<{ rows: Array<{ reference: string }> }>('rogatory/register', {});
                if (rows.filter(r => r.reference === 'OTP-2026-0777').length === count) return;
                await new Promise(resolve => setTimeout(resolve, 50));
            }
        };
        await seen(1);
        // Created after b.rog, so read after it; named before it.
        fs.writeFileSync(path.join(folder, 'a.rog'), request('Uganda'));
        server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${folder}/a.rog`, type: 1 }] });
        await seen(2);
        const result = await exportRegister({ format: 'csv', folder, outDir: path.join(folder, 'out'), asOf: '2026-10-20' });
        const printed = spawnSync(process.execPath, [cli, 'register', '.', '--root', dir, '--format', 'csv', '--at', '2026-10-20'], { cwd: folder, encoding: 'utf8' });
        expect(printed.stdout.split('\n').slice(1, 3).map(line => line.split(',')[3])).toEqual(['Uganda', 'Kenya']);
        expect(fs.readFileSync(result.file!, 'utf8')).toBe(printed.stdout);
    });

    test('refusals, each one sentence, nothing thrown: a folder that cannot be made, a folder or link in the report\'s place, a folder outside, no format', async () => {
        fs.writeFileSync(path.join(dir, 'blocked'), 'a file where the folder should be');
        expect(await exportRegister({ format: 'csv', folder: dir, outDir: path.join(dir, 'blocked', 'registers'), asOf: '2026-10-20' })).toEqual({
            error: "the register as of 2026-10-20 was not exported: cannot create the folder 'blocked': a file of that name is in the way; move that file away, or choose another folder in the setting rogatory.export.folder, then export again"
        });
        const outDir = path.join(dir, 'occupied');
        fs.mkdirSync(path.join(outDir, 'register-2026-10-20.html'), { recursive: true });
        fs.symlinkSync(os.tmpdir(), path.join(outDir, 'register-2026-10-20.csv'));
        expect(await exportRegister({ format: 'html', folder: dir, outDir, asOf: '2026-10-20' })).toEqual({
            error: "the register as of 2026-10-20 was not exported: 'register-2026-10-20.html' exists and is not a regular file"
        });
        expect((await exportRegister({ format: 'csv', folder: dir, outDir, asOf: '2026-10-20' })).error).toMatch(/'register-2026-10-20\.csv' exists and is not a regular file$/);
        expect(fs.lstatSync(path.join(outDir, 'register-2026-10-20.csv')).isSymbolicLink()).toBe(true);
        expect((await exportRegister({ format: 'csv', folder: dir, outDir: path.dirname(dir), asOf: '2026-10-20' })).error).toMatch(/^the register is exported only inside the workspace folder/);
        expect((await exportRegister({ format: 'pdf', folder: dir, outDir, asOf: '2026-10-20' })).error).toBe('the register cannot be exported: give a format (csv, json, html), a workspace folder and an export folder.');
        expect(server.exitCode()).toBeNull();
    });
});
