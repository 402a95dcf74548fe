import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { rogatory } from '../cli-runner.js';
import { startStdioServer, type StdioServer } from './stdio-client.js';
import { IDLE_RECHECK_MS } from '../../packages/language/src/lsp/idle-recheck.js';

/**
 * The language server and `rogatory check` agree: after a sequence of edits, deletes and renames
 * driven over stdio as an editor does, what the server last published for each file it checked is
 * what the CLI reports for the same files on disk (code and line).
 */
let server: StdioServer;
let connection: MessageConnection;
let workspace: string;
const published = new Map<string, Array<{ code?: string; range: { start: { line: number } } }>>();
let version = 1;

const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).toString();

beforeAll(async () => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-agree-')));
    fs.mkdirSync(path.join(workspace, '.git'));
    server = await startStdioServer(workspace, { textDocument: { publishDiagnostics: {} }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
        params => published.set(params.uri, params.diagnostics));
    connection = server.connection;
});

afterAll(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
});

/** Waits until the server has handled everything sent so far (a request queued behind them), and its builds have settled. */
async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
        await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf('.settle.rog') } }).catch(() => undefined);
        await new Promise(resolve => setTimeout(resolve, 300));
    }
}

function open(name: string, text: string): void {
    fs.writeFileSync(path.join(workspace, name), text);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'rogatory', version: version++, text } });
}

function edit(name: string, text: string): void {
    fs.writeFileSync(path.join(workspace, name), text);
    connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(name), version: version++ }, contentChanges: [{ text }] });
}

function close(name: string): void {
    connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(name) } });
}

/** A file written or deleted on disk, as the editor's file watcher reports it (1 created, 2 changed, 3 deleted). */
function onDisk(name: string, text: string | undefined): void {
    const file = path.join(workspace, name);
    const existed = fs.existsSync(file);
    if (text === undefined) fs.rmSync(file);
    else fs.writeFileSync(file, text);
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: text === undefined ? 3 : existed ? 2 : 1 }] });
}

const findings = (list: Array<{ code?: string; range: { start: { line: number } } }>) =>
    list.map(d => `${d.code}@${d.range.start.line + 1}`).sort();

/** What the server last published for each file now on disk, beside what `rogatory check` reports for it. */
async function compare(): Promise<{ server: Record<string, string[]>; cli: Record<string, string[]> }> {
    await settle();
    const { out } = await rogatory(workspace, 'check', '--format', 'json', '.');
    const report = JSON.parse(out) as { diagnostics: Array<{ file: string; code: string; range: { start: { line: number } } }> };
    const server: Record<string, string[]> = {};
    const cli: Record<string, string[]> = {};
    for (const name of fs.readdirSync(workspace).filter(f => f.endsWith('.rog'))) {
        const mine = published.get(uriOf(name));
        if (!mine) continue; // never checked by the server (a closed file no edit touched)
        server[name] = findings(mine);
        cli[name] = findings(report.diagnostics.filter(d => d.file === name).map(d => ({ code: d.code, range: { start: { line: d.range.start.line - 1 } } })));
    }
    // A file deleted from disk keeps no finding in the editor.
    for (const [uri, list] of published) {
        if (list.length > 0 && !fs.existsSync(new URL(uri))) server[uri] = findings(list);
    }
    return { server, cli };
}

