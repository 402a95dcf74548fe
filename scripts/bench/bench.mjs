#!/usr/bin/env node
// npm run bench [-- 100 1000 10000]: for each N, a synthetic workspace, then wall time and
// peak memory of `rogatory check`, of a parse-only pass (the floor: parse and drop each file),
// of parsing into documents kept in memory (what any check across files must do before it
// links) and of the register, each in a fresh process; and, when the language server is
// built, editor latencies.
// Benchmarks measure; they assert nothing. Results: build/bench/results.json.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const Ns = sizes.length ? sizes : [100, 1000, 2000, 10000];
const here = path.dirname(new URL(import.meta.url).pathname);
const node = process.execPath;
const run = (script, ...args) => execFileSync(node, [path.join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
// Each task runs RUNS times (default 5) in fresh processes; the median run is reported, since a
// shared 2-core machine has noisy neighbours. The tasks take turns (parse, keep, check, register,
// then again), so that the machine slowing down or speeding up during the runs weighs on each
// task alike, not on whichever ran last, and the ratios hold while the absolute times drift.
const RUNS = Number(process.env.RUNS) || 5;
const TASKS = ['parse', 'parse-keep', 'check', 'register'];
const measureAll = dir => {
    const runs = Object.fromEntries(TASKS.map(task => [task, []]));
    for (let i = 0; i < RUNS; i++) {
        for (const task of TASKS) runs[task].push(JSON.parse(run('measure.mjs', task, dir).trim().split('\n').pop()));
    }
    return Object.fromEntries(TASKS.map(task => [task, runs[task].sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]]));
};

const results = [];
for (const N of Ns) {
    const dir = path.resolve(`build/bench/ws-${N}`);
    run('make-workspace.mjs', String(N), dir);
    const { parse, 'parse-keep': parseKeep, check, register } = measureAll(dir);
    const row = { N, files: check.files, check, parse, parseKeep, register, ratio: +(check.ms / parse.ms).toFixed(2), ratioToKept: +(check.ms / parseKeep.ms).toFixed(2) };
    const lsp = path.join(here, 'lsp-latency.mjs');
    if (fs.existsSync(lsp) && fs.existsSync('packages/language/out/lsp/main.js')) {
        row.lsp = JSON.parse(run('lsp-latency.mjs', dir).trim().split('\n').pop());
    }
    results.push(row);
    console.log(`N=${N}: check ${check.ms} ms / ${check.peakMB} MB; parse-only ${parse.ms} ms / ${parse.peakMB} MB; ratio ${row.ratio}; parse-and-keep ${parseKeep.ms} ms / ${parseKeep.peakMB} MB (check ${row.ratioToKept}x); register ${register.ms} ms / ${register.peakMB} MB`
        + (row.lsp ? `; edit->diagnostics p50 ${row.lsp.diagnostics.p50} ms p95 ${row.lsp.diagnostics.p95} ms; completion p50 ${row.lsp.completion.p50} ms p95 ${row.lsp.completion.p95} ms (${row.lsp.openFiles} files open)` : ''));
}
fs.mkdirSync('build/bench', { recursive: true });
fs.writeFileSync('build/bench/results.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, results }, null, 2));
