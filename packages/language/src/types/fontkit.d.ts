/** The part of fontkit (pdfkit's font library) that the generator uses: whether a font has a glyph, and how wide a text is. */
declare module 'fontkit' {
    export interface Font {
        unitsPerEm: number;
        hasGlyphForCodePoint(codePoint: number): boolean;
        layout(text: string): { advanceWidth: number };
    }
    export function openSync(file: string): Font;
}
