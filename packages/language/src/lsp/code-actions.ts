import type { LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { isRequest, type Request } from '../generated/ast.js';
import { findRule } from '../validation/catalogue.js';

/** The next free annex name (A1, A2...) in a request. */
const nextAnnex = (r: Request) => `A${r.annexes.length + 1}`;

/**
 * Missing-clause fixes: the clause to insert for a rule's code (one line each; `undefined`
 * when the request lacks what the clause would need). Quick fixes switch on the diagnostic's
 * code, as in Langium's arithmetics example.
 */
const INSERTIONS: Record<string, (request: Request) => string | undefined> = {
    'arrest-national-requirements-missing': () => 'national-requirements none-known',
    'arrest-crimes-missing': () => 'crimes ""',
    'arrest-warrant-copy-missing': r => r.warrant?.ref && `annex ${nextAnnex(r)} "Copy of the warrant of arrest" { copy-of ${r.warrant.ref.name} }`,
    'convicted-judgment-copy-missing': r => r.judgment?.ref && `annex ${nextAnnex(r)} "Copy of the judgment of conviction" { copy-of ${r.judgment.ref.name} }`,
    'convicted-identification-missing': () => 'identification ""',
    'provisional-urgency-missing': () => 'urgent ""',
    'provisional-crimes-missing': () => 'crimes ""',
    'provisional-facts-missing': () => 'facts ""',
    'provisional-crime-place-missing': () => 'crime-place ""',
    'provisional-surrender-statement-missing': () => 'surrender-request-will-follow'
};

export class RogatoryCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? '');
            if (code === 'duplicate-clause') {
                actions.push({
                    title: 'Remove the repeated clause', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true,
                    edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: '' }] } }
                });
                continue;
            }
            const request = this.requestAt(document, diagnostic);
            if (!request) continue;
            const clause = INSERTIONS[code]?.(request);
            if (clause) actions.push(this.insert(document, request, clause, `Add \`${clause.split(' {')[0]}\``, diagnostic, true));
            if (findRule(code)?.suppressible) {
                actions.push(this.insert(document, request, `suppress ${code} "state the reason it does not apply"`, 'Suppress for this request, with the reason', diagnostic, false));
            }
        }
        return actions;
    }

    private requestAt(document: LangiumDocument, diagnostic: Diagnostic): Request | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
        return leaf ? AstUtils.getContainerOfType(leaf.astNode, isRequest) : undefined;
    }

    /** A clause on its own line just before the request's closing brace, indented like its first clause. */
    private insert(document: LangiumDocument, request: Request, clause: string, title: string, diagnostic: Diagnostic, preferred: boolean): CodeAction {
        const text = document.textDocument.getText();
        const close = request.$cstNode!.range.end;
        const closeOffset = document.textDocument.offsetAt(close) - 1;
        const lineStart = text.lastIndexOf('\n', closeOffset - 1) + 1;
        const braceAlone = text.slice(lineStart, closeOffset).trim() === '';
        const indent = /\n([ \t]+)\S/.exec(text.slice(document.textDocument.offsetAt(request.$cstNode!.range.start)))?.[1] ?? '  ';
        const position = document.textDocument.positionAt(braceAlone ? lineStart : closeOffset);
        const newText = braceAlone ? `${indent}${clause}\n` : ` ${clause} `;
        return {
            title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred,
            edit: { changes: { [document.textDocument.uri]: [{ range: { start: position, end: position }, newText }] } }
        };
    }
}
