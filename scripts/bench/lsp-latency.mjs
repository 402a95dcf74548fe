#!/usr/bin/env node
// Editor latencies through a real LSP client over stdio, with the whole workspace loaded:
// edit -> diagnostics, and a State-name completion. Prints { openFiles, diagnostics: {p50, p95}, completion: {p50, p95} }.
//   node scripts/bench/lsp-latency.mjs DIR [rounds]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const [dir, roundsText = '40'] = process.argv.slice(2);
const rounds = Number(roundsText);
const root = path.resolve(dir);
const here = path.dirname(new URL(import.meta.url).pathname);
const server = spawn(process.execPath, [path.join(here, '../../packages/language/out/lsp/main.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', params => {
    const resolve = waiting.get(params.uri);
    if (resolve) { waiting.delete(params.uri); resolve(params); }
});
connection.onRequest('workspace/configuration', params => params.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();

const files = fs.readdirSync(root, { recursive: true }).filter(f => String(f).endsWith('.rog'));
const target = path.join(root, files.find(f => String(f).includes('request-')) ?? files[0]);
const uri = 'file://' + target;
const diagnosticsFor = (u, ms = 120_000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${u} within ${ms} ms`)), ms);
    waiting.set(u, p => { clearTimeout(timer); resolve(p); });
});

const loadStarted = performance.now();
await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: 'file://' + root, workspaceFolders: [{ uri: 'file://' + root, name: 'bench' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true, workspaceFolders: true } }
});
connection.sendNotification('initialized', {});
let text = fs.readFileSync(target, 'utf8');
const opened = diagnosticsFor(uri);
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rogatory', version: 1, text } });
await opened;
const loadMs = performance.now() - loadStarted;

const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10; };
const edits = [];
for (let i = 0; i < rounds; i++) {
    text = text.replace(/purpose "[^"]*"/, `purpose "Edited ${i}."`);
    const done = diagnosticsFor(uri);
    const t = performance.now();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
    await done;
    edits.push(performance.now() - t);
}
const lines = text.split('\n');
const line = lines.findIndex(l => l.includes('to State "'));
const character = lines[line].indexOf('to State "') + 'to State "Ke'.length;
const completions = [];
let labels = [];
for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    completions.push(performance.now() - t);
    labels = (Array.isArray(result) ? result : result?.items ?? []).map(item => item.label);
}
connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')).catch(() => undefined);
setTimeout(() => server.kill(), 500).unref();
console.log(JSON.stringify({
    openFiles: files.length, loadMs: Math.round(loadMs), rounds,
    diagnostics: { p50: percentile(edits, 0.5), p95: percentile(edits, 0.95) },
    completion: { p50: percentile(completions, 0.5), p95: percentile(completions, 0.95), offersKenya: labels.includes('Kenya') }
}));
process.exit(0);
