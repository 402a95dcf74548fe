import type { AstNode, CstNode, DiagnosticInfo, LangiumDocument, ParseResult, ValidationAcceptor, ValidationOptions, ValidationSeverity } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, GrammarAST, interruptAndCheck, isCompositeCstNode } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { astNodesOf } from '../references/ast-walk.js';
import { IN_NAME, INVISIBLE, SPACED_NAME, UNEXPECTED_CHARACTER } from '../parser/messages.js';
import type { UnresolvedName } from '../references/linker.js';
import type { RogatoryValidationRegistry } from './validation-registry.js';
import { VALIDATION_AREAS } from './catalogue.js';
import { hasSyntaxErrors } from '../parser/guarded-parser.js';

/**
 * Gives syntax and linking problems stable codes like every rule's (`syntax-error`,
 * `unresolved-reference`), so the editor, the CLI and quick fixes name them the same way;
 * and runs the checks of each node from the registry's cached lists, yielding to the event
 * loop once per document (Langium awaits once per node and per check: a quarter of
 * validating 10,000 files).
 */
export class RogatoryDocumentValidator extends DefaultDocumentValidator {
    /** The assignment each grammar element belongs to, looked up once (Langium climbs the grammar per CST node). */
    private readonly assignments = new Map<GrammarAST.AbstractElement, GrammarAST.Assignment | undefined>();

