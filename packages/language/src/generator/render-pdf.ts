/**
 * PDF from the document model, with pdfmake, offline: the fonts come from files shipped in
 * packages/language/fonts (TeX Gyre Termes, a free metric clone of Times New Roman; see its
 * README) and pdfmake is allowed to read nothing else and to fetch nothing at all.
 *
 * pdfmake has no footnotes. They are drawn in the footer area of the page on which the
 * paragraph calling them ends (pdfmake has laid out the body when it asks for each page's
 * footer, so the paragraph's line positions are known), and the bottom margin is enlarged
 * on every page by the room the document's footnotes need, so that they sit above the
 * 2.5 cm band, which keeps only the page number and the classification.
 */
import * as path from 'node:path';
import pdfMake from 'pdfmake';
// pdfmake's line writer, whose justification is corrected below (no types: an internal module).
// @ts-expect-error pdfmake/js has no type declarations
import * as elementWriterModule from 'pdfmake/js/ElementWriter.js';
// pdfmake's pdfkit document, whose fonts get one set of vertical metrics below (no types either).
// @ts-expect-error pdfmake/js has no type declarations
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { documentTitle, LAYOUT_PT, SINGLE_LINE_EM, type Block, type CoverBlock, type Footnote, type GeneratedDocument, type Inline, type RunningLine, type RunningPart } from './document-model.js';
import { fontFaces, fontFiles, runningSideWidthPt, tableCellLines } from './fonts.js';

const POINTS_PER_MM = 72 / 25.4;
// Word's "1.5 lines" is 1.5 x the font's single line (Times New Roman: 1.15 em); pdfmake's
// lineHeight multiplies the embedded font's own line (TeX Gyre Termes: 1.336 em). Scale so
// that the PDF has the same line pitch as the DOCX.
const TERMES_LINE_EM = 1.336;
const lineFactor = (spacing: number) => spacing * SINGLE_LINE_EM / TERMES_LINE_EM;
const FONT_NAME = 'Termes';

export { setPdfFontDirectory } from './fonts.js';

/** Paragraph nodes that call footnotes; pdfmake fills in their `positions` while laying out the body. */
interface LaidOutNode { positions?: Array<{ pageNumber: number }> }

/**
 * The characters of a document that the PDF's font has no glyph for (Arabic, Chinese, emoji...):
 * pdfmake leaves them out of the page without a word, so a name in Arabic script would vanish from
 * the PDF while the DOCX and HTML keep it. Invisible format characters (joiners, marks of
 * direction, variation selectors) are not counted.
 */
export function charactersWithoutGlyph(model: GeneratedDocument): string[] {
    const faces = Object.values(fontFaces());
    const missing = new Set<string>();
    for (const value of renderedStrings(model)) {
        for (const character of value) {
            if (/[\p{Cf}\p{Cc}\p{Zs}\p{M}\u{FE00}-\u{FE0F}]/u.test(character)) continue;
            const codePoint = character.codePointAt(0)!;
            if (faces.some(face => !face.hasGlyphForCodePoint(codePoint))) missing.add(character);
        }
    }
    return [...missing];
}

/** Every string of the model that the PDF prints. */
function renderedStrings(model: GeneratedDocument): string[] {
    const inline = (content: readonly Inline[]) => content.map(i => (i.type === 'text' ? i.text : ''));
    const running = (lines: readonly RunningLine[]) => lines.flatMap(l => [...l.left, ...l.center, ...l.right]).map(p => (p.type === 'text' ? p.text : ''));
    const blocks = model.blocks.flatMap((block): string[] => {
        switch (block.type) {
            case 'cover': return [...block.court, ...block.fields.flatMap(f => [f.label, f.value]), block.organ, block.situation ?? '', block.caseLine ?? '', block.classification, block.title, block.draftMark ?? ''];
            case 'heading': return [block.label ?? '', block.text];
            case 'paragraph': return inline(block.content);
            case 'list': return block.items.flatMap(inline);
            case 'table': return [...block.columns, ...block.rows.flat()];
            case 'closing': return block.lines;
        }
    });
    return [...blocks, ...model.footnotes.flatMap(f => inline(f.content)), ...running(model.header), ...running(model.footer)];
}

