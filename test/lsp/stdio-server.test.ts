import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { startStdioServer, type StdioServer } from './stdio-client.js';
import { unwritableFolder } from '../../packages/language/src/lsp/custom-requests.js';

/**
 * The standalone server (`rogatory-language-server --stdio`, built by `npm run build`) driven by
 * a real JSON-RPC client, as any editor would: initialize, open a file, get its diagnostics,
 * complete a State name, hover a provision, shut down.
 */
let server: StdioServer;
let connection: MessageConnection;
const diagnostics = new Map<string, Array<{ code?: string; message: string; range: { start: { line: number } } }>>();
const waiters: Array<() => void> = [];
/** The files diagnostics were published for, in the order they came. */
const publishedOrder: string[] = [];
let workspace: string;

beforeAll(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-lsp-'));
    fs.writeFileSync(path.join(workspace, 'people.rog'), 'person P-Stdio { name "Stdio Person" }\n');
    server = await startStdioServer(workspace, { textDocument: { publishDiagnostics: {}, completion: {}, hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } }, params => {
        diagnostics.set(params.uri, params.diagnostics);
        publishedOrder.push(params.uri);
        waiters.splice(0).forEach(w => w());
    });
    connection = server.connection;
    expect(server.capabilities.completionProvider).toBeTruthy();
    expect(server.capabilities.hoverProvider).toBeTruthy();
    expect(server.capabilities.inlayHintProvider).toBeTruthy();
});

afterAll(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
});

async function diagnosticsOf(uri: string) {
    const end = Date.now() + 20_000;
    while (!diagnostics.has(uri)) {
        if (Date.now() > end) throw new Error(`no diagnostics for ${uri}`);
        await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 200); });
    }
    return diagnostics.get(uri)!;
}

