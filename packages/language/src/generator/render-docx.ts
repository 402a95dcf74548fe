/**
 * DOCX from the document model, with the `docx` package: real heading styles, real numbering
 * (I., II. for headings; 1., 2. for paragraphs; (a), (b) for lists), a header and a footer on
 * every page (classification, page X of Y), A4 with 2.5 cm margins, the layout's font at
 * 12 pt and 1.5 lines, footnotes at 10 pt single-spaced. No request logic here.
 */
import {
    AlignmentType, BorderStyle, LineRuleType, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, LevelFormat, Packer,
    PageNumber, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type IRunOptions, type ParagraphChild
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { LAYOUT_PT, type CoverBlock, type GeneratedDocument, type Inline, type PageLayout, type RunningLine, type RunningPart } from './document-model.js';
import { runningSideWidthPt, tableCellLines } from './fonts.js';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.ceil(mm * TWIPS_PER_MM); // ceil: "at least 2.5 cm" must not round down
/** Points in twips (twentieths of a point), for the shared spacing and indents. */
const ptTwips = (pt: number) => Math.round(pt * 20);
const LANGUAGE_TAGS = { en: 'en-GB', fr: 'fr-FR' } as const;
/**
 * Word's line spacing in 240ths of a line, always with its rule: without `w:lineRule="auto"` LibreOffice
 * does not read the value as a multiple of the line, and its pages broke elsewhere than Word's and the PDF's.
 */
const line = (spacing: number) => ({ line: Math.round(240 * spacing), lineRule: LineRuleType.AUTO });

export async function renderDocx(model: GeneratedDocument): Promise<Uint8Array> {
    const { layout } = model;
    const margin = twips(layout.marginMm);
    const contentWidth = twips(layout.widthMm) - 2 * margin;
    const font = layout.font.family;
    const halfPoints = (pt: number) => Math.round(pt * 2);
    const numberIndent = ptTwips(LAYOUT_PT.numberColumn);
    const listText = ptTwips(LAYOUT_PT.listTextIndent);
    let listInstance = 0;

    const runs = (content: readonly Inline[], base: IRunOptions = {}): ParagraphChild[] => content.map(i =>
        i.type === 'footnote-ref' ? new FootnoteReferenceRun(i.id) : new TextRun({ ...base, text: i.text, bold: i.bold ?? base.bold, italics: i.italic }));

    const body: Array<Paragraph | Table> = [];
    let afterCover = false;
    for (const [blockIndex, block] of model.blocks.entries()) {
        const pageBreakBefore = afterCover;
        afterCover = false;
        // The closing (place, date, signature) never starts a page alone: the text before it keeps with it (its last
        // lines, Word's widow control deciding how many; a table, its last row), as the PDF does.
        const keepNext = model.blocks[blockIndex + 1]?.type === 'closing';
        switch (block.type) {
            case 'cover':
                body.push(...coverParagraphs(block, contentWidth));
                afterCover = true;
                break;
            case 'heading':
                body.push(new Paragraph({
                    heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
                    // Level-1 headings that carry a label ("I.") get real Roman numbering instead of typed text.
                    numbering: block.level === 1 && block.label ? { reference: 'headings', level: 0 } : undefined,
                    pageBreakBefore,
                    keepNext: true,
                    children: [new TextRun(block.text)]
                }));
                break;
            case 'paragraph':
                body.push(new Paragraph({
                    numbering: block.number !== undefined ? { reference: 'paragraphs', level: 0 } : undefined,
                    alignment: alignmentOf(block.align),
                    pageBreakBefore,
                    keepNext,
                    spacing: { after: ptTwips(layout.paragraphSpacingPt) },
                    children: runs(block.content)
                }));
                break;
            case 'list': {
                const instance = ++listInstance;
                for (const [index, item] of block.items.entries()) {
                    body.push(new Paragraph({
                        numbering: { reference: block.style === 'letter' ? 'letters' : 'bullets', level: 0, instance },
                        // A small gap between the items, a paragraph's spacing after the last (as the PDF and the HTML).
                        spacing: { after: ptTwips(index === block.items.length - 1 ? layout.paragraphSpacingPt : LAYOUT_PT.listItemGap) },
                        keepNext: keepNext && index === block.items.length - 1,
                        children: runs(item)
                    }));
                }
                break;
            }
            case 'table':
                body.push(tableOf(block.columns, block.widths, block.rows, contentWidth, layout, keepNext));
                break;
            case 'closing':
                body.push(...block.lines.map((text, index) => new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    keepNext: index < block.lines.length - 1,
                    // Room for the signature above the authority's name.
                    spacing: { before: ptTwips(index === 0 ? LAYOUT_PT.closing.before : block.signature && index === block.lines.length - 1 ? LAYOUT_PT.closing.signature : 0) },
                    children: [new TextRun(text)]
                })));
                break;
        }
    }

    // Each running line is a table without borders of three cells: the sides as wide as the wider of
    // them needs (measured with Termes, whose widths are Times New Roman's), so that they never break,
    // and the centre, which wraps between them if it must, the page's (as in the PDF and the HTML), the
    // running gap on either side of it.
    const runningParagraph = (lines: RunningLine[]): Array<Paragraph | Table> => [...lines.map(l => {
        const side = twips(runningSideWidthPt(l, layout.bodySizePt, contentWidth / 20) * 25.4 / 72);
        const widths = [side, contentWidth - 2 * side, side];
        const cell = (parts: readonly RunningPart[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType], width: number, gap = 0) => new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: 0, bottom: 0, left: gap, right: gap },
            children: [new Paragraph({ alignment, spacing: { ...line(1), after: 0 }, children: runningRuns(parts) })]
        });
        return new Table({
            width: { size: contentWidth, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            borders: TableBorders.NONE,
            rows: [new TableRow({ children: [cell(l.left, AlignmentType.LEFT, widths[0]), cell(l.center, AlignmentType.CENTER, widths[1], ptTwips(LAYOUT_PT.runningGap)), cell(l.right, AlignmentType.RIGHT, widths[2])] })]
        });
    }),
    // Word ends a header or footer with a paragraph: one a point high, which moves nothing.
    new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [new TextRun({ text: '', size: 2 })] })];
    const headerChildren = runningParagraph(model.header);
    if (model.meta.draft) {
        const mark = model.header.flatMap(l => l.right).find((p): p is Extract<RunningPart, { type: 'text' }> => p.type === 'text')?.text ?? 'DRAFT';
        headerChildren.push(new Paragraph({ children: [new TextWatermark({ text: mark, font, color: 'C0C0C0' }) as unknown as ParagraphChild] }));
    }

    const document = new Document({
        creator: model.meta.generator,
        title: model.meta.title,
        description: [model.meta.reference, model.meta.classification.line].filter(Boolean).join(' — '),
        styles: {
            default: {
                document: {
                    run: { font, size: halfPoints(layout.bodySizePt), language: { value: LANGUAGE_TAGS[model.meta.lang] } },
                    paragraph: { spacing: line(layout.bodyLineSpacing) }
                },
                heading1: { run: { font, size: halfPoints(layout.bodySizePt), bold: true, color: '000000' }, paragraph: { spacing: { before: ptTwips(LAYOUT_PT.heading.before[1]), after: ptTwips(LAYOUT_PT.heading.after) } } },
                heading2: { run: { font, size: halfPoints(layout.bodySizePt), bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: ptTwips(LAYOUT_PT.heading.before[2]), after: ptTwips(LAYOUT_PT.heading.after) } } },
                footnoteText: { run: { font, size: halfPoints(layout.footnoteSizePt) }, paragraph: { spacing: { ...line(layout.footnoteLineSpacing), after: 0 } } }
            }
        },
        // The numbers in a column of `numberColumn`, list text at `listTextIndent`, a bullet `bulletColumn` before it.
        numbering: {
            config: [
                { reference: 'headings', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: numberIndent, hanging: numberIndent } } } }] },
                { reference: 'paragraphs', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: numberIndent, hanging: numberIndent } } } }] },
                { reference: 'letters', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: listText, hanging: numberIndent } } } }] },
                { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: listText, hanging: ptTwips(LAYOUT_PT.bulletColumn) } } } }] }
            ]
        },
        footnotes: Object.fromEntries(model.footnotes.map(f => [f.id, { children: [new Paragraph({ style: 'FootnoteText', children: runs(f.content) })] }])),
        sections: [{
            properties: {
                page: {
                    size: { width: twips(layout.widthMm), height: twips(layout.heightMm) },
                    // Header and footer sit inside the margin band, half-way to the edge.
                    margin: { top: margin, right: margin, bottom: margin, left: margin, header: Math.round(margin / 2), footer: Math.round(margin / 2) }
                }
            },
            headers: { default: new Header({ children: headerChildren }) },
            footers: { default: new Footer({ children: runningParagraph(model.footer) }) },
            children: body
        }]
    });
    return Packer.toBuffer(document);

    function runningRuns(parts: readonly RunningPart[]): TextRun[] {
        return parts.map(p => p.type === 'text'
            ? new TextRun({ text: p.text, bold: p.bold, size: halfPoints(layout.bodySizePt) })
            : new TextRun({ children: [p.type === 'page-number' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: halfPoints(layout.bodySizePt) }));
    }
}

