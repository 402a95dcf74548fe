/**
 * The document generator: a linked `Request` → the document models of the request and its
 * note verbale (document-model.ts) → DOCX, PDF, HTML, Markdown or JSON. The CLI's
 * `rogatory build` and the VS Code extension's preview and export both call `generate()`.
 */
import type { Request } from '../generated/ast.js';
import { buildNoteVerbale } from './build-note-verbale.js';
import { buildRequestDocument } from './build-request-document.js';
import { searchableText, type DocumentKind, type GeneratedDocument, type Lang } from './document-model.js';
import type { BuildOptions } from './page-marks.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { AUTHOR_WARNINGS } from './texts.js';

export * from './document-model.js';
export { buildRequestDocument } from './build-request-document.js';
export { buildNoteVerbale } from './build-note-verbale.js';
export type { BuildOptions } from './page-marks.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export { formatDate } from './texts.js';

export const OUTPUT_FORMATS = ['docx', 'pdf', 'html', 'md', 'json'] as const;
export type OutputFormat = typeof OUTPUT_FORMATS[number];

export interface GenerateOptions {
    formats: readonly OutputFormat[];
    /** One language or several: each document is produced in each. */
    lang: Lang | readonly Lang[];
    draft?: boolean;
    stateLibrary?: BuildOptions['stateLibrary'];
}

export interface GeneratedFile {
    document: DocumentKind;
    lang: Lang;
    format: OutputFormat;
    /** A plain file name (no folder): `REG-2026-0101.en.pdf`, `REG-2026-0101.note-verbale.fr.docx`. */
    fileName: string;
    /** Text formats (html, md, json) as a string, binary ones as bytes. */
    content: string | Uint8Array;
    /** What the author must confirm before sending (the model's `meta.warnings`). */
    warnings: string[];
}

/** The two document models of a request in one language. */
export function buildDocuments(request: Request, options: BuildOptions): GeneratedDocument[] {
    return [buildRequestDocument(request, options), buildNoteVerbale(request, options)];
}

// The Word and PDF libraries (docx, pdfmake and its fonts) are loaded on first use: they are a
// third of what every `rogatory` command and the language server would otherwise load at start.
export async function renderDocx(model: GeneratedDocument): Promise<Uint8Array> {
    return (await import('./render-docx.js')).renderDocx(model);
}

export async function renderPdf(model: GeneratedDocument): Promise<Uint8Array> {
    return (await import('./render-pdf.js')).renderPdf(model);
}

export async function renderDocument(model: GeneratedDocument, format: OutputFormat): Promise<string | Uint8Array> {
    switch (format) {
        case 'docx': return renderDocx(model);
        case 'pdf': return renderPdf(model);
        case 'html': return renderHtml(model);
        case 'md': return renderMarkdown(model);
        // The model, its texts as a program searches them (`searchableText`): the printed formats keep the no-break spaces and word joiners.
        case 'json': return JSON.stringify(model, (_key, value: unknown) => (typeof value === 'string' ? searchableText(value) : value), 2) + '\n';
    }
}

/** A request name made safe as a file name (the grammar's IDs already are; this is defence in depth). */
export function fileStem(reference: string): string {
    return reference.replace(/[^A-Za-z0-9_-]/g, '_') || 'request';
}

export function outputFileName(reference: string, document: DocumentKind, lang: Lang, format: OutputFormat): string {
    return `${fileStem(reference)}${document === 'note-verbale' ? '.note-verbale' : ''}.${lang}.${format}`;
}

/** What the PDF cannot show: characters its font lacks, which pdfmake drops without a word. */
async function pdfWarnings(model: GeneratedDocument): Promise<string[]> {
    const missing = (await import('./render-pdf.js')).charactersWithoutGlyph(model);
    return missing.length === 0 ? [] : [AUTHOR_WARNINGS.pdfMissingGlyphs(model.meta.document, missing)];
}

/** Builds the request and its note verbale in every language and format asked for. */
export async function generate(request: Request, options: GenerateOptions): Promise<GeneratedFile[]> {
    const langs = typeof options.lang === 'string' ? [options.lang] : [...options.lang];
    const files: GeneratedFile[] = [];
    for (const lang of langs) {
        for (const model of buildDocuments(request, { lang, draft: options.draft, stateLibrary: options.stateLibrary })) {
            for (const format of options.formats) {
                files.push({
                    document: model.meta.document, lang, format,
                    fileName: outputFileName(request.name, model.meta.document, lang, format),
                    content: await renderDocument(model, format),
                    warnings: format === 'pdf' ? [...model.meta.warnings, ...await pdfWarnings(model)] : model.meta.warnings
                });
            }
        }
    }
    return files;
}
