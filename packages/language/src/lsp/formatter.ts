import type { AstNode, CstNode, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext, type FormattingMove } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { blockGrammar } from '../parser/clauses.js';
import { ownLeaves } from '../references/ast-walk.js';
import type { RogatoryServices } from '../rogatory-module.js';

/** Blocks always written over several lines: `request X {`, one clause per line, `}` alone. */
const OPEN_BLOCKS = new Set(['Request', 'Person', 'Warrant', 'Judgment', 'Decision', 'Record', 'Designation', 'State', 'Organisation']);
/** Blocks of a clause (`person P as witness { ... }`, `annex A1 "..." { ... }`): on one line, or open. */
const INLINE_BLOCKS = new Set(['Involvement', 'Annex']);
/** Sub-clauses without braces, on the clause's line or on the lines below, one level deeper. */
const BARE_BLOCKS = new Set(['DirectExecution']);

/**
 * Clauses the house style writes on the line of the clause before them, as the examples do:
 * `from Chamber "..." transmitted-by Registrar`, `situation ICC-01/09 case ICC-01/09-01/26`,
 * `to State "Kenya" via diplomatic-channel language English`, `dated ... respond-by ...`.
 * Written on a line of their own, they stay there.
 */
const COMPANIONS: Record<string, readonly string[]> = {
    'transmitted-by': ['from'],
    'case': ['situation'],
    'via': ['to'],
    'language': ['to', 'via'],
    'respond-by': ['dated']
};

/** The house style is two spaces, whatever the editor's tab size (continuation lines align on columns). */
const HOUSE_STYLE: Pick<FormattingOptions, 'tabSize' | 'insertSpaces'> = { tabSize: 2, insertSpaces: true };

const line = (level: number, lines = 1): FormattingMove => ({ lines, tabs: level });
const action = (...moves: FormattingMove[]): FormattingAction => ({ options: {}, moves });

interface Token { image: string; type: string; offset: number; end: number }

/**
 * Formats `.rog` files to the house style of `examples/`: two-space indentation, `{` on the
 * header line and `}` on a line of its own, one clause per line (but for the companions above,
 * which may share the line of the clause before), one space between the tokens of a line, comma
 * lists as `a, b` or continued on the next lines aligned on the first item. At most one blank
 * line is kept between clauses; one blank line separates top-level declarations; no whitespace
 * ends a line; the file ends with one line break. Comments stay where they are, re-indented.
 *
 * Formatting only ever changes whitespace between tokens: the result is re-lexed and compared
 * with the input, token by token, and a formatting that would change a token (or anything the
 * lexer skipped) is dropped. A document with syntax errors is not formatted (Langium's default).
 */
export class RogatoryFormatter extends AbstractFormatter {
    /** The first keyword of each clause of a block (the loops `( 'kind' ... | 'title' ... )*`). */
    private readonly clauseStarts: ReadonlySet<GrammarAST.Keyword>;
    private readonly services: RogatoryServices;
    /** The leaves of the document being formatted, in order; comments included. */
    private leaves: LeafCstNode[] = [];
    private leafIndex = new Map<CstNode, number>();
    /** Continued list items: the item, and the first item of its list, whose column it takes. */
    private alignments: Array<{ item: CstNode; first: CstNode }> = [];

    constructor(services: RogatoryServices) {
        super();
        this.services = services;
        this.clauseStarts = blockGrammar(services.Grammar).clauseStarts;
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        try {
            const root = document.parseResult.value.$cstNode;
            if (!root) return [];
            this.leaves = CstUtils.streamCst(root).filter(isLeafCstNode).toArray();
            this.leafIndex = new Map(this.leaves.map((leaf, i) => [leaf, i]));
            this.alignments = [];
            const edits = super.doDocumentFormat(document, { ...options, ...HOUSE_STYLE }, range);
            return this.finish(document, edits, range);
        } catch (error) {
            // A formatter must never break the editor: no edit rather than an exception.
            console.error('Rogatory formatter:', error);
            return [];
        } finally {
            this.leaves = [];
            this.leafIndex = new Map();
            this.alignments = [];
        }
    }

