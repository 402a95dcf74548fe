import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Gives syntax and linking problems stable codes like every rule's (`syntax-error`,
 * `unresolved-reference`), so the editor, the CLI and quick fixes name them the same way.
 */
export class RogatoryDocumentValidator extends DefaultDocumentValidator {
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.coded(diagnostics, 'syntax-error', () => super.processLexingErrors(parseResult, diagnostics, options));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.coded(diagnostics, 'syntax-error', () => super.processParsingErrors(parseResult, diagnostics, options));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.coded(diagnostics, 'unresolved-reference', () => super.processLinkingErrors(document, diagnostics, options));
    }

    private coded(diagnostics: Diagnostic[], code: string, add: () => void): void {
        const before = diagnostics.length;
        add();
        for (const diagnostic of diagnostics.slice(before)) diagnostic.code ??= code;
    }
}
