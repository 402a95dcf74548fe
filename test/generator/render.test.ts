/**
 * Renders a request as the reader sees it: the PDF of pdfmake, and the DOCX through
 * LibreOffice (what a Word user gets), each turned into page images by pdftoppm. Checks the
 * page size, that nothing is inked in the left and right 2.5 cm margins, that all text lies
 * inside the margins except the running header and footer (in the top and bottom bands), and
 * that every page carries the classification (in its header) and the Court's footer: number, page/total, date.
 * `ROGATORY_WRITE_IMAGES=1` also writes docs/images/request-page-1.png and -2.png.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from '../../packages/language/src/index.js';
import type { BuildOptions } from '../../packages/language/src/generator/index.js';
import { buildRequestDocument, renderDocx, renderHtml, renderPdf } from '../../packages/language/src/generator/index.js';
import { LAYOUT_PT } from '../../packages/language/src/generator/document-model.js';
import { docxParts, hasCommand, loadRequests, pdfInfo, pdfText, pdfWords, REPO, SKIP_WITHOUT_LIBREOFFICE, SKIP_WITHOUT_POPPLER, tempDir } from './helpers.js';

const MM = 72 / 25.4;
const MARGIN = 25 * MM;
const A4 = { width: 210 * MM, height: 297 * MM };
const DPI = 60;

let request: Request;
let stateLibrary: BuildOptions['stateLibrary'];
const dir = tempDir('render');
beforeAll(async () => {
    const loaded = await loadRequests('examples/arrest-and-surrender/REG-2026-0101.rog');
    request = loaded.requests.get('REG-2026-0101')!;
    stateLibrary = loaded.workspace.services.rogatory.StateLibrary;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Pages as greyscale rasters (PGM from pdftoppm -gray). */
function rasterise(pdf: string, dpi = DPI): Array<{ width: number; height: number; pixels: Uint8Array }> {
    const prefix = path.join(dir, path.basename(pdf, '.pdf'));
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, prefix]);
    return fs.readdirSync(dir).filter(f => f.startsWith(path.basename(prefix) + '-') && f.endsWith('.pgm')).sort().map(f => {
        const data = fs.readFileSync(path.join(dir, f));
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
        return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
    });
}

function checkRendering(pdf: string, marks: { classification: string; footer: (n: number, total: number) => RegExp }): void {
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(A4.width, 0);
    expect(info.height).toBeCloseTo(A4.height, 0);

    // Page images: A4 at DPI, and no ink at all in the left and right margins.
    const pages = rasterise(pdf);
    expect(pages).toHaveLength(info.pages);
    const marginPx = Math.floor(MARGIN / 72 * DPI) - 1;
    for (const page of pages) {
        // pdftoppm rounds the page up to whole pixels.
        expect(page.width).toBe(Math.ceil(210 / 25.4 * DPI));
        expect(page.height).toBe(Math.ceil(297 / 25.4 * DPI));
        let inked = 0;
        for (let y = 0; y < page.height; y++) {
            for (let x = 0; x < marginPx; x++) {
                if (page.pixels[y * page.width + x] < 200) inked++;
                if (page.pixels[y * page.width + page.width - 1 - x] < 200) inked++;
            }
        }
        expect(inked).toBe(0);
    }

    // Text boxes: inside the margins, or in the header/footer bands; both bands on every page.
    const words = pdfWords(pdf);
    expect(words).toHaveLength(info.pages);
    words.forEach((page, i) => {
        const tolerance = 0.5;
        for (const w of page) {
            expect(w.xMin).toBeGreaterThanOrEqual(MARGIN - tolerance);
            expect(w.xMax).toBeLessThanOrEqual(A4.width - MARGIN + tolerance);
        }
        const header = page.filter(w => w.yMax <= MARGIN + tolerance).map(w => w.text).join(' ');
        const footer = page.filter(w => w.yMin >= A4.height - MARGIN - tolerance).map(w => w.text).join(' ');
        const body = page.filter(w => w.yMax > MARGIN + tolerance && w.yMin < A4.height - MARGIN - tolerance);
        // A word's box spans the font's whole ascent and descent, a little more than its ink (up to about 1.5 pt here).
        const fontBoxAllowance = 1.5;
        for (const w of body) {
            expect(w.yMin).toBeGreaterThanOrEqual(MARGIN - fontBoxAllowance);
            expect(w.yMax).toBeLessThanOrEqual(A4.height - MARGIN + fontBoxAllowance);
        }
        expect(header).toContain(marks.classification);
        expect(footer).toMatch(marks.footer(i + 1, info.pages));
    });
}

