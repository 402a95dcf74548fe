import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
import { DocumentState, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createRogatoryServices, isModel } from '../../packages/language/src/index.js';
import { startStdioServer, type StdioServer } from './stdio-client.js';

/**
 * What the random editing sessions (random-session.test.ts) found, each held by itself: the
 * built server over stdio, as an editor drives it.
 */
let server: StdioServer;
let connection: MessageConnection;
let workspace: string;
const published = new Map<string, Array<{ code?: string; message: string }>>();
const logged: string[] = [];

beforeAll(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-regressions-'));
    fs.writeFileSync(path.join(workspace, 'people.rog'), 'person P-Kept { name "Kept Person" }\n');
    server = await startStdioServer(workspace, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
        params => published.set(params.uri, params.diagnostics), {}, text => logged.push(text));
    connection = server.connection;
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => { if (params.type === 1) logged.push(params.message); });
});

afterAll(async () => {
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
});

/** The diagnostics published once the edits sent so far are built (the register is answered after them). */
async function diagnosticsOf(uri: string) {
    await connection.sendRequest('rogatory/register', {});
    return (published.get(uri) ?? []).map(d => d.message);
}

describe('found by random editing sessions', () => {
    test('a file that held a NUL, then emptied: its "not text" error goes with the NUL', async () => {
        const uri = `file://${workspace}/emptied.rog`;
        const text = 'person P-Nul { name "A\u0000B" }\n';
        fs.writeFileSync(path.join(workspace, 'emptied.rog'), text);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
        expect(await diagnosticsOf(uri)).toEqual(['This file is not text (it contains NUL or other control bytes); it was not parsed.']);
        // Select all, delete: the refusal was made from no text, and the empty text is not "the same text" as it.
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '' }] });
        expect(await diagnosticsOf(uri)).toEqual([]);
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'person P-Back { name "Back" ' }] });
        expect(await diagnosticsOf(uri)).toEqual(['The file ends inside this person: add `}` to close it.']);
    });
});

describe('refusals are errors', () => {
    test('a request about a file the workspace does not hold is refused with an error, not answered with the error as its result', async () => {
        // Langium refuses it as "server cancelled"; its ResponseError must be the class the connection answers errors for.
        const uri = `file://${workspace}/never-opened.rog`;
        for (const method of ['textDocument/documentSymbol', 'textDocument/hover', 'textDocument/foldingRange']) {
            const answer = await connection.sendRequest(method, { textDocument: { uri }, position: { line: 0, character: 0 } })
                .then(result => ({ result }), (error: ResponseError<unknown>) => ({ error: error.code }));
            expect(answer, method).toEqual({ error: -32802 });
        }
        expect(logged).toEqual([]);
    });
});

