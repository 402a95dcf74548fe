import type { AstNode, CstNode, DiagnosticInfo, GrammarAST, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { IRecognitionException } from 'chevrotain';
import { isRequest, type Request, type RequestKind, type Suppression } from '../generated/ast.js';
import { RogatoryGrammar } from '../generated/grammar.js';
import { blockGrammar } from '../parser/clauses.js';
import { misspelling, standsFor } from '../parser/messages.js';
import { ownLeaves } from '../references/ast-walk.js';

/**
 * How the digest (requirements.md, "Legend") words an element, which fixes the severity:
 * a missing `shall` element is an error; a missing `as applicable` element a warning
 * the author may suppress in the file with a stated reason; `human` items are
 * information-level checklist prompts, never errors.
 */
export type Force = 'shall' | 'as applicable' | 'should' | 'human' | 'language';

export type RuleSeverity = 'error' | 'warning' | 'info';

export interface RuleDefinition {
    /** Stable code, shown in diagnostics and used by `suppress` and quick fixes. */
    readonly code: string;
    readonly severity: RuleSeverity;
    readonly force: Force;
    /**
     * The provision the rule enforces, cited as `art. 96(2)(c)` or `rule 188`. Only rules
     * of the language itself (force `language`: duplicate clauses, malformed dates...) have none.
     */
    readonly provision?: string;
    /** Further provisions the rule rests on. */
    readonly also?: readonly string[];
    /** Item of ../shared/reference/requirements.md (a1, c7, X2...), when there is one. */
    readonly digest?: string;
    /** What the rule checks, in a legal officer's words (for `rogatory rules`). */
    readonly summary: string;
    /** `slow` rules look across the workspace (documented as "across files"); the editor and the CLI run both categories. */
    readonly category?: 'fast' | 'slow';
    /**
     * Set when the rule rests on data or text the dossier marks NOT VERIFIED: every finding of the rule is marked.
     * A rule that rests on such a provision only in some cases (language-missing: rule 179, for a State not
     * party) leaves it unset, says so in its summary (as `rogatory rules` and docs/rules.md show it), and in
     * the message of those findings only.
     */
    readonly unverified?: string;
    /**
     * For a rule that reports a missing clause (or a value missing from it), that clause's keyword (`dated`). When the block
     * has the clause but the parser could not read it (`dated 2026-7-1`), the rule stays silent:
     * the syntax error on the clause already says what is wrong, and "not dated" would not be true.
     */
    readonly clause?: string;
    /**
     * A warning that reads the author's prose for what it seems to say (assistance-replies-translation)
     * is a guess: the author may answer a wrong one with `suppress` and a reason, whatever its force.
     */
    readonly readsProse?: boolean;
    /**
     * For a rule a request may suppress that only some kinds of request can break (`arrest-crimes-missing`:
     * `arrest-and-surrender`), those kinds; unset, any kind. After `suppress`, completion offers the rule only
     * on a request of one of them; on another, the suppression can silence nothing: its hover and
     * `suppression-unused` say so (kindsExclude). The fixture test holds every finding of the rule to them.
     */
    readonly kinds?: readonly RequestKind[];
}

export interface Rule extends RuleDefinition {
    readonly suppressible: boolean;
    readonly category: 'fast' | 'slow';
}

/** The `data` every Rogatory diagnostic carries (quick fixes switch on `code`). */
export interface RogatoryDiagnosticData {
    code: string;
    provision?: string;
    unverified?: string;
}

export function defineRule(definition: RuleDefinition): Rule {
    return {
        ...definition,
        category: definition.category ?? 'fast',
        suppressible: definition.severity === 'warning' && (definition.force === 'as applicable' || definition.readsProse === true)
    };
}

/**
 * Why `rule` cannot be suppressed, as invalid-suppression and the hover on a `suppress` clause say it: information
 * never fails a check, and the other rules bind (a "shall" of the Statute, or the language's own).
 */
export function whyNotSuppressible(rule: Rule): string {
    if (rule.severity === 'info') return 'it is information, a point for a person to check, which never fails a check: there is nothing to suppress';
    if (rule.force === 'language') return `it is a rule of the language itself (${rule.severity})`;
    return `it enforces a "${rule.force}" requirement (${rule.severity})`;
}

/**
 * Why `rule` can never be reported on `request`, when its kind is not one the rule checks: "it checks only
 * `kind assistance` requests, and this request is `kind transit`"; undefined when it may be (any rule may,
 * on a request whose kind is not read yet).
 */
export function kindsExclude(rule: Rule, request: Request | undefined): string | undefined {
    const kind = request?.kind;
    if (!rule.kinds || !kind || rule.kinds.includes(kind)) return undefined;
    return `it checks only ${rule.kinds.map(k => `\`kind ${k}\``).join(' and ')} requests, and this request is \`kind ${kind}\``;
}