describe.skipIf(SKIP_WITHOUT_POPPLER)('rendered pages', () => {
    test.each(['en', 'fr'] as const)('the PDF (%s): A4, clean margins, the Court\'s footer and the classification on every page', async lang => {
        const pdf = path.join(dir, `request.${lang}.pdf`);
        fs.writeFileSync(pdf, await renderPdf(buildRequestDocument(request, { lang, stateLibrary })));
        checkRendering(pdf, {
            classification: lang === 'en' ? 'UNDER SEAL' : 'SOUS SCELLÉS',
            footer: (n, total) => new RegExp(`^${lang === 'en' ? 'No\\.' : 'N°'}\\s+ICC-01/09-01/26\\s+${n}/${total}\\s+25\\s+${lang === 'en' ? 'June' : 'juin'}\\s+2026$`)
        });
        if (process.env.ROGATORY_WRITE_IMAGES === '1' && lang === 'en') {
            const images = path.join(REPO, 'docs/images');
            execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, path.join(dir, 'readme')]);
            fs.copyFileSync(path.join(dir, 'readme-1.png'), path.join(images, 'request-page-1.png'));
            fs.copyFileSync(path.join(dir, 'readme-2.png'), path.join(images, 'request-page-2.png'));
        }
    });

    test.skipIf(SKIP_WITHOUT_LIBREOFFICE)('the DOCX as LibreOffice renders it: A4, clean margins, the Court\'s footer and the classification on every page', async () => {
        const docx = path.join(dir, 'request-docx.docx');
        fs.writeFileSync(docx, await renderDocx(buildRequestDocument(request, { lang: 'en', draft: true, stateLibrary })));
        const office = ['libreoffice', 'soffice'].find(c => { try { execFileSync('sh', ['-c', `command -v ${c}`]); return true; } catch { return false; } })!;
        execFileSync(office, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
        const pdf = path.join(dir, 'request-docx.pdf');
        checkRendering(pdf, { classification: 'UNDER SEAL', footer: (n, total) => new RegExp(`^No\\.\\s+ICC-01/09-01/26\\s+${n}/${total}\\s+25\\s+June\\s+2026$`) });
        for (const page of pdfWords(pdf)) expect(page.filter(w => w.yMax <= MARGIN).map(w => w.text)).toContain('DRAFT');
    }, 180_000);

    // Chromium is there wherever the extension tests run (scripts/ensure-system-packages.sh).
    test.skipIf(!hasCommand('chromium'))('the HTML printed by Chromium: A4, and the @page margin boxes put the classification and the Court\'s footer on every page', () => {
        const html = path.join(dir, 'request.fr.html');
        fs.writeFileSync(html, renderHtml(buildRequestDocument(request, { lang: 'fr', draft: true, stateLibrary })));
        const pdf = path.join(dir, 'request-html.pdf');
        execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore', timeout: 60_000 });
        const info = pdfInfo(pdf);
        expect(info.width).toBeCloseTo(A4.width, 0);
        expect(info.height).toBeCloseTo(A4.height, 0);
        const pages = pdfText(pdf, '-layout').split('\f').filter(p => p.trim());
        expect(pages).toHaveLength(info.pages);
        pages.forEach((page, i) => {
            const lines = page.split('\n').filter(l => l.trim()).map(l => l.trim());
            expect(lines[0]).toMatch(/SOUS SCELLÉS\s+PROJET$/);
            expect(lines.at(-1)).toMatch(new RegExp(`^N°\\s+ICC-01/09-01/26\\s+${i + 1}/${info.pages}\\s+25\\s+juin\\s+2026$`));
        });
        // The annex table is in the text's 12 point (reg. 36(3)): "Photographs" is in it only, "Chambre" in the text.
        const words = pdfWords(pdf).flat();
        const height = (text: string) => { const w = words.find(x => x.text === text)!; return w.yMax - w.yMin; };
        expect(height('Photographs')).toBeCloseTo(height('Chambre'), 1);
    }, 90_000);
});

/**
 * The three formats as a reader gets them on paper: the PDF, the DOCX through LibreOffice, the HTML
 * printed by Chromium. Where the dossier is silent they must still agree with one another.
 */
