/**
 * HTML from the document model: one self-contained page (no script, no remote content),
 * printable on A4 with 2.5 cm margins. Every string of the model is escaped, whether it came
 * from the fixed texts or from the author. When printed, the running header and footer are
 * CSS page-margin boxes (classification, DRAFT, page X of Y on every page); on screen they
 * are banners at the top and bottom of the document.
 */
import { documentTitle, LAYOUT_PT, SINGLE_LINE_EM, withoutWordJoiners, type Block, type GeneratedDocument, type Inline, type PageLayout, type RunningLine, type RunningPart } from './document-model.js';
import { tableCellLines } from './fonts.js';

/** CSS's line-height for a spacing in lines (Word's: `SINGLE_LINE_EM` each), so that lines fall where the DOCX's and the PDF's do. */
const lineHeight = (lines: number) => Number((lines * SINGLE_LINE_EM).toFixed(4));
/** A length of the shared layout (points) in CSS points, or in centimetres for the indents, as the DOCX's numbering states them. */
const pt = (points: number) => `${points}pt`;
const cm = (points: number) => `${Number((points * 2.54 / 72).toFixed(4))}cm`;

export function escapeHtml(value: string): string {
    return value.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }[c]!));
}

/**
 * Text of the page, escaped, its runs joined by word joiners (`keepTogether`: "93(1)(g)", "ICC-01/09")
 * each a span that never wraps, without the joiners: Chromium honours them too, but would keep them
 * in what a reader copies out of the page ("ICC-\u206001/09" matches no search for the number).
 */
export function textHtml(value: string): string {
    return escapeHtml(value).replace(/[^\s\u2060]*(?:\u2060[^\s\u2060]*)+/g, run => `<span class="nobr">${run.replace(/\u2060/g, '')}</span>`);
}

