import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/** What the grammar says about blocks and their clauses, for the formatter and the parser's messages. */
export interface BlockGrammar {
    /** Per block rule (`Request`, `Person`, `Involvement`...), the keywords its clauses start with. */
    readonly clauseKeywords: ReadonlyMap<string, readonly GrammarAST.Keyword[]>;
    /** All those keywords, as grammar elements: what a CST leaf's `grammarSource` is when it starts a clause. */
    readonly clauseStarts: ReadonlySet<GrammarAST.Keyword>;
    /** The keywords a file's top-level blocks start with (`request`, `person`, `designation`...). */
    readonly topLevelKeywords: readonly string[];
    /** The rules of top-level blocks (`Request`, `Person`...); the other blocks are nested in a request. */
    readonly topLevelBlocks: ReadonlySet<string>;
    /** Those that mean nothing inside a block (`request`, `record`...), unlike `person` or `warrant`. */
    readonly topLevelOnlyKeywords: readonly string[];
    /** Clause keywords of top-level blocks that mean nothing inside the blocks nested in them (`facts` in an annex's `{ }`). */
    readonly outerOnlyKeywords: readonly string[];
    /** Clause keywords of top-level blocks that start no clause of a nested block (`annex`, though a value there). */
    readonly outerClauseKeywords: ReadonlySet<string>;
    /**
     * By the keyword of a request's clause that opens a nested block (`person`, `annex`), the clause keywords of
     * top-level blocks that start no clause of that block (`language` in a person's block), and those it reads
     * nowhere, values included (`language` in a person's block, not `annex`, which `self-incrimination-instruction` takes).
     */
    readonly foreignInNested: ReadonlyMap<string, { readonly starts: ReadonlySet<string>; readonly anywhere: ReadonlySet<string> }>;
    /** For a value keyword, the keyword written before it (`sought`: `as`; `under-seal`: `classification`; `received`: `status`). */
    readonly valueIntroducers: ReadonlyMap<string, string>;
    /** Keywords followed by a text in quotes that is prose, not a name (`facts`, `title`; not `State`). */
    readonly proseKeywords: ReadonlySet<string>;
    /** Keywords followed by a name, a declaration's own or one it refers to (`request`, `person`, `warrant`; not `language`). */
    readonly nameKeywords: ReadonlySet<string>;
}

const computed = new WeakMap<GrammarAST.Grammar, BlockGrammar>();

/**
 * A block is a rule that calls its clauses as `XClause*`, a fragment rule whose alternatives
 * each start with a keyword (see the design notes of rogatory.langium). Read once per grammar.
 */
export function blockGrammar(grammar: GrammarAST.Grammar): BlockGrammar {
    let facts = computed.get(grammar);
    if (!facts) {
        const clauseKeywords = clauseKeywordsByBlock(grammar);
        const topLevelKeywords = topLevelKeywordsOf(grammar);
        const topLevelBlocks = new Set([...clauseKeywords.keys()].filter(name => topLevelKeywords.includes(firstKeyword(ruleNamed(grammar, name)?.definition)?.value ?? '')));
        const clausesOf = (nested: boolean) => [...clauseKeywords].filter(([name]) => topLevelBlocks.has(name) !== nested).flatMap(([, k]) => k.map(w => w.value));
        const nestedClauses = new Set(clausesOf(true));
        computed.set(grammar, facts = {
            clauseKeywords, topLevelKeywords, topLevelBlocks,
            clauseStarts: new Set([...clauseKeywords.values()].flat()),
            outerClauseKeywords: new Set(clausesOf(false).filter(k => !nestedClauses.has(k))),
            topLevelOnlyKeywords: topLevelOnly(grammar, topLevelKeywords),
            outerOnlyKeywords: outerOnly(grammar, clauseKeywords, topLevelBlocks),
            foreignInNested: foreignInNested(grammar, clauseKeywords, topLevelBlocks),
            ...keywordsBeforeValues(grammar)
        });
    }
    return facts;
}

