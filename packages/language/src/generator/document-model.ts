/**
 * The intermediate document model: one typed tree per generated document (the request, its
 * note verbale), built from a linked `Request` by build-request-document.ts and
 * build-note-verbale.ts, and consumed by every renderer (DOCX, PDF, HTML, Markdown). The
 * JSON output is this model itself, so it must stay plain data (no class instances).
 *
 * Renderers know nothing about requests: everything they print is in this tree, already
 * localised. That is what keeps the outputs from drifting apart.
 */

import { MONTHS } from './texts.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** Bumped when the shape of the model changes in a way other tools would notice. */
export const DOCUMENT_MODEL_SCHEMA = 'rogatory-document/1';

/** A run of text inside a paragraph or list item. */
export type Inline =
    | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
    /** The call of footnote `id` (see `GeneratedDocument.footnotes`). */
    | { type: 'footnote-ref'; id: number };

/** A piece of a running header or footer; page numbers are filled in by the renderer. */
export type RunningPart =
    | { type: 'text'; text: string; bold?: boolean }
    | { type: 'page-number' }
    | { type: 'page-count' };

/** One line of a running header or footer, in three slots. */
export interface RunningLine {
    left: RunningPart[];
    center: RunningPart[];
    right: RunningPart[];
}

/** The cover block of a Court document (document-format.md §4.3). */
export interface CoverBlock {
    type: 'cover';
    /** "International Criminal Court" and its other-language name, as on the Court's letterhead. */
    court: string[];
    /** Original language, number, date: `{ label: 'No.', value: 'ICC-01/09-01/26' }`. */
    fields: Array<{ label: string; value: string }>;
    /** The organ in capitals: PRE-TRIAL CHAMBER II. */
    organ: string;
    situation?: string;
    caseLine?: string;
    /** The classification line: "UNDER SEAL / Ex parte Registry only". */
    classification: string;
    title: string;
    /** The DRAFT mark, when the document is a draft. */
    draftMark?: string;
}

export interface HeadingBlock {
    type: 'heading';
    level: 1 | 2;
    /** "I." / "A." prefix, kept apart so renderers may use real numbering for it. */
    label?: string;
    text: string;
}

export interface ParagraphBlock {
    type: 'paragraph';
    /** Numbered paragraphs of the request run 1, 2, 3... across the whole document. */
    number?: number;
    content: Inline[];
    align?: 'left' | 'right' | 'center' | 'justify';
}

export interface ListBlock {
    type: 'list';
    /** bullet: •; letter: (a), (b)... */
    style: 'bullet' | 'letter';
    items: Inline[][];
}

export interface TableBlock {
    type: 'table';
    /** What the table is, for renderers that style it (the annex list). */
    role: 'annexes';
    columns: string[];
    /** The share of the line each column takes (they add up to 1), the same in every format. */
    widths: number[];
    rows: string[][];
}

/** Place and date, authority, signature space: right-aligned lines at the end. */
export interface ClosingBlock {
    type: 'closing';
    lines: string[];
    /** Leave room for a signature above the last line (the request; never the note verbale). */
    signature: boolean;
}

export type Block = CoverBlock | HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ClosingBlock;

export interface Footnote {
    id: number;
    content: Inline[];
}

export type DocumentKind = 'request' | 'note-verbale';

/**
 * A single line of Times New Roman as word processors set it, in ems of the font size (its ascent,
 * descent and line gap): Word's "1.5 lines" is 1.5 times it. The PDF and the HTML space their lines
 * by it, so that their lines fall where the DOCX's do.
 */
export const SINGLE_LINE_EM = 1.15;

/**
 * The fixed spacing, indents and rules that every renderer sets alike, in points; each converts
 * them to its unit (twips for the DOCX, points for the PDF, CSS for the HTML), so that the three
 * formats put things at the same places. Not part of `PageLayout` (nor of the JSON model): they do
 * not vary from one document to another.
 */
export const LAYOUT_PT = {
    /** Space before a heading of level 1 and of level 2, and after either. */
    heading: { before: { 1: 12, 2: 6 }, after: 6 },
    /** Between the items of a list (the last is followed by a paragraph's spacing). */
    listItemGap: 3,
    /** The column of paragraph numbers and headings' labels (1.27 cm), and the indent of list text (2.54 cm). */
    numberColumn: 36,
    listTextIndent: 72,
    /** The width of a bullet's column, before the list text (the bullet at 1.9 cm). */
    bulletColumn: 18,
    /** The annex table: its rules, and the cells' padding at top and bottom (y) and at the sides (x). */
    tableRule: 0.5,
    tableCellPadding: { x: 5, y: 3 },
    /** Between a running mark's side and its centre. */
    runningGap: 8,
    cover: {
        /** Between the cover's parts. */
        partGap: 24,
        /** Between the situation and the case under it. */
        situationToCase: 6,
        draftMarkSize: 16,
        /** After the DRAFT mark. */
        draftMarkAfter: 12,
        /** The rules above and below the title, and the room between them and it. */
        titleRule: 0.75,
        titlePadding: 8
    },
    closing: {
        /** Before the closing lines. */
        before: 18,
        /** Room for the signature above the last line. */
        signature: 36
    }
} as const;