describe('a file deleted on the disk while the editor holds it', () => {
    test('it leaves the workspace (the watcher says so); what the editor still asks of it is refused as Langium refuses a file it does not hold, not failed', async () => {
        const file = path.join(workspace, 'held.rog');
        const uri = `file://${file}`;
        const text = 'person P-Held { name "Held Person" }\n';
        fs.writeFileSync(file, text);
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
        await diagnosticsOf(uri);
        fs.rmSync(file);
        connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
        await diagnosticsOf(uri);
        const position = { line: 0, character: 9 };
        for (const [method, params] of [
            ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
            ['textDocument/documentHighlight', { textDocument: { uri }, position }],
            ['textDocument/prepareRename', { textDocument: { uri }, position }],
            ['textDocument/rename', { textDocument: { uri }, position, newName: 'P-Renamed' }],
            ['textDocument/documentSymbol', { textDocument: { uri } }]
        ] as const) {
            const answer = await connection.sendRequest(method, params).then(result => ({ result }), (error: ResponseError<unknown>) => ({ error: error.code, message: error.message }));
            expect(answer, method).toEqual({ error: -32802, message: `No document found for URI: ${uri}` });
        }
        expect(logged).toEqual([]);
        connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
});

describe('the State list asked for as the server starts', () => {
    test('it waits for the built-in library to be indexed, not an empty list ("New request" offers no State)', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-states-'));
        for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, `p-${i}.rog`), `person P-${i} { name "Person ${i}" }\n`);
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const states = await started.connection.sendRequest<Array<{ name: string; status: string }>>('rogatory/states', { date: '2026-11-22' });
            expect(states.length).toBeGreaterThan(150);
            expect(states.find(s => s.name === 'Kenya')?.status).toMatch(/^State Party since 2005-06-01/);
            expect(states.some(s => s.name === 'United Nations')).toBe(false);
            // With the organisations (the New request command's list, but for a transit): the States first, then each of them once.
            const all = await started.connection.sendRequest<Array<{ name: string; abbreviation?: string; organisation?: boolean; status: string }>>('rogatory/states', { date: '2026-11-22', organisations: true });
            expect(all.slice(0, states.length)).toEqual(states);
            const organisations = all.slice(states.length);
            expect(organisations.every(o => o.organisation)).toBe(true);
            expect(organisations.map(o => o.name)).toEqual(expect.arrayContaining(['African Union', 'United Nations']));
            expect(new Set(organisations.map(o => o.name)).size).toBe(organisations.length);
            expect(organisations.find(o => o.name === 'United Nations')).toMatchObject({ abbreviation: 'UN', status: expect.stringContaining('(art. 87(6))') });
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('the preview rendered twice at once', () => {
    test('right after the file is opened and typed in: each rendering lists the syntax errors once, and the file\'s diagnostics are not doubled', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-preview-'));
        const errors: string[] = [];
        const shown = new Map<string, Array<{ message: string }>>();
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, params => shown.set(params.uri, params.diagnostics), {}, text => errors.push(text));
        try {
            const example = fs.readFileSync(path.resolve(__dirname, '../../examples/arrest-and-surrender/REG-2026-0101.rog'), 'utf8')
                .replace('  dated ', '  to State "Kenya" via {{ nothing\n  dated ');
            type Render = { html?: string; syntaxErrors?: Array<{ line: number; message: string }> };
            for (const name of ['first.rog', 'second.rog', 'third.rog']) {
                const uri = `file://${dir}/${name}`;
                const text = example.replace(/REG-2026-0101/g, `REG-2026-01${name.length}`);
                fs.writeFileSync(path.join(dir, name), text);
                // Opened, a key typed, and the preview (English and French side by side) asks at once.
                started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
                started.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}// typed\n` }] });
                const renders = await Promise.all(['en', 'fr'].map(lang => started.connection.sendRequest<Render>('rogatory/render', { uri, lang })));
                for (const render of renders) expect(render.syntaxErrors?.map(e => e.line), name).toEqual([13]);
                await started.connection.sendRequest('rogatory/register', {});
                const messages = shown.get(uri)!.map(d => d.message);
                expect(messages.length, name).toBeGreaterThan(1);
                expect(messages, name).toEqual([...new Set(messages)]);
            }
            expect(errors).toEqual([]);
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('semantic tokens asked for two at once', () => {
    test('two files shown side by side, and the visible range with the whole file: each answer is the one asked alone', async () => {
        // Files long enough for the highlighting to yield to the event loop (Langium's pauses every 10 ms).
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-tokens-'));
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const uris = ['arrest-and-surrender/REG-2026-0101.rog', 'assistance/OTP-2026-0201-evidence-and-records.rog'].map((example, i) => {
                const text = fs.readFileSync(path.resolve(__dirname, '../../examples', example), 'utf8').repeat(40);
                const uri = `file://${dir}/side-${i}.rog`;
                fs.writeFileSync(path.join(dir, `side-${i}.rog`), text);
                started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
                return uri;
            });
            type Tokens = { data: number[] };
            const full = (uri: string) => started.connection.sendRequest<Tokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
            const range = (uri: string) => started.connection.sendRequest<Tokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
            const alone = [await full(uris[0]), await full(uris[1]), await range(uris[0])].map(t => t.data);
            expect(alone[0].length).toBeGreaterThan(1000);
            expect(alone[0]).not.toEqual(alone[1]);
            for (let i = 0; i < 3; i++) {
                const together = (await Promise.all([full(uris[0]), full(uris[1]), range(uris[0])])).map(t => t.data);
                expect(together).toEqual(alone);
            }
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('a request right after an edit, while the server is busy', () => {
    test('it waits for the tree of the text just typed, not answered from the tree built before it', async () => {
        // The editor's text changes at once; the update that builds it again may wait behind the build under way,
        // which Langium cancels only at its next pause. Meanwhile a request (an outline, semantic tokens) waits for
        // the state it needs: the document must not be at it with the tree of the text before.
        const { shared } = createRogatoryServices();
        const builder = shared.workspace.DocumentBuilder;
        const uri = URI.parse('file:///behind/people.rog');
        const typed = TextDocument.create(uri.toString(), 'rogatory', 1, 'person P-Before { name "Before" }\n');
        shared.workspace.TextDocuments!.set(typed);
        await builder.update([uri], []);
        const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
        expect(document.state).toBe(DocumentState.Validated);
        TextDocument.update(typed, [{ text: '\nperson P-After { name "After" }\n' }], 2);
        let answered = false;
        const waiting = builder.waitUntil(DocumentState.Linked, uri).then(() => { answered = true; });
        await new Promise(resolve => setImmediate(resolve));
        expect(answered).toBe(false);
        await builder.update([uri], []);
        await waiting;
        expect(isModel(document.parseResult.value) && document.parseResult.value.elements.map(e => (e as { name?: string }).name)).toEqual(['P-After']);
    });
});

describe('an export asked just before an edit', () => {
    test('exports the workspace as it stood when asked: the edit that follows waits for the export', async () => {
        // The request, and the declarations it links to (the person's name is printed in the request).
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-export-edit-'));
        const examples = path.resolve(__dirname, '../../examples');
        for (const folder of ['declarations', 'arrest-and-surrender']) fs.cpSync(path.join(examples, folder), path.join(dir, folder), { recursive: true });
        const declarations = fs.readFileSync(path.join(dir, 'declarations/surrender.rog'), 'utf8');
        const started = await startStdioServer(dir, { workspace: { configuration: true } }, () => undefined);
        try {
            const declarationsUri = `file://${dir}/declarations/surrender.rog`;
            started.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: declarationsUri, languageId: 'rogatory', version: 1, text: declarations } });
            await started.connection.sendRequest('rogatory/register', {});
            type Result = { files: string[]; error?: string };
            const outDir = path.join(dir, 'out');
            for (let round = 1; round <= 3; round++) {
                // Asked, and at once the person declared elsewhere renamed: the export prints the name as it was.
                const exported = started.connection.sendRequest<Result>('rogatory/export', {
                    uri: `file://${dir}/arrest-and-surrender/REG-2026-0101.rog`, formats: ['pdf', 'docx', 'html'], langs: ['en', 'fr'], outDir, workspaceRoot: dir, force: true
                });
                const edited = declarations.replace('name "Daniel Otieno Kilonzo"', `name "Edited ${round}"`);
                started.connection.sendNotification('textDocument/didChange', { textDocument: { uri: declarationsUri, version: 2 * round }, contentChanges: [{ text: edited }] });
                const result = await exported;
                expect(result.error, `round ${round}`).toBeUndefined();
                for (const lang of ['en', 'fr']) {
                    const html = fs.readFileSync(path.join(outDir, `REG-2026-0101.${lang}.html`), 'utf8');
                    expect(html, `round ${round}, ${lang}`).toContain('Daniel Otieno Kilonzo');
                    expect(html, `round ${round}, ${lang}`).not.toContain(`Edited ${round}`);
                }
                // Back as it was, for the next round.
                started.connection.sendNotification('textDocument/didChange', { textDocument: { uri: declarationsUri, version: 2 * round + 1 }, contentChanges: [{ text: declarations }] });
                await started.connection.sendRequest('rogatory/register', {});
            }
        } finally {
            await started.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
