import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runRandomSession } from './random-session.js';

/**
 * Random editing sessions against the built server over stdio (random-session.ts says what is
 * done and what must hold). Fixed seeds, so that a failure is reproduced by running it again; to
 * hunt, run more and longer sessions:
 *   ROGATORY_SESSION_SEEDS=1-20 ROGATORY_SESSION_STEPS=500 npx vitest run test/lsp/random-session.test.ts
 * (ROGATORY_SESSION_TRACE=<file> writes every action there).
 */
function seeds(): number[] {
    const spec = process.env.ROGATORY_SESSION_SEEDS;
    if (!spec) return [20261122, 93];
    return spec.split(',').flatMap(part => {
        const [from, to] = part.split('-').map(Number);
        return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
    });
}
const STEPS = Number(process.env.ROGATORY_SESSION_STEPS ?? 75);
const trace = process.env.ROGATORY_SESSION_TRACE;

describe('random editing sessions over stdio', () => {
    test.each(seeds())('seed %i: the server answers everything, logs no error, and ends with the diagnostics of the texts', async seed => {
        const report = await runRandomSession({ seed, steps: STEPS, trace: trace ? line => fs.appendFileSync(trace, `${line}\n`) : undefined });
        if (process.env.ROGATORY_SESSION_SEEDS) console.log(JSON.stringify({ seed, actions: report.actions, requests: report.requests, refusals: report.refusals }));
        expect(report.violations).toEqual([]);
        // The session did what it says: it edited, and asked for every feature.
        expect(Object.keys(report.requests).length).toBeGreaterThan(12);
    }, 600_000);
});