describe.skipIf(SKIP_WITHOUT_POPPLER || SKIP_WITHOUT_LIBREOFFICE || !hasCommand('chromium'))('the PDF, the DOCX and the HTML on paper', () => {
    let longCover: Request;
    let convicted: Request;
    let transit: Request;
    const printed = new Map<string, Record<'pdf' | 'docx' | 'html', string>>();
    beforeAll(async () => {
        const loaded = await loadRequests('test/fixtures/generator/long-cover.rog');
        longCover = loaded.requests.get('REG-2027-0990')!;
        convicted = (await loadRequests('examples/surrender-of-convicted/REG-2026-0121.rog')).requests.get('REG-2026-0121')!;
        transit = (await loadRequests('examples/transit/REG-2026-0210-transit.rog')).requests.get('REG-2026-0210')!;
        const office = ['libreoffice', 'soffice'].find(c => hasCommand(c))!;
        const docxFiles: string[] = [];
        for (const [name, r, lang] of [['REG-2026-0101', request, 'en'], ['REG-2027-0990', longCover, 'en'], ['REG-2027-0990', longCover, 'fr'], ['REG-2026-0121', convicted, 'en'], ['REG-2026-0121', convicted, 'fr'], ['REG-2026-0210', transit, 'en']] as const) {
            const model = buildRequestDocument(r, { lang, stateLibrary });
            const stem = path.join(dir, `paper-${name}.${lang}`);
            fs.writeFileSync(`${stem}.pdf`, await renderPdf(model));
            fs.writeFileSync(`${stem}.docx`, await renderDocx(model));
            fs.writeFileSync(`${stem}.html`, renderHtml(model));
            execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${stem}.html.pdf`, `file://${stem}.html`], { stdio: 'ignore', timeout: 60_000 });
            docxFiles.push(`${stem}.docx`);
            printed.set(`${name}.${lang}`, { pdf: `${stem}.pdf`, docx: `${stem}.docx.pdf`, html: `${stem}.html.pdf` });
        }
        const out = path.join(dir, 'paper-docx');
        execFileSync(office, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, ...docxFiles], { stdio: 'ignore', timeout: 180_000 });
        for (const file of docxFiles) fs.renameSync(path.join(out, path.basename(file, '.docx') + '.pdf'), `${file}.pdf`);
    }, 300_000);

    const formats = ['pdf', 'docx', 'html'] as const;
    const headerOf = (page: ReturnType<typeof pdfWords>[number]) => page.filter(w => w.yMax <= MARGIN);
    const footerOf = (page: ReturnType<typeof pdfWords>[number]) => page.filter(w => w.yMin >= A4.height - MARGIN);
    const bodyOf = (page: ReturnType<typeof pdfWords>[number]) => page.filter(w => w.yMin > MARGIN && w.yMax < A4.height - MARGIN);
    const height = (w: { yMin: number; yMax: number }) => w.yMax - w.yMin;

    test.each(['en', 'fr'] as const)('a cover naming five accused under a title of a thousand characters holds on its page, at 12 point and 1.5 lines (%s)', lang => {
        for (const format of lang === 'en' ? formats : ['pdf'] as const) {
            const pages = pdfText(printed.get(`REG-2027-0990.${lang}`)![format]).split('\f');
            const cover = pages[0].replace(/\s+/g, ' ');
            expect(cover, format).toContain('PAULINE NYIRAMASUHUKO'); // pdftotext joins a word hyphenated at the end of a line
            expect(cover, format).toContain('NTEZIMANA');
            expect(cover, format).toContain('issued to him or to the persons accompanying him');
            // The body starts on page 2 with its first heading.
            expect(pages[1], format).toMatch(lang === 'en' ? /\bRequest\b/ : /\bDemande\b/);
            expect(pages[1], format).not.toContain('accompanying him');
            // The cover's text is the text's 12 point: its title as high as a body word.
            const words = pdfWords(printed.get(`REG-2027-0990.${lang}`)![format]);
            const titleWord = words[0].find(w => w.text === 'Commander')!;
            const bodyWord = bodyOf(words[1]).find(w => w.text === 'Tanzania' || w.text === 'Tanzanie')!;
            expect(height(titleWord), format).toBeCloseTo(height(bodyWord), 0);
        }
    });

    test('the running marks are in the text\'s 12 point (reg. 36(3): only footnotes are 10 point), the reference never broken', () => {
        for (const format of formats) {
            const pages = pdfWords(printed.get('REG-2026-0101.en')![format]);
            const body = bodyOf(pages[1]).find(w => w.text === 'Pre-Trial')!;
            for (const page of pages) {
                const reference = headerOf(page).find(w => w.text === 'REG-2026-0101')!;
                expect(height(reference), format).toBeCloseTo(height(body), 1);
                const month = footerOf(page).find(w => w.text === 'June')!;
                expect(height(month), format).toBeCloseTo(height(body), 1);
            }
            // A classification line too long for the middle of the header wraps there; the reference stays whole, beside it.
            const long = pdfWords(printed.get('REG-2027-0990.en')![format]);
            for (const page of long) {
                const header = headerOf(page);
                const reference = header.find(w => w.text === 'REG-2027-0990');
                expect(reference, format).toBeDefined();
                expect(header.map(w => w.text).join(' '), format).toContain('UNDER SEAL / Ex parte Prosecution and Registry only');
                const classification = header.filter(w => w !== reference);
                expect(Math.min(...classification.map(w => w.xMin)), format).toBeGreaterThan(reference!.xMax);
            }
        }
    });

    test('the annex table is set at the text\'s 1.5 lines, its columns at the same places, in every format', () => {
        const columns: number[][] = [];
        for (const format of formats) {
            const words = pdfWords(printed.get('REG-2026-0101.en')![format]).flat();
            // A wrapped line of the text (paragraph 3) and of the table (annex A2's title).
            const name = words.find(w => w.text === 'Name:')!;
            const nextText = words.find(w => w.text === '11' && Math.abs(w.xMin - name.xMin) < 1)!;
            const photographs = words.find(w => w.text === 'Photographs')!;
            const nextCell = words.find(w => w.text === 'fingerprint' && Math.abs(w.xMin - photographs.xMin) < 1)!;
            // Chromium puts each line on a whole pixel (0.75 pt): its pitch varies by one.
            expect(Math.abs((nextCell.yMin - photographs.yMin) - (nextText.yMin - name.yMin)), format).toBeLessThan(1);
            const annex = words.find(w => w.text === 'Annex' && w.yMin > name.yMin)!;
            columns.push(['Title', 'Document', 'Language', 'Classification'].map(t => words.find(w => w.text === t && Math.abs(w.yMin - annex.yMin) < 2)!.xMin));
        }
        for (const other of columns.slice(1)) other.forEach((x, i) => expect(Math.abs(x - columns[0][i])).toBeLessThan(2));
    });

    test('a date is never broken across lines: "11 April 1976", at the end of a line, goes whole to the next, in every format', () => {
        for (const format of formats) {
            const words = pdfWords(printed.get('REG-2026-0101.en')![format]).flat();
            const name = words.find(w => w.text === 'Name:')!;
            const birth = words.findIndex(w => w.text === 'birth:' && w.yMin > name.yMin - 1);
            const [day, month, year] = words.slice(birth + 1, birth + 4);
            expect([day.text, month.text, year.text], format).toEqual(['11', 'April', '1976;']);
            // The date falls at a line's end: its day starts the next line (pdfmake had put "April 1976" there, alone), the rest beside it.
            expect(day.yMin - words[birth].yMin, format).toBeGreaterThan(10);
            expect(Math.abs(day.xMin - name.xMin), format).toBeLessThan(1);
            expect(Math.abs(month.yMin - day.yMin), format).toBeLessThan(1);
            expect(Math.abs(year.yMin - day.yMin), format).toBeLessThan(1);
        }
    });

    test('the labels of a provision are never broken across lines: "(art. 8(2)(e)(iv))", at the end of a line, goes whole to the next, in every format', () => {
        for (const format of formats) {
            const words = pdfWords(printed.get('REG-2026-0210.en')![format]).flat();
            // pdfmake, LibreOffice and Chromium all broke it "8(2) | (e)(iv))", which Unicode's line breaking allows.
            // The crime's paragraph ends with it: "(art. 8(2)(e)(iv))."
            const citation = words.findIndex(w => w.text === '8(2)(e)(iv)).');
            expect(citation, format).toBeGreaterThan(0);
            expect(words[citation - 1].text, format).toBe('(art.');
            expect(words.some(w => w.text === '8(2)' || w.text.startsWith('(e)')), format).toBe(false);
        }
    });

    test.each(['en', 'fr'] as const)('no line ends inside an ordinary Court document number in the annex table; a longer one breaks before its suffix, the same in every format (%s)', lang => {
        // REG-2026-0121 annexes the judgment ICC-01/04-03/21-540 twice ("copy of ICC-01/04-03/21-540"). The Document
        // column was too narrow for it at 12 pt: every format broke it "ICC-01/04-03/ | 21-540" (pdfmake had cut it at the
        // cell's edge, ICC-01/04-03/2 | 1-540; LibreOffice and Chromium after "ICC-").
        for (const format of formats) {
            const words = pdfWords(printed.get(`REG-2026-0121.${lang}`)![format]).flat().map(w => w.text);
            // The text cites it once too.
            expect(words.filter(w => w === 'ICC-01/04-03/21-540').length, format).toBeGreaterThanOrEqual(2);
            expect(words.filter(w => ['ICC-', 'ICC-01/', 'ICC-01/04-03/', 'ICC-01/04-03/21-', '21-540', '540'].includes(w)), format).toEqual([]);
        }
        // The warrant's number with its suffixes, ICC-01/09-01/26-14-US-Exp, is wider than any column could be: it breaks
        // after its serial number, never after "ICC-" or inside the case number.
        for (const format of formats) {
            const words = pdfWords(printed.get('REG-2026-0101.en')![format]).flat().map(w => w.text);
            const number = words.indexOf('ICC-01/09-01/26-14-');
            expect(number, format).toBeGreaterThan(0);
            expect(words.slice(number + 1), format).toContain('US-Exp');
            expect(words.filter(w => w === 'ICC-' || w === 'ICC-01/09-01/'), format).toEqual([]);
        }
    });

    test('a heading\'s text starts where the numbered paragraphs\' text does, its label in their numbers\' column, in every format', () => {
        for (const format of formats) {
            const page = bodyOf(pdfWords(printed.get('REG-2026-0101.en')![format])[1]);
            const label = page.find(w => w.text === 'I.')!;
            const heading = page.find(w => w.text === 'Request' && Math.abs(w.yMin - label.yMin) < 1)!;
            const number = page.find(w => w.text === '1.')!;
            const text = page.find(w => w.text === 'Pre-Trial' && Math.abs(w.yMin - number.yMin) < 1)!;
            expect(Math.abs(label.xMin - number.xMin), format).toBeLessThan(1);
            expect(Math.abs(heading.xMin - text.xMin), format).toBeLessThan(1);
        }
    });

    test('lettered items read "(a)", "(b)" in every format, as the DOCX numbers them', () => {
        for (const format of formats) {
            const text = pdfText(printed.get('REG-2026-0101.en')![format]).replace(/\s+/g, ' ');
            expect(text, format).toContain('(a) article 58(5) of the Rome Statute');
            expect(text, format).toContain('(b) article 89(1) of the Rome Statute');
        }
    });
});