describe('rogatory-language-server --stdio', () => {
    const uri = () => `file://${workspace}/request.rog`;
    const text = 'request OTP-2026-0001 {\n  dated 2026-11-22\n  to State "Ke"\n  person P-Stdio as witness\n  legal-basis art. 93(1)(b), art. 96(2)(g)\n}\n';

    test('publishes diagnostics for an opened file, with codes, linked across the workspace', async () => {
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'rogatory', version: 1, text } });
        const found = await diagnosticsOf(uri());
        const unknown = found.find(d => d.code === 'unknown-provision');
        expect(unknown?.message).toBe('art. 96(2)(g) does not exist. It has: (a), (b), (c), (d), (e), (f).');
        expect(unknown?.range.start.line).toBe(4);
        expect(found.filter(d => d.code === 'unresolved-reference').map(d => d.message)).toEqual(['No State named "Ke" in the built-in list: did you mean "Kenya"?']);
    });

    test('runs the checks across files as a file is typed', async () => {
        // P-Stdio is also declared in people.rog: declaration-duplicate-name looks across the workspace (a `slow` rule).
        const dupUri = `file://${workspace}/duplicate.rog`;
        const dupText = 'person P-Stdio { name "Another Person" }\n';
        fs.writeFileSync(path.join(workspace, 'duplicate.rog'), dupText);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: dupUri, languageId: 'rogatory', version: 1, text: 'person P-Other { name "Another Person" }\n' } });
        expect((await diagnosticsOf(dupUri)).map(d => d.code)).toEqual([]);
        diagnostics.delete(dupUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: dupUri, version: 2 }, contentChanges: [{ text: dupText }] });
        const typed = await diagnosticsOf(dupUri);
        expect(typed.map(d => [d.code, d.range.start.line])).toEqual([['declaration-duplicate-name', 0]]);
        expect(typed[0].message).toMatch(/^The name P-Stdio is also declared elsewhere \(person P-Stdio in line 1 of .*people\.rog\)/);
        // The next keystroke keeps it: it is checked again, not dropped until a save.
        diagnostics.delete(dupUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: dupUri, version: 3 }, contentChanges: [{ text: dupText.replace('Another', 'Other') }] });
        expect((await diagnosticsOf(dupUri)).map(d => d.code)).toEqual(['declaration-duplicate-name']);
        // Renamed, the name is its own again.
        diagnostics.delete(dupUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: dupUri, version: 4 }, contentChanges: [{ text: dupText.replace('P-Stdio', 'P-Renamed') }] });
        expect((await diagnosticsOf(dupUri)).map(d => d.code)).toEqual([]);
        diagnostics.delete(dupUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: dupUri, version: 5 }, contentChanges: [{ text: dupText }] });
        expect((await diagnosticsOf(dupUri)).map(d => d.code)).toEqual(['declaration-duplicate-name']);
    });

    test('a request checked again reads the designation as another file now records it', async () => {
        const designationUri = `file://${workspace}/designation.rog`;
        const designation = (language: string) => `designation for State "Kenya" { channel diplomatic-channel language ${language} received 2020-01-01 }\n`;
        fs.writeFileSync(path.join(workspace, 'designation.rog'), designation('French'));
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: designationUri, languageId: 'rogatory', version: 1, text: designation('French') } });
        await diagnosticsOf(designationUri);
        const requestUri = `file://${workspace}/to-kenya.rog`;
        const request = 'request OTP-2026-0030 {\n  dated 2026-06-01\n  to State "Kenya" via diplomatic-channel language English\n}\n';
        const codes = async () => (await diagnosticsOf(requestUri)).map(d => d.code);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: requestUri, languageId: 'rogatory', version: 1, text: request } });
        expect(await codes()).toContain('language-not-designated');
        diagnostics.delete(designationUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: designationUri, version: 2 }, contentChanges: [{ text: designation('English') }] });
        await diagnosticsOf(designationUri);
        diagnostics.delete(requestUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: requestUri, version: 2 }, contentChanges: [{ text: request + '// checked again\n' }] });
        expect(await codes()).not.toContain('language-not-designated');
    });

    test('with other files open (and checked again), the file being typed gets its diagnostics first', async () => {
        const uris = ['order-a.rog', 'order-b.rog', 'order-c.rog'].map(name => `file://${workspace}/${name}`);
        uris.forEach((u, i) => {
            const text = `person P-Order-${i} { name "Order ${i}" }\n`;
            fs.writeFileSync(new URL(u), text);
            connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'rogatory', version: 1, text } });
        });
        for (const u of uris) await diagnosticsOf(u);
        await new Promise(resolve => setTimeout(resolve, 300)); // each opening checks the files opened before it again
        publishedOrder.length = 0;
        diagnostics.delete(uris[2]);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[2], version: 2 }, contentChanges: [{ text: 'person P-Order-2 { name "Order Two" }\n' }] });
        await diagnosticsOf(uris[2]);
        await new Promise(resolve => setTimeout(resolve, 300)); // the other open files, checked again after it
        expect(publishedOrder.filter(u => uris.includes(u))).toEqual([uris[2], uris[0], uris[1]]);
        uris.forEach(u => connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } }));
    });

    test('judges follow-up as of the rogatory.asOf setting, and re-checks when it changes', async () => {
        const asOfUri = `file://${workspace}/as-of.rog`;
        const asOfText = 'request OTP-2026-0020 {\n  dated 2026-01-05\n  status drafted 2090-01-05\n}\n';
        fs.writeFileSync(path.join(workspace, 'as-of.rog'), asOfText);
        const inFuture = async () => (await diagnosticsOf(asOfUri)).filter(d => d.code === 'followup-status-in-future').map(d => d.message);
        // A file opened and closed that is no longer on disk (deleted without a watcher event): the
        // re-check checks it again from memory, and does not stop at reading it.
        const goneUri = `file://${workspace}/gone.rog`;
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: goneUri, languageId: 'rogatory', version: 1, text: 'person P-Gone { name "Gone" }\n' } });
        await diagnosticsOf(goneUri);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: goneUri } });
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: asOfUri, languageId: 'rogatory', version: 1, text: asOfText } });
        expect(await inFuture()).toHaveLength(1);
        diagnostics.delete(asOfUri);
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '2091-01-01' } } });
        expect(await inFuture()).toEqual([]);
        diagnostics.delete(asOfUri);
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '' } } });
        expect((await inFuture())[0]).toMatch(/^`status drafted` is dated 2090-01-05, after 20\d\d-\d\d-\d\d: a status records what has happened/);
        // A date-time is not a day (YYYY-MM-DD, as --at): ignored, as any invalid setting, and the checks judge as of today.
        diagnostics.delete(asOfUri);
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '2091-01-01T10:00' } } });
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: asOfUri, version: 2 }, contentChanges: [{ text: asOfText }] });
        expect((await inFuture())[0]).toMatch(/^`status drafted` is dated 2090-01-05, after 20\d\d-\d\d-\d\d: a status records what has happened/);
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '' } } });
    });

    test('an rogatory.asOf that is no day (2026-02-30 passes the setting\'s pattern) is said once, and the checks keep today', async () => {
        const messages: Array<{ type: number; message: string }> = [];
        connection.onNotification('window/showMessage', (params: { type: number; message: string }) => { messages.push(params); });
        const asOfUri = `file://${workspace}/as-of-invalid.rog`;
        const asOfText = 'request OTP-2026-0022 {\n  dated 2026-01-05\n  status drafted 2090-01-05\n}\n';
        fs.writeFileSync(path.join(workspace, 'as-of-invalid.rog'), asOfText);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: asOfUri, languageId: 'rogatory', version: 1, text: asOfText } });
        await diagnosticsOf(asOfUri);
        const inFuture = async () => (await diagnosticsOf(asOfUri)).filter(d => d.code === 'followup-status-in-future').map(d => d.message);
        const warning = 'Rogatory: the rogatory.asOf setting "2026-02-30" is not a date (YYYY-MM-DD): deadlines and follow-up are judged as of today.';
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '2026-02-30' } } });
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '2026-02-30', export: { folder: 'out' } } } });
        diagnostics.delete(asOfUri);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: asOfUri, version: 2 }, contentChanges: [{ text: asOfText }] });
        expect((await inFuture())[0]).toMatch(/^`status drafted` is dated 2090-01-05, after 20\d\d-\d\d-\d\d: /);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: asOfUri } });
        expect(messages.filter(m => m.message.includes('2026-02-30'))).toEqual([{ type: 2, message: warning }]);
        // Corrected, then wrong again: said again.
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '' } } });
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '2026-02-30' } } });
        connection.sendNotification('workspace/didChangeConfiguration', { settings: { rogatory: { asOf: '' } } });
        const end = Date.now() + 5_000;
        while (messages.filter(m => m.message.includes('2026-02-30')).length < 2 && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
        expect(messages.map(m => m.message).filter(m => m.includes('2026-02-30'))).toEqual([warning, warning]);
    });

    test('"Check workspace" runs every check, the cross-file ones included, on every file and counts the findings', async () => {
        // duplicate.rog (written by the test above) declares P-Stdio again: both files get the slow rule's error.
        const peopleUri = `file://${workspace}/people.rog`;
        diagnostics.delete(peopleUri);
        const result = await connection.sendRequest<{ files: number; errors: number; warnings: number; infos: number }>('rogatory/checkWorkspace');
        expect(result.files).toBeGreaterThanOrEqual(fs.readdirSync(workspace).filter(f => f.endsWith('.rog')).length);
        expect(result.errors).toBeGreaterThanOrEqual(2);
        expect((await diagnosticsOf(peopleUri)).map(d => d.code)).toContain('declaration-duplicate-name');
    });

    test('the register view is as of a day: an as-of date that is none is the checks\' as-of date, as for rogatory.asOf', async () => {
        type Register = { asOf: string; rows: Array<{ overdueDays: number }> };
        const checks = await connection.sendRequest<Register>('rogatory/register', {});
        expect(checks.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((await connection.sendRequest<Register>('rogatory/register', { asOf: '2026-06-01' })).asOf).toBe('2026-06-01');
        // Each row with the line where its request starts, for the view to open it there.
        const declaredFirst = 'person P-Line { name "Line Person" }\n\nrequest OTP-2026-0099 {\n  dated 2026-11-22\n  to State "Kenya"\n}\n';
        fs.writeFileSync(path.join(workspace, 'declared-first.rog'), declaredFirst);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${workspace}/declared-first.rog`, languageId: 'rogatory', version: 1, text: declaredFirst } });
        await diagnosticsOf(`file://${workspace}/declared-first.rog`);
        const rows = (await connection.sendRequest<{ rows: Array<{ reference: string; line: number }> }>('rogatory/register', {})).rows;
        expect(rows.find(r => r.reference === 'OTP-2026-0099')?.line).toBe(2);
        for (const asOf of ['2026-13-01', '2026-02-30', '2026-06-01T10:00', 'soon']) {
            const register = await connection.sendRequest<Register>('rogatory/register', { asOf });
            expect(register.asOf, asOf).toBe(checks.asOf);
            expect(register.rows.every(r => Number.isInteger(r.overdueDays)), asOf).toBe(true);
        }
    });

    test('completes a State name', async () => {
        const result = await connection.sendRequest<{ items: Array<{ label: string; detail?: string }> }>('textDocument/completion', { textDocument: { uri: uri() }, position: { line: 2, character: 14 } });
        const kenya = result.items.find(i => i.label === 'Kenya');
        expect(kenya?.detail).toBe('State Party since 2005-06-01; dates NOT VERIFIED');
    });

    test('a client without snippets (this one declares none, as Neovim\'s) gets the "New request" skeleton as plain text, not its stops spelt out', async () => {
        const emptyUri = `file://${workspace}/empty.rog`;
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: emptyUri, languageId: 'rogatory', version: 1, text: '' } });
        await diagnosticsOf(emptyUri);
        const result = await connection.sendRequest<{ items: Array<{ label: string; insertTextFormat?: number; textEdit?: { newText: string } }> }>('textDocument/completion', { textDocument: { uri: emptyUri }, position: { line: 0, character: 0 } });
        const transit = result.items.find(i => i.label === 'request transit');
        expect(transit?.insertTextFormat).toBe(1);
        expect(transit?.textEdit?.newText).toMatch(/^request REG-\d{4}-\d{4} \{\n  kind transit\n/);
        expect(transit?.textEdit?.newText).toContain('\n  to State "" via diplomatic-channel');
        expect(transit?.textEdit?.newText).not.toMatch(/\$\{?\d/);
    });

    test('hovers a provision with its verbatim text', async () => {
        const hover = await connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 4, character: 22 } });
        expect(hover.contents.value).toContain('> (b) The taking of evidence, including testimony under oath');
    });

    test('gives the inlay hint of a provisional arrest: rule 188\'s date after the arrest\'s', async () => {
        const arrestUri = `file://${workspace}/provisional.rog`;
        const arrest = 'request REG-2026-0012 {\n  kind provisional-arrest\n  status arrested 2026-10-02\n}\n';
        fs.writeFileSync(path.join(workspace, 'provisional.rog'), arrest);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: arrestUri, languageId: 'rogatory', version: 1, text: arrest } });
        await diagnosticsOf(arrestUri);
        const hints = await connection.sendRequest<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint',
            { textDocument: { uri: arrestUri }, range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } } });
        expect(hints.map(h => [h.position, h.label])).toEqual([[{ line: 2, character: 28 }, 'rule 188: by 2026-12-01']]);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: arrestUri } });
    });

    test('proposes the New request command\'s reference: the next number no request of the workspace has', async () => {
        const freeUri = `file://${workspace}/free.rog`;
        const text = 'request ZZZ-2031-0041 {\n  dated 2031-01-05\n}\n';
        fs.writeFileSync(path.join(workspace, 'free.rog'), text);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: freeUri, languageId: 'rogatory', version: 1, text } });
        expect(await connection.sendRequest('rogatory/freeReference', { prefix: 'ZZZ-2031-' })).toBe('ZZZ-2031-0042');
        expect(await connection.sendRequest('rogatory/freeReference', { prefix: 'ZZZ-2032-' })).toBe('ZZZ-2032-0001');
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: freeUri } });
    });

    test('writes the New request command\'s file as `rogatory new` does: whole, never over a file, not under a reference taken', async () => {
        const takenUri = `file://${workspace}/taken.rog`;
        const text = 'request ZZZ-2033-0001 {\n  dated 2033-01-05\n}\n';
        fs.writeFileSync(path.join(workspace, 'taken.rog'), text);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: takenUri, languageId: 'rogatory', version: 1, text } });
        const create = (reference: string, more: Record<string, string> = { organisation: 'United Nations' }) =>
            connection.sendRequest<{ file?: string; refusal?: { kind: string; file?: string }; error?: string }>('rogatory/newRequest', { folder: workspace, reference, kind: 'assistance', date: '2033-02-01', ...more });
        const file = path.join(workspace, 'requests', 'ZZZ-2033-0002.rog');
        expect(await create('ZZZ-2033-0002')).toEqual({ file });
        expect(fs.readFileSync(file, 'utf8')).toMatch(/^request ZZZ-2033-0002 \{\n {2}kind assistance\n[^]*\n {2}to organisation "United Nations" language English\n[^]*status drafted 2033-02-01\n\}\n$/);
        fs.writeFileSync(file, '// the officer\'s work\n');
        expect(await create('ZZZ-2033-0002', { state: 'Kenya' })).toEqual({ refusal: { kind: 'exists' } });
        expect(fs.readFileSync(file, 'utf8')).toBe('// the officer\'s work\n');
        expect(await create('ZZZ-2033-0001')).toEqual({ refusal: { kind: 'taken', file: path.join(workspace, 'taken.rog') } });
        expect(await create('request')).toEqual({ refusal: { kind: 'keyword' } });
        // A transit is asked of a State (art. 89(3)(a)), as `rogatory new` refuses it too.
        expect(await connection.sendRequest('rogatory/newRequest', { folder: workspace, reference: 'ZZZ-2033-0003', kind: 'transit', date: '2033-02-01', organisation: 'United Nations' })).toEqual({ refusal: { kind: 'transit-to-organisation' } });
        // A name nobody declared (the editor sends one from its list; a stale or forged one) would make a request to nobody.
        expect(await create('ZZZ-2033-0004', { state: 'Atlantis' })).toEqual({ refusal: { kind: 'unknown-addressee', name: 'Atlantis' } });
        expect(await create('ZZZ-2033-0004', { organisation: 'kenya' })).toEqual({ refusal: { kind: 'unknown-addressee', name: 'kenya' } });
        expect(['ZZZ-2033-0001', 'request', 'ZZZ-2033-0003', 'ZZZ-2033-0004'].filter(name => fs.existsSync(path.join(workspace, 'requests', `${name}.rog`)))).toEqual([]);
        expect((await create('../escape')).error).toMatch(/^a new request needs a kind, a State or organisation, a reference/);
        // With no folder (VS Code with no workspace open): the text, written nowhere, refused as a file would be.
        const untitled = (reference: string, more: Record<string, string>) => connection.sendRequest<{ text?: string; refusal?: { kind: string } }>('rogatory/newRequest', { reference, kind: 'assistance', date: '2024-06-03', ...more });
        const kenya = await untitled('ZZZ-2024-0001', { state: 'Kenya' });
        expect(kenya.text).toMatch(/^request ZZZ-2024-0001 \{\n {2}kind assistance\n[^]*\n {2}legal-basis art\. 93\(1\), art\. 96\(1\)\n/);
        // To a State not party on the date, invited (art. 87(5)(a)): Ukraine in 2024 under its art. 12(3) declaration, as examples/non-party/.
        const ukraine = await untitled('ZZZ-2024-0002', { state: 'Ukraine' });
        expect(ukraine.text).toContain('\n  arrangement declaration-12-3\n');
        expect(ukraine.text).toContain('\n  legal-basis art. 12(3), art. 93(1), art. 96(1)\n');
        expect(await untitled('ZZZ-2033-0001', { state: 'Kenya' })).toEqual({ refusal: { kind: 'taken', file: path.join(workspace, 'taken.rog') } });
        expect(fs.existsSync(path.join(workspace, 'requests', 'ZZZ-2024-0001.rog'))).toBe(false);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: takenUri } });
        fs.rmSync(path.join(workspace, 'requests'), { recursive: true, force: true });
    });

    test('an export into a folder that cannot be written: one sentence naming the folder and what to do, not Node\'s error', async () => {
        const valid = 'request OTP-2026-0011 {\n  kind assistance art. 93(1)(i)\n  from Prosecutor transmitted-by Office-of-the-Prosecutor\n  situation ICC-01/09\n'
            + '  to State "Kenya" via diplomatic-channel language English\n  classification confidential\n  dated 2026-11-22\n  legal-basis art. 93(1)(i)\n'
            + '  purpose "Records"\n  grounds "Held there"\n  facts "Attacks"\n  national-requirements none-known\n}\n';
        const exportUri = `file://${workspace}/export-blocked.rog`;
        fs.writeFileSync(path.join(workspace, 'export-blocked.rog'), valid);
        fs.writeFileSync(path.join(workspace, 'blocked'), 'a file where the folder should be');
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: exportUri, languageId: 'rogatory', version: 1, text: valid } });
        await diagnosticsOf(exportUri);
        for (const outDir of [path.join(workspace, 'blocked'), path.join(workspace, 'blocked', 'documents')]) {
            const result = await connection.sendRequest<{ files: string[]; error?: string }>('rogatory/export', { uri: exportUri, formats: ['html'], langs: ['en'], outDir, workspaceRoot: workspace });
            // The folder that could not be made, `blocked`, for `blocked/documents` too.
            expect(result).toEqual({ files: [], error: 'OTP-2026-0011 not exported: cannot create the folder \'blocked\': a file of that name is in the way; '
                + 'move that file away, or choose another folder in the setting rogatory.export.folder, then export again' });
        }
        connection.sendNotification('textDocument/didClose', { textDocument: { uri: exportUri } });
        // Permission denied and a read-only disk (not to be made here, the tests running as root): the CLI's sentence, and what to do
        // (every code: test/language/file-system-errors.test.ts).
        const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/cases/build'"), { code: 'EACCES', syscall: 'mkdir', path: '/srv/cases/build' });
        expect(unwritableFolder(denied, '/srv/cases/build/documents', '/srv/cases')).toBe("cannot create the folder 'build': permission denied; "
            + 'make it writable, or choose another folder in the setting rogatory.export.folder, then export again');
        const readOnly = Object.assign(new Error("EROFS: read-only file system, open '/mnt/cd/.x.tmp'"), { code: 'EROFS' });
        expect(unwritableFolder(readOnly, '/mnt/cd', '/srv/cases')).toBe("cannot write in '/mnt/cd': read-only file system; "
            + 'choose another folder in the setting rogatory.export.folder, then export again');
        expect(unwritableFolder(new Error('something else'), '/mnt/cd', '/srv/cases')).toBeUndefined();
    });

    test('exports a request as the CLI builds it: refused with errors, a draft on demand, never over a file it did not write', async () => {
        const valid = 'request OTP-2026-0010 {\n  kind assistance art. 93(1)(i)\n  from Prosecutor transmitted-by Office-of-the-Prosecutor\n  situation ICC-01/09\n'
            + '  to State "Kenya" via diplomatic-channel language English\n  classification confidential\n  dated 2026-11-22\n  legal-basis art. 93(1)(i)\n'
            + '  purpose "Records"\n  grounds "Held there"\n  facts "Attacks"\n  national-requirements none-known\n}\n';
        const exportUri = `file://${workspace}/export.rog`;
        fs.writeFileSync(path.join(workspace, 'export.rog'), valid);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: exportUri, languageId: 'rogatory', version: 1, text: valid } });
        await diagnosticsOf(exportUri);
        const outDir = path.join(workspace, 'out');
        const params = { uri: exportUri, formats: ['docx', 'html'], langs: ['en'], outDir, workspaceRoot: workspace };
        type Result = { files: string[]; error?: string; replaceable?: boolean; draftable?: boolean };

        const first = await connection.sendRequest<Result>('rogatory/export', params);
        expect(first.error).toBeUndefined();
        expect(first.files.map(f => path.relative(outDir, f)).sort()).toEqual(['OTP-2026-0010.en.docx', 'OTP-2026-0010.en.html', 'OTP-2026-0010.note-verbale.en.docx', 'OTP-2026-0010.note-verbale.en.html']);
        expect(fs.readFileSync(path.join(outDir, 'OTP-2026-0010.en.html'), 'utf8')).toContain('CONFIDENTIAL');

        fs.writeFileSync(path.join(outDir, 'OTP-2026-0010.en.html'), 'edited by hand');
        const refused = await connection.sendRequest<Result>('rogatory/export', params);
        expect(refused).toMatchObject({ files: [], replaceable: true, error: "OTP-2026-0010 not exported: 'OTP-2026-0010.en.html' was changed since it was built" });
        expect(fs.readFileSync(path.join(outDir, 'OTP-2026-0010.en.html'), 'utf8')).toBe('edited by hand');
        const forced = await connection.sendRequest<Result>('rogatory/export', { ...params, force: true });
        expect(forced.files).toHaveLength(4);
        // A manifest that cannot be read is said, not replaced silently.
        fs.writeFileSync(path.join(outDir, '.rogatory-build.json'), '{ "version": 1, "files":');
        const overCorrupt = await connection.sendRequest<Result & { warnings?: string[] }>('rogatory/export', { ...params, force: true });
        expect(overCorrupt.warnings?.[0]).toBe(`${path.join(outDir, '.rogatory-build.json')} is not valid JSON: it will be replaced, and the files it recorded count as not written by rogatory`);
        // Refused because of it (its outputs no longer count as its own): the refusal says so too.
        fs.writeFileSync(path.join(outDir, '.rogatory-build.json'), '{ "version": 1, "files":');
        const refusedOverCorrupt = await connection.sendRequest<Result>('rogatory/export', { ...params, formats: ['html'] });
        expect(refusedOverCorrupt).toMatchObject({ files: [], replaceable: true, error: "OTP-2026-0010 not exported: 'OTP-2026-0010.en.html' exists and was not written by rogatory; "
            + `'OTP-2026-0010.note-verbale.en.html' exists and was not written by rogatory (${path.join(outDir, '.rogatory-build.json')} is not valid JSON: it will be replaced, and the files it recorded count as not written by rogatory)` });
        expect(fs.readFileSync(path.join(outDir, '.rogatory-build.json'), 'utf8')).toBe('{ "version": 1, "files":');
        await connection.sendRequest<Result>('rogatory/export', { ...params, force: true });

        const broken = valid.replace('legal-basis art. 93(1)(i)', 'legal-basis art. 93(1)(i), art. 96(2)(g)');
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: exportUri, version: 2 }, contentChanges: [{ text: broken }] });
        const withErrors = await connection.sendRequest<Result>('rogatory/export', params);
        expect(withErrors.files).toEqual([]);
        expect(withErrors.draftable).toBe(true); // the extension offers "Export as draft" for this refusal alone
        expect(refused.draftable).toBeUndefined();
        const noRequest = await connection.sendRequest<Result>('rogatory/export', { ...params, uri: `file://${workspace}/people.rog` });
        expect(noRequest).toEqual({ files: [], error: 'This file holds no request to export.' });
        expect(withErrors.error).toMatch(/^OTP-2026-0010 has 1 error\(s\) \(first, line 8: art\. 96\(2\)\(g\) does not exist/);
        const draft = await connection.sendRequest<Result>('rogatory/export', { ...params, formats: ['html'], draft: true });
        expect(draft.files).toHaveLength(2);
        expect(fs.readFileSync(path.join(outDir, 'OTP-2026-0010.en.html'), 'utf8')).toContain('DRAFT');
        // The reference deleted as the officer retypes it (`request {`): said by its line, refused even as a draft, its files being named after it.
        const unnamed = valid.replace('request OTP-2026-0010 {', 'request {');
        connection.sendNotification('textDocument/didChange', { textDocument: { uri: exportUri, version: 3 }, contentChanges: [{ text: unnamed }] });
        const unnamedRefused = await connection.sendRequest<Result>('rogatory/export', params);
        expect(unnamedRefused).toMatchObject({ files: [], draftable: true });
        expect(unnamedRefused.error).toMatch(/^The request without a reference on line 1 has 1 error\(s\) \(first, line 1: Expected a name/);
        const unnamedDraft = await connection.sendRequest<Result>('rogatory/export', { ...params, draft: true });
        expect(unnamedDraft).toEqual({ files: [], error: 'The request without a reference on line 1 not exported: it has no reference (`request OTP-2026-NNNN {`), which its files are named after' });
    });
});

