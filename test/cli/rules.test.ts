import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProvision, isUnverified } from '../../packages/language/src/index.js';
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

    test('docs/rules.md is the output of `rogatory rules --format md`', () => {
        const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
        expect(docs, 'regenerate with: npx rogatory rules --format md > docs/rules.md').toBe(rulesAsMarkdown());
    });
});