/**
 * The closing (place, date, the authority who signs) as a reader gets it on paper: never alone at the top of
 * the last page. Each of these requests had it so in one format or another (the PDF: OTP-2026-0201 after a
 * paragraph, OTP-2026-0202 after an annex table of one row, REG-2027-0991 after one of nine; LibreOffice: REG-2026-0102,
 * OTP-2026-0400; Chromium: OTP-2026-0204, REG-2026-0312, whose "Annexes" heading also ended a page).
 */
describe.skipIf(SKIP_WITHOUT_POPPLER || SKIP_WITHOUT_LIBREOFFICE || !hasCommand('chromium'))('the closing on paper', () => {
    const names = ['OTP-2026-0201', 'OTP-2026-0202', 'OTP-2026-0204', 'OTP-2026-0400', 'REG-2026-0102', 'REG-2026-0312', 'REG-2027-0991'];
    const printed = new Map<string, Record<'pdf' | 'docx' | 'html', string>>();
    /** The last word of the text before the closing: of its paragraph, or the annex table's last row's name. */
    const before = new Map<string, string>();
    beforeAll(async () => {
        const loaded = await loadRequests('examples/assistance', 'examples/follow-up', 'examples/arrest-and-surrender/REG-2026-0102.rog', 'examples/organisations', 'test/fixtures/generator/closing-after-table.rog');
        const office = ['libreoffice', 'soffice'].find(c => hasCommand(c))!;
        const docxFiles: string[] = [];
        for (const name of names) {
            const model = buildRequestDocument(loaded.requests.get(name)!, { lang: 'en', stateLibrary });
            const previous = model.blocks.at(-2)!;
            before.set(name, previous.type === 'table' ? previous.rows.at(-1)![0]
                : previous.type === 'paragraph' ? previous.content.flatMap(i => (i.type === 'text' ? i.text.split(/\s+/) : [])).filter(Boolean).at(-1)! : '');
            const stem = path.join(dir, `closing-${name}`);
            fs.writeFileSync(`${stem}.pdf`, await renderPdf(model));
            fs.writeFileSync(`${stem}.docx`, await renderDocx(model));
            fs.writeFileSync(`${stem}.html`, renderHtml(model));
            execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${stem}.html.pdf`, `file://${stem}.html`], { stdio: 'ignore', timeout: 60_000 });
            docxFiles.push(`${stem}.docx`);
            printed.set(name, { pdf: `${stem}.pdf`, docx: `${stem}.docx.pdf`, html: `${stem}.html.pdf` });
        }
        const out = path.join(dir, 'closing-docx');
        execFileSync(office, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, ...docxFiles], { stdio: 'ignore', timeout: 180_000 });
        for (const file of docxFiles) fs.renameSync(path.join(out, path.basename(file, '.docx') + '.pdf'), `${file}.pdf`);
    }, 300_000);

    test('the closing never starts a page: the end of the text before it (a paragraph, the annex table\'s last row) is on its page, above it, in every format', () => {
        for (const name of names) {
            for (const format of ['pdf', 'docx', 'html'] as const) {
                const pages = pdfWords(printed.get(name)![format]);
                // The words of the text area, the running header and footer left out: a box that reaches into the area
                // (LibreOffice's first line at 1.5 lines has its glyphs' top a fraction of a point above the margin).
                const last = pages.at(-1)!.filter(w => w.yMax > MARGIN && w.yMin < A4.height - MARGIN);
                const dated = last.find(w => w.text === 'Dated');
                expect(dated, `${name} ${format}: the closing on the last page`).toBeDefined();
                const marker = before.get(name)!;
                expect(marker, name).not.toBe('');
                expect(last.some(w => w.text === marker && w.yMax <= dated!.yMin), `${name} ${format}: "${marker}" above the closing`).toBe(true);
                // An annex table of one row goes with its heading, which never ends the page before.
                if (marker === 'A1') expect(last.some(w => w.text === 'Annexes' && w.yMax <= dated!.yMin), `${name} ${format}: the heading with its table`).toBe(true);
            }
        }
    });
});

