import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { setup } from '../helpers.js';

/** The hints of a file, each as `line:character label`, with the position a client draws it at (after the date). */
const { services, parse } = setup();
async function hintsOf(text: string): Promise<string[]> {
    const document = await parse(text);
    const lines = text.split('\n');
    const hints: InlayHint[] = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }
    }) ?? [];
    return hints.map(h => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')}`);
}

describe('inlay hints: the time limit the law computes from a date written', () => {
    test('a provisional arrest: rule 188\'s 60 days after the first `status arrested`, at the end of its date', async () => {
        const text = 'request REG-2026-0901 {\n  kind provisional-arrest\n  dated 2026-09-20\n  status sent 2026-09-21\n  status arrested 2026-10-02\n  status released 2026-10-20\n  status arrested 2026-11-05\n}\n';
        // Released on 2026-10-20: the limit no longer runs, as of the as-of date; before the release, it still did.
        expect(await hintsOf(text)).toEqual(['4:28 rule 188: by 2026-12-01, no longer runs']);
        services.rogatory.Settings.asOf = '2026-10-10';
        try {
            expect(await hintsOf(text)).toEqual(['4:28 rule 188: by 2026-12-01']);
        } finally {
            services.rogatory.Settings.asOf = undefined;
        }
        // Written out of order, the first in time is the one the checks and the register time.
        const reordered = 'request REG-2026-0902 {\n  kind provisional-arrest\n  status arrested 2026-11-05\n  status arrested 2026-10-02T08:00Z\n}\n';
        expect(await hintsOf(reordered)).toEqual(['3:35 rule 188: by 2026-12-01']);
    });

    test('no rule 188 hint outside a provisional arrest, nor on a date that is no day', async () => {
        expect(await hintsOf('request REG-2026-0903 {\n  kind arrest-and-surrender\n  status arrested 2026-10-02\n}\n')).toEqual([]);
        expect(await hintsOf('request REG-2026-0904 {\n  kind provisional-arrest\n  status arrested 2026-02-30\n}\n')).toEqual([]);
    });

    test('an unscheduled landing with its time zone: where art. 89(3)(e)\'s 96 hours end, in UTC; none without the zone', async () => {
        const transit = (at: string) => `request REG-2026-0905 {\n  kind transit\n  transport air landing unscheduled ${at}\n}\n`;
        expect(await hintsOf(transit('2026-11-12T09:40+01:00'))).toEqual(['2:58 art. 89(3)(e): 96 h end 2026-11-16 08:40 UTC']);
        expect(await hintsOf(transit('2026-11-12T09:40'))).toEqual([]);
        expect(await hintsOf(transit('2026-11-12'))).toEqual([]);
        expect(await hintsOf('request REG-2026-0906 {\n  kind transit\n  transport air landing scheduled 2026-11-12T09:40+01:00\n}\n')).toEqual([]);
    });

    test('a designation received with no agreed date: the day it takes effect, 45 days later (rule 180(2))', async () => {
        expect(await hintsOf('designation for State "Kenya" {\n  channel diplomatic-channel\n  received 2026-01-10\n}\n')).toEqual(['2:21 effective 2026-02-24']);
        expect(await hintsOf('designation for State "Kenya" {\n  channel diplomatic-channel\n  received 2026-01-10\n  effective 2026-02-01\n}\n')).toEqual([]);
    });

    test('each hint says in its tooltip what it counts and from which provision', async () => {
        const document = await parse('request REG-2026-0907 {\n  kind provisional-arrest\n  status arrested 2026-10-02\n}\n');
        const [hint] = await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }) ?? [];
        expect(hint?.tooltip).toBe('The requested State is to receive the request for surrender and the documents supporting it within 60 days from the date of the provisional arrest (rule 188, for art. 92(3)); counted as the arrest\'s day plus 60 calendar days, the compiler\'s reading.');
        expect(hint?.paddingLeft).toBe(true);
    });
});
