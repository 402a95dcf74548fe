import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ResponseError } from 'vscode-jsonrpc/node';
import { URI } from 'langium';
import { startStdioServer, type StdioServer } from './stdio-client.js';
import { setup } from '../helpers.js';

/**
 * A seeded random editing session against the standalone server over stdio, as an editor and a
 * legal officer make one: a workspace copied from `examples/` (a few files open, most only on disk),
 * edits of every kind to the open files (a clause typed a key at a time, ranges deleted, fragments of
 * other files pasted, braces and quotes left open, non-ASCII and NUL, blocks duplicated, declarations
 * renamed, quick fixes and formatting applied, an earlier text restored), files created, changed,
 * deleted and renamed on disk (with the watcher's events), and requests at random positions.
 *
 * What must hold, checked as the session goes: the server runs; every request is answered within
 * REPLY_MS, never with an internal error; what an answer locates lies inside the document; the
 * formatting changes no token; no error is logged (window/logMessage, window/showMessage) and nothing
 * is written on stderr; and once the edits settle, every open document has diagnostics published since
 * its last edit, inside its text, whose syntax errors are those of its text (no stale diagnostics), a
 * file deleted from the disk keeps none (open, until the editor sends its text again: it has left the
 * workspace), and a closed file's lie inside its text on disk.
 *
 * The same seed makes the same session: the actions wait for the builds whenever what they do depends on
 * the server's answers (quick fixes, rename), so only the server's timing differs from run to run.
 */
export interface SessionOptions {
    seed: number;
    steps: number;
    /** Each action, as it is made (for hunting by hand). */
    trace?: (line: string) => void;
}

export interface SessionReport {
    seed: number;
    steps: number;
    actions: Record<string, number>;
    requests: Record<string, number>;
    /** Answers other than results that are allowed (cancelled, content modified), by code. */
    refusals: Record<string, number>;
    violations: string[];
}

const REPLY_MS = 10_000;
const EXAMPLES = path.resolve(__dirname, '../../examples');

/** mulberry32: small, fast, and the same sequence on every platform. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
type TextEdit = { range: Range; newText: string };
type Diagnostic = { range: Range; message: string; code?: string; severity?: number };
type WorkspaceEdit = { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument?: { uri: string }; edits?: TextEdit[]; kind?: string }> };

/** Clauses typed by hand: realistic ones, and the mistakes the messages are written for. */
const TYPED = [
    '  to State "Narnia"', '  deadline 2026-13-01', '  legal-basis art. 93(1)(z), art. 96(2)(g)', '  dated 26/11/2026',
    '  suppress request-kind-missing "checked by hand"', '  classification secret', '  language français',
    '  status sent 2026-02-30', '  follows OTP-2026-9999', '  person P-Nobody as witness', '  annex A9 "Missing" file "nowhere.pdf"',
    '  kind assistance art. 93(1)(b)', '  urgent', 'request OTP-2026-7777 {', 'person P-New { name "A Person" }', '}', '  respond-by 2026-01-01',
    '  situation ICC-01/04 case ICC-01/04-01/06', '  to organisation "United Nations"', '  via diplomatic-channel language English',
    '  # a comment the wrong way', '  /* an open comment', '  name “Curly Quotes”', '  born 2026-02-29 in "Nairobi"'
];
const UNBALANCED = ['{', '}', '"', '"open string', '/*', '*/', '(', ')', '{{', '}}}', '{ }', '" "', '\'', 'art. 93(', '//'];
const STRANGE = ['é', 'Côte d’Ivoire', '\u0000', '😀', '\u2028', '\ufeff', '\r', '\r\n', '\t', '“Kenya”', 'ß', '\u200b', '𝔘𝔫𝔦', '\u0301', 'ﬁ', '\u0085', '\uFFFD'];
const STRANGE_DATES = [undefined, '2026-01-01', '1990-07-17', '2091-01-01', 'junk', '2026-02-30', ''];

interface OpenDocument { uri: string; file: string; doc: TextDocument; history: string[]; lastChange: number }

