import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RogatoryServices } from '../rogatory-module.js';
import { RogatoryCodeActionProvider } from './code-actions.js';
import { RogatoryCompletionProvider } from './completion-provider.js';
import { RogatoryHoverProvider } from './hover-provider.js';

/** Editor features: completion, hover, quick fixes (formatting and semantic tokens to come). */
export const RogatoryLspModule: Module<RogatoryServices, PartialLangiumServices> = {
    lsp: {
        HoverProvider: services => new RogatoryHoverProvider(services),
        CompletionProvider: services => new RogatoryCompletionProvider(services),
        CodeActionProvider: () => new RogatoryCodeActionProvider()
    }
};
