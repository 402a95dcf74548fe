import type { AstNode, LangiumDocument, ParseResult, ValidationAcceptor, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, interruptAndCheck } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { astNodesOf } from '../references/ast-walk.js';
import type { RogatoryValidationRegistry } from './validation-registry.js';

/**
 * Gives syntax and linking problems stable codes like every rule's (`syntax-error`,
 * `unresolved-reference`), so the editor, the CLI and quick fixes name them the same way;
 * and runs the checks of each node from the registry's cached lists, yielding to the event
 * loop once per document (Langium awaits once per node and per check: a quarter of
 * validating 10,000 files).
 */
export class RogatoryDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, accept: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(root, options, accept, cancelToken);
        await interruptAndCheck(cancelToken);
        const checksFor = (this.validationRegistry as RogatoryValidationRegistry).checksByType(options.categories);
        for (const node of astNodesOf(root)) {
            for (const check of checksFor(node.$type)) {
                const pending = check(node, accept, cancelToken);
                if (pending) await pending;
            }
        }
    }

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
