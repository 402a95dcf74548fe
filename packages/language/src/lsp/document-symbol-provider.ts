import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isAnnex, isDesignation, isInvolvement, isPlace } from '../generated/ast.js';

/**
 * The outline lists a node's children in the order of the text. Langium lists them in the order
 * of the node's properties, which for a request is a fixed order (parser/node-shapes.ts), so a
 * place written before an annex would otherwise come after it.
 * A designation has no name of its own (`designation for State "Kenya" {`): Langium would leave it
 * out; it is listed as `designation for Kenya`, with the date it is received or takes effect.
 * Nor has a person named in a request (`person P-Kilonzo as sought`), a reference to a declaration:
 * it is listed under the request by the person's name, with their role, as the places and the
 * annexes are, each with its description or title: what an officer looks for in a long request.
 */
export class RogatoryDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        if (isDesignation(astNode) && astNode.$cstNode) {
            const state = astNode.state?.$refText.replace(/^"|"$/g, '');
            const selection = GrammarUtils.findNodeForProperty(astNode.$cstNode, 'state') ?? GrammarUtils.findNodeForKeyword(astNode.$cstNode, 'designation');
            const date = astNode.effective ? `effective ${astNode.effective}` : astNode.received ? `received ${astNode.received}` : undefined;
            return [{
                kind: this.nodeKindProvider.getSymbolKind(astNode),
                name: state ? `designation for ${state}` : 'designation',
                detail: date,
                range: astNode.$cstNode.range,
                selectionRange: (selection ?? astNode.$cstNode).range
            }];
        }
        if (isInvolvement(astNode) && astNode.$cstNode) {
            const name = astNode.person?.$refText;
            const selection = GrammarUtils.findNodeForProperty(astNode.$cstNode, 'person');
            if (!name || !selection) return [];
            return [{
                // The icon of the person's declaration.
                kind: this.nodeKindProvider.getSymbolKind({ $type: 'Person' } as AstNode),
                name,
                detail: astNode.role ?? 'person',
                range: astNode.$cstNode.range,
                selectionRange: selection.range
            }];
        }
        const symbols = super.getSymbol(document, astNode);
        const detail = isAnnex(astNode) ? astNode.title : isPlace(astNode) ? astNode.description : undefined;
        if (detail?.trim() && symbols.length === 1) symbols[0].detail = detail.replace(/\s+/g, ' ').trim();
        return symbols;
    }

    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        return super.getChildSymbols(document, astNode)
            ?.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
}