export interface PageLayout {
    size: 'A4';
    widthMm: 210;
    heightMm: 297;
    /** Reg. 36(3): at least 2.5 cm on all four sides. */
    marginMm: number;
    /** The font the DOCX and HTML ask for (one of reg. 36(3)'s), and the free clone the PDF embeds. */
    font: { family: string; embeddedClone: string };
    /**
     * Reg. 36(3): "The typeface of all documents shall be 12 point with 1.5 line spacing for the text and
     * 10 point with single spacing for footnotes": the text, the cover, the annex table and the running
     * marks are at this size; the running marks, one line each, single-spaced.
     */
    bodySizePt: number;
    /** In lines (Word's sense: times `SINGLE_LINE_EM`), for the text, the cover and the annex table. */
    bodyLineSpacing: number;
    /** The space after each paragraph: a blank line (one single line of the body) in a note verbale, 6 pt in a request. */
    paragraphSpacingPt: number;
    footnoteSizePt: number;
    footnoteLineSpacing: number;
}

export interface DocumentMetadata {
    schema: typeof DOCUMENT_MODEL_SCHEMA;
    document: DocumentKind;
    lang: Lang;
    /** The request's name in the source (REG-2026-0101). */
    reference: string;
    requestKind?: string;
    title: string;
    /** The request's date (YYYY-MM-DD), if stated. */
    date?: string;
    classification: { level?: string; exParte?: string; urgent: boolean; line: string };
    draft: boolean;
    /**
     * Where the wording comes from: `court-format` follows the Regulations of the Court and
     * observed Court records; `synthetic-conventions` (the note verbale) is assembled from
     * general diplomatic conventions and is NOT an attested ICC template.
     */
    provenance: { kind: 'court-format' | 'synthetic-conventions'; note: string };
    /** Things the author must know before sending (e.g. a channel taken from a NOT VERIFIED designation). */
    warnings: string[];
    generator: string;
}

export interface GeneratedDocument {
    meta: DocumentMetadata;
    layout: PageLayout;
    header: RunningLine[];
    footer: RunningLine[];
    blocks: Block[];
    footnotes: Footnote[];
}

/**
 * A text of the author's as it flows in a paragraph. A string may span lines in the source, so its
 * line breaks and the indentation after them are the source's layout, not the document's: each is
 * one space, in every format alike (a PDF would otherwise break the line where the source did,
 * while Word, HTML and Markdown run it on).
 */
export function flowing(value: string): string {
    return withoutBidiControls(value.replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' '));
}

/**
 * A text without Unicode's directional embeddings, overrides and isolates (`text-bidi-control` warns
 * of them): invisible, they would reorder the rest of the line, fixed words included; right-to-left
 * names display by their own letters. For every page generated: documents and the register.
 */
export function withoutBidiControls(value: string): string {
    return value.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** The author's paragraphs: a text cut at its blank lines, each flowing (see `flowing`). */
export function paragraphsOf(value: string): string[] {
    return value.split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/).map(p => flowing(p).trim()).filter(Boolean);
}

/** A no-break space: where a line must not end (U+00A0). */
export const NO_BREAK_SPACE = '\u00a0';

const MONTH_NAMES = [...MONTHS.en, ...MONTHS.fr].join('|');
/**
 * The spans a typographer never breaks, each a pattern whose spaces become no-break spaces:
 * a date ("11 April 1976", "1er juillet 2002", "11 April"), a time and its zone ("09:40 UTC",
 * "9 h 40 UTC"), a citation's word or abbreviation and its number ("art. 93(1)(k)", "rule 188",
 * "articles 87(6)", "paragraphe 2", "alinéa e)", "règle 176, disposition 4"), an annex's word and its name
 * ("annex A1"), "No." / "n°" and the document number after it;
 * a month and its year ("March 2026").
 */
const KEEP_TOGETHER: readonly RegExp[] = [
    new RegExp(`(?<![\\p{L}\\d])(?:(?:1er|\\d{1,2}) (?:${MONTH_NAMES})(?: \\d{4})?|(?:${MONTH_NAMES}) \\d{4})(?![\\p{L}\\d])`, 'gu'),
    /(?<![\p{L}\d])\d{1,2}(?::|\u00a0h\u00a0)\d{2} UTC/gu,
    /(?<![\p{L}\d.])(?:arts?\.|[Aa]rticles?|[Rr]ules?|[Ss]ub-rules?|[Rr]ègles?|[Dd]ispositions?|[Rr]egulations?|[Rr]èglements?|[Pp]aragraphs?|[Pp]aragraphes?|[Ss]ub-?paragraphs?|[Aa]linéas?|[Aa]nnex(?:es?)?) (?=\d|\(?[a-z]{1,5}\)|[A-Z]\d)/gu,
    /(?<![\p{L}\d])(?:No\.|[Nn]°) (?=[\p{L}\d])/gu
];

