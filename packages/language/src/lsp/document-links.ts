import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import { isModel, isRequest } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { isAbsolutePath, resolveAnnex } from '../workspace/workspace-root.js';

/**
 * Links from an annex's `file "annexes/schedule.pdf"` to that file, so that Ctrl+click opens it. Only a file that
 * exists inside the workspace gets one: a path leading out of it, or to nothing, gets a finding instead
 * (annex-file-outside-workspace, annex-file-missing), resolved the same way (workspace/workspace-root.ts).
 */
export class RogatoryDocumentLinkProvider implements DocumentLinkProvider {
    constructor(private readonly services: RogatoryServices) {}

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const model = document.parseResult.value;
        if (document.uri.scheme !== 'file' || !isModel(model)) return [];
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        const links: DocumentLink[] = [];
        for (const request of model.elements.filter(isRequest)) {
            for (const annex of request.annexes) {
                const file = annex.file;
                if (!file?.trim() || isAbsolutePath(file)) continue;
                const { target, outside } = resolveAnnex(this.services, document, file);
                const cst = GrammarUtils.findNodeForProperty(annex.$cstNode, 'file');
                if (outside || !cst || !fileSystem.existsSync(target)) continue;
                // The path inside the quotes, not the quotes.
                const { start, end } = cst.range;
                const range = start.line === end.line ? { start: { ...start, character: start.character + 1 }, end: { ...end, character: end.character - 1 } } : cst.range;
                links.push({ range, target: target.toString(), tooltip: `Open ${file}` });
            }
        }
        return links;
    }
}