describe('language server and CLI agree', () => {
    test('"Check workspace" checks again a file already checked, against the workspace as it is now', async () => {
        open('first.rog', 'person P-First { name "A" }\n');
        close('first.rog');
        await settle();
        expect(published.get(uriOf('first.rog'))).toEqual([]);
        // Another file declares the same name: first.rog, which does not refer to it, is not checked again at once.
        onDisk('second.rog', 'person P-First { name "B" }\n');
        await settle();
        const result = await connection.sendRequest<{ errors: number }>('rogatory/checkWorkspace');
        const { server, cli } = await compare();
        expect(server['first.rog']).toEqual(['declaration-duplicate-name@1']);
        expect(server).toEqual(cli);
        expect(result.errors).toBe(2);
        onDisk('second.rog', undefined);
        await connection.sendRequest('rogatory/checkWorkspace');
    });

    test('a closed file is checked again once the edits have settled', async () => {
        open('closed-a.rog', 'person P-Closed { name "A" }\n');
        close('closed-a.rog');
        await settle();
        expect(published.get(uriOf('closed-a.rog'))).toEqual([]);
        // An open file declares the same name: closed-a.rog does not refer to it, and is not open.
        open('closed-b.rog', 'person P-Closed { name "B" }\n');
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        let { server, cli } = await compare();
        expect(server['closed-a.rog']).toEqual(['declaration-duplicate-name@1']);
        expect(server).toEqual(cli);
        // Renamed in the open file: the closed one's error goes too.
        edit('closed-b.rog', 'person P-Open { name "B" }\n');
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        ({ server, cli } = await compare());
        expect(server['closed-a.rog']).toEqual([]);
        expect(server).toEqual(cli);
        close('closed-b.rog');
        onDisk('closed-b.rog', undefined);
        onDisk('closed-a.rog', undefined);
        await settle();
    });

    test('a closed file is checked again even if a file the workspace leaves out changes as the edits settle', async () => {
        open('idle-a.rog', 'person P-Idle { name "A" }\n');
        close('idle-a.rog');
        await settle();
        expect(published.get(uriOf('idle-a.rog'))).toEqual([]);
        // No file is open. Another file on disk declares the same name; then a file that is not a .rog
        // file changes (the watcher reports every file): that update checks no file.
        onDisk('idle-b.rog', 'person P-Idle { name "B" }\n');
        await settle();
        onDisk('notes.txt', 'Not a request.\n');
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        const { server, cli } = await compare();
        expect(server['idle-a.rog']).toEqual(['declaration-duplicate-name@1']);
        expect(server).toEqual(cli);
        onDisk('idle-b.rog', undefined);
        onDisk('idle-a.rog', undefined);
        onDisk('notes.txt', undefined);
        await settle();
    });

    test('a closed provisional arrest is judged again when the open request for surrender that follows it changes', async () => {
        // REG-2026-0110 does not refer to REG-2026-0111; the request for surrender names it in `follows`.
        const example = (file: string) => fs.readFileSync(path.join(__dirname, '../../examples', file), 'utf8');
        onDisk('surrender-declarations.rog', example('declarations/surrender.rog'));
        onDisk('REG-2026-0110.rog', example('provisional-arrest/REG-2026-0110.rog'));
        const onTime = example('arrest-and-surrender/REG-2026-0111.rog');
        open('REG-2026-0111.rog', onTime);
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        let { server, cli } = await compare();
        expect(server['REG-2026-0110.rog']).not.toContain('provisional-surrender-deadline-missed@26');
        expect(server).toEqual(cli);
        // Received 67 days after the arrest: rule 188's 60 days are missed, which the provisional arrest reports.
        edit('REG-2026-0111.rog', onTime.replace('status received 2026-10-30', 'status received 2026-11-20'));
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        ({ server, cli } = await compare());
        expect(server['REG-2026-0110.rog']).toContain('provisional-surrender-deadline-missed@26');
        expect(server).toEqual(cli);
        close('REG-2026-0111.rog');
        for (const file of ['REG-2026-0111.rog', 'REG-2026-0110.rog', 'surrender-declarations.rog']) onDisk(file, undefined);
        await settle();
    });

    test('a file closed without saving is read again from the disk; one never saved leaves the workspace', async () => {
        onDisk('kept.rog', 'person P-Kept { name "B" }\n');
        open('draft.rog', 'person P-Draft { name "A" }\n');
        // Typed, not saved: the name is now the other file's.
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf('draft.rog'), version: version++ }, contentChanges: [{ text: 'person P-Kept { name "A" }\n' }] });
        await settle();
        expect(findings(published.get(uriOf('draft.rog'))!)).toEqual(['declaration-duplicate-name@1']);
        close('draft.rog'); // the editor discards the change
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500)); // kept.rog, closed, is checked again
        let { server, cli } = await compare();
        expect(server['draft.rog']).toEqual([]);
        expect(server).toEqual(cli);
        // A file created in the editor and closed without ever being saved.
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('never-saved.rog'), languageId: 'rogatory', version: version++, text: 'person P-Kept { name "C" }\n' } });
        await settle();
        close('never-saved.rog');
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        ({ server, cli } = await compare());
        expect(published.get(uriOf('never-saved.rog'))).toEqual([]);
        expect(server).toEqual(cli);
        onDisk('kept.rog', undefined);
        onDisk('draft.rog', undefined);
        await settle();
    });

    test('a suppression is judged again when the file it depends on changes', async () => {
        const warrant = (classification: string) => 'person P-Sealed { name "Sealed Person" }\n'
            + `warrant W-Sealed { number ICC-01/09-01/26-12 issued 2026-03-01 by "Pre-Trial Chamber II" person P-Sealed crimes "Murder" facts "Facts." classification ${classification} }\n`;
        open('sealed-warrant.rog', warrant('under-seal'));
        open('sealed-request.rog', 'request REG-2026-0462 {\n  kind arrest-and-surrender\n  classification confidential\n  dated 2026-07-01\n  warrant W-Sealed\n'
            + '  suppress classification-below-material "Order ICC-01/09-01/26-20 authorises a confidential request."\n}\n');
        let { server, cli } = await compare();
        expect(server['sealed-request.rog']).not.toContain('suppression-unused@6');
        expect(server).toEqual(cli);
        // The warrant is no longer under seal: the request no longer breaks the rule, and its suppression silences nothing.
        edit('sealed-warrant.rog', warrant('confidential'));
        ({ server, cli } = await compare());
        expect(cli['sealed-request.rog']).toContain('suppression-unused@6');
        expect(server).toEqual(cli);
    });

    test('open files agree after each edit, delete and rename, whether or not they refer to the file changed', async () => {
        open('mine.rog', 'person P-Mine { name "A" }\n');
        await settle();
        open('theirs.rog', 'person P-Mine { name "B" }\n');
        let { server, cli } = await compare();
        expect(server['mine.rog']).toEqual(['declaration-duplicate-name@1']);
        expect(server).toEqual(cli);
        edit('theirs.rog', 'person P-Theirs { name "B" }\n');
        ({ server, cli } = await compare());
        expect(server['mine.rog']).toEqual([]);
        expect(server).toEqual(cli);
        edit('theirs.rog', 'person P-Mine { name "B" }\n');
        ({ server, cli } = await compare());
        expect(server).toEqual(cli);
        // Renamed on disk, then deleted: the file gone is named by no finding.
        close('theirs.rog');
        onDisk('theirs.rog', undefined);
        onDisk('moved.rog', 'person P-Mine { name "B" }\n');
        ({ server, cli } = await compare());
        expect(server['moved.rog']).toEqual(['declaration-duplicate-name@1']);
        expect(server).toEqual(cli);
        close('mine.rog');
        onDisk('moved.rog', undefined);
        ({ server, cli } = await compare());
        expect(server['mine.rog']).toEqual([]);
        expect(server).toEqual(cli);
        // A designation changed on disk: the open request to that State, which refers only to the State, is judged again.
        const designation = (language: string) => `designation for State "Kenya" { channel diplomatic-channel language ${language} received 2020-01-01 }\n`;
        onDisk('kenya.rog', designation('French'));
        open('to-kenya.rog', 'request OTP-2026-0030 {\n  dated 2026-06-01\n  to State "Kenya" via diplomatic-channel language English\n}\n');
        ({ server, cli } = await compare());
        expect(server['to-kenya.rog']).toContain('language-not-designated@3');
        onDisk('kenya.rog', designation('English'));
        ({ server, cli } = await compare());
        expect(server['to-kenya.rog']).not.toContain('language-not-designated@3');
        expect(server).toEqual(cli);
        close('to-kenya.rog');
        onDisk('kenya.rog', undefined);
        await settle();
    });

    test('a request gets reference-ambiguous, and is neither exported nor previewed but as a draft, while another file declares its person again', async () => {
        const example = (file: string) => fs.readFileSync(path.join(__dirname, '../../examples', file), 'utf8');
        onDisk('amb-declarations.rog', example('declarations/surrender.rog'));
        open('amb-request.rog', example('arrest-and-surrender/REG-2026-0101.rog')); // `person P-Kilonzo as sought` on line 16
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-agree-out-'));
        const exported = () => connection.sendRequest<{ files: string[]; error?: string }>('rogatory/export', { uri: uriOf('amb-request.rog'), formats: ['md'], langs: ['en'], outDir, workspaceRoot: workspace });
        const isDraft = async () => (await connection.sendRequest<{ html: string }>('rogatory/render', { uri: uriOf('amb-request.rog'), lang: 'en' })).html.includes('content: "DRAFT"');
        const again = 'person P-Kilonzo {\n  name "Peter Kilonzo Mwangi"\n  born 1990-01-01 in "Mombasa, Kenya"\n}\n';
        let { server, cli } = await compare();
        expect(server['amb-request.rog']).not.toContain('reference-ambiguous@16');
        expect(await isDraft()).toBe(false);

        // Typed in another open file: the open request is judged again at once (the closed declarations once the edits settle).
        open('amb-other.rog', again);
        ({ server, cli } = await compare());
        expect(server['amb-request.rog']).toContain('reference-ambiguous@16');
        expect(server['amb-request.rog']).toEqual(cli['amb-request.rog']);
        expect(await exported()).toMatchObject({ files: [], error: expect.stringMatching(/^REG-2026-0101 has 3 error\(s\) \(first, line 16: P-Kilonzo is declared twice in the workspace/) }); // and in the warrant and the person it relies on
        expect(await isDraft()).toBe(true);
        edit('amb-other.rog', again.replace('P-Kilonzo', 'P-Mwangi'));
        ({ server, cli } = await compare());
        expect(server['amb-request.rog']).not.toContain('reference-ambiguous@16');
        expect(server['amb-request.rog']).toEqual(cli['amb-request.rog']);
        expect(await isDraft()).toBe(false);
        expect((await exported()).files.map(f => path.basename(f)).sort()).toEqual(['REG-2026-0101.en.md', 'REG-2026-0101.note-verbale.en.md']);

        // Written and deleted on disk, the file closed: the same.
        close('amb-other.rog');
        onDisk('amb-other.rog', again);
        ({ server, cli } = await compare());
        expect(server['amb-request.rog']).toContain('reference-ambiguous@16');
        expect(server['amb-request.rog']).toEqual(cli['amb-request.rog']);
        onDisk('amb-other.rog', undefined);
        ({ server, cli } = await compare());
        expect(server['amb-request.rog']).not.toContain('reference-ambiguous@16');
        expect(server['amb-request.rog']).toEqual(cli['amb-request.rog']);

        // The request closed: checked again once the edits settle.
        close('amb-request.rog');
        onDisk('amb-other.rog', again);
        await settle();
        await new Promise(resolve => setTimeout(resolve, IDLE_RECHECK_MS + 500));
        ({ server, cli } = await compare());
        expect(server['amb-request.rog']).toContain('reference-ambiguous@16');
        expect(server).toEqual(cli);
        for (const file of ['amb-other.rog', 'amb-request.rog', 'amb-declarations.rog']) onDisk(file, undefined);
        fs.rmSync(outDir, { recursive: true, force: true });
        await settle();
    });
});
