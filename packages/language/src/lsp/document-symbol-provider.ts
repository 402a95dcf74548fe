import type { AstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';

/**
 * The outline lists a node's children in the order of the text. Langium lists them in the order
 * of the node's properties, which for a request is a fixed order (parser/node-shapes.ts), so a
 * place written before an annex would otherwise come after it.
 */
export class RogatoryDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        return super.getChildSymbols(document, astNode)
            ?.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
}