    /**
     * A comment over several lines on a line of its own keeps its lines as written: only its first line is
     * re-indented. Langium shifts every line of it, which changes the comment, so that the check in finish()
     * dropped the formatting of the whole file.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const line = hidden.range.start.line;
        return super.createHiddenTextEdits(previous, hidden, formatting, context).filter(edit => edit.range.start.line === line);
    }

    protected override format(node: AstNode): void {
        if (!node.$cstNode) return;
        const formatter = this.getNodeFormatter(node);
        for (const leaf of ownLeaves(node)) {
            const formatting = this.formattingOf(leaf, node);
            if (formatting) formatter.cst([leaf]).prepend(formatting);
        }
    }

    /** What goes before `leaf`, a token (or comment) that belongs to `node`. */
    private formattingOf(leaf: LeafCstNode, node: AstNode): FormattingAction | undefined {
        const index = this.leafIndex.get(leaf) ?? -1;
        const previous = index > 0 ? this.leaves[index - 1] : undefined;
        const previousToken = this.previousToken(index);
        const block = enclosingBlock(node);
        const level = block ? levelOf(block) : 0;

        if (leaf.hidden) {
            // A comment on a line of its own: indented as the clauses around it.
            if (!block) return action({ tabs: 0 });
            return action({ tabs: BARE_BLOCKS.has(block.$type) || insideBraces(leaf, block) ? level + 1 : level });
        }
        if (node.$container && !node.$container.$container && leaf === firstToken(node)) {
            // A top-level declaration: one blank line after the previous one; a comment before it stays attached.
            if (!previousToken) return previous ? action(line(0), line(0, 2)) : action({ tabs: 0 });
            return previous!.hidden ? action(line(0), line(0, 2)) : action(line(0, 2));
        }
        if (block && node === block && this.isClauseStart(leaf)) {
            if (BARE_BLOCKS.has(block.$type)) return Formatting.fit(Formatting.oneSpace(), action(line(level + 1)));
            if (INLINE_BLOCKS.has(block.$type) && !isOpen(block)) return Formatting.oneSpace();
            if (previousToken && isBrace(previousToken, '{') && previousToken.astNode === block) return action(line(level + 1));
            if (this.isCompanion(leaf, block, index)) return Formatting.fit(Formatting.oneSpace(), action(line(level + 1), line(level + 1, 2)));
            return action(line(level + 1), line(level + 1, 2));
        }
        if (block && node === block && isBrace(leaf, '}')) {
            return INLINE_BLOCKS.has(block.$type) && !isOpen(block) ? Formatting.oneSpace() : action(line(level));
        }
        if (isBrace(leaf, '{')) return Formatting.oneSpace();
        if (leaf.text === ',') return Formatting.noSpace();
        if (previousToken?.text === ',') {
            const first = firstItemOfList(leaf, previousToken);
            if (first) this.alignments.push({ item: leaf, first });
            // On the comma's line, or on the next line, aligned on the first item (see finish()).
            return Formatting.fit(Formatting.oneSpace(), action(line(level + 2)));
        }
        if (node.$type === 'ProvisionLabel') return Formatting.noSpace(); // art. 93(1)(b)
        if (!previousToken) return action({ tabs: 0 });
        return Formatting.oneSpace();
    }

    private previousToken(index: number): LeafCstNode | undefined {
        for (let i = index - 1; i >= 0; i--) {
            if (!this.leaves[i].hidden) return this.leaves[i];
        }
        return undefined;
    }

    private isClauseStart(leaf: CstNode): boolean {
        return GrammarAST.isKeyword(leaf.grammarSource) && this.clauseStarts.has(leaf.grammarSource);
    }

    /** A companion clause right after the clause it accompanies (see COMPANIONS). */
    private isCompanion(leaf: LeafCstNode, block: AstNode, index: number): boolean {
        const after = COMPANIONS[leaf.text];
        if (!after) return false;
        for (let i = index - 1; i >= 0; i--) {
            const candidate = this.leaves[i];
            if (candidate.astNode === block && this.isClauseStart(candidate)) return after.includes(candidate.text);
            if (candidate.astNode === block && isBrace(candidate, '{')) return false;
        }
        return false;
    }

    /**
     * Checks the edits (whitespace only, same tokens after as before) and aligns continued list
     * items on the first item of their list, a column Langium's indentation levels cannot express.
     * Returns the edits as replacements of the whitespace between two tokens.
     */
    private finish(document: LangiumDocument, edits: TextEdit[], range: Range | undefined): TextEdit[] {
        const textDocument = document.textDocument;
        const before = textDocument.getText();
        const after = applyEdits(before, edits.map(e => ({ start: textDocument.offsetAt(e.range.start), end: textDocument.offsetAt(e.range.end), text: e.newText })));
        const tokens = this.tokenize(before);
        const formatted = this.tokenize(after);
        if (!tokens || !formatted || tokens.length !== formatted.length) return [];
        if (tokens.some((t, i) => t.image !== formatted[i].image || t.type !== formatted[i].type)) return [];

        const gapsBefore = gaps(before, tokens);
        const gapsAfter = gaps(after, formatted);
        if (gapsBefore.some((gap, i) => gap !== gapsAfter[i] && !(isBlank(gap) && isBlank(gapsAfter[i])))) return [];

        // No whitespace at the end of a line, at most one blank line, no blank line before the first
        // token, one line break after the last: what Langium leaves alone around comments.
        for (let i = 0; i < gapsAfter.length; i++) {
            let gap = gapsAfter[i].replace(/[ \t]+(?=\r?\n)/g, '').replace(/(\r?\n){3,}/g, '\n\n');
            if (i === 0) gap = '';
            else if (i === tokens.length) gap = '\n';
            gapsAfter[i] = gap;
        }
        const tokenAt = new Map(tokens.map((t, i) => [t.offset, i]));
        for (const { item, first } of this.alignments) {
            const i = tokenAt.get(item.offset);
            const f = tokenAt.get(first.offset);
            if (i === undefined || f === undefined || f >= i) continue;
            const gap = gapsAfter[i];
            const newline = gap.lastIndexOf('\n');
            if (newline < 0) continue;
            gapsAfter[i] = gap.slice(0, newline + 1) + ' '.repeat(columnOf(f, formatted, gapsAfter));
        }

        const eol = before.includes('\r\n') ? '\r\n' : '\n';
        const result: TextEdit[] = [];
        for (let i = 0; i < gapsBefore.length; i++) {
            if (gapsBefore[i].replace(/\r/g, '') === gapsAfter[i].replace(/\r/g, '')) continue;
            const start = i === 0 ? 0 : tokens[i - 1].end;
            const end = i < tokens.length ? tokens[i].offset : before.length;
            const edit: TextEdit = { range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: gapsAfter[i].replace(/\r?\n/g, eol) };
            if (this.insideRange(edit.range, range)) result.push(edit);
        }
        return result;
    }