/** The part of a pdfmake line that justification reads and moves. */
interface LaidOutLine {
    inlines: Array<{ text: string; x: number; alignment?: string; justifyShift?: number }>;
    newLineForced?: boolean;
    lastLineInParagraph?: boolean;
    getWidth(): number;
}
interface LineWriter { context(): { availableWidth: number }; alignLine(line: LaidOutLine): void }

/**
 * pdfmake justifies a line by widening the gap before every piece of it, and a word is cut into
 * pieces wherever it may break ("Pre-|Trial", "ci-|joint") or changes style ("Kenya" "; "): the
 * justified PDF read "Pre- Trial Chamber", "ci- joint", "Kenya ;". As a word processor does, the
 * room left on a justified line goes to its spaces only: to the pieces that follow a space.
 */
function justifyAtSpacesOnly(): void {
    const exported = elementWriterModule as { default?: { prototype: LineWriter } | { default?: { prototype: LineWriter } } };
    // Node's import of a CommonJS module gives its exports object; a bundler's, the class itself.
    const candidate = exported.default && 'prototype' in exported.default ? exported.default : (exported.default as { default?: { prototype: LineWriter } } | undefined)?.default;
    const prototype = candidate?.prototype as (LineWriter & { justifiesAtSpaces?: boolean }) | undefined;
    if (!prototype || prototype.justifiesAtSpaces) return;
    const alignLine = prototype.alignLine;
    prototype.alignLine = function (this: LineWriter, line: LaidOutLine): void {
        const inlines = line.inlines ?? [];
        const justified = inlines[0]?.alignment === 'justify' && !line.newLineForced && !line.lastLineInParagraph && inlines.length > 1;
        // A space, not a no-break space (which `\s` also matches): a date or a citation is not spread out.
        const atSpace = (i: number) => i > 0 && /[^\S\u00a0]$/.test(inlines[i - 1].text);
        const gaps = inlines.filter((_, i) => atSpace(i)).length;
        if (!justified) {
            alignLine.call(this, line);
            return;
        }
        if (gaps === 0) return; // one word cut in pieces: left as it is, not spread out
        const extra = (this.context().availableWidth - line.getWidth()) / gaps;
        let shift = 0;
        inlines.forEach((inline, i) => {
            if (atSpace(i)) shift += extra;
            inline.x += shift;
            inline.justifyShift = atSpace(i) ? extra : 0;
        });
    };
    prototype.justifiesAtSpaces = true;
}

/** The vertical metrics of a pdfkit font that pdfmake lays lines out with (per 1000 units of the em), and its text layout. */
interface FontMetrics { ascender: number; descender: number; lineGap: number; layout?: (text: string, ...rest: unknown[]) => unknown; drawsNoBreakSpaceAsSpace?: boolean }
interface FontProvider { provideFont(family: string, bold: boolean, italics: boolean): FontMetrics; sharesRegularMetrics?: boolean }

/**
 * pdfmake puts a line's baseline one ascender below its top, the tallest ascender of its pieces,
 * and makes it as high as its tallest piece. Termes' faces differ there (ascender + descender:
 * regular 1.336 em, bold 1.459, italic 1.340, bold italic 1.406), where Times New Roman's four
 * are alike: a bold word sat lower than the regular ones beside it (the paragraph number "5."
 * beside "Crimes:", the footer's classification beside "Page 2 of 4", a table's bold header),
 * and a bold line (headings, the whole cover) was 9% higher than the 1.5 lines of the text. As in
 * Times, every face of the family is given the regular face's vertical metrics.
 */
function sameVerticalMetricsInEveryFace(): void {
    const exported = pdfDocumentModule as { default?: { prototype: FontProvider } | { default?: { prototype: FontProvider } } };
    const candidate = exported.default && 'prototype' in exported.default ? exported.default : (exported.default as { default?: { prototype: FontProvider } } | undefined)?.default;
    const prototype = candidate?.prototype;
    if (!prototype || prototype.sharesRegularMetrics) return;
    const provideFont = prototype.provideFont;
    prototype.provideFont = function (this: FontProvider, family: string, bold: boolean, italics: boolean): FontMetrics {
        const font = provideFont.call(this, family, bold, italics);
        noBreakSpaceAsSpace(font);
        if (bold || italics) {
            const regular = provideFont.call(this, family, false, false);
            font.ascender = regular.ascender;
            font.descender = regular.descender;
            font.lineGap = regular.lineGap;
        }
        return font;
    };
    prototype.sharesRegularMetrics = true;
}