export async function runRandomSession(options: SessionOptions): Promise<SessionReport> {
    const rnd = random(options.seed);
    const int = (n: number) => Math.floor(rnd() * n);
    const pick = <T>(items: readonly T[]): T => items[int(items.length)];
    const chance = (p: number) => rnd() < p;
    const report: SessionReport = { seed: options.seed, steps: options.steps, actions: {}, requests: {}, refusals: {}, violations: [] };
    const count = (table: Record<string, number>, key: string) => { table[key] = (table[key] ?? 0) + 1; };
    /** The last actions, for a violation to say what led to it. */
    const trail: string[] = [];
    let step = 0;
    const act = (line: string) => {
        trail.push(`${step}: ${line}`);
        if (trail.length > 30) trail.shift();
        options.trace?.(`${step}: ${line}`);
    };
    const violation = (what: string) => {
        if (report.violations.length < 25) report.violations.push(`seed ${options.seed}, step ${step}: ${what}\n    after: ${trail.slice(-12).join('\n           ')}`);
        options.trace?.(`VIOLATION ${what}`);
    };

    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-session-'));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rogatory-session-out-'));
    fs.cpSync(EXAMPLES, workspace, { recursive: true });
    const uriOf = (file: string) => pathToFileURL(file).toString();
    const rogFiles = (): string[] => {
        const files: string[] = [];
        const walk = (dir: string) => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
                const full = path.join(dir, entry.name);
                if (entry.isDirectory()) walk(full);
                else if (entry.name.endsWith('.rog')) files.push(full);
            }
        };
        walk(workspace);
        return files;
    };
    const corpus = rogFiles().map(f => fs.readFileSync(f, 'utf8'));
    const corpusLines = corpus.flatMap(t => t.split('\n')).filter(l => l.trim() && !l.trim().startsWith('//'));

    // The server, as the client sees it.
    let sent = 0;
    const published = new Map<string, { diagnostics: Diagnostic[]; at: number }>();
    const { parse, services: inProcess } = setup();
    let parsed = 0;
    let server: StdioServer | undefined;
    server = await startStdioServer(workspace, {
        textDocument: {
            synchronization: { didSave: true }, publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] },
            completion: { completionItem: { snippetSupport: true } }, definition: {}, references: {}, documentHighlight: {},
            documentSymbol: { hierarchicalDocumentSymbolSupport: true }, formatting: {}, rangeFormatting: {}, foldingRange: {},
            rename: { prepareSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
            semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
        },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {}, workspaceEdit: { documentChanges: false } },
        window: { workDoneProgress: true }
    }, params => {
        published.set(params.uri, { diagnostics: params.diagnostics, at: sent });
    }, {}, text => violation(`the server wrote on stderr: ${text.trim().slice(0, 600)}`));
    const connection = server.connection;
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type === 1) violation(`error logged: ${params.message.slice(0, 600)}`);
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
        if (params.type === 1) violation(`error shown: ${params.message.slice(0, 600)}`);
    });
    connection.onRequest('window/showMessageRequest', () => null);
    const capabilities = server.capabilities as Record<string, unknown> & { semanticTokensProvider?: { legend: { tokenTypes: string[] } } };
    const notify = (method: string, params: unknown) => {
        sent++;
        void connection.sendNotification(method, params);
    };

    const open = new Map<string, OpenDocument>();
    /** Files deleted from the disk (and the server told), whose diagnostics must be cleared unless open. */
    const deleted = new Set<string>();
    /**
     * Open files deleted from the disk (and the server told): they leave the workspace, their diagnostics
     * cleared, until the editor sends their text again (an edit, or saved).
     */
    const dropped = new Set<string>();
    const semantic = new Map<string, { resultId?: string; data: number[]; version: number }>();

    // Requests, each answered within REPLY_MS and never with an internal error.
    const pending: Array<Promise<void>> = [];
    async function request<T>(method: string, params: unknown): Promise<T | undefined> {
        count(report.requests, method);
        sent++;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), REPLY_MS); });
        try {
            const answer = await Promise.race([connection.sendRequest<T>(method, params), timeout]);
            if (answer === 'timeout') {
                violation(`${method} not answered within ${REPLY_MS} ms (${JSON.stringify(params).slice(0, 300)})`);
                const uri = (params as { textDocument?: { uri?: string } }).textDocument?.uri;
                if (uri) options.trace?.(`TEXT ${JSON.stringify(textOf(uri))}`);
                return undefined;
            }
            return answer as T;
        } catch (error) {
            const code = error instanceof ResponseError ? error.code : 'thrown';
            count(report.refusals, `${method} ${code}`);
            // Cancelled (-32800), cancelled by the server (-32802: a file the workspace does not hold) and
            // content modified (-32801) are answers a client expects; invalid params
            // (-32602) and invalid request (-32600) are how rename refuses a name or a built-in declaration
            // (lsp/rename-provider.ts). An internal error (-32603) is a crash of the handler.
            if (![-32800, -32801, -32802, -32602, -32600].includes(code as number)) {
                violation(`${method} answered with error ${code}: ${error instanceof Error ? error.message.slice(0, 600) : String(error)} (${JSON.stringify(params).slice(0, 300)})`);
            }
            return undefined;
        } finally {
            clearTimeout(timer);
        }
    }

    // The text model, computed as the server computes it (the same TextDocument), and the edits sent.
    const safeOffset = (text: string, offset: number) => {
        const o = Math.max(0, Math.min(offset, text.length));
        const high = (c: number) => c >= 0xD800 && c <= 0xDBFF;
        return o > 0 && o < text.length && high(text.charCodeAt(o - 1)) ? o - 1 : o;
    };
    const change = (d: OpenDocument, changes: TextDocumentContentChangeEvent[]) => {
        d.history.push(d.doc.getText());
        if (d.history.length > 20) d.history.shift();
        d.doc = TextDocument.update(d.doc, changes, d.doc.version + 1);
        dropped.delete(d.uri);
        notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.doc.version }, contentChanges: changes });
        d.lastChange = sent;
    };
    const replace = (d: OpenDocument, from: number, to: number, text: string) => {
        const source = d.doc.getText();
        const start = safeOffset(source, from), end = safeOffset(source, Math.max(from, to));
        change(d, [{ range: { start: d.doc.positionAt(start), end: d.doc.positionAt(end) }, text }]);
    };
    const whole = (d: OpenDocument, text: string) => change(d, [{ text }]);
    const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map(m => m.index! + 1)];
    const randomOffset = (text: string) => {
        if (chance(0.5)) {
            const words = [...text.matchAll(/[A-Za-z][\w.-]*|"[^"\n]*"|\d{4}-\d\d-\d\d|art\. \d+(\(\w+\))*/g)];
            if (words.length) { const w = pick(words); return w.index! + int(w[0].length + 1); }
        }
        return safeOffset(text, int(text.length + 1));
    };
    /**
     * Whether `range` lies in `text`, start before end. A character past the end of its line is taken as the
     * end of the line by LSP (a diagnostic at 1:1 of a file whose first line is empty), `loosely`; an edit or
     * a completion is held to its line.
     */
    const inside = (text: string, range: Range | undefined, loosely = false): boolean => {
        if (!range) return false;
        const lines = text.split(/\r\n|\r|\n/);
        const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0
            && p.line < lines.length && (loosely || p.character <= lines[p.line].length);
        const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
        return ok(range.start) && ok(range.end) && before;
    };
    /** The text the server holds for a file: the open document's, else the disk's. */
    const textOf = (uri: string): string | undefined => {
        const d = open.get(uri);
        if (d) return d.doc.getText();
        if (!uri.startsWith('file:')) return undefined;
        try { return fs.readFileSync(fileURLToPath(uri), 'utf8'); } catch { return undefined; }
    };
    /** An answer that is a list, or none (null); anything else is said. */
    const listOf = <T>(what: string, value: unknown): T[] => {
        if (value === undefined || value === null) return [];
        if (Array.isArray(value)) return value as T[];
        violation(`${what}: an answer that is not a list: ${JSON.stringify(value).slice(0, 300)}`);
        return [];
    };
    const checkEdits = (what: string, uri: string, text: string, edits: TextEdit[]): boolean => {
        const doc = TextDocument.create(uri, 'rogatory', 0, text);
        const spans = edits.map(e => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0]);
        for (const e of edits) if (!inside(text, e.range)) { violation(`${what}: an edit outside ${uri}: ${JSON.stringify(e.range)}`); return false; }
        for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) { violation(`${what}: overlapping edits in ${uri}`); return false; }
        return true;
    };
    /** The edits a client applies: open documents through didChange (last edit first), closed files on disk and the watcher's event. */
    const applyWorkspaceEdit = (what: string, edit: WorkspaceEdit) => {
        const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
        for (const c of edit.documentChanges ?? []) {
            if (c.textDocument && c.edits) byUri.set(c.textDocument.uri, [...(byUri.get(c.textDocument.uri) ?? []), ...c.edits]);
            else violation(`${what}: a resource operation, not declared supported: ${JSON.stringify(c).slice(0, 200)}`);
        }
        for (const [uri, edits] of byUri) {
            const text = textOf(uri);
            if (text === undefined) { violation(`${what}: an edit of ${uri}, which the workspace does not hold`); continue; }
            if (!checkEdits(what, uri, text, edits)) continue;
            const d = open.get(uri);
            if (d) {
                if (edits.length) whole(d, TextDocument.applyEdits(d.doc, edits));
            } else {
                fs.writeFileSync(fileURLToPath(uri), TextDocument.applyEdits(TextDocument.create(uri, 'rogatory', 0, text), edits));
                notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
            }
        }
    };

    // The tokens of a text, comments included, as the formatter compares them.
    const tokens = (text: string) => {
        const lexed = inProcess.parser.Lexer.tokenize(text);
        return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => `${t.tokenType.name} ${t.image}`);
    };

    // The requests, at random positions of a random open document.
    const at = (d: OpenDocument) => d.doc.positionAt(randomOffset(d.doc.getText()));
    const randomRange = (d: OpenDocument): Range => {
        const text = d.doc.getText();
        const a = randomOffset(text), b = Math.min(text.length, a + int(400));
        return { start: d.doc.positionAt(a), end: d.doc.positionAt(b) };
    };
    /** Checks an answer's ranges only if the document did not change meanwhile (the server answered the text it had). */
    const whileUnchanged = (d: OpenDocument, check: (text: string) => void) => {
        const version = d.doc.version;
        return () => { const now = open.get(d.uri); if (now === d && d.doc.version === version) check(d.doc.getText()); };
    };
    const locations = (what: string, found: unknown) => {
        const list = (Array.isArray(found) ? found : found ? [found] : []) as Array<{ uri?: string; range?: Range; targetUri?: string; targetRange?: Range; targetSelectionRange?: Range }>;
        for (const l of list) {
            const uri = l.uri ?? l.targetUri!;
            const text = open.has(uri) ? open.get(uri)!.doc.getText() : undefined; // closed files may be rebuilding
            if (text !== undefined) for (const r of [l.range, l.targetRange, l.targetSelectionRange].filter(Boolean)) if (!inside(text, r)) violation(`${what}: a location outside ${uri}: ${JSON.stringify(r)}`);
        }
    };
    const checkSymbols = (what: string, text: string, symbols: Array<{ range: Range; selectionRange: Range; children?: unknown[]; name: string }>) => {
        for (const s of symbols) {
            if (!inside(text, s.range) || !inside(text, s.selectionRange)) violation(`${what}: symbol ${s.name} outside the document: ${JSON.stringify(s.range)}`);
            if (typeof s.name !== 'string' || s.name.length === 0) violation(`${what}: a symbol without a name`);
            checkSymbols(what, text, listOf(what, s.children));
        }
    };
    const checkSemanticTokens = (what: string, text: string, data: number[]) => {
        if (data.length % 5 !== 0) { violation(`${what}: ${data.length} numbers, not a multiple of 5`); return; }
        const lines = text.split(/\r\n|\r|\n/);
        const types = capabilities.semanticTokensProvider?.legend.tokenTypes.length ?? 0;
        let line = 0, character = 0;
        for (let i = 0; i < data.length; i += 5) {
            const [dl, dc, length, type] = data.slice(i, i + 4);
            line += dl;
            character = dl === 0 ? character + dc : dc;
            if (dl < 0 || (dl === 0 && dc < 0 && i > 0) || line >= lines.length || character + length > lines[line].length || length <= 0 || type >= types) {
                violation(`${what}: token ${i / 5} at ${line}:${character} (+${length}, type ${type}) outside its line (${lines.length} lines${line < lines.length ? `, that one ${lines[line].length} long` : ''})`);
                return;
            }
        }
    };

    type Burst = (d: OpenDocument) => Promise<void>;
    const requests: Array<[number, string, Burst]> = [
        [5, 'completion', async d => {
            const position = at(d);
            const after = whileUnchanged(d, text => {
                const items = Array.isArray(list) ? list : (list as { items?: unknown[] } | undefined)?.items ?? [];
                for (const item of items as Array<{ label: string; textEdit?: { range?: Range; insert?: Range; replace?: Range } }>) {
                    if (typeof item.label !== 'string') violation('completion: an item without a label');
                    const range = item.textEdit?.range ?? item.textEdit?.replace;
                    if (range && (!inside(text, range) || range.start.line !== range.end.line || range.start.line !== position.line
                        || range.start.character > position.character || range.end.character < position.character)) {
                        violation(`completion: item ${JSON.stringify(item.label)} edits ${JSON.stringify(range)}, not a range of the line around ${JSON.stringify(position)}`);
                        return;
                    }
                }
            });
            const list = await request<unknown>('textDocument/completion', { textDocument: { uri: d.uri }, position });
            after();
        }],
        [5, 'hover', async d => {
            const position = at(d);
            const after = whileUnchanged(d, text => { if (hover?.range && !inside(text, hover.range)) violation(`hover: range outside: ${JSON.stringify(hover.range)}`); });
            const hover = await request<{ range?: Range; contents: unknown }>('textDocument/hover', { textDocument: { uri: d.uri }, position });
            if (hover && !hover.contents) violation(`hover: an answer without contents: ${JSON.stringify(hover)}`);
            after();
        }],
        [3, 'definition', async d => {
            const after = whileUnchanged(d, () => locations('definition', found));
            const found = await request<unknown>('textDocument/definition', { textDocument: { uri: d.uri }, position: at(d) });
            after();
        }],
        [3, 'references', async d => {
            const after = whileUnchanged(d, () => locations('references', found));
            const found = await request<unknown>('textDocument/references', { textDocument: { uri: d.uri }, position: at(d), context: { includeDeclaration: chance(0.5) } });
            after();
        }],
        [1, 'documentHighlight', async d => {
            const after = whileUnchanged(d, text => { for (const h of listOf<{ range: Range }>('documentHighlight', found)) if (!inside(text, h.range)) violation(`documentHighlight outside: ${JSON.stringify(h.range)}`); });
            const found = await request<Array<{ range: Range }>>('textDocument/documentHighlight', { textDocument: { uri: d.uri }, position: at(d) });
            after();
        }],
        [2, 'prepareRename', async d => {
            const position = at(d);
            const after = whileUnchanged(d, text => {
                const range = (found as { range?: Range })?.range ?? (found as Range | null);
                if (range && 'start' in range && !inside(text, range)) violation(`prepareRename: range outside: ${JSON.stringify(range)}`);
            });
            const found = await request<unknown>('textDocument/prepareRename', { textDocument: { uri: d.uri }, position });
            after();
        }],
        [2, 'rename (not applied)', async d => {
            const after = whileUnchanged(d, () => {
                for (const [uri, edits] of Object.entries(edit?.changes ?? {})) { const text = open.get(uri)?.doc.getText(); if (text !== undefined) checkEdits('rename', uri, text, edits); }
            });
            const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: d.uri }, position: at(d), newName: pick(['P-Renamed', 'W-2', 'bad name', '', 'OTP-2026-0001', 'é']) });
            after();
        }],
        [3, 'documentSymbol', async d => {
            const after = whileUnchanged(d, text => checkSymbols('documentSymbol', text, listOf('documentSymbol', found)));
            const found = await request<Array<{ range: Range; selectionRange: Range; name: string }>>('textDocument/documentSymbol', { textDocument: { uri: d.uri } });
            after();
        }],
        [2, 'formatting', async d => {
            const source = d.doc.getText();
            const version = d.doc.version;
            const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: d.uri }, options: { tabSize: pick([2, 4, 8]), insertSpaces: chance(0.7) } });
            if (!edits?.length || open.get(d.uri) !== d || d.doc.version !== version || !checkEdits('formatting', d.uri, source, edits)) return;
            count(report.requests, 'textDocument/formatting (with edits)');
            const formatted = TextDocument.applyEdits(d.doc, edits);
            const [a, b] = [tokens(source), tokens(formatted)];
            if (JSON.stringify(a) !== JSON.stringify(b)) {
                const i = a.findIndex((t, k) => t !== b[k]);
                violation(`formatting changed a token: ${JSON.stringify(a[i])} became ${JSON.stringify(b[i])}`);
            }
        }],
        [1, 'rangeFormatting', async d => {
            const source = d.doc.getText();
            const after = whileUnchanged(d, () => { if (edits) checkEdits('rangeFormatting', d.uri, source, edits); });
            const edits = await request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri: d.uri }, range: randomRange(d), options: { tabSize: 2, insertSpaces: true } });
            after();
        }],
        [4, 'codeAction', async d => {
            const range = randomRange(d);
            // The diagnostics of this text, as an editor sends them (it moves its markers with the edits; these are not moved).
            const current = published.get(d.uri);
            const diagnostics = current && current.at >= d.lastChange ? current.diagnostics.filter(x => x.range.start.line <= range.end.line && x.range.end.line >= range.start.line) : [];
            const after = whileUnchanged(d, () => {
                for (const a of listOf<{ title: string; edit?: WorkspaceEdit }>('codeAction', actions)) if (a.edit) for (const [uri, edits] of Object.entries(a.edit.changes ?? {})) { const text = textOf(uri); if (text !== undefined) checkEdits(`codeAction ${a.title}`, uri, text, edits); }
            });
            const actions = await request<Array<{ title: string; edit?: WorkspaceEdit }>>('textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics } });
            after();
        }],
        [3, 'semanticTokens', async d => {
            const after = whileUnchanged(d, text => {
                if (!found) return;
                checkSemanticTokens('semanticTokens/full', text, found.data);
                semantic.set(d.uri, { resultId: found.resultId, data: found.data, version: d.doc.version });
            });
            const found = await request<{ resultId?: string; data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: d.uri } });
            after();
        }],
        [2, 'semanticTokens/delta', async d => {
            const previous = semantic.get(d.uri);
            if (!previous?.resultId) return;
            const after = whileUnchanged(d, text => {
                if (!found) return;
                let data = previous.data;
                if ('edits' in found) {
                    data = [...data];
                    for (const e of [...found.edits].sort((a, b) => b.start - a.start)) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
                } else data = found.data;
                checkSemanticTokens('semanticTokens/full/delta', text, data);
                semantic.set(d.uri, { resultId: found.resultId, data, version: d.doc.version });
            });
            const found = await request<{ resultId?: string; data: number[] } | { resultId?: string; edits: Array<{ start: number; deleteCount: number; data?: number[] }> }>(
                'textDocument/semanticTokens/full/delta', { textDocument: { uri: d.uri }, previousResultId: previous.resultId });
            after();
        }],
        [1, 'semanticTokens/range', async d => {
            const after = whileUnchanged(d, text => { if (found) checkSemanticTokens('semanticTokens/range', text, found.data); });
            const found = await request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri: d.uri }, range: randomRange(d) });
            after();
        }],
        [2, 'foldingRange', async d => {
            const after = whileUnchanged(d, text => {
                const lines = text.split(/\r\n|\r|\n/).length;
                for (const f of listOf<{ startLine: number; endLine: number }>('foldingRange', found)) if (f.startLine > f.endLine || f.endLine >= lines || f.startLine < 0) violation(`foldingRange ${f.startLine}-${f.endLine} outside ${lines} lines`);
            });
            const found = await request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri: d.uri } });
            after();
        }],
        [1, 'inlayHint', async d => {
            const after = whileUnchanged(d, text => {
                for (const h of listOf<{ position: { line: number; character: number }; label: unknown }>('inlayHint', found)) {
                    if (!inside(text, { start: h.position, end: h.position })) violation(`inlayHint at ${JSON.stringify(h.position)}, outside the document`);
                    if (typeof h.label !== 'string' || !h.label) violation(`inlayHint: a label ${JSON.stringify(h.label)}`);
                }
            });
            const found = await request<Array<{ position: { line: number; character: number }; label: unknown }>>('textDocument/inlayHint', { textDocument: { uri: d.uri }, range: randomRange(d) });
            after();
        }],
        [1, 'documentLink', async d => {
            const after = whileUnchanged(d, text => {
                for (const l of listOf<{ range: Range; target?: string }>('documentLink', found)) {
                    if (!inside(text, l.range)) violation(`documentLink ${JSON.stringify(l.range)} outside the document`);
                    if (!l.target?.startsWith('file://')) violation(`documentLink to ${l.target}`);
                }
            });
            const found = await request<Array<{ range: Range; target?: string }>>('textDocument/documentLink', { textDocument: { uri: d.uri } });
            after();
        }],
        [1, 'workspaceSymbol', async () => { await request('workspace/symbol', { query: pick(['', 'P-', 'OTP', 'Kenya', 'zz']) }); }],
        [1, 'rogatory/states', async () => {
            const states = await request<Array<{ name: string; status: string }>>('rogatory/states', { date: pick(STRANGE_DATES) });
            if (states && !(states.length > 100 && states.every(s => s.name && s.status))) violation(`rogatory/states: ${states.length} States, or one without a name or status`);
        }],
        [0.5, 'rogatory/newRequest', async () => {
            // The New request command's file, written by the server: a fresh reference, one taken, a keyword, a path, nothing;
            // a State (a party, one withdrawn, one not party before 2025 with an art. 12(3) declaration), an organisation, both, neither; a kind or not; any date.
            const taken = rogFiles().map(f => /^request ([\w-]+) \{/m.exec(fs.readFileSync(f, 'utf8'))?.[1]).filter((n): n is string => !!n);
            // Mostly one that can be written.
            const reference = chance(0.6) ? `ZZ-${step}-${int(1000)}` : pick(['request', '../escape', '', ...taken.slice(0, 2)]);
            const addressee = chance(0.7) ? pick([{ state: 'Kenya' }, { organisation: 'United Nations' }, { state: 'Ukraine' }, { state: 'Burundi' }]) : pick([{ state: 'Atlantis' }, {}, { state: 'Kenya', organisation: 'UN' }]);
            const kind = chance(0.7) ? pick(['assistance', 'transit', 'temporary-transfer']) : pick(['extradition', undefined]);
            const date = chance(0.7) ? '2026-11-22' : pick(STRANGE_DATES);
            // Now and then no folder (no workspace open in VS Code): the text alone, nothing written.
            const folder = chance(0.85) ? workspace : undefined;
            const result = await request<{ file?: string; text?: string; refusal?: { kind: string }; error?: string }>('rogatory/newRequest', { folder, reference, kind, date, ...addressee });
            if (!result) return;
            if ([result.file, result.text, result.refusal, result.error].filter(a => a !== undefined).length !== 1) violation(`rogatory/newRequest: not one answer: ${JSON.stringify(result)}`);
            if (result.text !== undefined && (folder !== undefined || !result.text.startsWith(`request ${reference} {\n`) || /undefined|NaN/.test(result.text))) violation(`rogatory/newRequest: text ${result.text.slice(0, 80)}`);
            if ((result.file ?? result.text) !== undefined && 'state' in addressee && addressee.state === 'Atlantis') violation('rogatory/newRequest: a request to Atlantis, which nobody declared');
            if (result.file !== undefined && folder === undefined) violation(`rogatory/newRequest wrote ${result.file} with no folder`);
            if (result.error && /\n\s+at /.test(result.error)) violation(`rogatory/newRequest: a stack trace: ${result.error.slice(0, 300)}`);
            if (result.file) {
                const text = fs.existsSync(result.file) ? fs.readFileSync(result.file, 'utf8') : '';
                if (path.dirname(result.file) !== path.join(workspace, 'requests') || !text.startsWith(`request ${reference} {\n`)) violation(`rogatory/newRequest wrote ${result.file}: ${text.slice(0, 80)}`);
                // As VS Code's watcher would say.
                deleted.delete(uriOf(result.file));
                watched([{ file: result.file, type: 1 }]);
            }
        }],
        [0.3, 'rogatory/checkWorkspace', async () => {
            const result = await request<{ files: number }>('rogatory/checkWorkspace', {});
            if (result && result.files < 1) violation('rogatory/checkWorkspace counted no file');
        }],
        [1, 'rogatory/register', async () => {
            const register = await request<{ asOf: string; rows: Array<{ line: number; overdueDays: number }> }>('rogatory/register', { asOf: pick(STRANGE_DATES) });
            if (register && (!/^\d{4}-\d\d-\d\d$/.test(register.asOf) || !register.rows.every(r => Number.isInteger(r.line) && r.line >= 0))) violation(`rogatory/register: as of ${register.asOf}, or a row without its line`);
        }],
        [1, 'rogatory/render', async d => {
            const uri = chance(0.8) ? d.uri : chance(0.5) ? uriOf(pick(rogFiles())) : uriOf(path.join(workspace, 'nowhere.rog'));
            const result = await request<{ html?: string; error?: string }>('rogatory/render', { uri, lang: pick(['en', 'fr']) });
            if (result && !(result.html?.includes('</html>') || (result.error && !result.html))) violation(`rogatory/render: neither a page nor an error: ${JSON.stringify(result).slice(0, 200)}`);
        }],
        [0.5, 'rogatory/export', async d => {
            const formats = chance(0.1) ? [pick(['docx', 'pdf'])] : [pick(['html', 'md', 'json'])];
            const result = await request<{ files: string[]; error?: string }>('rogatory/export', {
                uri: d.uri, formats, langs: [pick(['en', 'fr'])], outDir, workspaceRoot: workspace, draft: chance(0.7), force: true
            });
            if (result && (!Array.isArray(result.files) || (result.error && /\n\s+at /.test(result.error)))) violation(`rogatory/export: ${JSON.stringify(result).slice(0, 400)}`);
        }]
    ];
    const advertised: Record<string, string> = {
        completion: 'completionProvider', hover: 'hoverProvider', definition: 'definitionProvider', references: 'referencesProvider',
        documentHighlight: 'documentHighlightProvider', prepareRename: 'renameProvider', 'rename (not applied)': 'renameProvider',
        documentSymbol: 'documentSymbolProvider', formatting: 'documentFormattingProvider', rangeFormatting: 'documentRangeFormattingProvider',
        codeAction: 'codeActionProvider', semanticTokens: 'semanticTokensProvider', 'semanticTokens/delta': 'semanticTokensProvider',
        'semanticTokens/range': 'semanticTokensProvider', foldingRange: 'foldingRangeProvider', workspaceSymbol: 'workspaceSymbolProvider'
    };
    const offered = requests.filter(([, name]) => !advertised[name] || capabilities[advertised[name]]);
    const weighted = <T>(table: Array<[number, string, T]>): [string, T] => {
        let r = rnd() * table.reduce((sum, [w]) => sum + w, 0);
        for (const [w, name, value] of table) { if ((r -= w) < 0) return [name, value]; }
        return [table[0][1], table[0][2]];
    };
    const burst = (d: OpenDocument | undefined, n: number) => {
        for (let i = 0; i < n && d; i++) {
            const [name, run] = weighted(offered);
            act(`request ${name} in ${path.basename(d.file)}`);
            pending.push(run(d).catch(error => violation(`the client's check of ${name} threw: ${error instanceof Error ? error.stack : String(error)}`)));
        }
    };

    // Files opened, closed, and changed on disk.
    const openFile = (file: string, text = fs.readFileSync(file, 'utf8')) => {
        const uri = uriOf(file);
        if (open.has(uri)) return;
        open.set(uri, { uri, file, doc: TextDocument.create(uri, 'rogatory', 1, text), history: [], lastChange: 0 });
        notify('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
        open.get(uri)!.lastChange = sent;
    };
    const closeFile = (d: OpenDocument) => {
        open.delete(d.uri);
        dropped.delete(d.uri);
        semantic.delete(d.uri);
        notify('textDocument/didClose', { textDocument: { uri: d.uri } });
    };
    const save = (d: OpenDocument) => {
        const existed = fs.existsSync(d.file);
        fs.mkdirSync(path.dirname(d.file), { recursive: true });
        fs.writeFileSync(d.file, d.doc.getText());
        deleted.delete(d.uri);
        dropped.delete(d.uri);
        notify('textDocument/didSave', { textDocument: { uri: d.uri } });
        watched([{ file: d.file, type: existed ? 2 : 1 }]);
    };
    const watched = (changes: Array<{ file: string; type: 1 | 2 | 3 }>) => notify('workspace/didChangeWatchedFiles', { changes: changes.map(c => ({ uri: uriOf(c.file), type: c.type })) });
    const closedFiles = () => rogFiles().filter(f => !open.has(uriOf(f)));
    const fragment = () => {
        const lines = pick(corpus).split('\n');
        const from = int(lines.length);
        return lines.slice(from, from + 1 + int(30)).join('\n') + '\n';
    };

    /** Every request sent answered, and the edits sent built (the register is answered after them). */
    const barrier = async () => {
        await Promise.all(pending.splice(0));
        await request('rogatory/register', {});
    };

    type Action = (d: OpenDocument | undefined) => void | Promise<void>;
    const actions: Array<[number, string, Action]> = [
        [12, 'type a clause', async d => {
            if (!d) return;
            const text = d.doc.getText();
            const starts = lineStarts(text);
            let offset = chance(0.8) ? pick(starts) : randomOffset(text);
            const clause = (chance(0.5) ? pick(TYPED) : pick(corpusLines)) + '\n';
            act(`type ${JSON.stringify(clause)} at ${offset} of ${path.basename(d.file)}`);
            for (const ch of clause) {
                replace(d, offset, offset, ch);
                offset += ch.length;
                // An editor asks as the officer types: completion, and now and then the rest.
                if (chance(0.15)) burst(d, 1);
                if (chance(0.1)) await new Promise(resolve => setTimeout(resolve, int(30)));
            }
        }],
        [8, 'delete a range', d => {
            if (!d) return;
            const text = d.doc.getText();
            const from = randomOffset(text), length = chance(0.7) ? 1 + int(40) : int(600);
            act(`delete ${from}+${length} of ${path.basename(d.file)}`);
            replace(d, from, from + length, '');
        }],
        [8, 'paste a fragment', d => {
            if (!d) return;
            const text = d.doc.getText();
            const piece = fragment();
            const offset = chance(0.6) ? pick(lineStarts(text)) : randomOffset(text);
            act(`paste ${piece.length} characters at ${offset} of ${path.basename(d.file)}: ${JSON.stringify(piece.slice(0, 60))}...`);
            replace(d, offset, offset, piece);
        }],
        [2, 'delete everything', d => { if (d) { act(`delete all of ${path.basename(d.file)}`); whole(d, ''); } }],
        [6, 'unbalanced', d => {
            if (!d) return;
            const s = pick(UNBALANCED), offset = randomOffset(d.doc.getText());
            act(`insert ${JSON.stringify(s)} at ${offset} of ${path.basename(d.file)}`);
            replace(d, offset, offset, s);
        }],
        [5, 'strange characters', d => {
            if (!d) return;
            const s = pick(STRANGE), offset = randomOffset(d.doc.getText());
            act(`insert ${JSON.stringify(s)} at ${offset} of ${path.basename(d.file)}`);
            replace(d, offset, offset, s);
        }],
        [4, 'duplicate a block', d => {
            if (!d) return;
            const text = d.doc.getText(), starts = [...lineStarts(text), text.length];
            const a = int(starts.length), b = Math.min(starts.length - 1, a + 1 + int(15));
            const block = text.slice(starts[a], starts[b]);
            act(`duplicate lines ${a}-${b} of ${path.basename(d.file)}`);
            replace(d, starts[b], starts[b], block);
        }],
        [3, 'rename a declaration by hand', d => {
            if (!d) return;
            const text = d.doc.getText();
            const names = [...text.matchAll(/\b(?:person|warrant|judgment|decision|record|request)\s+([A-Z][\w-]*)/g)].map(m => m[1]);
            if (!names.length) return;
            const name = pick(names), renamed = `${name}${pick(['-X', '1', '', 'é'])}${int(10)}`;
            act(`replace ${name} by ${renamed} in ${path.basename(d.file)}`);
            whole(d, text.split(name).join(renamed));
        }],
        [3, 'rename a declaration', async d => {
            if (!d) return;
            const text = d.doc.getText();
            const names = [...text.matchAll(/\b(?:person|warrant|judgment|decision|record|request)\s+([A-Z][\w-]*)/g)];
            if (!names.length) return;
            const m = pick(names), position = d.doc.positionAt(m.index! + m[0].length - 1);
            act(`rename ${m[1]} in ${path.basename(d.file)}`);
            const prepared = await request<unknown>('textDocument/prepareRename', { textDocument: { uri: d.uri }, position });
            if (!prepared) return;
            const version = d.doc.version;
            const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: d.uri }, position, newName: `${m[1]}-R${int(100)}` });
            if (edit && d.doc.version === version) applyWorkspaceEdit('rename', edit);
        }],
        [3, 'revert, or start again from an example', d => {
            if (!d) return;
            const onDisk = fs.existsSync(d.file) && chance(0.5);
            act(`${onDisk ? 'revert' : 'replace with an example'} ${path.basename(d.file)}`);
            whole(d, onDisk ? fs.readFileSync(d.file, 'utf8') : pick(corpus));
        }],
        [5, 'undo', d => {
            if (!d?.history.length) return;
            const back = 1 + int(Math.min(5, d.history.length));
            const text = d.history[d.history.length - back];
            act(`restore ${back} texts back in ${path.basename(d.file)}`);
            whole(d, text);
        }],
        [5, 'apply a quick fix', async d => {
            if (!d) return;
            await barrier(); // the diagnostics of the text now, not of the moment: the same session for the same seed
            const diagnostics = published.get(d.uri)?.diagnostics ?? [];
            if (!diagnostics.length) return;
            const target = pick(diagnostics);
            if (!inside(d.doc.getText(), target.range)) return;
            const version = d.doc.version;
            const found = await request<Array<{ title: string; edit?: WorkspaceEdit }>>('textDocument/codeAction', { textDocument: { uri: d.uri }, range: target.range, context: { diagnostics: [target], only: chance(0.5) ? ['quickfix'] : undefined } });
            const withEdit = (found ?? []).filter(a => a.edit);
            if (!withEdit.length || d.doc.version !== version) return;
            const chosen = pick(withEdit);
            act(`quick fix "${chosen.title}" for ${target.code} in ${path.basename(d.file)}`);
            count(report.actions, 'apply a quick fix (applied)');
            applyWorkspaceEdit(`quick fix "${chosen.title}"`, chosen.edit!);
        }],
        [3, 'format and save', async d => {
            if (!d) return;
            const version = d.doc.version;
            const source = d.doc.getText();
            act(`format ${path.basename(d.file)}`);
            const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: d.uri }, options: { tabSize: 2, insertSpaces: true } });
            if (edits?.length && d.doc.version === version && checkEdits('formatting', d.uri, source, edits)) {
                count(report.actions, 'format and save (with edits)');
                const [a, b] = [tokens(source), tokens(TextDocument.applyEdits(d.doc, edits))];
                if (JSON.stringify(a) !== JSON.stringify(b)) violation('formatting changed a token');
                whole(d, TextDocument.applyEdits(d.doc, edits));
            }
            if (open.get(d.uri) === d) save(d);
        }],
        [3, 'save', d => {
            if (!d) return;
            act(`save ${path.basename(d.file)}`);
            save(d);
        }],
        [4, 'open a file', () => {
            const files = closedFiles();
            if (!files.length || open.size >= 8) return;
            const file = pick(files);
            act(`open ${path.relative(workspace, file)}`);
            openFile(file);
        }],
        [3, 'close a file', d => {
            if (!d || open.size <= 1) return;
            act(`close ${path.relative(workspace, d.file)}${fs.existsSync(d.file) ? '' : ' (not on disk)'}`);
            closeFile(d);
        }],
        [3, 'create a file on disk', () => {
            const dir = pick([workspace, path.join(workspace, 'assistance'), path.join(workspace, 'declarations'), path.join(workspace, 'new-folder')]);
            fs.mkdirSync(dir, { recursive: true });
            const file = path.join(dir, `new-${step}-${int(1000)}.rog`);
            const text = chance(0.5) ? pick(corpus) : fragment();
            act(`create ${path.relative(workspace, file)}`);
            fs.writeFileSync(file, text);
            deleted.delete(uriOf(file));
            watched([{ file, type: 1 }]);
            if (chance(0.3)) openFile(file, text);
        }],
        [3, 'change a file on disk', () => {
            const files = closedFiles();
            if (!files.length) return;
            const file = pick(files);
            const text = fs.readFileSync(file, 'utf8');
            const cut = int(text.length + 1);
            act(`change ${path.relative(workspace, file)} on disk`);
            fs.writeFileSync(file, chance(0.5) ? text.slice(0, cut) + fragment() + text.slice(cut) : text.slice(0, cut));
            watched([{ file, type: 2 }]);
        }],
        [2, 'delete a file on disk', () => {
            const files = chance(0.8) ? closedFiles() : rogFiles();
            if (files.length < 10) return;
            const file = pick(files);
            act(`delete ${path.relative(workspace, file)} on disk${open.has(uriOf(file)) ? ' (open)' : ''}`);
            fs.rmSync(file);
            deleted.add(uriOf(file));
            if (open.has(uriOf(file))) dropped.add(uriOf(file));
            watched([{ file, type: 3 }]);
        }],
        [2, 'rename a file on disk', () => {
            const files = rogFiles();
            if (!files.length) return;
            const file = pick(files), target = path.join(path.dirname(file), `renamed-${step}-${path.basename(file)}`);
            const d = open.get(uriOf(file));
            act(`rename ${path.relative(workspace, file)}${d ? ' (open)' : ''}`);
            // As VS Code: the file moved on disk, the old document closed and the new one opened with the editor's text.
            if (d) fs.writeFileSync(file, d.doc.getText());
            fs.renameSync(file, target);
            deleted.add(uriOf(file));
            deleted.delete(uriOf(target));
            if (d) closeFile(d);
            watched([{ file, type: 3 }, { file: target, type: 1 }]);
            if (d) openFile(target);
        }],
        [1, 'change the as-of setting', () => {
            const asOf = pick(['', '2026-06-01', '2091-01-01', '2026-02-30', 'soon']);
            act(`rogatory.asOf = ${JSON.stringify(asOf)}`);
            notify('workspace/didChangeConfiguration', { settings: { rogatory: { asOf } } });
        }],
        [10, 'requests only', () => undefined]
    ];

    /** Waits for every request sent, then for the builds of the edits sent (a request the server answers after them). */
    const settle = async (closedToo: boolean) => {
        await barrier();
        if (closedToo) {
            await new Promise(resolve => setTimeout(resolve, 2000)); // the idle re-check of closed files (lsp/idle-recheck.ts)
            await barrier();
        }
        for (const d of open.values()) {
            const text = d.doc.getText();
            const last = published.get(d.uri);
            if (dropped.has(d.uri)) {
                if (last?.diagnostics.length) violation(`${path.relative(workspace, d.file)}, deleted from the disk while open, still has ${last.diagnostics.length} diagnostics`);
                continue;
            }
            if (!last || last.at < d.lastChange) { violation(`no diagnostics for ${path.relative(workspace, d.file)} since its last edit`); continue; }
            const outside = last.diagnostics.filter(x => !inside(text, x.range, true));
            if (outside.length) violation(`${path.relative(workspace, d.file)}: diagnostics outside the text: ${JSON.stringify(outside.slice(0, 2))}`);
            const failures = last.diagnostics.filter(x => /An error occurred|Cannot read|undefined|\[object Object\]/.test(x.message));
            if (failures.length) {
                violation(`${path.relative(workspace, d.file)}: ${failures[0].message.slice(0, 300)}`);
                options.trace?.(`TEXT ${JSON.stringify(text)}`);
            }
            // The syntax errors shown are those of the text now (diagnostics of an earlier text would be stale).
            const fresh = await parse(text, { uri: URI.file(`/in-process/${parsed++}.rog`).toString() });
            const syntax = (list: Diagnostic[]) => list.filter(x => x.code === 'syntax-error').map(x => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.message}`).sort();
            const [shown, expected] = [syntax(last.diagnostics), syntax((fresh.diagnostics ?? []) as Diagnostic[])];
            if (JSON.stringify(shown) !== JSON.stringify(expected)) {
                violation(`${path.relative(workspace, d.file)}: the syntax errors shown are not those of its text: shown ${JSON.stringify(shown.slice(0, 3))}, expected ${JSON.stringify(expected.slice(0, 3))}`);
            }
            inProcess.shared.workspace.LangiumDocuments.deleteDocument(fresh.uri);
        }
        for (const [uri, last] of published) {
            if (open.has(uri)) continue;
            if (deleted.has(uri)) {
                if (last.diagnostics.length) violation(`${uri}, deleted, still has ${last.diagnostics.length} diagnostics`);
            } else if (closedToo) {
                const text = textOf(uri);
                if (text === undefined) continue;
                const outside = last.diagnostics.filter(x => !inside(text, x.range, true));
                if (outside.length) violation(`${uri} (closed): diagnostics outside its text on disk: ${JSON.stringify(outside.slice(0, 2))}`);
            }
        }
    };

    try {
        // A few files open, the others only on disk.
        const files = rogFiles();
        for (let i = 0; i < 3 + int(3); i++) {
            const file = pick(files);
            act(`open ${path.relative(workspace, file)}`);
            openFile(file);
        }
        for (step = 1; step <= options.steps; step++) {
            const [name, run] = weighted(actions);
            count(report.actions, name);
            const documents = [...open.values()];
            const d = documents.length ? pick(documents) : undefined;
            await run(d);
            burst(open.get(pick([...open.keys()])), int(4));
            if (server.exitCode() !== null) { violation(`the server exited with ${server.exitCode()}`); break; }
            if (chance(0.6) || step === options.steps) await settle(step === options.steps);
            if (report.violations.length >= 25) break;
        }
        if (server.exitCode() !== null) violation(`the server exited with ${server.exitCode()}`);
    } finally {
        await Promise.allSettled(pending.splice(0));
        await server.stop();
        fs.rmSync(workspace, { recursive: true, force: true });
        fs.rmSync(outDir, { recursive: true, force: true });
    }
    return report;
}