function clauseKeywordsByBlock(grammar: GrammarAST.Grammar): Map<string, GrammarAST.Keyword[]> {
    const byBlock = new Map<string, GrammarAST.Keyword[]>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment) continue;
        for (const call of AstUtils.streamAllContents(rule).filter(GrammarAST.isRuleCall)) {
            const clauses = call.rule.ref;
            if (call.cardinality !== '*' || !GrammarAST.isParserRule(clauses) || !clauses.fragment) continue;
            const alternatives = GrammarAST.isAlternatives(clauses.definition) ? clauses.definition.elements : [clauses.definition];
            const keywords = alternatives.map(firstKeyword).filter((k): k is GrammarAST.Keyword => k !== undefined);
            byBlock.set(rule.name, [...(byBlock.get(rule.name) ?? []), ...keywords]);
        }
    }
    return byBlock;
}

/** The first keywords of the rules the entry rule's elements can be. */
function topLevelKeywordsOf(grammar: GrammarAST.Grammar): string[] {
    const keywords: string[] = [];
    const seen = new Set<unknown>();
    const visit = (rule: GrammarAST.AbstractRule | undefined): void => {
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return;
        seen.add(rule);
        const keyword = firstKeyword(rule.definition);
        if (keyword) {
            if (!keywords.includes(keyword.value)) keywords.push(keyword.value);
            return;
        }
        for (const call of AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isRuleCall)) visit(call.rule.ref);
    };
    visit(GrammarUtils.getEntryRule(grammar));
    return keywords;
}

/** Top-level keywords used nowhere else in the grammar. */
function topLevelOnly(grammar: GrammarAST.Grammar, topLevelKeywords: readonly string[]): string[] {
    const starts = new Set(grammar.rules.map(rule => (GrammarAST.isParserRule(rule) && !rule.fragment ? firstKeyword(rule.definition) : undefined))
        .filter((k): k is GrammarAST.Keyword => k !== undefined && topLevelKeywords.includes(k.value)));
    const elsewhere = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).filter(k => !starts.has(k)).map(k => k.value));
    return topLevelKeywords.filter(k => !elsewhere.has(k));
}

/** The keywords a rule reads, in the rules it calls too. */
function keywordsRead(rule: GrammarAST.AbstractRule | undefined, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
    if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return into;
    seen.add(rule);
    for (const node of AstUtils.streamAllContents(rule.definition)) {
        if (GrammarAST.isKeyword(node)) into.add(node.value);
        else if (GrammarAST.isRuleCall(node)) keywordsRead(node.rule.ref, into, seen);
    }
    return into;
}

function foreignInNested(grammar: GrammarAST.Grammar, clauseKeywords: ReadonlyMap<string, readonly GrammarAST.Keyword[]>, topLevelBlocks: ReadonlySet<string>): BlockGrammar['foreignInNested'] {
    const outer = [...new Set([...topLevelBlocks].flatMap(name => clauseKeywords.get(name)!.map(k => k.value)))];
    const foreign = new Map<string, { starts: Set<string>; anywhere: Set<string> }>();
    // A clause `'person' persons+=Involvement`: its keyword, and the nested block's rule it calls.
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const [first, second] = group.elements;
        const called = GrammarAST.isAssignment(second) && GrammarAST.isRuleCall(second.terminal) ? second.terminal.rule.ref : undefined;
        if (!GrammarAST.isKeyword(first) || !called || topLevelBlocks.has(called.name) || !clauseKeywords.has(called.name)) continue;
        const starts = new Set(clauseKeywords.get(called.name)!.map(k => k.value));
        const read = keywordsRead(called);
        foreign.set(first.value, { starts: new Set(outer.filter(k => !starts.has(k))), anywhere: new Set(outer.filter(k => !read.has(k))) });
    }
    return foreign;
}

/** Clause keywords of top-level blocks that no nested block (person concerned, annex) can read, values included. */
function outerOnly(grammar: GrammarAST.Grammar, clauseKeywords: ReadonlyMap<string, readonly GrammarAST.Keyword[]>, topLevelBlocks: ReadonlySet<string>): string[] {
    const nested = new Set<string>();
    const seen = new Set<unknown>();
    const collect = (rule: GrammarAST.AbstractRule | undefined): void => {
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return;
        seen.add(rule);
        for (const node of AstUtils.streamAllContents(rule.definition)) {
            if (GrammarAST.isKeyword(node)) nested.add(node.value);
            else if (GrammarAST.isRuleCall(node)) collect(node.rule.ref);
        }
    };
    for (const name of clauseKeywords.keys()) if (!topLevelBlocks.has(name)) collect(ruleNamed(grammar, name));
    const outer = new Set([...topLevelBlocks].flatMap(name => clauseKeywords.get(name)!.map(k => k.value)));
    return [...outer].filter(k => !nested.has(k));
}