/**
 * The model keeps a date, a citation or a time on one line with no-break spaces (`keepTogether`):
 * pdfmake's Unicode line breaking honours them, but Termes draws U+00A0 a third of an em wide, a
 * space and a third (Times New Roman: a space's width, as Word and browsers set it). Once the lines
 * are broken, pdfkit measures and draws each no-break space as a space: the same width as in the
 * DOCX and the HTML, and a plain space for whoever copies the text out of the PDF. A word joiner
 * (U+2060, in "8(2)(e)", "ICC-01/09"), for which Termes has no glyph, is not drawn at all.
 */
function noBreakSpaceAsSpace(font: FontMetrics): void {
    const layout = font.layout;
    if (!layout || font.drawsNoBreakSpaceAsSpace) return;
    font.layout = function (this: FontMetrics, text: string, ...rest: unknown[]) {
        return layout.call(this, text.replace(/\u00a0/g, ' ').replace(/\u2060/g, ''), ...rest);
    };
    font.drawsNoBreakSpaceAsSpace = true;
}

export async function renderPdf(model: GeneratedDocument): Promise<Uint8Array> {
    justifyAtSpacesOnly();
    sameVerticalMetricsInEveryFace();
    const { layout, meta } = model;
    const margin = Math.ceil(layout.marginMm * POINTS_PER_MM);
    const pageWidth = layout.widthMm * POINTS_PER_MM;
    const contentWidth = pageWidth - 2 * margin;
    const footnoteLine = layout.footnoteSizePt * SINGLE_LINE_EM * layout.footnoteLineSpacing;
    // Generous estimate of the room the footnotes take: about 0.5 em per character at 10 pt.
    const footnoteRoom = model.footnotes.length === 0 ? 0
        : 12 + model.footnotes.reduce((sum, f) => sum + footnoteLine * Math.ceil((plain(f.content).length + 4) * layout.footnoteSizePt * 0.5 / contentWidth), 0);

    const callers = new Map<number, LaidOutNode>();
    const inlines = (content: readonly Inline[]) => content.map(i => (i.type === 'footnote-ref'
        ? { text: String(i.id), sup: true }
        : { text: i.text, bold: i.bold, italics: i.italic }));
    const withFootnoteCallers = <T extends object>(node: T, content: readonly Inline[]): T => {
        for (const i of content) if (i.type === 'footnote-ref') callers.set(i.id, node as LaidOutNode);
        return node;
    };

    const body: Content[] = model.blocks.map(renderBlock);
    const closingUnit = withClosing(model.blocks, body);

    const { directory, files } = fontFiles();
    pdfMake.setFonts({ [FONT_NAME]: files });
    pdfMake.setUrlAccessPolicy(() => false);
    pdfMake.setLocalAccessPolicy(p => path.resolve(p).startsWith(directory));

    // The sides as wide as the wider of them needs, so that they never break and the centre, which
    // wraps between them if it must, is the page's.
    const running = (line: RunningLine, current: number, count: number): Content => {
        const side = runningSideWidthPt(line, layout.bodySizePt, contentWidth);
        return {
            columns: [
                { width: side, text: runningText(line.left, current, count), alignment: 'left' },
                { width: '*', text: runningText(line.center, current, count), alignment: 'center' },
                { width: side, text: runningText(line.right, current, count), alignment: 'right' }
            ],
            columnGap: LAYOUT_PT.runningGap, fontSize: layout.bodySizePt, lineHeight: lineFactor(1)
        };
    };
    const footnotesOn = (page: number): Footnote[] =>
        model.footnotes.filter(f => callers.get(f.id)?.positions?.at(-1)?.pageNumber === page);

    /**
     * The running footer, under a box for the footnotes of the page (the same height on every page, so
     * that the footer's line stays put); none on the cover, which calls no footnote and has the whole
     * page within the 2.5 cm margins.
     */
    const footer = (withFootnotes: boolean) => (current: number, count: number): Content => {
        const notes = footnotesOn(current);
        // A fixed-height box for the footnotes keeps the page line at the same place in the 2.5 cm band.
        const footnoteBox: Content[] = footnoteRoom === 0 || !withFootnotes ? [] : [{
            table: {
                widths: ['*'], heights: [footnoteRoom],
                body: [[{
                    stack: notes.length === 0 ? [{ text: '' }] : [
                        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth / 3, y2: 0, lineWidth: 0.5 }], margin: [0, 4, 0, 4] },
                        ...notes.map(f => ({ text: [{ text: `${f.id} `, sup: true }, ...inlines(f.content)], fontSize: layout.footnoteSizePt, lineHeight: lineFactor(layout.footnoteLineSpacing), alignment: 'justify' }))
                    ]
                }]]
            },
            layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
            margin: [margin, 0, margin, 0]
        } as Content];
        return { stack: [...footnoteBox, { ...running(model.footer[0] ?? { left: [], center: [], right: [] }, current, count) as object, margin: [margin, margin * 0.35, margin, 0] } as Content] } as Content;
    };

    const definition: TDocumentDefinitions = {
        pageSize: 'A4',
        pageMargins: [margin, margin, margin, margin + footnoteRoom],
        info: { title: documentTitle(meta), author: meta.generator, creator: meta.generator, subject: meta.classification.line, keywords: meta.classification.line },
        language: meta.lang === 'fr' ? 'fr-FR' : 'en-GB',
        defaultStyle: { font: FONT_NAME, fontSize: layout.bodySizePt, lineHeight: lineFactor(layout.bodyLineSpacing) },
        header: (current, count) => ({ stack: model.header.map(l => running(l, current, count)), margin: [margin, margin * 0.4, margin, 0] }),
        footer: footer(true),
        // A heading never ends a page, as the DOCX's keepNext has it: it starts the next when no text follows it on its page
        // but its own label beside it, or a table's header row, which pdfmake moves to the next page with the first row.
        // The closing (place, date and signature) never starts one: what comes before it goes to the next page with it.
        pageBreakBefore: (node, nodes) => (node.headlineLevel !== undefined && endsPage(node, nodes.getFollowingNodesOnPage()))
            || (node.id === KEEP_WITH_CLOSING && closingUnit !== undefined && closingUnit.separated(node.pages)),
        ...(meta.draft ? { watermark: { text: draftText(model), opacity: 0.1, bold: true, font: FONT_NAME, angle: -45 } } : {}),
        // The cover is a section of its own, whose page keeps no room for footnotes; the body starts a new page.
        content: model.blocks[0]?.type === 'cover'
            ? [
                { section: [body[0]], pageMargins: [margin, margin, margin, margin], footer: footer(false) },
                { section: body.slice(1), pageMargins: [margin, margin, margin, margin + footnoteRoom], footer: footer(true) }
            ] as unknown as Content[]
            : body
    };
    const created = pdfMake.createPdf(definition);
    return new Uint8Array(await created.getBuffer());

    function renderBlock(block: Block): Content {
        switch (block.type) {
            case 'cover':
                return cover(block);
            case 'heading': {
                const margin = [0, LAYOUT_PT.heading.before[block.level], 0, LAYOUT_PT.heading.after];
                // A label ("I.") in the numbers' column, its text where the paragraphs' text starts, as the DOCX's numbering sets it.
                if (block.label) {
                    return {
                        columns: [{ width: LAYOUT_PT.numberColumn, text: block.label }, { width: '*', text: block.text }],
                        bold: true, italics: block.level === 2, margin, headlineLevel: block.level
                    } as Content;
                }
                return { text: block.text, bold: true, italics: block.level === 2, margin, headlineLevel: block.level } as Content;
            }
            case 'paragraph': {
                const paragraph = { text: inlines(block.content), alignment: block.align ?? 'left', margin: [0, 0, 0, layout.paragraphSpacingPt] } as Record<string, unknown>;
                if (block.number === undefined) return withFootnoteCallers(paragraph, block.content) as unknown as Content;
                return withFootnoteCallers({ columns: [{ width: LAYOUT_PT.numberColumn, text: `${block.number}.` }, { width: '*', ...paragraph, margin: [0, 0, 0, 0] }], margin: [0, 0, 0, layout.paragraphSpacingPt] }, block.content) as Content;
            }
            case 'list': {
                // As the DOCX's numbering sets them: "(a)" at 1.27 cm, a bullet at 1.9 cm, the text at 2.54 cm;
                // a small gap between the items, a paragraph's spacing after the last.
                const letter = block.style === 'letter';
                const marker = letter ? LAYOUT_PT.numberColumn : LAYOUT_PT.bulletColumn;
                return {
                    stack: block.items.map((item, i) => withFootnoteCallers({
                        columns: [
                            { width: marker, text: letter ? `(${letterOf(i)})` : '•' },
                            { width: '*', text: inlines(item) }
                        ],
                        margin: [LAYOUT_PT.listTextIndent - marker, 0, 0, i === block.items.length - 1 ? layout.paragraphSpacingPt : LAYOUT_PT.listItemGap]
                    }, item))
                } as Content;
            }
            case 'table':
                return {
                    table: {
                        // The header row never ends a page alone (the DOCX's header row keeps with the next).
                        headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true,
                        widths: block.widths.map(w => `${w * 100}%`),
                        body: [block.columns.map(c => ({ text: c, bold: true })),
                            ...block.rows.map(r => r.map((v, i) => ({ text: tableCellLines(v, layout, block.widths[i]).join('\n') })))]
                    },
                    // The text's size and spacing (reg. 36(3)); cells padded and ruled as in the DOCX and the HTML,
                    // and no space after (a Word table has none): the closing's space before follows the last rule.
                    layout: {
                        hLineWidth: () => LAYOUT_PT.tableRule, vLineWidth: () => LAYOUT_PT.tableRule,
                        paddingLeft: () => LAYOUT_PT.tableCellPadding.x, paddingRight: () => LAYOUT_PT.tableCellPadding.x,
                        paddingTop: () => LAYOUT_PT.tableCellPadding.y, paddingBottom: () => LAYOUT_PT.tableCellPadding.y
                    },
                    fontSize: layout.bodySizePt, lineHeight: lineFactor(layout.bodyLineSpacing)
                } as Content;
            case 'closing':
                return {
                    stack: block.lines.map((l, i) => ({ text: l, margin: [0, block.signature && i === block.lines.length - 1 ? LAYOUT_PT.closing.signature : 0, 0, 0] })),
                    alignment: 'right', margin: [0, LAYOUT_PT.closing.before, 0, 0], unbreakable: true
                } as Content;
        }
    }

    function cover(block: CoverBlock): Content {
        const { partGap, situationToCase, draftMarkSize, draftMarkAfter, titleRule, titlePadding } = LAYOUT_PT.cover;
        // A new node each time: pdfmake writes its measurements into the nodes it lays out.
        const rule = () => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: titleRule }] });
        const centered = (text: string, marginBottom: number, extra: object = {}) => ({ text, alignment: 'center', bold: true, margin: [0, 0, 0, marginBottom], ...extra });
        return {
            stack: [
                ...(block.draftMark ? [centered(block.draftMark, draftMarkAfter, { fontSize: draftMarkSize })] : []),
                ...block.court.map((c, i) => centered(c, i === block.court.length - 1 ? partGap : 0)),
                {
                    columns: block.fields.map((f, i) => ({
                        width: '*', alignment: i === 0 ? 'left' : i === block.fields.length - 1 ? 'right' : 'center',
                        text: [{ text: `${f.label} `, bold: true }, f.value]
                    })),
                    margin: [0, 0, 0, partGap]
                },
                centered(block.organ, partGap),
                ...(block.situation ? [centered(block.situation, block.caseLine ? situationToCase : partGap)] : []),
                ...(block.caseLine ? [centered(block.caseLine, partGap)] : []),
                centered(block.classification, partGap),
                rule(),
                centered(block.title, 0, { margin: [0, titlePadding, 0, titlePadding] }),
                rule()
            ]
        } as Content;
    }
}

