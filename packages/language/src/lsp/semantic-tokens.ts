import type { AstNode, AstReflection, CstNode, LangiumDocument, NameProvider } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, isReference } from 'langium';
import { AbstractSemanticTokenProvider, SemanticTokensBuilder, type SemanticTokenAcceptor, type SemanticTokenRangeOptions } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { CancellationToken, SemanticTokens, SemanticTokensDelta, SemanticTokensDeltaParams, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver';
import { BUILTIN_SCHEME } from '../builtin/builtin-library.js';
import { isProvisionRef } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';

/**
 * What each kind of name is shown as, in LSP standard token types (so that every theme colours them):
 * - States and organisations, the addressees: `enumMember` — members of a closed list, the built-in
 *   library (`builtin:///`), whose entries also carry the `defaultLibrary` modifier;
 * - persons: `variable`;
 * - documents with a number or a date — requests, warrants, judgments, decisions, records: `class`;
 * - parts of a request — annexes, places: `property`.
 * A declared name has the `declaration` modifier; a reference has none (but `defaultLibrary`).
 */
const TOKEN_TYPE_OF: Readonly<Record<string, SemanticTokenTypes>> = {
    State: SemanticTokenTypes.enumMember,
    Organisation: SemanticTokenTypes.enumMember,
    Person: SemanticTokenTypes.variable,
    Request: SemanticTokenTypes.class,
    Instrument: SemanticTokenTypes.class,
    Warrant: SemanticTokenTypes.class,
    Judgment: SemanticTokenTypes.class,
    Decision: SemanticTokenTypes.class,
    Record: SemanticTokenTypes.class,
    Annex: SemanticTokenTypes.property,
    Place: SemanticTokenTypes.property
};

/**
 * Values shown by the rule (data type or terminal) that reads them:
 * - provision references (`art. 93(1)(b)`, `rule 188`, a `ProvisionRef` node, as one token): `macro` —
 *   a citation that stands for a text (the hover shows it);
 * - dates (`2026-10-01`, `2026-11-12T09:40+01:00`) and the numbers of durations (`6 years`): `number`;
 * - classifications (`public`, `confidential`, `under-seal`, `secret`): `modifier` — they change how
 *   the request and its annexes are handled.
 */
const TOKEN_TYPE_OF_RULE: Readonly<Record<string, SemanticTokenTypes>> = {
    DATE: SemanticTokenTypes.number,
    INT: SemanticTokenTypes.number,
    Classification: SemanticTokenTypes.modifier
};

let answers = 0;

/**
 * Langium's tokens builder, each answer with an id of its own. The builder's ids are the millisecond of
 * the answer: the visible range answered in the same millisecond as the whole file took its id, and the
 * next delta was computed against the range's tokens while the editor held the whole file's.
 */
class NumberedTokensBuilder extends SemanticTokensBuilder {
    private answer = ++answers;

    override get id(): string {
        return String(this.answer);
    }

    override previousResult(id: string): void {
        super.previousResult(id);
        this.answer = ++answers;
    }
}

/** Semantic tokens: what the TextMate grammar cannot know, what a name refers to. */
export class RogatorySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;
    private readonly nameProvider: NameProvider;

    /** The answer being computed; the next request waits for it. */
    private running: Promise<unknown> = Promise.resolve();

    constructor(services: RogatoryServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.nameProvider = services.references.NameProvider;
    }

    /**
     * Langium keeps the request being answered in fields of the provider (the document, its tokens
     * builder, the range) and yields to the event loop every 10 ms as it computes: two requests at once
     * (two files shown side by side; the visible range while the whole file is computed) wrote tokens
     * into each other's answers. One request at a time.
     */
    private oneAtATime<T>(answer: () => Promise<T>): Promise<T> {
        const result = this.running.then(answer, answer);
        this.running = result.catch(() => undefined);
        return result;
    }

    /**
     * A token over several lines (a name in quotes continued on the next line), for an editor that takes none:
     * one token per line. Langium splits it too, but counts the first line's length from the start of the
     * file rather than of the line (a token running hundreds of characters past the end of its line).
     */
    protected override highlightToken(options: SemanticTokenRangeOptions): void {
        const { start, end } = options.range;
        const text = this.currentDocument?.textDocument;
        if (start.line === end.line || this.clientCapabilities?.multilineTokenSupport || !text) {
            super.highlightToken(options);
            return;
        }
        for (let line = start.line; line <= end.line; line++) {
            const from = line === start.line ? start.character : 0;
            const to = line === end.line ? end.character
                : text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
            if (to > from) super.highlightToken({ ...options, range: { start: { line, character: from }, end: { line, character: to } } });
        }
    }

    protected override getDocumentTokensBuilder(document: LangiumDocument): SemanticTokensBuilder {
        const key = document.uri.toString();
        let builder = this.tokensBuilders.get(key);
        if (!builder) this.tokensBuilders.set(key, builder = new NumberedTokensBuilder());
        return builder;
    }

    override semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlight(document, params, cancelToken));
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlightRange(document, params, cancelToken));
    }

    override semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        return this.oneAtATime(() => super.semanticHighlightDelta(document, params, cancelToken));
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | undefined | 'prune' {
        if (isProvisionRef(node)) {
            this.highlightProvision(node, acceptor);
            return 'prune';
        }
        const declared = TOKEN_TYPE_OF[node.$type];
        const name = declared && this.nameProvider.getNameNode(node);
        if (declared && name) {
            acceptor({ cst: name, type: declared, modifier: modifiers(node, SemanticTokenModifiers.declaration) });
        }
        for (const { container, property, index, reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : reference.items[0]?.ref;
            const type = TOKEN_TYPE_OF[target?.$type ?? this.reflection.getReferenceType({ container, property, index, reference })];
            if (type && reference.$refNode) {
                acceptor({ cst: reference.$refNode, type, modifier: target ? modifiers(target) : [] });
            }
        }
        for (const { cst, type } of ownValues(node)) {
            acceptor({ cst, type });
        }
        return undefined;
    }

    /** One token for `art. 93(1)(b)`; token by token if it spans lines or holds a comment. */
    private highlightProvision(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const cst = node.$cstNode;
        if (!cst) return;
        const leaves = CstUtils.streamCst(cst).filter(isLeafCstNode).toArray();
        if (cst.range.start.line === cst.range.end.line && !leaves.some(leaf => leaf.hidden)) {
            acceptor({ cst, type: SemanticTokenTypes.macro });
        } else {
            for (const leaf of leaves) {
                if (!leaf.hidden) acceptor({ cst: leaf, type: SemanticTokenTypes.macro });
            }
        }
    }
}

/** `defaultLibrary` for what the built-in library (`builtin:///`) declares, plus `extra`. */
function modifiers(node: AstNode, ...extra: string[]): string[] {
    const uri = AstUtils.findRootNode(node).$document?.uri;
    return uri?.scheme === BUILTIN_SCHEME ? [...extra, SemanticTokenModifiers.defaultLibrary] : extra;
}

/** The values of `node` itself (not of the nodes it contains) read by a rule of TOKEN_TYPE_OF_RULE. */
function ownValues(node: AstNode): Array<{ cst: CstNode; type: SemanticTokenTypes }> {
    const result: Array<{ cst: CstNode; type: SemanticTokenTypes }> = [];
    if (!node.$cstNode) return result;
    const iterator = CstUtils.streamCst(node.$cstNode).iterator();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const cst = next.value;
        if (cst.astNode !== node) {
            iterator.prune();
        } else if (GrammarAST.isRuleCall(cst.grammarSource)) {
            const type = TOKEN_TYPE_OF_RULE[cst.grammarSource.rule.ref?.name ?? ''];
            if (type) {
                result.push({ cst, type });
                iterator.prune();
            }
        }
    }
    return result;
}