/**
 * Reports a breach of `rule` on `info.node`. The message names the provision it enforces
 * (and says so when that provision or the data behind it is NOT VERIFIED in the dossier).
 * A warning the request suppresses with `suppress <code> "reason"` is not reported.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: Rule, message: string, info: Omit<DiagnosticInfo<N>, 'code' | 'data'>, extraData?: Record<string, unknown>): void {
    if (rule.suppressible && isSuppressed(info.node, rule.code, accept)) {
        return;
    }
    if (rule.clause && hasUnreadableClause(info.node, rule.clause)) {
        return;
    }
    // The clause is written with nothing between its quotes (`urgent ""`, as a quick fix inserts it):
    // say so where the quotes are, not "add" a clause that is there (a quick fix would add it again).
    const empty = rule.clause ? emptyClauseText(clauseHolder(info.node, rule.clause), rule.clause) : undefined;
    if (empty) {
        message = fillInMessage(message, empty.clause);
        info = { ...info, range: empty.text.range };
        extraData = { ...extraData, fillIn: rule.clause };
    }
    const unverified = rule.unverified ? ` [NOT VERIFIED: ${rule.unverified}]` : '';
    // A rule whose provision depends on the case (the article of the request's kind) names it in `extraData.provision`.
    const provision = typeof extraData?.provision === 'string' ? extraData.provision : rule.provision;
    const data: RogatoryDiagnosticData & Record<string, unknown> = { code: rule.code, ...extraData, provision };
    if (rule.unverified) data.unverified = rule.unverified;
    const cited = provision ? ` (${provision})` : '';
    // One line: the CLI prints a finding per line, and CI tools read them so.
    accept(rule.severity, `${message}${cited}${unverified}`.replace(/\s*[\r\n]+\s*/g, ' '), { ...info, code: rule.code, data } as DiagnosticInfo<N>);
}

/**
 * The clause `keyword` of `node` when it has no value but texts with nothing but spaces between
 * their quotes (`urgent ""`, `crimes "", ""`, `location ""`, `from Chamber ""`): a clause written to be
 * filled in, as the quick fixes insert them. Its first text, and the clause as written.
 */
function emptyClauseText(node: AstNode, keyword: string): { text: CstNode; clause: string } | undefined {
    const leaves = ownLeaves(node);
    const start = leaves.findIndex(leaf => leaf.text === keyword && isClauseKeyword(leaf));
    if (start < 0) return undefined;
    const rest = leaves.slice(start + 1);
    const next = rest.findIndex(leaf => isClauseKeyword(leaf) || leaf.text === '}');
    const value = next < 0 ? rest : rest.slice(0, next);
    const texts = value.filter(leaf => leaf.text.startsWith('"'));
    if (!texts.length || texts.some(leaf => leaf.text.slice(1, -1).trim() !== '')) return undefined;
    return { text: texts[0], clause: [leaves[start], ...value].map(leaf => leaf.text).join(' ').replace(/ ,/g, ',') };
}

/**
 * The node whose block holds `keyword`'s clause: `node` itself, or, when its block has no such clause
 * (`person P as witness`, the kind `assistance` a request-level rule is reported on), the request it is
 * in, so that `protective-measures ""` written there is seen as written to be filled in.
 */
function clauseHolder(node: AstNode, keyword: string): AstNode {
    if (isRequest(node) || hasClause(node, keyword)) return node;
    return AstUtils.getContainerOfType(node, isRequest) ?? node;
}

/**
 * A missing-clause message for a clause left empty: its "add `urgent \"...\"`" (what to write, with where:
 * "in `person P as sought { ... }`", "after `state-agreement R`") becomes "fill in the empty quotes of
 * `urgent \"\"`"; a message that says what to write otherwise is kept.
 */
function fillInMessage(message: string, clause: string): string {
    return message.replace(/\badd `[^`]*`(?: (?:in|after) `[^`]*`)?/, `fill in the empty quotes of \`${clause}\``);
}

