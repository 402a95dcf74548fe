import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test, vi } from 'vitest';
import { createRogatoryServices } from '../../packages/language/src/index.js';
import { startStdioServer, type StdioServer } from './stdio-client.js';

/**
 * The files the language server loads when it starts are those `rogatory check` loads
 * (`packages/cli/src/workspace.ts`): symbolic links followed by the same rule, a file too large
 * to be a request given the same diagnostic without being read.
 */
type Diagnostic = { code?: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

async function started(dir: string) {
    const published = new Map<string, Diagnostic[]>();
    const logged: string[] = [];
    const shown: string[] = [];
    const server: StdioServer = await startStdioServer(dir, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
        params => published.set(params.uri, params.diagnostics));
    server.connection.onNotification('window/logMessage', (m: { message: string }) => { logged.push(m.message); });
    server.connection.onNotification('window/showMessage', (m: { message: string }) => { shown.push(m.message); });
    const until = async (done: () => boolean) => {
        const end = Date.now() + 20_000;
        while (!done() && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
    };
    const register = async () => (await server.connection.sendRequest<{ rows: Array<{ reference: string; file: string }> }>('rogatory/register', {})).rows
        .map(r => `${r.reference} ${path.relative(dir, r.file)}`).sort();
    const checkWorkspace = () => server.connection.sendRequest<{ files: number }>('rogatory/checkWorkspace');
    return { server, published, logged, shown, until, register, checkWorkspace, uri: (name: string) => `file://${path.join(dir, name)}` };
}

const request = (reference: string, more = '') => `request ${reference} {\n  dated 2026-01-05\n  to State "Kenya"\n${more}}\n`;

describe('the language server loads the workspace as rogatory check does', () => {
    test('a symbolic link to a request file inside the workspace is followed, once; any other link is logged and passed over', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-links-'));
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-outside-'));
        fs.mkdirSync(path.join(dir, '.archive'));
        fs.mkdirSync(path.join(dir, 'requests'));
        fs.writeFileSync(path.join(dir, '.archive', 'a.rog'), `person P-Linked { name "Linked Person" }\n\n${request('OTP-2026-0041')}`);
        fs.writeFileSync(path.join(dir, 'requests', 'b.rog'), `person P-Twice { name "Twice" }\n\n${request('OTP-2026-0042')}`);
        fs.writeFileSync(path.join(outside, 'c.rog'), request('OTP-2026-0043'));
        const uses = request('OTP-2026-0044', '  person P-Linked as witness\n');
        fs.writeFileSync(path.join(dir, 'uses.rog'), uses);
        fs.symlinkSync(path.join('..', '.archive', 'a.rog'), path.join(dir, 'requests', 'filed.rog'));
        fs.symlinkSync('b.rog', path.join(dir, 'requests', 'again.rog')); // a second name of a file read anyway
        fs.symlinkSync(path.join(outside, 'c.rog'), path.join(dir, 'requests', 'outside.rog'));
        fs.symlinkSync('gone.rog', path.join(dir, 'requests', 'broken.rog'));
        fs.symlinkSync(outside, path.join(dir, 'requests', 'folder'));
        // The workspace opened through a symbolic link to its folder: the files keep the names the editor gives them.
        const opened = `${dir}-opened`;
        fs.symlinkSync(dir, opened);
        const lsp = await started(opened);
        try {
            // The register view, as `rogatory register` lists them: the linked request under the link's name, the others once.
            expect(await lsp.register()).toEqual(['OTP-2026-0041 requests/filed.rog', 'OTP-2026-0042 requests/b.rog', 'OTP-2026-0044 uses.rog']);
            expect((await lsp.checkWorkspace()).files).toBe(3);
            await lsp.until(() => lsp.published.has(lsp.uri('requests/filed.rog')) && lsp.published.has(lsp.uri('uses.rog')) && lsp.published.has(lsp.uri('requests/b.rog')));
            // The Problems panel: the linked file is checked; the person it declares is found; read once, nothing is declared twice.
            expect(lsp.published.get(lsp.uri('requests/filed.rog'))!.map(d => d.code)).toContain('request-kind-missing');
            expect(lsp.published.get(lsp.uri('uses.rog'))!.filter(d => d.code === 'unresolved-reference')).toEqual([]);
            expect(lsp.published.get(lsp.uri('requests/b.rog'))!.map(d => d.code)).not.toContain('declaration-duplicate-name');
            expect([...lsp.published.keys()].filter(uri => /again|outside|broken|folder/.test(uri))).toEqual([]);
            // Go to definition leads to the linked file.
            lsp.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: lsp.uri('uses.rog'), languageId: 'rogatory', version: 1, text: uses } });
            const definition = await lsp.server.connection.sendRequest<Array<{ targetUri?: string; uri?: string }>>('textDocument/definition', { textDocument: { uri: lsp.uri('uses.rog') }, position: { line: 3, character: 12 } });
            expect(definition.map(d => d.targetUri ?? d.uri)).toEqual([lsp.uri('requests/filed.rog')]);
            // The links passed over: one line each in the server's log, no message to the user.
            expect(lsp.logged.filter(line => line.startsWith('Passed over')).sort()).toEqual([
                `Passed over the symbolic link ${path.join(opened, 'requests', 'broken.rog')}: its target does not exist`,
                `Passed over the symbolic link ${path.join(opened, 'requests', 'folder')}: it leads to a folder, and links to folders are not followed`,
                `Passed over the symbolic link ${path.join(opened, 'requests', 'outside.rog')}: it leads outside the workspace, to '${path.join(fs.realpathSync(outside), 'c.rog')}'`
            ]);
            expect(lsp.shown).toEqual([]);
            // The file the link leads to changed on the disk (a pull): the linked file is read again, still under the link's name only.
            fs.writeFileSync(path.join(dir, '.archive', 'a.rog'), `person P-Linked { name "Linked Person" }\n\n${request('OTP-2026-0045')}`);
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('.archive/a.rog'), type: 2 }] });
            let rows: string[] = [];
            for (const end = Date.now() + 10_000; !rows.some(row => row.startsWith('OTP-2026-0045')) && Date.now() < end;) rows = await lsp.register();
            expect(rows).toEqual(['OTP-2026-0042 requests/b.rog', 'OTP-2026-0044 uses.rog', 'OTP-2026-0045 requests/filed.rog']);
            // Links made while the editor is open: judged as those met when the server started.
            fs.symlinkSync('b.rog', path.join(dir, 'requests', 'later.rog'));
            fs.symlinkSync(path.join(outside, 'c.rog'), path.join(dir, 'requests', 'later-outside.rog'));
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('requests/later.rog'), type: 1 }, { uri: lsp.uri('requests/later-outside.rog'), type: 1 }] });
            await lsp.until(() => lsp.logged.some(line => line.includes('later-outside.rog')));
            expect(lsp.logged.filter(line => line.includes('later'))).toEqual([
                `Passed over the symbolic link ${path.join(opened, 'requests', 'later-outside.rog')}: it leads outside the workspace, to '${path.join(fs.realpathSync(outside), 'c.rog')}'`
            ]);
            expect(await lsp.register()).toEqual(rows);
            // The file the link leads to deleted: the link is broken, and the request it held leaves the register.
            fs.rmSync(path.join(dir, '.archive', 'a.rog'));
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('.archive/a.rog'), type: 3 }] });
            for (const end = Date.now() + 10_000; rows.some(row => row.startsWith('OTP-2026-0045')) && Date.now() < end;) rows = await lsp.register();
            expect(rows).toEqual(['OTP-2026-0042 requests/b.rog', 'OTP-2026-0044 uses.rog']);
        } finally {
            await lsp.server.stop();
            fs.rmSync(opened);
            fs.rmSync(dir, { recursive: true, force: true });
            fs.rmSync(outside, { recursive: true, force: true });
        }
    });

    test('a .rog file of 600 MB gets the diagnostic at 1:1 without being read, and every other file is loaded and checked', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-huge-'));
        fs.writeFileSync(path.join(dir, 'people.rog'), 'person P-1 { name "A. Person" }\n');
        fs.writeFileSync(path.join(dir, 'request.rog'), request('OTP-2026-0051', '  person P-1 as witness\n'));
        const huge = path.join(dir, 'huge.rog');
        fs.writeFileSync(huge, '');
        fs.truncateSync(huge, 600 * 1024 * 1024); // sparse: no disk used
        const refused: Diagnostic[] = [{
            code: 'syntax-error', message: 'File too large to be a request (629145600 bytes, limit 2000000 characters); it was not read.',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
        }];
        const lsp = await started(dir);
        try {
            expect(await lsp.register()).toEqual(['OTP-2026-0051 request.rog']);
            expect((await lsp.checkWorkspace()).files).toBe(3);
            await lsp.until(() => lsp.published.has(lsp.uri('huge.rog')) && lsp.published.has(lsp.uri('request.rog')));
            expect(lsp.published.get(lsp.uri('huge.rog'))!.map(({ code, message, range }) => ({ code, message, range }))).toEqual(refused);
            const checked = lsp.published.get(lsp.uri('request.rog'))!;
            expect(checked.map(d => d.code)).toContain('request-kind-missing');
            expect(checked.filter(d => d.code === 'unresolved-reference')).toEqual([]);
            // Changed on the disk, it is still not read.
            lsp.published.delete(lsp.uri('huge.rog'));
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('huge.rog'), type: 2 }] });
            await lsp.until(() => lsp.published.has(lsp.uri('huge.rog')));
            expect(lsp.published.get(lsp.uri('huge.rog'))!.map(({ code, message, range }) => ({ code, message, range }))).toEqual(refused);
            // An editor that sends the file's text (VS Code sends none past 50 MB) has that text checked; closed, the disk's is refused again.
            lsp.published.delete(lsp.uri('huge.rog'));
            lsp.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: lsp.uri('huge.rog'), languageId: 'rogatory', version: 1, text: 'person P-2 { name "B. Person" }\n' } });
            await lsp.until(() => lsp.published.has(lsp.uri('huge.rog')));
            expect(lsp.published.get(lsp.uri('huge.rog'))).toEqual([]);
            lsp.published.delete(lsp.uri('huge.rog'));
            lsp.server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: lsp.uri('huge.rog') } });
            await lsp.until(() => lsp.published.has(lsp.uri('huge.rog')));
            expect(lsp.published.get(lsp.uri('huge.rog'))!.map(({ code, message, range }) => ({ code, message, range }))).toEqual(refused);
            // Emptied on the disk: it is read, and nothing is left to say of it (the refusal was of a text the file no longer has).
            lsp.published.delete(lsp.uri('huge.rog'));
            fs.truncateSync(huge, 0);
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('huge.rog'), type: 2 }] });
            await lsp.until(() => lsp.published.has(lsp.uri('huge.rog')));
            expect(lsp.published.get(lsp.uri('huge.rog'))).toEqual([]);
            expect(lsp.shown).toEqual([]);
        } finally {
            await lsp.server.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('a file replaced by what is no file while the editor is open', () => {
    test('a named pipe or a folder in its place is not read (a pipe would wait for a writer for ever, and the server with it): the file leaves the workspace, as `rogatory check` passes over it, and the server goes on', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-pipe-'));
        fs.writeFileSync(path.join(dir, 'people.rog'), 'person P-1 { name "A. Person" }\n');
        fs.writeFileSync(path.join(dir, 'more.rog'), 'person P-2 { name "B. Person" }\n');
        fs.writeFileSync(path.join(dir, 'request.rog'), request('OTP-2026-0061', '  person P-1 as witness\n  person P-2 as witness\n'));
        const lsp = await started(dir);
        try {
            expect(await lsp.register()).toEqual(['OTP-2026-0061 request.rog']);
            await lsp.checkWorkspace(); // closed files' findings are published
            await lsp.until(() => lsp.published.has(lsp.uri('request.rog')));
            expect(lsp.published.get(lsp.uri('request.rog'))!.filter(d => d.code === 'unresolved-reference')).toEqual([]);
            fs.rmSync(path.join(dir, 'people.rog'));
            execFileSync('mkfifo', [path.join(dir, 'people.rog')]);
            fs.rmSync(path.join(dir, 'more.rog'));
            fs.mkdirSync(path.join(dir, 'more.rog'));
            // A watcher that tells of each path as changed (a branch switched), not as deleted and created.
            lsp.published.delete(lsp.uri('request.rog'));
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('people.rog'), type: 2 }, { uri: lsp.uri('more.rog'), type: 2 }] });
            await lsp.until(() => lsp.published.has(lsp.uri('request.rog')));
            // What the two files declared is gone with them, as `rogatory check` would say.
            expect(lsp.published.get(lsp.uri('request.rog'))!.filter(d => d.code === 'unresolved-reference').map(d => d.range.start.line)).toEqual([3, 4]);
            // A file in the folder now there is read as any new file.
            fs.writeFileSync(path.join(dir, 'more.rog', 'people.rog'), 'person P-2 { name "B. Person" }\n');
            lsp.published.delete(lsp.uri('request.rog'));
            lsp.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('more.rog/people.rog'), type: 1 }] });
            await lsp.until(() => lsp.published.has(lsp.uri('request.rog')));
            expect(lsp.published.get(lsp.uri('request.rog'))!.filter(d => d.code === 'unresolved-reference').map(d => d.range.start.line)).toEqual([3]);
            // An edit after it is checked, and the register answers, as before.
            const edited = lsp.uri('edited.rog');
            lsp.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: edited, languageId: 'rogatory', version: 1, text: request('OTP-2026-0062', '  person P-2 as witness\n') } });
            await lsp.until(() => lsp.published.has(edited));
            expect(lsp.published.get(edited)!.map(d => d.code)).toContain('request-kind-missing');
            expect(lsp.published.get(edited)!.filter(d => d.code === 'unresolved-reference')).toEqual([]);
            expect(await lsp.register()).toEqual(['OTP-2026-0061 request.rog']); // edited.rog, never saved, is none of the workspace's files
            expect(lsp.shown).toEqual([]);
        } finally {
            await lsp.server.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('a file deleted as the workspace loads', () => {
    test('listed, then gone before it is read (a branch switched as the editor opens): passed over, and the workspace is ready', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-vanish-'));
        fs.writeFileSync(path.join(dir, 'kept.rog'), 'person P-Kept { name "Kept Person" }\n');
        fs.writeFileSync(path.join(dir, 'gone.rog'), 'person P-Gone { name "Gone Person" }\n');
        const open = fs.promises.open;
        const spy = vi.spyOn(fs.promises, 'open').mockImplementation(async (file, ...rest) => {
            if (String(file).endsWith('gone.rog')) fs.rmSync(file);
            return open(file, ...rest);
        });
        try {
            const { shared } = createRogatoryServices({ ...NodeFileSystem });
            const manager = shared.workspace.WorkspaceManager;
            // The language server's first build; its failure left `ready` unresolved, and every request waiting on it.
            await expect(manager.initializeWorkspace([{ uri: `file://${dir}`, name: 'ws' }])).resolves.toBeUndefined();
            await manager.ready;
            const files = shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray();
            expect(files.map(d => path.basename(d.uri.fsPath))).toEqual(['kept.rog']);
            expect(shared.workspace.IndexManager.allElements('Person').map(d => d.name).toArray()).toEqual(['P-Kept']);
        } finally {
            spy.mockRestore();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
