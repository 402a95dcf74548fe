import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CompletionItem, CompletionList, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { isRequest } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { describeStatus } from '../states/state-status.js';

/** `State "` / `nationality "` / `official-of "` followed by what has been typed of the name. */
const STATE_NAME_BEFORE_CURSOR = /(?:\bState|\bnationality|\bofficial-of)\s+("[^"]*)$/;

/**
 * Completion of State names wherever a State is expected, each item showing the State's
 * Rome Statute status on the request's date and matching English and French names and
 * ISO codes; everything else (keywords, persons, warrants...) is Langium's.
 */
export class RogatoryCompletionProvider extends DefaultCompletionProvider {
    private readonly services: RogatoryServices;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const typed = STATE_NAME_BEFORE_CURSOR.exec(text.slice(lineStart, offset));
        if (typed) return this.stateCompletion(document, offset, typed[1]);
        return super.getCompletion(document, params);
    }

    private stateCompletion(document: LangiumDocument, offset: number, typed: string): CompletionList {
        const text = document.textDocument.getText();
        const start = offset - typed.length;
        // Replace the whole string literal if it is already closed on this line, else up to the cursor.
        const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset));
        const closing = rest.indexOf('"');
        const end = closing >= 0 ? offset + closing + 1 : offset;
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, Math.max(0, start - 1));
        const request = leaf ? AstUtils.getContainerOfType(leaf.astNode, isRequest) : undefined;
        const date = request?.date ?? this.services.rogatory.Settings.currentDate();
        const library = this.services.rogatory.StateLibrary;
        const items: CompletionItem[] = library.allStates().map(state => {
            const status = describeStatus(library.statusOn(state, date));
            return {
                label: state.name,
                kind: CompletionItemKind.Constant,
                detail: status,
                labelDetails: { description: [state.alpha2, state.nameFr !== state.name ? state.nameFr : undefined].filter(Boolean).join(' · ') },
                documentation: { kind: 'markdown', value: `**${state.name}** (${state.alpha2} / ${state.alpha3}), *${state.nameFr}*\n\nOn ${date.slice(0, 10)}: ${status}.` },
                filterText: [state.name, state.nameFr, state.alpha2, state.alpha3].filter(Boolean).map(n => `"${n}`).join(' '),
                textEdit: { range, newText: `"${state.name}"` }
            };
        });
        return { isIncomplete: false, items };
    }
}
