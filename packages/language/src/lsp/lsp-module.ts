import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RogatoryServices } from '../rogatory-module.js';
import { RogatoryCodeActionProvider } from './code-actions.js';
import { RogatoryCompletionProvider } from './completion-provider.js';
import { RogatoryDocumentLinkProvider } from './document-links.js';
import { RogatoryDocumentSymbolProvider } from './document-symbol-provider.js';
import { RogatoryFormatter } from './formatter.js';
import { RogatoryHoverProvider } from './hover-provider.js';
import { RogatoryInlayHintProvider } from './inlay-hints.js';
import { RogatoryRenameProvider } from './rename-provider.js';
import { RogatorySemanticTokenProvider } from './semantic-tokens.js';

/**
 * Editor features: completion, hover, quick fixes, formatting to the house style of `examples/`
 * (whitespace only, checked token by token) and semantic tokens (States and organisations,
 * persons and documents, declared names, provision references, dates, classifications) and an
 * outline in the order of the text, inlay hints with the time limits the law computes from a date written, and links
 * from an annex's `file` to that file.
 */
export const RogatoryLspModule: Module<RogatoryServices, PartialLangiumServices> = {
    lsp: {
        RenameProvider: services => new RogatoryRenameProvider(services),
        HoverProvider: services => new RogatoryHoverProvider(services),
        CompletionProvider: services => new RogatoryCompletionProvider(services),
        CodeActionProvider: services => new RogatoryCodeActionProvider(services),
        Formatter: services => new RogatoryFormatter(services),
        SemanticTokenProvider: services => new RogatorySemanticTokenProvider(services),
        DocumentSymbolProvider: services => new RogatoryDocumentSymbolProvider(services),
        InlayHintProvider: services => new RogatoryInlayHintProvider(services),
        DocumentLinkProvider: services => new RogatoryDocumentLinkProvider(services)
    }
};
