#!/usr/bin/env node
// One measurement in a fresh process, so peak memory is that of the task alone:
//   node scripts/bench/measure.mjs check|parse|parse-keep|register DIR
// prints { task, files, ms, peakMB } as JSON.
import * as fs from 'node:fs';
import * as path from 'node:path';

const [task, dir] = process.argv.slice(2);
const started = performance.now();
let files = 0;
if (task === 'check') {
    const { checkPaths } = await import('../../packages/cli/out/commands/check.js');
    const result = await checkPaths([dir], { at: '2026-11-22', root: dir });
    files = result.files;
} else if (task === 'register') {
    const { registerOf } = await import('../../packages/cli/out/commands/register.js');
    files = (await registerOf([dir], { at: '2026-11-22', root: dir })).register.rows.length;
} else if (task === 'parse') {
    // The floor: lexing and parsing every file, nothing else.
    const { createRogatoryServices } = await import('../../packages/language/out/index.js');
    const { Rogatory } = createRogatoryServices();
    const parser = Rogatory.parser.LangiumParser;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.rog')) continue;
        const result = parser.parse(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
        if (result.parserErrors.length) throw new Error(`${entry.name}: ${result.parserErrors[0].message}`);
        files++;
    }
} else if (task === 'parse-keep') {
    // Parsing every file into a document that stays in memory, as any check across files must
    // before it links: the floor plus the cost of holding 10,000 trees (mostly garbage collection).
    const { createRogatoryServices } = await import('../../packages/language/out/index.js');
    const { URI } = await import('langium');
    const { shared } = createRogatoryServices();
    const documents = shared.workspace.LangiumDocuments;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.rog')) continue;
        const file = path.join(entry.parentPath, entry.name);
        const document = documents.createDocument(URI.file(file), fs.readFileSync(file, 'utf8'));
        if (document.parseResult.parserErrors.length) throw new Error(`${entry.name}: ${document.parseResult.parserErrors[0].message}`);
        files++;
    }
} else {
    console.error('usage: measure.mjs check|parse|parse-keep|register DIR');
    process.exit(2);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ task, files, ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