function alignmentOf(align: string | undefined) {
    switch (align) {
        case 'right': return AlignmentType.RIGHT;
        case 'center': return AlignmentType.CENTER;
        case 'justify': return AlignmentType.JUSTIFIED;
        default: return AlignmentType.LEFT;
    }
}

function coverParagraphs(cover: CoverBlock, contentWidth: number): Paragraph[] {
    const { partGap, situationToCase, draftMarkSize, draftMarkAfter, titleRule, titlePadding } = LAYOUT_PT.cover;
    const centered = (text: string, options: IRunOptions, spacingAfterPt: number) =>
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: ptTwips(spacingAfterPt) }, children: [new TextRun({ ...options, text })] });
    const paragraphs: Paragraph[] = [];
    if (cover.draftMark) paragraphs.push(centered(cover.draftMark, { bold: true, size: Math.round(draftMarkSize * 2) }, draftMarkAfter));
    paragraphs.push(...cover.court.map((c, i) => centered(c, { bold: true }, i === cover.court.length - 1 ? partGap : 0)));
    // Original, No., Date on one line, spread by tab stops as on the Court's covers.
    const stops = [{ type: TabStopType.CENTER, position: Math.round(contentWidth / 2) }, { type: TabStopType.RIGHT, position: contentWidth }];
    paragraphs.push(new Paragraph({
        tabStops: stops.slice(0, Math.max(0, cover.fields.length - 1)),
        spacing: { after: ptTwips(partGap) },
        children: cover.fields.flatMap((f, i) => [
            ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
            new TextRun({ text: `${f.label} `, bold: true }), new TextRun({ text: f.value })
        ])
    }));
    paragraphs.push(centered(cover.organ, { bold: true }, partGap));
    if (cover.situation) paragraphs.push(centered(cover.situation, { bold: true }, cover.caseLine ? situationToCase : partGap));
    if (cover.caseLine) paragraphs.push(centered(cover.caseLine, { bold: true }, partGap));
    paragraphs.push(centered(cover.classification, { bold: true }, partGap));
    // A border's width is in eighths of a point, its space from the text in points.
    const rule = { style: BorderStyle.SINGLE, size: Math.round(titleRule * 8), color: '000000', space: titlePadding };
    paragraphs.push(new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { top: rule, bottom: rule },
        // No space of its own, as in the PDF and the HTML: the classification's part gap comes before the upper rule.
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: cover.title, bold: true })]
    }));
    return paragraphs;
}