/** User text quoted in a message: on one line, and shortened past 80 characters. */
export function quote(text: string | undefined): string {
    const line = (text ?? '').replace(/\s+/g, ' ').trim();
    return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}

export function isSuppressed(node: AstNode, code: string, accept?: ValidationAcceptor): boolean {
    const request = AstUtils.getContainerOfType(node, isRequest);
    const suppression = request?.suppressions.find(s => s.code === code && (s.reason ?? "").trim().length > 0);
    if (suppression && accept) silencing.set(suppression, accept);
    return suppression !== undefined;
}

/**
 * The run of checks (known by its acceptor, one per validation of a document) in which each
 * suppression last silenced a finding, for `suppression-unused`. Not simply whether it ever did: a
 * file is checked again without being parsed again when a file it refers to changes, and what
 * its suppression silenced then may be gone now.
 */
const silencing = new WeakMap<Suppression, ValidationAcceptor>();

export function hasSilenced(suppression: Suppression, accept: ValidationAcceptor): boolean {
    return silencing.get(suppression) === accept;
}

/** Whether a CST node is the keyword that starts a clause (`dated`, `to`; not `State` in `to State`). */
export function isClauseKeyword(cst: CstNode): boolean {
    return blockGrammar(RogatoryGrammar()).clauseStarts.has(cst.grammarSource as GrammarAST.Keyword);
}

/**
 * Whether `node`'s block has a clause starting with `keyword` (a clause keyword of the grammar,
 * not the same word inside another clause) in which the parser met an error: from the keyword
 * up to and including the next clause's keyword, where an error for a value left out is reported;
 * or its request has a syntax error at the keyword or a misspelling of it, or one whose recovery
 * skipped a `{ ... }` group holding the keyword, or skipped the keyword in this block.
 * In a block nested in a request, errors inside the request's other blocks (another person's, an annex)
 * are theirs: a block read whole is judged whole. A clause of a nested block checked on the request
 * (a person's `translation`, when no person sought was read: `person P as wanted { ... }`) is there when
 * a block of that kind holds it but was read only in part.
 * Only a document with syntax errors is looked at, so a clean document pays nothing.
 */
function hasUnreadableClause(node: AstNode, keyword: string): boolean {
    const errors = AstUtils.getDocument(node).parseResult.parserErrors;
    if (!errors.length || !node.$cstNode) return false;
    const request = AstUtils.getContainerOfType(node, isRequest);
    // A request whose `{` was never written (`request` at the end of the file, or followed by a clause before its
    // reference): the syntax error says to open it, and what it "lacks" may be in the text the parser passed over
    // after it, which lies outside the request's own text; a quick fix adding a clause there would not be read.
    if (request && !ownLeaves(request).some(leaf => leaf.text === '{')) return true;
    const scope = (request ?? node).$cstNode!;
    // An error at the end of the file has no offset (NaN): it is at the end of the block.
    const offsets = errors.map(e => (Number.isNaN(e.token.startOffset) ? scope.end : e.token.startOffset));
    const layout = request && layoutOf(request);
    const own = layout && node !== request ? layout.extents.get(node) : undefined;
    const [from, to] = own ?? [scope.offset, scope.end];
    if (unreadableIn(node, keyword, offsets, to)) return true;
    if (layout && node === request && !hasClause(node, keyword) && layout.blocks.some(block => hasClause(block.node, keyword)
        && writtenInPart(block.node, block.from, block.to, keyword, errors, offsets))) return true;
    // The keyword misspelt (`Dated`, `clasification`) or written as another word (`addressee`), or written
    // where the parser did not expect it (`location` after a person's block left without its `{`), anywhere in
    // the request but another nested block: the syntax error at it says what is wrong. Or the clause written inside a
    // `{ ... }` group that the error recovery skipped whole (`person P as sought { { location "..." }`, a brace too many),
    // or, in a nested block, skipped after an error in it (`location Kampala translation Acholi`, the rest of the line).
    return errors.some((e, i) => offsets[i] >= scope.offset && offsets[i] <= scope.end && !(own && inOtherBlock(layout!, node, offsets[i]))
        && (e.token.image === keyword || misspelling(e.token.image ?? '', keyword) !== undefined || standsFor(e.token.image ?? '', keyword)
            || skipped(e, own !== undefined && offsets[i] >= from && offsets[i] < to).has(keyword)));
}

