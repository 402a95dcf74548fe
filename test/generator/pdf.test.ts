import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from '../../packages/language/src/index.js';
import type { BuildOptions } from '../../packages/language/src/generator/index.js';
import { buildNoteVerbale, buildRequestDocument, renderPdf, type Lang } from '../../packages/language/src/generator/index.js';
import { loadRequests, pdfInfo, pdfText, pdfWords, SKIP_WITHOUT_POPPLER, tempDir } from './helpers.js';
import { execFileSync } from 'node:child_process';

let requests: Map<string, Request>;
let stateLibrary: BuildOptions['stateLibrary'];
const dir = tempDir('pdf');
beforeAll(async () => {
    const loaded = await loadRequests('examples/arrest-and-surrender', 'examples/transit', 'examples/assistance/OTP-2026-0202-questioning.rog', 'examples/surrender-of-convicted', 'test/fixtures/generator/paragraphs.rog');
    requests = loaded.requests;
    stateLibrary = loaded.workspace.services.rogatory.StateLibrary;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function pdfOf(name: string, lang: Lang, kind: 'request' | 'note' = 'request', draft = false): Promise<string> {
    const build = kind === 'request' ? buildRequestDocument : buildNoteVerbale;
    const file = path.join(dir, `${name}.${kind}.${lang}${draft ? '.draft' : ''}.pdf`);
    fs.writeFileSync(file, await renderPdf(build(requests.get(name)!, { lang, draft, stateLibrary })));
    return file;
}

describe.skipIf(SKIP_WITHOUT_POPPLER)('PDF (pdftotext, pdfinfo)', () => {
    test.each(['en', 'fr'] as const)('an arrest request: A4, several pages, the text, the Court\'s footer and the classification on every page (%s)', async lang => {
        const file = await pdfOf('REG-2026-0101', lang);
        const info = pdfInfo(file);
        expect(info.width).toBeCloseTo(595.28, 0);
        expect(info.height).toBeCloseTo(841.89, 0);
        expect(info.pages).toBeGreaterThanOrEqual(3);
        const pages = pdfText(file, '-layout').split('\f').filter(p => p.trim());
        expect(pages).toHaveLength(info.pages);
        pages.forEach((page, i) => {
            const lines = page.split('\n').filter(l => l.trim()).map(l => l.trim());
            // The header: the classification. The footer: the Court's (document-format.md §4.3 item 10), "No. ICC-02/05-01/09   1/6   15 July 2013".
            expect(lines[0]).toContain(lang === 'en' ? 'UNDER SEAL' : 'SOUS SCELLÉS');
            expect(lines.at(-1)).toMatch(new RegExp(lang === 'en'
                ? `^No\\.\\s+ICC-01/09-01/26\\s+${i + 1}/${info.pages}\\s+25\\s+June\\s+2026$`
                : `^N°\\s+ICC-01/09-01/26\\s+${i + 1}/${info.pages}\\s+25\\s+juin\\s+2026$`));
        });
        const text = pages.join('\n').replace(/\s+/g, ' ');
        if (lang === 'en') {
            expect(text).toContain('PRE-TRIAL CHAMBER II');
            expect(text).toContain('Date: 25 June 2026');
            expect(text).toContain('article 91(2) of the Rome Statute');
            expect(text).toContain('A copy is annexed to this request (annex A1).');
        } else {
            expect(text).toContain('CHAMBRE PRÉLIMINAIRE II');
            expect(text).toContain('25 juin 2026');
            expect(text).toContain('l\'article 91, paragraphe 2, du Statut de Rome');
            expect(text).toContain('République-Unie de Tanzanie');
        }
    });

    test('justified lines are widened at their spaces only: no gap inside "Pre-Trial" or "ci-joint", nor before a ";"', async () => {
        const words = pdfWords(await pdfOf('REG-2026-0101', 'en')).flat().map(w => w.text);
        expect(words).toContain('Pre-Trial');
        expect(words).not.toContain('Pre-');
        expect(words).toContain('Kilonzo;');
        expect(words).not.toContain(';');
        const nv = pdfWords(await pdfOf('REG-2026-0101', 'fr', 'note')).flat();
        expect(nv.map(w => w.text)).toContain('ci-joint');
        expect(nv.map(w => w.text)).not.toContain('ci-');
        // The lines are still justified: the first line of the opening formula ends at the right margin.
        const first = nv.filter(w => Math.abs(w.yMin - nv.find(x => x.text === 'Greffe')!.yMin) < 1);
        expect(Math.max(...first.map(w => w.xMax))).toBeCloseTo(595.28 - 71, 0);
    });

    test('a no-break space (a date kept on one line) is drawn as a space of Times New Roman\'s width, not Termes\' wider one, and copied out as a space', async () => {
        const file = await pdfOf('REG-2026-0101', 'en');
        expect(pdfText(file)).not.toContain('\u00a0');
        const words = pdfWords(file).flat();
        const birth = words.findIndex(w => w.text === 'birth:');
        const [day, month, year] = words.slice(birth + 1, birth + 4);
        expect([day.text, month.text, year.text]).toEqual(['11', 'April', '1976;']);
        // A quarter of the 12 point em, as a space of Times New Roman (Termes draws U+00A0 a third of an em wide).
        expect(month.xMin - day.xMax).toBeCloseTo(3, 1);
        expect(year.xMin - month.xMax).toBeCloseTo(3, 1);
    });

    test('a heading never ends a page, nor the annex table\'s header row: each goes to the next page with what follows it', async () => {
        // Both ended page 3 of these, the table's first row on page 4.
        for (const [name, lang, heading, column] of [['REG-2026-0101', 'fr', 'Annexes', 'Intitulé'], ['REG-2026-0102', 'en', 'Annexes', 'Title']] as const) {
            const pages = pdfWords(await pdfOf(name, lang));
            const withHeading = pages.filter(page => page.some(w => w.text === heading));
            expect(withHeading, `${name} ${lang}`).toHaveLength(1);
            for (const page of pages) {
                const [label, header] = [page.find(w => w.text === heading), page.find(w => w.text === column)];
                if (label) expect(header && header.yMin > label.yMin, `${name} ${lang}: the table's header under the heading`).toBe(true);
                if (header) expect(page.some(w => (w.text === 'A1' || w.text === 'A2') && w.yMin > header.yMin), `${name} ${lang}: a row under the header`).toBe(true);
            }
        }
    });

    test('the annex table is set in the text\'s 12 point, as reg. 36(3) asks of all text but footnotes', async () => {
        const words = pdfWords(await pdfOf('REG-2026-0101', 'en')).flat();
        const height = (text: string) => { const w = words.find(x => x.text === text)!; return w.yMax - w.yMin; };
        // "Photographs" is in the annex table only; "Pre-Trial" in the first numbered paragraph.
        expect(height('Photographs')).toBeCloseTo(height('Pre-Trial'), 1);
    });

    test.each(['en', 'fr'] as const)('an ordinary Court document number stays on one line in the annex table (%s)', async lang => {
        // REG-2026-0121 annexes the judgment ICC-01/04-03/21-540 twice; the Document column was too narrow for it at
        // 12 pt, and the PDF broke it "ICC-01/04-03/ | 21-540" (docs/documents.md: no line ends inside a Court number).
        const words = pdfWords(await pdfOf('REG-2026-0121', lang)).flat().map(w => w.text);
        // The text cites it once too.
        expect(words.filter(w => w === 'ICC-01/04-03/21-540').length).toBeGreaterThanOrEqual(2);
        expect(words.filter(w => ['ICC-', 'ICC-01/', 'ICC-01/04-03/', 'ICC-01/04-03/21-', '21-540', '540'].includes(w))).toEqual([]);
    });

    test('a bold word stands on the line of the regular words beside it: a paragraph number and its bold label, the header\'s classification and reference', async () => {
        const pages = pdfWords(await pdfOf('REG-2026-0101', 'en'));
        const words = pages.flat();
        // Paragraph 5 is "Crimes:" in bold, its number in the regular face, in two columns.
        const crimes = words.find(w => w.text === 'Crimes:')!;
        const number = words.find(w => w.text === '5.' && Math.abs(w.yMin - crimes.yMin) < 3)!;
        expect(number.yMax).toBeCloseTo(crimes.yMax, 1);
        expect(number.yMin).toBeCloseTo(crimes.yMin, 1);
        for (const page of pages) {
            const header = page.filter(w => w.yMin < 60);
            const reference = header.find(w => w.text === 'REG-2026-0101')!;
            const classification = header.find(w => w.text === 'SEAL')!;
            expect(classification.yMax).toBeCloseTo(reference.yMax, 1);
        }
    });

    test('the fonts are embedded (TeX Gyre Termes, the Times clone shipped in packages/language/fonts)', async () => {
        const fonts = execFileSync('pdffonts', [await pdfOf('REG-2026-0101', 'en')], { encoding: 'utf8' });
        const rows = fonts.split('\n').slice(2).filter(Boolean);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
            expect(row).toContain('TeXGyreTermes');
            expect(row).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode map
        }
    });

    test('author text written over several lines of the source runs on: its lines are not the PDF\'s; a blank line starts a numbered paragraph', async () => {
        const text = pdfText(await pdfOf('OTP-2026-0918', 'en'), '-layout');
        expect(text).toMatch(/^\s*Request for the records of the Eldoret district hospital\s*$/m);
        expect(text).toMatch(/^\d+\.\s+Facts: In January 2008, victims of the attacks in Eldoret were treated at the district$/m);
        expect(text).toMatch(/^\d+\.\s+Its admission records name the victims and their injuries\.$/m);
    });

    test.each(['en', 'fr'] as const)('the note verbale is single-spaced with a blank line between its paragraphs (note-verbale.md §2) (%s)', async lang => {
        const words = pdfWords(await pdfOf('REG-2026-0101', lang, 'note'))[0];
        const tops = [...new Set(words.map(w => Math.round(w.yMin * 10) / 10))].sort((a, b) => a - b);
        const lineOf = (text: string) => tops.indexOf(Math.round(words.find(w => w.text === text)!.yMin * 10) / 10);
        const pitch = tops[lineOf(lang === 'en' ? 'Registry' : 'Greffe') + 1] - tops[lineOf(lang === 'en' ? 'Registry' : 'Greffe')];
        expect(pitch).toBeCloseTo(12 * 1.15, 0); // single spacing of 12 point
        // The second paragraph ("The requested State..." / "Il est demandé...") starts a blank line below the first.
        const second = lineOf(lang === 'en' ? 'requested' : 'Il');
        expect(tops[second] - tops[second - 1]).toBeGreaterThanOrEqual(2 * pitch - 1);
    });

    test('a draft says DRAFT on every page; the note verbale is unsigned and has its formulas', async () => {
        const draftFile = await pdfOf('REG-2026-0101', 'en', 'request', true);
        const draft = pdfText(draftFile, '-layout').split('\f').filter(p => p.trim());
        expect(draft).toHaveLength(pdfInfo(draftFile).pages);
        expect(draft.filter(page => !page.includes('DRAFT')).length, 'pages without DRAFT').toBe(0);
        const nv = pdfText(await pdfOf('REG-2026-0210', 'fr', 'note'), '-layout').replace(/\s+/g, ' ');
        expect(nv).toContain('présente ses compliments');
        expect(nv).toContain('très haute considération');
        expect(nv).toContain('CONFIDENTIEL');
        // Not a Court record (note-verbale.md): its footer is "Page 1 sur 1" and the classification, no record's number or date.
        expect(pdfText(await pdfOf('REG-2026-0210', 'fr', 'note'), '-layout').split('\n').filter(l => l.trim()).at(-1)!.trim()).toMatch(/^Page 1 sur 1\s+CONFIDENTIEL$/);
    });
});