describe('rogatory-language-server --stdio: the preview, rendered again when the workspace changes', () => {
    test('rendering the preview is no change of the workspace: it tells of none, or the preview would render again without end', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-quiet-'));
        const text = 'request OTP-2026-0051 {\n  dated 2026-01-05\n  to State "Kenya"\n}\n';
        fs.writeFileSync(path.join(dir, 'request.rog'), text);
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const uri = `file://${dir}/request.rog`;
            let told = 0;
            started.connection.onNotification('rogatory/workspaceChanged', () => { told++; });
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
            await started.connection.sendRequest('rogatory/render', { uri, lang: 'en' });
            await new Promise(resolve => setTimeout(resolve, 300));
            const before = told;
            expect(before).toBeGreaterThan(0); // the file opened: the workspace changed
            for (const lang of ['en', 'fr', 'en']) {
                // The request in the language asked, DRAFT (PROJET) while it has errors (it has: no kind, no classification...).
                const { html } = await started.connection.sendRequest<{ html?: string }>('rogatory/render', { uri, lang });
                expect(html).toContain(`<html lang="${lang}">`);
                expect(html).toContain('OTP-2026-0051');
                expect(html).toContain(`@top-right { content: "${lang === 'en' ? 'DRAFT' : 'PROJET'}"`);
            }
            await new Promise(resolve => setTimeout(resolve, 300));
            expect(told).toBe(before);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: the preview of a file read only in part', () => {
    test('the rendering comes with the syntax errors, in order, each with its line; none for a file read whole', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-render-'));
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const render = async (name: string, text: string) => {
                const uri = `file://${dir}/${name}`;
                fs.writeFileSync(path.join(dir, name), text);
                started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
                return started.connection.sendRequest<{ html?: string; syntaxErrors?: Array<{ line: number; message: string }> }>('rogatory/render', { uri, lang: 'en' });
            };
            const broken = await render('broken.rog', 'request OTP-2026-0041 {\n  dated 2026-01-05\n  to State "Kenya" via {{ nothing\n  classification confidential\n}\n');
            expect(broken.html).toContain('OTP-2026-0041');
            expect(broken.syntaxErrors?.[0]).toEqual({ line: 3, message: 'Expected one of `diplomatic-channel`, `designated-authority`, `INTERPOL`, `regional-organisation` after `via`, found `{`.' });
            const whole = await render('whole.rog', 'request OTP-2026-0042 {\n  dated 2026-01-05\n  to State "Kenya"\n}\n');
            expect(whole.html).toContain('OTP-2026-0042');
            expect(whole.syntaxErrors).toBeUndefined();
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: a request whose declarations have errors', () => {
    test('an error in the warrant or the person it relies on, in another file, marks the preview DRAFT and refuses the export, saying which and where; one in an unrelated declaration does not', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-relied-'));
        const repo = path.resolve(__dirname, '../..');
        const request = fs.readFileSync(path.join(repo, 'examples/arrest-and-surrender/REG-2026-0101.rog'), 'utf8');
        const declarations = fs.readFileSync(path.join(repo, 'examples/declarations/surrender.rog'), 'utf8');
        fs.writeFileSync(path.join(dir, 'request.rog'), request);
        fs.writeFileSync(path.join(dir, 'declarations.rog'), declarations);
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const uri = `file://${dir}/request.rog`;
            const declarationsUri = `file://${dir}/declarations.rog`;
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text: request } });
            type Rendered = { html?: string; declarationErrors?: Array<{ declaration: string; file: string; line: number; message: string }> };
            type Exported = { files: string[]; error?: string; draftable?: boolean };
            const render = () => started.connection.sendRequest<Rendered>('rogatory/render', { uri, lang: 'en' });
            const exportIt = () => started.connection.sendRequest<Exported>('rogatory/export', { uri, formats: ['md'], langs: ['en'], outDir: path.join(dir, 'out'), workspaceRoot: dir });
            // An invalid date in another person's declaration (P-Abonga): the request does not rely on it.
            const unrelated = declarations.replace('born 1971-09-02', 'born 1971-19-02');
            expect(unrelated).not.toBe(declarations);
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: declarationsUri, languageId: 'rogatory', version: 1, text: unrelated } });
            const clean = await render();
            expect(clean.html).toContain('REG-2026-0101');
            expect(clean.html).not.toContain('content: "DRAFT"');
            expect(clean.declarationErrors).toBeUndefined();
            expect((await exportIt()).error).toBeUndefined();
            // The warrant's date of issue is no day: the documents would print "31 June 2026".
            const broken = unrelated.replace('issued 2026-06-18', 'issued 2026-06-31');
            started.connection.sendNotification('textDocument/didChange', { textDocument: { uri: declarationsUri, version: 2 }, contentChanges: [{ text: broken }] });
            const draft = await render();
            expect(draft.html).toContain('@top-right { content: "DRAFT"');
            expect(draft.declarationErrors).toEqual([{ declaration: 'W-Kilonzo', file: 'declarations.rog', line: 17, message: "'2026-06-31' is not a real date." }]);
            expect(await exportIt()).toEqual({
                files: [], draftable: true,
                error: "REG-2026-0101 has 1 error(s) (first, in W-Kilonzo, which it relies on, line 17 of declarations.rog: '2026-06-31' is not a real date.); fix them or export a draft."
            });
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: the register view kept up to date', () => {
    test('a request file deleted on disk: the server says the workspace changed, and the register no longer lists it', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-changed-'));
        const request = (name: string) => `request ${name} {\n  dated 2026-01-05\n  to State "Kenya"\n}\n`;
        fs.writeFileSync(path.join(dir, 'kept.rog'), request('OTP-2026-0031'));
        fs.writeFileSync(path.join(dir, 'deleted.rog'), request('OTP-2026-0032'));
        const started = await startStdioServer(dir, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, () => undefined);
        try {
            type Register = { rows: Array<{ reference: string }> };
            const references = async () => (await started.connection.sendRequest<Register>('rogatory/register', {})).rows.map(r => r.reference).sort();
            expect(await references()).toEqual(['OTP-2026-0031', 'OTP-2026-0032']);
            let told = 0;
            started.connection.onNotification('rogatory/workspaceChanged', () => { told++; });
            fs.rmSync(path.join(dir, 'deleted.rog'));
            started.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/deleted.rog`, type: 3 }] });
            const end = Date.now() + 15_000;
            while (told === 0 && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
            expect(told).toBeGreaterThan(0);
            expect(await references()).toEqual(['OTP-2026-0031']);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: the register view lists the files `rogatory register` reads', () => {
    test('a file rogatory.json excludes, or one from outside the workspace, opened in the editor is checked but not registered nor counted in "Check workspace", open or closed', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-excluded-'));
        const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-elsewhere-'));
        const request = (name: string, classification: string) => `request ${name} {\n  dated 2026-01-05\n  to State "Kenya"\n  classification ${classification}\n  status sent 2026-01-06\n}\n`;
        fs.writeFileSync(path.join(dir, 'rogatory.json'), '{ "exclude": ["drafts/**"] }');
        fs.writeFileSync(path.join(dir, 'kept.rog'), request('OTP-2026-0035', 'confidential'));
        fs.mkdirSync(path.join(dir, 'drafts'));
        const files = { [path.join(dir, 'drafts', 'practice.rog')]: request('OTP-2026-0036', 'secret'), [path.join(elsewhere, 'downloaded.rog')]: request('OTP-2026-0037', 'public') };
        const published = new Set<string>();
        const started = await startStdioServer(dir, { textDocument: { publishDiagnostics: {} }, workspace: { configuration: true } }, params => published.add(params.uri));
        try {
            type Register = { rows: Array<{ reference: string }>; classification: string };
            const register = async () => {
                const { rows, classification } = await started.connection.sendRequest<Register>('rogatory/register', { asOf: '2026-06-01' });
                return { references: rows.map(r => r.reference).sort(), classification };
            };
            expect(await register()).toEqual({ references: ['OTP-2026-0035'], classification: 'confidential' });
            for (const [file, text] of Object.entries(files)) {
                fs.writeFileSync(file, text);
                started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${file}`, languageId: 'rogatory', version: 1, text } });
            }
            const end = Date.now() + 15_000;
            while (Object.keys(files).some(file => !published.has(`file://${file}`)) && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
            expect(Object.keys(files).filter(file => published.has(`file://${file}`))).toHaveLength(2); // checked, as opened files are
            expect(await register()).toEqual({ references: ['OTP-2026-0035'], classification: 'confidential' });
            // "Check workspace" counts the files `rogatory check` counts, with their findings.
            const check = spawnSync(process.execPath, [path.resolve(__dirname, '../../packages/cli/bin/rogatory.js'), 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
            const report = JSON.parse(check.stdout) as { files: number; diagnostics: Array<{ severity: string }> };
            const count = (severity: string) => report.diagnostics.filter(d => d.severity === severity).length;
            expect(await started.connection.sendRequest('rogatory/checkWorkspace')).toEqual({ files: 1, errors: count('error'), warnings: count('warning'), infos: count('info') });
            expect(report.files).toBe(1);
            for (const file of Object.keys(files)) started.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file://${file}` } });
            expect(await register()).toEqual({ references: ['OTP-2026-0035'], classification: 'confidential' });
            // As the CLI's register of the workspace, from its root.
            const cli = spawnSync(process.execPath, [path.resolve(__dirname, '../../packages/cli/bin/rogatory.js'), 'register', '--format', 'json', '--at', '2026-06-01'], { cwd: dir, encoding: 'utf8' });
            const { rows, classification } = JSON.parse(cli.stdout) as Register;
            expect({ references: rows.map(r => r.reference), classification }).toEqual(await register());
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
            fs.rmSync(elsewhere, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: the register view is `rogatory register`', () => {
    test('on the examples, as of days before, during and after their follow-up: the same rows, summaries, chart and classification', async () => {
        const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-examples-')));
        fs.cpSync(path.resolve(__dirname, '../../examples'), dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'rogatory.json'), '{ "exclude": ["invalid/**"] }');
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            // The same data, whoever asks: file names relative to the workspace, and the view's own `line` set aside.
            const comparable = (register: { rows: Array<Record<string, unknown>>; overdue: Array<Record<string, unknown>>; syntaxErrors: string[] }) => ({
                ...register,
                rows: register.rows.map(({ line: _line, ...row }) => ({ ...row, file: path.relative(dir, path.resolve(dir, String(row.file))) })),
                overdue: register.overdue.map(({ line: _line, ...row }) => ({ ...row, file: path.relative(dir, path.resolve(dir, String(row.file))) })),
                syntaxErrors: register.syntaxErrors.map(file => path.relative(dir, path.resolve(dir, file)))
            });
            for (const asOf of ['2026-01-01', '2026-10-20', '2027-06-01']) {
                const view = await started.connection.sendRequest<Parameters<typeof comparable>[0]>('rogatory/register', { asOf });
                const cli = spawnSync(process.execPath, [path.resolve(__dirname, '../../packages/cli/bin/rogatory.js'), 'register', '--format', 'json', '--at', asOf], { cwd: dir, encoding: 'utf8' });
                expect(comparable(view), asOf).toEqual(comparable(JSON.parse(cli.stdout)));
                expect(view.rows.length, asOf).toBeGreaterThan(20);
            }
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio: a file deleted while the editor still holds it', () => {
    test('it leaves the register, though the editor (a closed tab VS Code keeps a while) has not closed it', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-held-'));
        const request = (name: string) => `request ${name} {\n  dated 2026-01-05\n  to State "Kenya"\n}\n`;
        const uri = `file://${dir}/held.rog`;
        fs.writeFileSync(path.join(dir, 'kept.rog'), request('OTP-2026-0033'));
        fs.writeFileSync(path.join(dir, 'held.rog'), request('OTP-2026-0034'));
        const started = await startStdioServer(dir, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, () => undefined);
        try {
            type Register = { rows: Array<{ reference: string }> };
            const references = async () => (await started.connection.sendRequest<Register>('rogatory/register', {})).rows.map(r => r.reference).sort();
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text: request('OTP-2026-0034') } });
            expect(await references()).toEqual(['OTP-2026-0033', 'OTP-2026-0034']);
            // Deleted from the disk; the editor has not closed it yet, so the server still holds its text.
            fs.rmSync(path.join(dir, 'held.rog'));
            expect(await references()).toEqual(['OTP-2026-0033']);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('rogatory-language-server --stdio with rogatory.asOf set before it starts', () => {
    test('the workspace is built and the opened file checked, as of that date', async () => {
        // The setting arrives while the workspace's first build runs; re-checking for it must not leave that build undone.
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-asof-'));
        for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `p-${i}.rog`), `person P-${i} { name "Person ${i}" }\n`);
        const text = 'request OTP-2026-0021 {\n  dated 2026-01-05\n  status drafted 2090-01-05\n}\n';
        fs.writeFileSync(path.join(dir, 'request.rog'), text);
        const uri = `file://${dir}/request.rog`;
        const published = new Map<string, string[]>();
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, params => published.set(params.uri, params.diagnostics.map((d: { code: string }) => d.code)),
            { rogatory: { asOf: '2091-01-01' } });
        try {
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
            const end = Date.now() + 15_000;
            while (!published.has(uri) && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
            const codes = published.get(uri);
            expect(codes).toContain('request-kind-missing');
            expect(codes).not.toContain('followup-status-in-future'); // 2090 is before the as-of date
            const symbols = await started.connection.sendRequest<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
            expect(symbols).toHaveLength(1);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});


describe('rogatory-language-server --stdio: a State of the built-in library declared again in a workspace file', () => {
    test('the request names the library\'s State, judged on its dates, whatever order the files are read in; the declaration is an error', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-shadow-'));
        // Kenya without Rome Statute dates: were it the one named, the request would be to a State not party.
        fs.writeFileSync(path.join(dir, 'a-kenya.rog'), 'state "Kenya" { iso KE KEN french "Kenya" un member }\n');
        const text = 'request OTP-2026-0022 {\n  dated 2026-06-01\n  to State "Kenya"\n}\n';
        fs.writeFileSync(path.join(dir, 'request.rog'), text);
        const uri = `file://${dir}/request.rog`;
        const shadow = `file://${dir}/a-kenya.rog`;
        const published = new Map<string, Array<{ code: string; message: string }>>();
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, params => published.set(params.uri, params.diagnostics));
        const diagnosticsOf = async (of: string) => {
            const end = Date.now() + 15_000;
            while (!published.has(of) && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
            return published.get(of) ?? [];
        };
        try {
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
            const codes = (await diagnosticsOf(uri)).map(d => d.code);
            expect(codes).toContain('request-kind-missing');
            expect(codes.filter(c => c?.startsWith('non-party'))).toEqual([]);
            const links = await started.connection.sendRequest<Array<{ targetUri: string }>>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 14 } });
            expect(links.map(l => l.targetUri)).toEqual(['builtin:/states.rog']);
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: shadow, languageId: 'rogatory', version: 1, text: fs.readFileSync(path.join(dir, 'a-kenya.rog'), 'utf8') } });
            const shadowing = await diagnosticsOf(shadow);
            expect(shadowing.map(d => d.code)).toEqual(['state-declared-twice']);
            expect(shadowing[0].message).toMatch(/^State "Kenya" is declared in the built-in library \(builtin:\/\/\/states\.rog\)/);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