/** A CSS string literal that no input can break out of (not even `</style>`): everything but plain letters is a hex escape. */
export function cssString(value: string): string {
    return `"${[...value].map(c => (/[A-Za-z0-9 .,;:/()-]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

export function renderHtml(model: GeneratedDocument): string {
    const { layout, meta } = model;
    const margin = `${layout.marginMm / 10}cm`;
    const { heading, cover, closing, tableCellPadding } = LAYOUT_PT;
    const gap = pt(LAYOUT_PT.runningGap);
    const fontStack = `"${layout.font.family}", "${layout.font.embeddedClone}", "Liberation Serif", Times, serif`;
    const css = `
@page { size: A4; margin: ${margin};
  @top-left { content: ${runningCss(model.header[0]?.left)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.header[0]?.left)} white-space: nowrap; padding-right: ${gap}; }
  @top-center { content: ${runningCss(model.header[0]?.center)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.header[0]?.center)} }
  @top-right { content: ${runningCss(model.header[0]?.right)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.header[0]?.right)} white-space: nowrap; padding-left: ${gap}; }
  @bottom-left { content: ${runningCss(model.footer[0]?.left)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.footer[0]?.left)} white-space: nowrap; padding-right: ${gap}; }
  @bottom-center { content: ${runningCss(model.footer[0]?.center)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.footer[0]?.center)} }
  @bottom-right { content: ${runningCss(model.footer[0]?.right)}; font-size: ${layout.bodySizePt}pt;${runningWeight(model.footer[0]?.right)} white-space: nowrap; padding-left: ${gap}; }
}
html { background: #eee; }
body { font-family: ${fontStack}; font-size: ${layout.bodySizePt}pt; line-height: ${lineHeight(layout.bodyLineSpacing)}; color: #000;
  max-width: ${layout.widthMm}mm; box-sizing: border-box; margin: 1rem auto; padding: ${margin}; background: #fff; }
.running { display: flex; justify-content: space-between; gap: ${gap}; font-size: ${layout.bodySizePt}pt; line-height: ${lineHeight(1)}; border-bottom: 1px solid #000; padding-bottom: 4pt; margin-bottom: 1.5em; }
.running.footer { border-bottom: 0; border-top: 1px solid #000; padding-top: 4pt; margin-top: 1.5em; }
.running .left, .running .right { white-space: nowrap; }
.running .center { text-align: center; font-weight: bold; flex: 1; }
.cover { text-align: center; page-break-after: always; break-after: page; }
.cover .court { font-weight: bold; margin: 0; }
.cover .fields { display: flex; justify-content: space-between; margin: ${pt(cover.partGap)} 0; text-align: left; }
/* The cover's spacing is the PDF's and the DOCX's: 24 pt between its parts, 6 pt between situation and case. */
.cover .organ, .cover .situation, .cover .case, .cover .classification { font-weight: bold; margin: 0 0 ${pt(cover.partGap)}; }
.cover .situation.with-case { margin-bottom: ${pt(cover.situationToCase)}; }
.cover .title { font-weight: bold; border-top: ${pt(cover.titleRule)} solid #000; border-bottom: ${pt(cover.titleRule)} solid #000; padding: ${pt(cover.titlePadding)} 0; margin: 0; }
.draft-mark { font-weight: bold; font-size: ${pt(cover.draftMarkSize)}; margin: 0 0 ${pt(cover.draftMarkAfter)}; }
h1 { font-size: ${layout.bodySizePt}pt; margin: ${pt(heading.before[1])} 0 ${pt(heading.after)}; }
h2 { font-size: ${layout.bodySizePt}pt; font-style: italic; margin: ${pt(heading.before[2])} 0 ${pt(heading.after)}; }
/* A heading never ends a page (the DOCX's keepNext, the PDF's check). */
h1, h2 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 ${layout.paragraphSpacingPt}pt; }
.nobr { white-space: nowrap; }
/* Numbers and headings' labels in a 1.27 cm column, the text after it, as the DOCX's numbering sets them. */
p.numbered, h1.numbered, h2.numbered { display: grid; grid-template-columns: ${cm(LAYOUT_PT.numberColumn)} 1fr; }
p.justify { text-align: justify; }
p.right, .closing { text-align: right; }
/* The closing never starts a page alone: the lines before it go to the next page with it (as in the PDF and the DOCX). */
.closing { margin-top: ${pt(closing.before)}; break-before: avoid; page-break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
.closing p { margin: 0; }
.closing .signature { margin-top: ${pt(closing.signature)}; }
/* Lists as the DOCX's numbering sets them: "(a)" at 1.27 cm, the text at 2.54 cm; 3 pt between the items. */
ol.letter, ul.bullet { margin: 0 0 ${layout.paragraphSpacingPt}pt; padding-left: ${cm(LAYOUT_PT.listTextIndent)}; }
ol.letter { list-style: none; counter-reset: letter; }
ol.letter > li { counter-increment: letter; position: relative; }
ol.letter > li::before { content: "(" counter(letter, lower-alpha) ")"; position: absolute; left: -${cm(LAYOUT_PT.numberColumn)}; }
ol.letter > li:not(:last-child), ul.bullet > li:not(:last-child) { margin-bottom: ${pt(LAYOUT_PT.listItemGap)}; }
table { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: ${layout.bodySizePt}pt; line-height: ${lineHeight(layout.bodyLineSpacing)}; }
th, td { border: ${pt(LAYOUT_PT.tableRule)} solid #000; padding: ${pt(tableCellPadding.y)} ${pt(tableCellPadding.x)}; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
/* A row is never split across pages, as the DOCX's cantSplit and the PDF's dontBreakRows have it. */
tr { break-inside: avoid; page-break-inside: avoid; }
.footnotes { font-size: ${layout.footnoteSizePt}pt; line-height: ${lineHeight(layout.footnoteLineSpacing)}; border-top: 1px solid #000; margin-top: 2em; padding-top: 0.5em; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 96pt; color: rgba(0,0,0,0.08); transform: rotate(-35deg); pointer-events: none; }
@media print {
  html { background: none; }
  body { margin: 0; padding: 0; max-width: none; }
  .running { display: none; }
}`;
    const body = model.blocks.map(b => renderBlock(b, model.layout)).join('\n');
    const footnotes = model.footnotes.length === 0 ? '' : `<section class="footnotes">\n<ol>\n${model.footnotes.map(f =>
        `<li id="fn${f.id}">${inlines(f.content)} <a href="#fnref${f.id}" aria-label="back">↩</a></li>`).join('\n')}\n</ol>\n</section>`;
    const draftMark = model.header.flatMap(l => l.right).find(p => p.type === 'text');
    return `<!DOCTYPE html>
<html lang="${meta.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="${escapeHtml(meta.generator)}">
<meta name="classification" content="${escapeHtml(meta.classification.line)}">
<title>${escapeHtml(documentTitle(meta))}</title>
<style>${css}</style>
</head>
<body data-document="${escapeHtml(meta.document)}" data-classification="${escapeHtml(meta.classification.line)}">
${meta.draft && draftMark?.type === 'text' ? `<div class="watermark" aria-hidden="true">${escapeHtml(draftMark.text)}</div>\n` : ''}${model.header.map(l => runningHtml(l, 'header')).join('\n')}
<main>
${body}
${footnotes}
</main>
${model.footer.map(l => runningHtml(l, 'footer')).join('\n')}
</body>
</html>
`;
}

function inlines(content: readonly Inline[]): string {
    return content.map(i => {
        if (i.type === 'footnote-ref') return `<sup id="fnref${i.id}"><a href="#fn${i.id}">${i.id}</a></sup>`;
        let html = textHtml(i.text);
        if (i.italic) html = `<em>${html}</em>`;
        if (i.bold) html = `<strong>${html}</strong>`;
        return html;
    }).join('');
}

function renderBlock(block: Block, layout: PageLayout): string {
    switch (block.type) {
        case 'cover':
            return `<section class="cover">
${block.draftMark ? `<p class="draft-mark">${textHtml(block.draftMark)}</p>\n` : ''}${block.court.map(c => `<p class="court">${textHtml(c)}</p>`).join('\n')}
<p class="fields">${block.fields.map(f => `<span><strong>${textHtml(f.label)}</strong> ${textHtml(f.value)}</span>`).join('')}</p>
<p class="organ">${textHtml(block.organ)}</p>
${block.situation ? `<p class="situation${block.caseLine ? ' with-case' : ''}">${textHtml(block.situation)}</p>\n` : ''}${block.caseLine ? `<p class="case">${textHtml(block.caseLine)}</p>\n` : ''}<p class="classification">${textHtml(block.classification)}</p>
<p class="title">${textHtml(block.title)}</p>
</section>`;
        case 'heading': {
            const tag = block.level === 1 ? 'h1' : 'h2';
            return block.label
                ? `<${tag} class="numbered"><span class="label">${textHtml(block.label)}</span> <span>${textHtml(block.text)}</span></${tag}>`
                : `<${tag}>${textHtml(block.text)}</${tag}>`;
        }
        case 'paragraph': {
            const classes = [block.number !== undefined ? 'numbered' : '', block.align ?? ''].filter(Boolean).join(' ');
            const number = block.number !== undefined ? `<span class="number">${block.number}.</span>` : '';
            return `<p${classes ? ` class="${classes}"` : ''}>${number}${block.number !== undefined ? `<span>${inlines(block.content)}</span>` : inlines(block.content)}</p>`;
        }
        case 'list': {
            const tag = block.style === 'letter' ? 'ol' : 'ul';
            return `<${tag} class="${block.style}">\n${block.items.map(i => `<li>${inlines(i)}</li>`).join('\n')}\n</${tag}>`;
        }
        case 'table':
            return `<table class="${block.role}">
<colgroup>${block.widths.map(w => `<col style="width: ${Number((w * 100).toFixed(2))}%">`).join('')}</colgroup>
<thead><tr>${block.columns.map(c => `<th>${textHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${block.rows.map(r => `<tr>${r.map((v, i) => `<td>${tableCellLines(v, layout, block.widths[i]).map(textHtml).join('<br>')}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
        case 'closing':
            return `<div class="closing">\n${block.lines.map((l, i) =>
                `<p${block.signature && i === block.lines.length - 1 ? ' class="signature"' : ''}>${textHtml(l)}</p>`).join('\n')}\n</div>`;
    }
}

/** A margin box is bold where its text is (the classification, DRAFT), not where it is not (the request's date). */
function runningWeight(parts: readonly RunningPart[] | undefined): string {
    const texts = (parts ?? []).filter(p => p.type === 'text');
    return texts.length > 0 && texts.every(p => p.bold) ? ' font-weight: bold;' : '';
}

function runningCss(parts: readonly RunningPart[] | undefined): string {
    if (!parts || parts.length === 0) return 'none';
    // Without word joiners: the sides never wrap, and a number copied from the page is the number.
    return parts.map(p => (p.type === 'text' ? cssString(withoutWordJoiners(p.text)) : p.type === 'page-number' ? 'counter(page)' : 'counter(pages)')).join(' ');
}

function runningHtml(line: RunningLine, role: 'header' | 'footer'): string {
    // On screen there are no pages: the page number parts are left out.
    const text = (parts: readonly RunningPart[]) =>
        (parts.some(p => p.type !== 'text') ? '' : textHtml(parts.map(p => (p.type === 'text' ? p.text : '')).join('')));
    return `<div class="running ${role}" role="${role === 'header' ? 'banner' : 'contentinfo'}"><span class="left">${text(line.left)}</span><span class="center">${text(line.center)}</span><span class="right">${text(line.right)}</span></div>`;
}
