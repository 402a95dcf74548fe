#!/usr/bin/env node
// npm run bench:build: builds every request of examples/ in English and French, in every
// format (DOCX, PDF, HTML, Markdown, JSON), twice (the first round warms up), in memory,
// and prints documents per second and peak memory. A "document" is one request or one note
// verbale in one language; each is rendered in the five formats. Measures, asserts nothing.
// Results: build/bench/build-results.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadWorkspace } from '../packages/cli/out/workspace.js';
import { isModel, isRequest } from '../packages/language/out/index.js';
import { buildDocuments, OUTPUT_FORMATS, renderDocument } from '../packages/language/out/generator/index.js';

const rounds = Number(process.argv[2] ?? 2);
const loadStart = performance.now();
const workspace = await loadWorkspace(['examples']);
const loadMs = performance.now() - loadStart;
const workspaceLoadPeakMB = Math.round(process.resourceUsage().maxRSS / 1024);
const stateLibrary = workspace.services.rogatory.StateLibrary;
const requests = workspace.targets.flatMap(d => (isModel(d.parseResult.value) ? d.parseResult.value.elements.filter(isRequest) : []));

const perFormat = Object.fromEntries(OUTPUT_FORMATS.map(f => [f, 0]));
let last;
for (let round = 0; round < rounds; round++) {
    let documents = 0, files = 0, bytes = 0;
    const start = performance.now();
    for (const request of requests) {
        for (const lang of ['en', 'fr']) {
            for (const model of buildDocuments(request, { lang, stateLibrary })) {
                documents++;
                for (const format of OUTPUT_FORMATS) {
                    const t = performance.now();
                    const content = await renderDocument(model, format);
                    if (round === rounds - 1) perFormat[format] += performance.now() - t;
                    files++;
                    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
                }
            }
        }
    }
    last = { documents, files, bytes, ms: performance.now() - start };
}
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
// Peak RSS includes garbage V8 has not collected yet; the heap still in use after a full GC tells what is retained.
globalThis.gc?.();
const heapAfterGcMB = Math.round(process.memoryUsage().heapUsed / 1e6);
const result = {
    requests: requests.length, documents: last.documents, files: last.files, megabytes: +(last.bytes / 1e6).toFixed(1),
    ms: Math.round(last.ms), documentsPerSecond: +(last.documents / (last.ms / 1000)).toFixed(1), filesPerSecond: +(last.files / (last.ms / 1000)).toFixed(1),
    msPerDocumentByFormat: Object.fromEntries(Object.entries(perFormat).map(([f, ms]) => [f, +(ms / last.documents).toFixed(1)])),
    workspaceLoadMs: Math.round(loadMs), workspaceLoadPeakMB, peakMB, heapAfterGcMB, node: process.version
};
fs.mkdirSync('build/bench', { recursive: true });
fs.writeFileSync(path.join('build/bench', 'build-results.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`${result.requests} requests → ${result.documents} documents (request + note verbale, en + fr) → ${result.files} files (${OUTPUT_FORMATS.join(', ')}) in ${result.ms} ms`);
console.log(`${result.documentsPerSecond} documents/s (all five formats each), ${result.filesPerSecond} files/s`);
console.log(`peak memory (RSS) ${peakMB} MB, of which ${workspaceLoadPeakMB} MB after loading the workspace; heap in use after GC ${heapAfterGcMB ?? '?'} MB`);
console.log(`ms per document: ${Object.entries(result.msPerDocumentByFormat).map(([f, ms]) => `${f} ${ms}`).join(', ')}; workspace load ${result.workspaceLoadMs} ms`);