/**
 * The spacing each format writes where the dossier is silent: the same LAYOUT_PT number in the DOCX's
 * XML, in the PDF's positions and in the HTML's CSS.
 */
describe.skipIf(SKIP_WITHOUT_POPPLER)('the spacing each format writes', () => {
    let pdfPages: ReturnType<typeof pdfWords>;
    let docx: Record<string, string>;
    let css: string;
    beforeAll(async () => {
        const model = buildRequestDocument(request, { lang: 'en', stateLibrary });
        const pdf = path.join(dir, 'spacing.pdf');
        fs.writeFileSync(pdf, await renderPdf(model));
        pdfPages = pdfWords(pdf);
        docx = docxParts(await renderDocx(model));
        css = /<style>([\s\S]*?)<\/style>/.exec(renderHtml(model))![1];
    });
    const twips = (pt: number) => String(Math.round(pt * 20));
    const paragraphWith = (xml: string, text: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map(m => m[0]).find(p => p.includes(text))!;

    test('the cover\'s title has no space of its own: the classification\'s part gap, then its rule and padding', () => {
        const { partGap, titlePadding } = LAYOUT_PT.cover;
        // DOCX: the classification's gap after it; the title nothing before or after (Word would add it to the gap).
        const document = docx['word/document.xml'];
        expect(paragraphWith(document, '>UNDER SEAL<')).toContain(`w:after="${twips(partGap)}"`);
        const title = paragraphWith(document, 'Request for the arrest and surrender of Daniel Otieno Kilonzo');
        expect(title).not.toMatch(/w:(before|after)="[1-9]/);
        expect(title).toContain(`w:space="${titlePadding}"`);
        // PDF: from the classification to the title, one more padding than from the organ to the situation.
        const cover = pdfPages[0];
        const top = (text: string, after = 0) => cover.find(w => w.text === text && w.yMin > after)!.yMin;
        const organ = top('PRE-TRIAL');
        const classification = top('UNDER', organ);
        expect((top('Request') - classification) - (top('SITUATION') - organ)).toBeCloseTo(titlePadding, 0);
        // HTML: the same.
        expect(css).toContain(`.cover .organ, .cover .situation, .cover .case, .cover .classification { font-weight: bold; margin: 0 0 ${partGap}pt; }`);
        expect(css).toMatch(new RegExp(`\\.cover \\.title \\{[^}]*padding: ${titlePadding}pt 0; margin: 0; \\}`));
    });

    test('the annex table has no space after it: the closing\'s space before follows its last rule', () => {
        const { closing, tableCellPadding, tableRule } = LAYOUT_PT;
        // DOCX: nothing after the table (Word has no such spacing); the closing's first line has its space before.
        const document = docx['word/document.xml'];
        const afterTable = /<\/w:tbl>\s*(<w:p>.*?<\/w:p>)/s.exec(document)![1];
        expect(afterTable).toContain('Dated this 25\u00a0June\u00a02026');
        expect(afterTable).toContain(`w:before="${twips(closing.before)}"`);
        // PDF: from the table's last line to the closing's, a line, the cell's padding and rule, and the closing's space.
        const words = pdfPages.at(-1)!;
        const top = (text: string) => words.find(w => w.text === text)!.yMin;
        // Annex A2's title, "Photographs and fingerprint card of the person sought", ends the table on three lines.
        const lineHeight = top('fingerprint') - top('Photographs');
        expect(top('Dated') - top('sought')).toBeCloseTo(lineHeight + tableCellPadding.y + tableRule + closing.before, 0);
        // HTML: a table has no margin of its own; the closing's is before it.
        expect(css).toMatch(/(^|\n)table \{[^}]*\}/);
        expect(/(^|\n)table \{([^}]*)\}/.exec(css)![2]).not.toContain('margin');
        expect(css).toContain(`.closing { margin-top: ${closing.before}pt;`);
    });

    test('the running marks\' centre keeps the running gap from either side, its lines wrapping where the gaps leave', async () => {
        const { runningGap } = LAYOUT_PT;
        const loaded = await loadRequests('test/fixtures/generator/long-cover.rog');
        const model = buildRequestDocument(loaded.requests.get('REG-2027-0990')!, { lang: 'en', stateLibrary });
        // DOCX: the centre cell has the gap inside it on the left and the right; the sides have none.
        const header = Object.entries(docxParts(await renderDocx(model))).filter(([n]) => /^word\/header\d*\.xml$/.test(n)).map(([, x]) => x).join('');
        const margins = [...header.matchAll(/<w:tcMar>.*?<w:left w:type="dxa" w:w="(\d+)"\/>.*?<w:right w:type="dxa" w:w="(\d+)"\/><\/w:tcMar>/g)].map(m => [m[1], m[2]]);
        expect(margins.slice(0, 3)).toEqual([['0', '0'], [twips(runningGap), twips(runningGap)], ['0', '0']]);
        // PDF: the classification's first line ends at "Registry": "only" would have fitted without the gaps.
        const pdf = path.join(dir, 'spacing-long.pdf');
        fs.writeFileSync(pdf, await renderPdf(model));
        const top = pdfWords(pdf)[1].filter(w => w.yMax <= MARGIN);
        const reference = top.find(w => w.text === 'REG-2027-0990')!;
        const first = top.filter(w => w !== reference && Math.abs(w.yMin - reference.yMin) < 1);
        expect(first.at(-1)!.text).toBe('Registry');
        expect(first[0].xMin - reference.xMax).toBeGreaterThanOrEqual(runningGap);
        // HTML: the page's margin boxes and the screen's running lines keep the same gap.
        for (const box of ['top-left', 'bottom-left']) expect(css).toMatch(new RegExp(`@${box} \\{[^}]*padding-right: ${runningGap}pt;`));
        for (const box of ['top-right', 'bottom-right']) expect(css).toMatch(new RegExp(`@${box} \\{[^}]*padding-left: ${runningGap}pt;`));
        expect(css).toMatch(new RegExp(`\\.running \\{[^}]*gap: ${runningGap}pt;`));
    });
});
