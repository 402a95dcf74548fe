import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/**
 * Icons in the outline, breadcrumbs and completion lists: a request is a module of its own,
 * persons are people-like objects, instruments (warrants, judgments, decisions, records) are
 * documents, States and organisations are the library's constants, annexes and places fields.
 */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    Request: [SymbolKind.Module, CompletionItemKind.Module],
    Person: [SymbolKind.Object, CompletionItemKind.Reference],
    Warrant: [SymbolKind.File, CompletionItemKind.File],
    Judgment: [SymbolKind.File, CompletionItemKind.File],
    Decision: [SymbolKind.File, CompletionItemKind.File],
    Record: [SymbolKind.File, CompletionItemKind.File],
    Designation: [SymbolKind.Interface, CompletionItemKind.Interface],
    State: [SymbolKind.Constant, CompletionItemKind.Constant],
    Organisation: [SymbolKind.Constant, CompletionItemKind.Constant],
    Annex: [SymbolKind.Field, CompletionItemKind.Field],
    Place: [SymbolKind.Field, CompletionItemKind.Field]
};

export class RogatoryNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