/**
 * Whether `block`, nested in a request where it stands from `from` to `to` (a person's block, an annex), has the clause
 * `keyword` written but read in part: unreadable itself, or read in a block with an error (its role: `person P as wanted
 * { ... }`), or skipped.
 */
function writtenInPart(block: AstNode, from: number, to: number, keyword: string, errors: IRecognitionException[], offsets: number[]): boolean {
    if (unreadableIn(block, keyword, offsets, to)) return true;
    const written = ownLeaves(block).some(leaf => leaf.text === keyword && isClauseKeyword(leaf));
    return errors.some((e, i) => offsets[i] >= from && offsets[i] < to && (written || skipped(e, true).has(keyword)));
}

/**
 * Whether `node`'s own clause `keyword` has an error in it: from the keyword up to and including the next clause's
 * keyword, where an error for a value left out is reported; the last clause runs on to `end`.
 */
function unreadableIn(node: AstNode, keyword: string, offsets: number[], end: number): boolean {
    const clauses = ownLeaves(node).filter(isClauseKeyword);
    return clauses.some((leaf, i) => leaf.text === keyword && offsets.some(at => at >= leaf.offset && at <= (clauses[i + 1]?.offset ?? end)));
}

/** Where the nodes nested in a request (persons, annexes, status events...) stand in its text, in order. */
interface Layout {
    readonly blocks: ReadonlyArray<{ node: AstNode; from: number; to: number }>;
    /** Where each of `blocks` starts. */
    readonly starts: readonly number[];
    readonly extents: ReadonlyMap<AstNode, readonly [number, number]>;
}

/** Per request, worked out once: a file with syntax errors asks for it at each finding of a clause rule. */
const layouts = new WeakMap<Request, Layout>();

/**
 * Each node nested in `request` stands from its start to its `}`, or, without one (a block not closed, or a value
 * whose text swallowed it; a block without braces, `direct-execution by-Prosecutor ...`, a status event), up to
 * the next token of the request itself: what the parser skipped after it is the block's.
 */
function layoutOf(request: Request): Layout {
    let layout = layouts.get(request);
    if (!layout) {
        const tokens = ownLeaves(request).map(leaf => leaf.offset);
        const blocks = AstUtils.streamContents(request).filter(node => node.$cstNode !== undefined).map(node => {
            const cst = node.$cstNode!;
            const close = ownLeaves(node).findLast(leaf => leaf.text === '}');
            return { node, from: cst.offset, to: close ? close.end : tokens[firstAtOrAfter(tokens, cst.end)] ?? request.$cstNode!.end };
        }).toArray().sort((a, b) => a.from - b.from);
        layout = { blocks, starts: blocks.map(b => b.from), extents: new Map(blocks.map(b => [b.node, [b.from, b.to] as const])) };
        layouts.set(request, layout);
    }
    return layout;
}

/** Whether `at` lies in a node nested in the request other than `node`. */
function inOtherBlock(layout: Layout, node: AstNode, at: number): boolean {
    const blocks = layout.blocks;
    const i = firstAtOrAfter(layout.starts, at + 1) - 1;
    return i >= 0 && blocks[i].node !== node && at < blocks[i].to;
}

/** The index of the first of the ascending `values` that is at least `value` (their length if none is). */
function firstAtOrAfter(values: readonly number[], value: number): number {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (values[middle] < value) low = middle + 1;
        else high = middle;
    }
    return low;
}

/** Whether the block `node` is (a request, a person's block in it, an annex) has clauses starting with `keyword`. */
function hasClause(node: AstNode, keyword: string): boolean {
    return blockGrammar(RogatoryGrammar()).clauseKeywords.get(node.$type)?.some(k => k.value === keyword) ?? false;
}

/**
 * The keywords among the tokens the parser skipped after `error` (its token first): inside a `{ ... }` group,
 * and, with `all`, outside one too (where the error is in a nested block, whose skipped words up to its `}` are its own).
 */
function skipped(error: IRecognitionException, all: boolean): Set<string> {
    const keywords = new Set<string>();
    let depth = 0;
    for (const token of [error.token, ...(error.resyncedTokens ?? [])]) {
        const type = token.tokenType.name;
        if (type === '{') depth++;
        else if (type === '}') {
            // A `}` outside any group skipped ends the nested block: what follows is the request's.
            if (depth > 0) depth--;
            else all = false;
        } else if ((all || depth > 0) && type === token.image) keywords.add(type);
    }
    return keywords;
}