/** The id of the node that goes to the next page when the closing would start it alone (see `withClosing`). */
const KEEP_WITH_CLOSING = 'keep-with-closing';

/** A node of the document definition once pdfmake has laid it out: the pages its lines are on. */
interface PlacedContent { id?: string; pageBreak?: string; positions?: Array<{ pageNumber: number }> }

/**
 * The closing (place, date, the authority who signs) never stands alone at the top of the last page, cut off
 * from the text it closes, as the DOCX's keepNext has it: what comes before it goes to the next page with it.
 * That is the last paragraph, or the last item of a list, or the annex table's last row (pdfmake repeats the
 * table's header row above it); a heading followed by nothing else before the closing goes too, as does the
 * heading of an annex table of a single row (the header row and that row are one block already).
 * The first node to move carries KEEP_WITH_CLOSING, which `pageBreakBefore` reads; `separated` tells, once
 * pdfmake has laid the document out in `pages` pages, whether the last line before the closing is on an
 * earlier page (and then makes every cell of a row break before, not the first alone, or the row would be
 * split across the pages). The closing ends the document, so it is on the last page: pdfmake's positions of
 * an unbreakable block, such as the closing, are those of the page it was begun on, before it moved.
 */
function withClosing(blocks: readonly Block[], body: readonly Content[]): { separated: (pages: number) => boolean } | undefined {
    const index = blocks.length - 1;
    const previous = blocks[index - 1];
    if (blocks[index]?.type !== 'closing' || !previous || previous.type === 'cover') return undefined;
    const node = body[index - 1] as PlacedContent & { stack?: PlacedContent[]; table?: { body: PlacedContent[][] } };
    let unit: PlacedContent[];
    let whole: boolean;
    if (previous.type === 'list') {
        unit = [node.stack!.at(-1)!];
        whole = previous.items.length === 1;
    } else if (previous.type === 'table' && previous.rows.length > 1) {
        unit = node.table!.body.at(-1)!;
        whole = false;
    } else {
        unit = [node];
        whole = true;
    }
    const last = unit[0];
    // A heading whose only text is the unit goes with it, or it would end its page (its own check has been made).
    const heading = whole && blocks[index - 2]?.type === 'heading' ? body[index - 2] as PlacedContent : undefined;
    const movers = heading ? [heading] : unit;
    movers[0].id = KEEP_WITH_CLOSING;
    return {
        separated: pages => {
            const lastPage = last.positions?.at(-1)?.pageNumber;
            const apart = lastPage !== undefined && lastPage < pages;
            // pdfmake breaks before the node it asks about; the other cells of a row, here.
            if (apart) for (const m of movers.slice(1)) m.pageBreak = 'before';
            return apart;
        }
    };
}