/** The annex table; `keepLastRowWithNext`: its last row's paragraphs keep with the next (Word's way to keep a row with what follows the table). */
function tableOf(columns: readonly string[], shares: readonly number[], rows: readonly string[][], contentWidth: number, layout: PageLayout, keepLastRowWithNext: boolean): Table {
    const widths = shares.map(share => Math.floor(share * contentWidth));
    const cell = (text: string, index: number, bold = false, keepNext = false) => new TableCell({
        width: { size: widths[index], type: WidthType.DXA },
        // The text's 1.5 lines (reg. 36(3)), as the PDF and the HTML set the table; a word too wide for
        // the cell on lines of its own, broken where the PDF and the HTML break it.
        children: [new Paragraph({
            spacing: { ...line(layout.bodyLineSpacing), after: 0 },
            keepNext,
            children: tableCellLines(text, layout, shares[index]).map((piece, k) => new TextRun({ text: piece, bold, break: k > 0 ? 1 : undefined }))
        })],
        margins: { top: ptTwips(LAYOUT_PT.tableCellPadding.y), bottom: ptTwips(LAYOUT_PT.tableCellPadding.y), left: ptTwips(LAYOUT_PT.tableCellPadding.x), right: ptTwips(LAYOUT_PT.tableCellPadding.x) }
    });
    return new Table({
        width: { size: contentWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        rows: [
            new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }),
            ...rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false, keepLastRowWithNext && k === rows.length - 1)) }))
        ]
    });
}