    /**
     * A diagnostic on a property gets the range of that property's text, as in Langium
     * (`findNodeForProperty`: the `index`-th occurrence; the node's own range when there is
     * none), found with the assignments cached. Without an index, a list points at its first
     * item as in Langium, but a single value at its last occurrence: a clause written twice
     * keeps the value written last, and that is the one the finding is about.
     */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        if (info.range || typeof info.property !== 'string' || !info.node.$cstNode) return super.toDiagnostic(severity, message, info);
        const found: CstNode[] = [];
        const last = info.index === undefined && !Array.isArray((info.node as unknown as Record<string, unknown>)[info.property]);
        const wanted = Math.max(0, info.index ?? 0);
        this.collectProperty(info.node.$cstNode, info.property, info.node, true, found, last ? Infinity : wanted + 1);
        const index = last ? found.length - 1 : Math.min(wanted, found.length - 1);
        const range = (found[index] ?? info.node.$cstNode).range;
        return super.toDiagnostic(severity, message, { ...info, range });
    }

    /** Collects the occurrences of `property` in text order, stopping at the `limit`-th. */
    private collectProperty(cst: CstNode, property: string, owner: AstNode, first: boolean, found: CstNode[], limit: number): void {
        if (found.length >= limit) return;
        if (!first && cst.grammarSource && this.assignmentOf(cst.grammarSource)?.feature === property) {
            found.push(cst);
            return;
        }
        if (isCompositeCstNode(cst) && cst.astNode === owner) {
            for (const child of cst.content) this.collectProperty(child, property, owner, false, found, limit);
        }
    }

    private assignmentOf(element: GrammarAST.AbstractElement): GrammarAST.Assignment | undefined {
        if (!this.assignments.has(element)) this.assignments.set(element, AstUtils.getContainerOfType(element, GrammarAST.isAssignment));
        return this.assignments.get(element);
    }

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
        // Whether a suppression silenced anything is known once every check has run, and only then.
        const all = options.categories === undefined || (options.categories.includes('fast') && options.categories.includes('slow'));
        // Not for a file read only in part, or with a name that resolves to nothing: the checks its
        // suppressions were written for may not have been able to run.
        const document = AstUtils.getDocument(root);
        const complete = !hasSyntaxErrors(document) && !document.references.some(r => r.error !== undefined);
        if (all && complete) for (const area of VALIDATION_AREAS) area.afterAll?.(root, accept);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.coded(diagnostics, 'syntax-error', () => super.processLexingErrors(parseResult, diagnostics, options));
    }

    /**
     * A character the lexer does not know, on a line where the parser reports an error, is part of
     * that one mistake (`facts On 1 May; ...` written without quotes, `Art. 93`): the parser's
     * message says what to write, and the character is not reported on its own. But an invisible
     * character inside a word (`med\u200Bium`, a zero-width space pasted from a web page) cuts it
     * in two, and the parser's error at either half ("`med` is not a clause") is its consequence:
     * there the lexer's error, which says to delete the character, is kept and the parser's dropped.
     * So is an apostrophe inside a name (`person P-O'Brien`), whose second half the parser meets
     * ("`Brien` is not a clause"); but where the parser stops at the word before it, as in prose
     * written without quotes (`facts Prosecutor's office`), the parser's error says what to write.
     * (The lexer's diagnostics are the ones already in the list: Langium processes them just before.)
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        this.coded(diagnostics, 'syntax-error', () => super.processParsingErrors(parseResult, diagnostics, options));
        const unexpected = (d: Diagnostic) => String(d.message).startsWith(UNEXPECTED_CHARACTER);
        const invisible = diagnostics.slice(0, before).filter(d => unexpected(d) && String(d.message).includes(INVISIBLE));
        const apostrophes = diagnostics.slice(0, before).filter(d => unexpected(d) && String(d.message).includes(IN_NAME));
        const causes = (d: Diagnostic) => [...invisible.filter(c => same(c.range.start, d.range.end) || same(c.range.end, d.range.start)),
            ...apostrophes.filter(c => same(c.range.end, d.range.start))];
        const kept = new Set(diagnostics.slice(before).flatMap(causes));
        const caused = (d: Diagnostic, i: number) => i >= before && causes(d).length > 0;
        const lines = new Set(diagnostics.slice(before).filter((d, i) => !caused(d, before + i)).map(d => d.range.start.line));
        const consequence = (d: Diagnostic, i: number) => i < before && !kept.has(d) && lines.has(d.range.start.line) && unexpected(d);
        diagnostics.splice(0, diagnostics.length, ...diagnostics.filter((d, i) => !consequence(d, i) && !caused(d, i)));
    }

    /**
     * Each unresolved name carries the names the linker suggests in `data.suggestions` (or, close to none, the few
 * declared in `data.declared`), for the quick fix.
     * The first half of a name cut in two (`person P-O'Brien`, `person P X`) is not reported: the
     * syntax error just after it says how to write the name whole.
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        this.coded(diagnostics, 'unresolved-reference', () => super.processLinkingErrors(document, diagnostics, options));
        // Langium adds one diagnostic per reference with an error, in the document's order.
        const errors = document.references.map(r => r.error).filter(e => e !== undefined);
        diagnostics.slice(before).forEach((diagnostic, i) => {
            const { suggestions, declared } = (errors[i] ?? {}) as Partial<UnresolvedName>;
            if (suggestions?.length) diagnostic.data = { ...diagnostic.data, suggestions };
            if (declared?.length) diagnostic.data = { ...diagnostic.data, declared };
        });
        // A word the parser reported as the wrong keyword, which its recovery then read as a name (`arrangement
        // declaration 12(3)`: "did you mean `declaration-12-3`?"), is that one mistake: "no record named declaration"
        // is not a second one.
        const misread = diagnostics.slice(0, before).filter(d => d.code === 'syntax-error');
        const sameToken = (d: Diagnostic) => misread.some(s => same(s.range.start, d.range.start) && same(s.range.end, d.range.end));
        diagnostics.splice(before, diagnostics.length - before, ...diagnostics.slice(before).filter(d => !sameToken(d)));
        const cuts = misread.filter(d => [IN_NAME, SPACED_NAME].some(m => String(d.message).includes(m)));
        if (!cuts.length) return;
        // (Or the whole name, read as one with the slashes it was written with, `follows OTP/2026/0201`: parser/lexer.ts.)
        const half = (d: Diagnostic) => cuts.some(c => c.range.start.line === d.range.end.line && ([0, 1].includes(c.range.start.character - d.range.end.character)
            || (c.range.start.line === d.range.start.line && d.range.start.character < c.range.start.character && c.range.start.character < d.range.end.character)));
        diagnostics.splice(before, diagnostics.length - before, ...diagnostics.slice(before).filter(d => !half(d)));
    }

    private coded(diagnostics: Diagnostic[], code: string, add: () => void): void {
        const before = diagnostics.length;
        add();
        for (const diagnostic of diagnostics.slice(before)) {
            diagnostic.code ??= code;
            if (typeof diagnostic.message === 'string') diagnostic.message = withLongWordsCut(diagnostic.message);
        }
    }
}

/**
 * A syntax or linking message quotes the token it met, which may be a word of a megabyte (a file
 * of one long line): such a word is cut to its start, so that the message stays a line one can read
 * and a report of thousands of them stays within a string's length.
 */
function withLongWordsCut(message: string): string {
    return message.replace(/[^\s`'"]{121,}/g, word => `${word.slice(0, 60)}…`);
}

function same(a: Position, b: Position): boolean {
    return a.line === b.line && a.character === b.character;
}
