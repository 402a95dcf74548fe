import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_RULES, checkProvision, DIGEST_HANDLED_ELSEWHERE, DIGEST_ITEMS, digestCoverage, isUnverified } from '../../packages/language/src/index.js';
import { rulesAsJson, rulesAsMarkdown } from '../../packages/cli/src/commands/rules.js';

describe('rogatory rules', () => {
    const rules = JSON.parse(rulesAsJson()) as Array<{ code: string; severity: string; force: string; provision: string | null; also: string[]; summary: string; suppressible: boolean }>;

    test('lists each rule once, with a severity that follows its force', () => {
        const codes = rules.map(r => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const r of rules) {
            expect(r.code, r.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(r.summary.length, r.code).toBeGreaterThan(20);
            if (r.force === 'human') expect(r.severity, r.code).toBe('info');
            // Suppressible: an "as applicable" warning, or one that reads the author's prose (a reading that may be wrong).
            if (r.suppressible) expect(r.severity, r.code).toBe('warning');
            if (r.suppressible && r.force !== 'as applicable') expect(r.code).toBe('assistance-replies-translation');
        }
    });

    test('every provision a rule cites exists in the Statute or Rules structure', () => {
        const problems: string[] = [];
        for (const r of rules) {
            if (r.force !== 'language' && !r.provision) problems.push(`${r.code}: no provision`);
            // The provision enforced must be one whose text is in the dossier; a provision cited
            // alongside it (e.g. art. 67(1)(a) for rule 187) must at least be a real article or rule.
            if (r.provision && checkProvision(r.provision).kind !== 'ok') problems.push(`${r.code}: ${r.provision} is ${checkProvision(r.provision).kind}`);
            for (const citation of r.also) {
                const kind = checkProvision(citation).kind;
                if (kind !== 'ok' && kind !== 'outside-dossier') problems.push(`${r.code}: ${citation} is ${kind}`);
            }
        }
        expect(problems).toEqual([]);
    });

    // What an officer reads in docs/rules.md: a provision the dossier marks NOT VERIFIED is never cited as if its text were known.
    test('a rule that cites a provision the dossier marks NOT VERIFIED says so in its row', () => {
        const rows = rulesAsMarkdown().split('\n').filter(line => line.startsWith('| `'));
        const unmarked = rules.flatMap(r => [r.provision, ...r.also].filter((p): p is string => !!p && isUnverified(p))
            .filter(() => !rows.find(line => line.startsWith(`| \`${r.code}\` |`))!.includes('NOT VERIFIED'))
            .map(p => `${r.code}: ${p}`));
        expect(unmarked).toEqual([]);
    });

    test('words a summary quotes from the law are the dossier\'s words', () => {
        const dossier = ['rome-statute-part9.md', 'rpe-part9.md', 'requirements.md']
            .map(f => fs.readFileSync(path.resolve(__dirname, '../../../shared/reference', f), 'utf8')).join('\n').replace(/\s+/g, ' ').toLowerCase();
        // Quoted from the Court's documents as observed (document-format.md §4.3), not from the law.
        const conventions = new Set(['Public with confidential annexes']);
        const misquoted: string[] = [];
        let quotes = 0;
        for (const r of rules) {
            // Outside `code`, where "..." is what the author writes.
            for (const [, quoted] of r.summary.replace(/`[^`]*`/g, '').matchAll(/"([^"]+)"/g)) {
                quotes++;
                if (!conventions.has(quoted) && !dossier.includes(quoted.replace(/\s+/g, ' ').toLowerCase())) misquoted.push(`${r.code}: "${quoted}"`);
            }
        }
        expect(misquoted).toEqual([]);
        expect(quotes, 'summaries quoting the law (none found: the check above checked nothing)').toBeGreaterThan(10);
    });

    test('the Markdown marks the rules that look across files and only those', () => {
        const categories = JSON.parse(rulesAsJson()) as Array<{ code: string; category: string }>;
        const rows = rulesAsMarkdown().split('\n').filter(line => line.startsWith('| `'));
        expect(rows.length).toBe(categories.length);
        for (const r of categories) {
            const cells = rows.find(line => line.startsWith(`| \`${r.code}\` |`))!.split(' | ');
            expect(/\bacross files\b/.test(cells[1]!), r.code).toBe(r.category === 'slow');
        }
    });

    // What completion offers after `suppress`, and where suppression-unused says a suppression silences nothing.
    test('a warning that only some kinds of request can break names them, in the JSON and in its Markdown row', () => {
        const kinds = JSON.parse(rulesAsJson()) as Array<{ code: string; kinds?: string[] }>;
        expect(kinds.find(r => r.code === 'arrest-crimes-missing')!.kinds).toEqual(['arrest-and-surrender']);
        expect(kinds.find(r => r.code === 'assistance-grounds-missing')!.kinds).toEqual(['assistance', 'temporary-transfer']);
        expect(kinds.find(r => r.code === 'classification-below-material')!.kinds).toBeUndefined();
        const rows = rulesAsMarkdown().split('\n').filter(line => line.startsWith('| `'));
        expect(rows.find(line => line.startsWith('| `assistance-grounds-missing` |'))).toContain('| warning (suppressible in `kind assistance` or `kind temporary-transfer`) |');
        expect(rows.find(line => line.startsWith('| `request-protective-measures-missing` |'))).toContain('| warning (suppressible) |');
    });

    // The codes an author meets most, which no rule definition gives: the catalogue says what they are too.
    test('the Markdown lists `syntax-error` and `unresolved-reference`, which come from reading the file, not from a rule', () => {
        const md = rulesAsMarkdown();
        expect(md).toContain('\n- `syntax-error`: The file cannot be read as the Rogatory language at this place');
        expect(md).toContain('\n- `unresolved-reference`: A name refers to nothing declared in the workspace');
    });

    // The law is the specification: each item of the dossier's digest is checked by a rule, or says how else it is met.
    describe('the digest, item by item', () => {
        const requirements = fs.readFileSync(path.resolve(__dirname, '../../../shared/reference/requirements.md'), 'utf8');

        test('holds every numbered item of requirements.md, in its words (run npm run build:digest when the dossier changes)', () => {
            const ids = [...requirements.matchAll(/^\|\s*([a-gX]\d+)\s*\|/gm)].map(m => m[1]);
            expect(DIGEST_ITEMS.map(i => i.id)).toEqual(ids);
            expect(ids.length).toBe(100);
            for (const item of DIGEST_ITEMS) expect(requirements, item.id).toContain(`| ${item.id} | ${item.element} | ${item.provision} |`);
        });

        test('answers every item: with the rules that check it, or with how else Rogatory meets it', () => {
            const unanswered = digestCoverage(ALL_RULES).filter(c => c.rules.length === 0 && !c.how).map(c => c.item.id);
            expect(unanswered).toEqual([]);
        });

        test('says how else for each item no rule is made for, and names only items and rules that exist', () => {
            const ids = new Set(DIGEST_ITEMS.map(i => i.id));
            const codes = new Set(ALL_RULES.map(r => r.code));
            const tagged = new Set(ALL_RULES.map(r => r.digest).filter(Boolean));
            const problems: string[] = [];
            for (const [id, handling] of Object.entries(DIGEST_HANDLED_ELSEWHERE)) {
                if (!ids.has(id)) problems.push(`${id}: no such item`);
                if (!tagged.has(id) && !handling.how) problems.push(`${id}: no rule is made for it, and its entry does not say how else it is met`);
                if (tagged.has(id) && !handling.as?.length && !handling.rules?.length) problems.push(`${id}: a rule is made for it, and its entry names no other rule`);
                for (const other of handling.as ?? []) if (!ids.has(other)) problems.push(`${id}: as ${other}, no such item`);
                for (const code of handling.rules ?? []) if (!codes.has(code)) problems.push(`${id}: no rule ${code}`);
            }
            for (const r of ALL_RULES) if (r.digest && !ids.has(r.digest)) problems.push(`${r.code}: digest ${r.digest}, no such item`);
            expect(problems).toEqual([]);
        });

        test('the Markdown gives each item a row under its section, with its rules or how it is met', () => {
            const md = rulesAsMarkdown();
            expect(md).toContain('\n### (a) Arrest and surrender of a person sought under a warrant\n');
            expect(md).toContain('\n### Cross-cutting rules (all kinds)\n');
            const row = (id: string) => md.split('\n').find(line => line.startsWith(`| ${id} | `));
            for (const item of DIGEST_ITEMS) expect(row(item.id), item.id).toBeDefined();
            expect(row('g8')).toMatch(/\| 72\(1\) \|  \| `organisation-national-security-check` \|$/);
            // Rules of the items it refers to, then how: a12 is met by the channel and language rules of X1 and X2.
            expect(row('a12')).toContain('| shall | `channel-missing`, ');
            expect(row('a12')).toContain('`language-not-designated`');
            expect(row('a12')).toMatch(/The channel and language rules apply to every kind of request\. \|$/);
            expect(row('e7')).toMatch(/\| Not checked: keeping the person in custody during transit is the transit State's obligation/);
        });
    });

    test('docs/rules.md is the output of `rogatory rules --format md`', () => {
        const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
        expect(docs, 'regenerate with: npx rogatory rules --format md > docs/rules.md').toBe(rulesAsMarkdown());
    });
});
