import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/** What the grammar says about blocks and their clauses, for the formatter and the parser's messages. */
export interface BlockGrammar {
    /** Per block rule (`Request`, `Person`, `Involvement`...), the keywords its clauses start with. */
    readonly clauseKeywords: ReadonlyMap<string, readonly GrammarAST.Keyword[]>;
    /** The keywords a file's top-level blocks start with (`request`, `person`, `designation`...). */
    readonly topLevelKeywords: readonly string[];
    /** The rules of top-level blocks (`Request`, `Person`...); the other blocks are nested in a request. */
    readonly topLevelBlocks: ReadonlySet<string>;
    /** Those that mean nothing inside a block (`request`, `record`...), unlike `person` or `warrant`. */
    readonly topLevelOnlyKeywords: readonly string[];
    /** Clause keywords of top-level blocks that mean nothing inside the blocks nested in them (`facts` in an annex's `{ }`). */
    readonly outerOnlyKeywords: readonly string[];
    /** For a value keyword, the keyword written before it (`sought`: `as`; `under-seal`: `classification`). */
    readonly valueIntroducers: ReadonlyMap<string, string>;
    /** Keywords followed by a text in quotes that is prose, not a name (`facts`, `title`; not `State`). */
    readonly proseKeywords: ReadonlySet<string>;
}

/**
 * A block is a rule that calls its clauses as `XClause*`, a fragment rule whose alternatives
 * each start with a keyword (see the design notes of rogatory.langium).
 */
export function blockGrammar(grammar: GrammarAST.Grammar): BlockGrammar {
    const clauseKeywords = new Map<string, GrammarAST.Keyword[]>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment) continue;
        for (const call of AstUtils.streamAllContents(rule).filter(GrammarAST.isRuleCall)) {
            const clauses = call.rule.ref;
            if (call.cardinality !== '*' || !GrammarAST.isParserRule(clauses) || !clauses.fragment) continue;
            const alternatives = GrammarAST.isAlternatives(clauses.definition) ? clauses.definition.elements : [clauses.definition];
            const keywords = alternatives.map(firstKeyword).filter((k): k is GrammarAST.Keyword => k !== undefined);
            clauseKeywords.set(rule.name, [...(clauseKeywords.get(rule.name) ?? []), ...keywords]);
        }
    }
    const entry = GrammarUtils.getEntryRule(grammar);
    const topLevelKeywords: string[] = [];
    const visit = (rule: GrammarAST.AbstractRule | undefined, seen: Set<unknown>): void => {
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return;
        seen.add(rule);
        const keyword = firstKeyword(rule.definition);
        if (keyword) {
            if (!topLevelKeywords.includes(keyword.value)) topLevelKeywords.push(keyword.value);
            return;
        }
        for (const call of AstUtils.streamAllContents(rule.definition).filter(GrammarAST.isRuleCall)) visit(call.rule.ref, seen);
    };
    if (entry) visit(entry, new Set());
    const starts = new Set<GrammarAST.Keyword>();
    for (const rule of grammar.rules) {
        const keyword = GrammarAST.isParserRule(rule) && !rule.fragment ? firstKeyword(rule.definition) : undefined;
        if (keyword && topLevelKeywords.includes(keyword.value)) starts.add(keyword);
    }
    const elsewhere = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).filter(k => !starts.has(k)).map(k => k.value));
    // Blocks that start with a keyword sit at the top level; the others (a person concerned, an
    // annex) are nested in a request. Every keyword their rules can read, values included.
    const topLevelBlocks = [...clauseKeywords.keys()].filter(name => {
        const rule = grammar.rules.find(r => r.name === name);
        return GrammarAST.isParserRule(rule) && topLevelKeywords.includes(firstKeyword(rule.definition)?.value ?? '');
    });
    const nested = new Set<string>();
    const collect = (rule: GrammarAST.AbstractRule | undefined, seen: Set<unknown>): void => {
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return;
        seen.add(rule);
        for (const node of AstUtils.streamAllContents(rule.definition)) {
            if (GrammarAST.isKeyword(node)) nested.add(node.value);
            else if (GrammarAST.isRuleCall(node)) collect(node.rule.ref, seen);
        }
    };
    const seen = new Set<unknown>();
    for (const name of clauseKeywords.keys()) if (!topLevelBlocks.includes(name)) collect(grammar.rules.find(r => r.name === name), seen);
    const outer = new Set(topLevelBlocks.flatMap(name => clauseKeywords.get(name)!.map(k => k.value)));
    // Value keywords follow one keyword: `'as' role=Role`, `'classification' classification=Classification`.
    const introducers = new Map<string, string | undefined>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        group.elements.forEach((element, i) => {
            const next = group.elements[i + 1];
            const called = GrammarAST.isAssignment(next) && GrammarAST.isRuleCall(next.terminal) ? next.terminal.rule.ref : undefined;
            if (!GrammarAST.isKeyword(element) || !GrammarAST.isParserRule(called) || !GrammarUtils.isDataTypeRule(called)) return;
            for (const value of AstUtils.streamAllContents(called.definition).filter(GrammarAST.isKeyword)) {
                const known = introducers.get(value.value);
                introducers.set(value.value, known === undefined && !introducers.has(value.value) ? element.value : known === element.value ? known : undefined);
            }
        });
    }
    const valueIntroducers = new Map([...introducers].filter((e): e is [string, string] => e[1] !== undefined));
    const proseKeywords = new Set<string>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        group.elements.forEach((element, i) => {
            const next = group.elements[i + 1];
            if (GrammarAST.isKeyword(element) && GrammarAST.isAssignment(next) && GrammarAST.isRuleCall(next.terminal)
                && next.terminal.rule.ref?.name === 'STRING') proseKeywords.add(element.value);
        });
    }
    return {
        clauseKeywords, topLevelKeywords, valueIntroducers, proseKeywords, topLevelBlocks: new Set(topLevelBlocks),
        topLevelOnlyKeywords: topLevelKeywords.filter(k => !elsewhere.has(k)),
        outerOnlyKeywords: [...outer].filter(k => !nested.has(k))
    };
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