    /** All tokens, comments included, in order; undefined if the lexer reports an error. */
    private tokenize(text: string): Token[] | undefined {
        const lexed = this.services.parser.Lexer.tokenize(text);
        if (lexed.errors && lexed.errors.length > 0) return undefined;
        return [...lexed.tokens, ...(lexed.hidden ?? [])]
            .map(t => ({ image: t.image, type: t.tokenType.name, offset: t.startOffset, end: t.startOffset + t.image.length }))
            .sort((a, b) => a.offset - b.offset);
    }
}

function isBlock(node: AstNode): boolean {
    return OPEN_BLOCKS.has(node.$type) || INLINE_BLOCKS.has(node.$type) || BARE_BLOCKS.has(node.$type);
}

function enclosingBlock(node: AstNode): AstNode | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isBlock(current)) return current;
    }
    return undefined;
}

/** How many blocks contain this one: 0 for top-level declarations, 1 for `person ... { }` in a request. */
function levelOf(block: AstNode): number {
    let level = 0;
    for (let current = block.$container; current; current = current.$container) {
        if (isBlock(current)) level++;
    }
    return level;
}

function isBrace(leaf: CstNode, brace: '{' | '}'): boolean {
    return GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === brace;
}

function braces(block: AstNode): { open?: CstNode; close?: CstNode } {
    const own = ownLeaves(block);
    return { open: own.find(l => isBrace(l, '{')), close: own.findLast(l => isBrace(l, '}')) };
}

function insideBraces(leaf: CstNode, block: AstNode): boolean {
    const { open, close } = braces(block);
    return !!open && leaf.offset > open.offset && (!close || leaf.offset < close.offset);
}

/** An inline block written over several lines (or unfinished) is laid out open. */
function isOpen(block: AstNode): boolean {
    const { open, close } = braces(block);
    if (!open || !close) return true;
    return close.range.start.line > open.range.end.line;
}

function firstToken(node: AstNode): LeafCstNode | undefined {
    return CstUtils.streamCst(node.$cstNode!).find((n): n is LeafCstNode => isLeafCstNode(n) && !n.hidden);
}

/** The first item of the comma list `leaf` continues (after `comma`): `crimes "a", "b"` gives `"a"`. */
function firstItemOfList(leaf: CstNode, comma: CstNode): CstNode | undefined {
    const parent = comma.container;
    if (!parent) return undefined;
    let item: CstNode | undefined = leaf;
    while (item && item.container !== parent) item = item.container;
    if (!item) return undefined;
    const feature = featureOf(item);
    if (!feature) return undefined;
    const siblings = parent.content.filter(n => !n.hidden);
    let i = siblings.indexOf(item);
    while (i >= 2 && siblings[i - 1].text === ',' && featureOf(siblings[i - 2]) === feature) i -= 2;
    return CstUtils.streamCst(siblings[i]).find(n => isLeafCstNode(n) && !n.hidden);
}

function featureOf(node: CstNode): string | undefined {
    return AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment)?.feature;
}

function applyEdits(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
    let result = '';
    let position = 0;
    for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
        if (edit.start < position) continue;
        result += text.slice(position, edit.start) + edit.text;
        position = edit.end;
    }
    return result + text.slice(position);
}

/** The text before each token, and after the last one (gaps.length === tokens.length + 1). */
function gaps(text: string, tokens: Token[]): string[] {
    const result: string[] = [];
    let position = 0;
    for (const token of tokens) {
        result.push(text.slice(position, token.offset));
        position = token.end;
    }
    result.push(text.slice(position));
    return result;
}

function isBlank(text: string): boolean {
    return /^\s*$/.test(text);
}

/** The column token `index` starts at, in the text made of `tokens` and `gapsBefore`. */
function columnOf(index: number, tokens: Token[], gapsBefore: string[]): number {
    let column = 0;
    for (let i = index; i >= 0; i--) {
        const gap = gapsBefore[i];
        const newline = gap.lastIndexOf('\n');
        if (newline >= 0) return column + gap.length - newline - 1;
        column += gap.length;
        if (i === 0) return column;
        const previous = tokens[i - 1].image;
        const inner = previous.lastIndexOf('\n');
        if (inner >= 0) return column + previous.length - inner - 1;
        column += previous.length;
    }
    return column;
}