/**
 * What follows a keyword directly: a value keyword of one (`'as' role=Role`: `sought` follows
 * `as`), or a text (`'facts' facts=STRING`: prose).
 */
function keywordsBeforeValues(grammar: GrammarAST.Grammar): Pick<BlockGrammar, 'valueIntroducers' | 'proseKeywords' | 'nameKeywords'> {
    const introducers = new Map<string, string | undefined>();
    const proseKeywords = new Set<string>();
    const nameKeywords = new Set<string>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        group.elements.forEach((element, i) => {
            const next = group.elements[i + 1];
            if (GrammarAST.isKeyword(element) && isName(next)) nameKeywords.add(element.value);
            const called = GrammarAST.isAssignment(next) && GrammarAST.isRuleCall(next.terminal) ? next.terminal.rule.ref : undefined;
            if (!GrammarAST.isKeyword(element) || !called) return;
            if (called.name === 'STRING') proseKeywords.add(element.value);
            const values = valuesOf(called);
            if (!values) return;
            // A value that follows two different keywords has no one keyword to suggest.
            for (const value of AstUtils.streamAllContents(values.definition).filter(GrammarAST.isKeyword)) {
                const known = introducers.get(value.value);
                introducers.set(value.value, !introducers.has(value.value) || known === element.value ? element.value : undefined);
            }
        });
    }
    return { valueIntroducers: new Map([...introducers].filter((e): e is [string, string] => e[1] !== undefined)), proseKeywords, nameKeywords };
}

/**
 * Whether an element is a name: `name=ID`, a reference by name (`warrant=[Warrant:ID]`), or a rule
 * that starts with one (`persons+=Involvement`, `person=[Person:ID] ...`).
 */
function isName(element: GrammarAST.AbstractElement | undefined, seen = new Set<unknown>()): boolean {
    if (!GrammarAST.isAssignment(element) || element.cardinality) return false;
    const terminal = element.terminal;
    if (GrammarAST.isCrossReference(terminal)) return terminal.terminal === undefined || (GrammarAST.isRuleCall(terminal.terminal) && terminal.terminal.rule.ref?.name === 'ID');
    if (!GrammarAST.isRuleCall(terminal)) return false;
    const rule = terminal.rule.ref;
    if (rule?.name === 'ID') return true;
    if (!GrammarAST.isParserRule(rule) || GrammarUtils.isDataTypeRule(rule) || seen.has(rule)) return false;
    seen.add(rule);
    return isName(GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule.definition, seen);
}

/** The rule of values that `rule` is, or starts with (`StatusEvent`: `status=Status date=DATE`, `sent 2026-11-25`). */
function valuesOf(rule: GrammarAST.AbstractRule): GrammarAST.ParserRule | undefined {
    if (!GrammarAST.isParserRule(rule)) return undefined;
    if (GrammarUtils.isDataTypeRule(rule)) return rule;
    const first = GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule.definition;
    const called = GrammarAST.isAssignment(first) && GrammarAST.isRuleCall(first.terminal) ? first.terminal.rule.ref : undefined;
    return GrammarAST.isParserRule(called) && GrammarUtils.isDataTypeRule(called) ? called : undefined;
}

function ruleNamed(grammar: GrammarAST.Grammar, name: string): GrammarAST.ParserRule | undefined {
    const rule = grammar.rules.find(r => r.name === name);
    return GrammarAST.isParserRule(rule) ? rule : undefined;
}

/** The keyword an element must start with, if it must start with one. */
function firstKeyword(element: GrammarAST.AbstractElement | undefined): GrammarAST.Keyword | undefined {
    while (element && !GrammarAST.isKeyword(element)) {
        if (element.cardinality === '?' || element.cardinality === '*') return undefined;
        element = GrammarAST.isGroup(element) && !GrammarAST.isAction(element.elements[0]) ? element.elements[0]
            : GrammarAST.isGroup(element) ? element.elements[1]
                : GrammarAST.isAssignment(element) ? element.terminal
                    : undefined;
    }
    return element;
}
