/** The part of fontkit (pdfkit's font library) that render-pdf.ts uses: whether a font has a glyph. */
declare module 'fontkit' {
    export interface Font {
        hasGlyphForCodePoint(codePoint: number): boolean;
    }
    export function openSync(file: string): Font;
}