/** What pdfmake tells of a node laid out: its kind and where it starts. */
interface PlacedNode { text?: unknown; table?: unknown; startPosition: { top: number } }

/** Whether a heading is the last text of its page: nothing below it there but a table's header row without a row under it. */
function endsPage(heading: PlacedNode, following: readonly PlacedNode[]): boolean {
    const below = following.filter(n => n.startPosition.top > heading.startPosition.top + 1);
    const texts = below.filter(n => n.text !== undefined);
    const table = below.find(n => n.table !== undefined);
    const top = Math.min(...texts.map(n => n.startPosition.top));
    if (table && table.startPosition.top <= top + 1) return !texts.some(n => n.startPosition.top > table.startPosition.top + 1);
    return texts.length === 0;
}

function runningText(parts: readonly RunningPart[], current: number, count: number): Array<{ text: string; bold?: boolean }> {
    return parts.map(p => (p.type === 'text' ? { text: p.text, bold: p.bold } : { text: String(p.type === 'page-number' ? current : count) }));
}

/** The letter of the `index`th item as Word's lowerLetter numbering writes it: a...z, aa...zz. */
function letterOf(index: number): string {
    return String.fromCharCode(97 + index % 26).repeat(Math.floor(index / 26) + 1);
}

function draftText(model: GeneratedDocument): string {
    const mark = model.header.flatMap(l => l.right).find(p => p.type === 'text');
    return mark?.type === 'text' ? mark.text : 'DRAFT';
}

function plain(content: readonly Inline[]): string {
    return content.map(i => (i.type === 'text' ? i.text : '')).join('');
}