/**
 * A text with its keep-together spans (`KEEP_TOGETHER`) joined by no-break spaces, and word joiners
 * where they have no space (`UNSPACED_JOINS`), so that no renderer ends a line inside them: made here,
 * in the model, so that the DOCX, the PDF and the HTML agree (LibreOffice, Chromium and pdfmake's
 * Unicode line breaking honour both; Word, U+00A0).
 * Applied to every text of the model, the author's included (a date in a description).
 */
export function keepTogether(value: string): string {
    return KEEP_TOGETHER.reduce((text, pattern) => text.replace(pattern, span => span.replace(/ /g, NO_BREAK_SPACE)), value)
        .replace(UNSPACED_JOINS, WORD_JOINER);
}

/** A word joiner: no line ends there, and nothing shows (U+2060). */
export const WORD_JOINER = '\u2060';

/**
 * Where a line may end without a space, and must not: between the labels of a provision ("8(2)|(e)|(iv)",
 * which Unicode's line breaking allows, and pdfmake, LibreOffice and Chromium took), and after a hyphen of
 * a Court document number ("ICC-|01/09", where Word, LibreOffice and Chromium broke it). A word joiner goes there.
 */
const UNSPACED_JOINS = /(?<=\d(?:\([0-9a-z]{1,5}\))+)(?=\()|(?<=\bICC(?:-[0-9A-Za-z]+(?:\/[0-9A-Za-z]+)*)*-)(?=[0-9A-Za-z])/g;

/** A text without the word joiners of `keepTogether`, for what does not lay it out (the annex table's cut of a word too wide for it). */
export function withoutWordJoiners(value: string): string {
    return value.replace(/\u2060/g, '');
}

/**
 * A text of the model as a program reads it rather than a page lays it out (the JSON, the Markdown):
 * without the word joiners of `keepTogether`, its no-break spaces plain spaces, so that "ICC-01/09",
 * "25 June 2026" or "art. 93(1)(k)" are found as typed. French punctuation's own no-break space stays
 * (before ":" ";" "!" "?" "»", after "«"): it is part of how French is written, not of a line's layout.
 */
export function searchableText(value: string): string {
    return value.replace(/\u2060/g, '').replace(/(?<!«)\u00a0(?![:;!?»])/g, ' ');
}

/** The document's title as a viewer lists it (the HTML page's, the PDF's): its reference and title, either left out when missing. */
export function documentTitle(meta: GeneratedDocument['meta']): string {
    return searchableText([meta.reference, meta.title].filter(Boolean).join(' — '));
}

/** A text of the model as it flows in a paragraph (`flowing`), its keep-together spans joined (`keepTogether`). */
function laidOut(value: string): string {
    return keepTogether(flowing(value));
}

/**
 * The model's text never holds a line break: paragraphs are blocks, lines are a renderer's
 * business. Applied by both builders to what they built, since the author's text (titles, names,
 * descriptions) reaches the model in many places.
 */
export function withFlowingText(document: GeneratedDocument): GeneratedDocument {
    const inline = (i: Inline): Inline => (i.type === 'text' ? { ...i, text: laidOut(i.text) } : i);
    const inlines = (content: readonly Inline[]) => content.map(inline);
    const blocks = document.blocks.map((block): Block => {
        switch (block.type) {
            case 'cover': return {
                ...block, fields: block.fields.map(f => ({ ...f, value: laidOut(f.value) })), organ: laidOut(block.organ),
                situation: block.situation && laidOut(block.situation), caseLine: block.caseLine && laidOut(block.caseLine), title: laidOut(block.title)
            };
            case 'heading': return { ...block, text: laidOut(block.text) };
            case 'paragraph': return { ...block, content: inlines(block.content) };
            case 'list': return { ...block, items: block.items.map(inlines) };
            case 'table': return { ...block, rows: block.rows.map(r => r.map(laidOut)) };
            case 'closing': return { ...block, lines: block.lines.map(laidOut) };
        }
    });
    const running = (lines: readonly RunningLine[]) => lines.map(l => {
        const parts = (ps: readonly RunningPart[]) => ps.map(p => (p.type === 'text' ? { ...p, text: laidOut(p.text) } : p));
        return { left: parts(l.left), center: parts(l.center), right: parts(l.right) };
    });
    return {
        ...document, meta: { ...document.meta, title: laidOut(document.meta.title) },
        header: running(document.header), footer: running(document.footer),
        blocks, footnotes: document.footnotes.map(f => ({ ...f, content: inlines(f.content) }))
    };
}

/** Shorthand for a plain text inline. */
export function text(value: string, style: { bold?: boolean; italic?: boolean } = {}): Inline {
    return { type: 'text', text: value, ...style };
}

/** The plain text of some inlines (footnote calls dropped), for renderers that need a string. */
export function plainText(content: readonly Inline[]): string {
    return content.map(i => (i.type === 'text' ? i.text : '')).join('');
}
