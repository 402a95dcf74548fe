import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { RogatoryServices } from '../rogatory-module.js';

/** Editor features: completion, hover, quick fixes, formatting, semantic tokens. */
export const RogatoryLspModule: Module<RogatoryServices, PartialLangiumServices> = {
    lsp: {}
};
