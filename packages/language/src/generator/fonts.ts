/**
 * The font files shipped in packages/language/fonts (TeX Gyre Termes, a free metric clone of
 * Times New Roman): the PDF embeds them, and the PDF and DOCX measure with them the width of the
 * running marks' sides, so that the reference, the page number and DRAFT are never broken and the
 * classification wraps between them, centred on the page. Termes' advance widths are Times New
 * Roman's, the font the DOCX asks for.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { LAYOUT_PT, withoutWordJoiners, type PageLayout, type RunningLine, type RunningPart } from './document-model.js';

const FONT_FILES = {
    normal: 'texgyretermes-regular.otf',
    bold: 'texgyretermes-bold.otf',
    italics: 'texgyretermes-italic.otf',
    bolditalics: 'texgyretermes-bolditalic.otf'
};
export type FontStyle = keyof typeof FONT_FILES;

let fontDirectory: string | undefined;

/** Where the font files are: packages/language/fonts by default; a bundler that moves them sets it. */
export function setPdfFontDirectory(directory: string): void {
    fontDirectory = path.resolve(directory);
    faces = undefined;
}

export function fontFiles(): { directory: string; files: Record<FontStyle, string> } {
    // From src/generator/ (tests) and out/generator/ (built) alike, the fonts are two levels up; in a
    // CommonJS bundle (the extension's server.cjs) there is no import.meta.url: fonts/ beside the bundle.
    const directory = fontDirectory ?? (typeof import.meta.url === 'string'
        ? fileURLToPath(new URL('../../fonts/', import.meta.url))
        : path.join(__dirname, 'fonts'));
    const files = Object.fromEntries(Object.entries(FONT_FILES).map(([k, f]) => [k, path.join(directory, f)])) as Record<FontStyle, string>;
    return { directory, files };
}

let faces: Record<FontStyle, fontkit.Font> | undefined;

/** The four faces, opened once. */
export function fontFaces(): Record<FontStyle, fontkit.Font> {
    faces ??= Object.fromEntries(Object.entries(fontFiles().files).map(([k, file]) => [k, fontkit.openSync(file)])) as Record<FontStyle, fontkit.Font>;
    return faces;
}

/** The width of a text in points, at `sizePt`, in the regular or bold face. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
    const face = fontFaces()[bold ? 'bold' : 'normal'];
    // A no-break space is a space's width, as Times New Roman and the PDF (render-pdf.ts) set it; Termes' own is wider.
    // A word joiner has no width (Termes has no glyph for it; the PDF draws none).
    return face.layout(text.replace(/\u00a0/g, ' ').replace(/\u2060/g, '')).advanceWidth / face.unitsPerEm * sizePt;
}

/** A page number or count as wide as it may get (four digits). */
const NUMBER_PLACEHOLDER = '8888';

/** The width of a slot of a running line, page numbers counted as four digits. */
function partsWidthPt(parts: readonly RunningPart[], sizePt: number): number {
    return parts.reduce((sum, p) => sum + (p.type === 'text' ? textWidthPt(p.text, sizePt, p.bold) : textWidthPt(NUMBER_PLACEHOLDER, sizePt)), 0);
}

/**
 * The width both sides of a running line take (the wider of the two, so that the centre is the
 * page's), at most a third of the line: the centre has the rest, and wraps there if it must.
 */
export function runningSideWidthPt(line: RunningLine, sizePt: number, lineWidthPt: number): number {
    const widest = Math.max(partsWidthPt(line.left, sizePt), partsWidthPt(line.right, sizePt));
    return Math.min(Math.ceil(widest + 1), Math.floor(lineWidthPt / 3));
}

/**
 * An annex-table cell's text as the lines it must break into, for a column that takes `share` of the
 * line: a line of its own for each word too wide for the cell, broken after a "/" or a "-" that lets
 * it fit (the annex table's Document column holds an ordinary document number whole, so this is a number
 * with its suffixes, ICC-01/09-01/26-14- | US-Exp), as a lawyer would write it over two lines, the same
 * in every format; the rest wraps where each renderer wraps it. Left alone, pdfmake cuts such a word
 * wherever the cell ends (ICC-01/04-03/2 | 1-540 in a column once narrower: Unicode's line-breaking rules allow no break inside
 * a number), and Word, LibreOffice and browsers break it after "ICC-" or overflow the cell.
 */
export function tableCellLines(text: string, layout: PageLayout, share: number): string[] {
    // One line unless a word must be broken; an empty cell is one empty line.
    const sizePt = layout.bodySizePt;
    const contentWidth = (layout.widthMm - 2 * layout.marginMm) * 72 / 25.4;
    // Inside the cell's padding and rules, a point to spare: LibreOffice and browsers measure Times New Roman's clones a little apart.
    const room = share * contentWidth - 2 * LAYOUT_PT.tableCellPadding.x - 2 * LAYOUT_PT.tableRule - 1;
    const lines: string[] = [];
    let current: string[] = [];
    for (const word of text.split(' ')) {
        if (textWidthPt(word, sizePt) <= room) {
            current.push(word);
            continue;
        }
        if (current.length) lines.push(current.join(' '));
        // Broken where it fits, its word joiners (document-model.ts's keepTogether) have no more say.
        let rest = withoutWordJoiners(word);
        while (textWidthPt(rest, sizePt) > room) {
            // The longest part that fits and ends with a separator.
            let cut = rest.length - 2;
            while (cut > 0 && !((rest[cut - 1] === '/' || rest[cut - 1] === '-') && textWidthPt(rest.slice(0, cut), sizePt) <= room)) cut--;
            if (cut === 0) break;
            lines.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        // The words after it follow on its last line.
        current = [rest];
    }
    if (current.length) lines.push(current.join(' '));
    return lines;
}
