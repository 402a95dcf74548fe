import type { ProvisionRef } from '../generated/ast.js';
import { STATUTE_PROVISIONS, type ProvisionEntry } from './provisions.generated.js';

export type { ProvisionEntry };

/**
 * The structure and text of the Rome Statute and the Rules of Procedure and Evidence, as
 * far as the dossier has them (../shared/reference/rome-statute-part9.md, rpe-part9.md;
 * generated into provisions.generated.ts by scripts/build-statute.mjs).
 */

/** Numbers of the articles of the Rome Statute and of the rules of the RPE. */
export const ARTICLE_COUNT = 128;
export const RULE_COUNT = 225;

/**
 * Whether the parser read the citation whole: one typed as far as `art.` has no number, one typed as far as
 * `art. 93(` a paragraph without its number or letter. Its syntax error says what is missing; a citation read
 * in part is looked up, compared and named nowhere.
 */
export function isWhole(ref: ProvisionRef): boolean {
    return ref.number !== undefined && ref.labels.every(label => label.value !== undefined);
}

/** `art. 93(1)(b)` / `rule 188` from a reference in a request. */
export function citationOf(ref: ProvisionRef): string {
    let citation = `${ref.source} ${ref.number}`;
    for (const label of ref.labels) citation += `(${label.value})`;
    return citation;
}

/** The citations of `refs` read whole (a draft of a request being typed names no `art. 93(`). */
export function citationsOf(refs: readonly ProvisionRef[]): string[] {
    return refs.filter(isWhole).map(citationOf);
}

/** Is `citation` the provision `provision` or one of its sub-divisions (art. 93(1)(i)(ii) within art. 93(1)(i))? */
export function isWithin(citation: string, provision: string): boolean {
    return citation === provision || citation.startsWith(provision + '(');
}

/** Does either citation contain the other (art. 93(1) and art. 93(1)(b) overlap; art. 93(1)(a) and (b) do not)? */
export function overlaps(a: string, b: string): boolean {
    return isWithin(a, b) || isWithin(b, a);
}

export function lookupProvision(citation: string): ProvisionEntry | undefined {
    return STATUTE_PROVISIONS[normaliseCitation(citation)];
}

/**
 * Whether the dossier marks the provision NOT VERIFIED: a rule (or a sub-rule of one) whose text it
 * does not have, which may be cited but never quoted.
 */
export function isUnverified(citation: string): boolean {
    const check = checkProvision(citation);
    return check.kind === 'unverified' || (check.kind === 'ok' && !check.entry.verified);
}

/** Accepts `art 93(1)(b)`, `article 93(1)(b)`, `Rule 188` and returns the canonical form. */
export function normaliseCitation(citation: string): string {
    return citation.trim()
        .replace(/^(art\.?|article)\s*/i, 'art. ')
        .replace(/^rule\s*/i, 'rule ')
        .replace(/\s+/g, '')
        .replace(/^art\./, 'art. ')
        .replace(/^rule/, 'rule ');
}

export type ProvisionCheck =
    | { kind: 'ok'; entry: ProvisionEntry }
    /** The article or rule exists but the dossier does not hold its structure. */
    | { kind: 'outside-dossier' }
    /**
     * A sub-rule of a rule whose text the dossier marks NOT VERIFIED (`rule 177(2)`, to which
     * the verified rule 176(5) refers): its sub-divisions are unknown, so the citation cannot be checked.
     */
    | { kind: 'unverified'; rule: ProvisionEntry }
    | { kind: 'no-such-article' | 'no-such-rule' }
    | { kind: 'no-such-paragraph'; parent: string; available: string[] };

const checked = new Map<string, ProvisionCheck>();

/** Checks a citation against the structure of the Statute and the Rules (once per citation: a workspace cites the same few hundred). */
export function checkProvision(citation: string): ProvisionCheck {
    let result = checked.get(citation);
    if (!result) checked.set(citation, result = checkStructure(citation));
    return result;
}

function checkStructure(citation: string): ProvisionCheck {
    const canonical = normaliseCitation(citation);
    const m = /^(art\.|rule) (\d+)((?:\([0-9a-z]+\))*)$/.exec(canonical);
    if (!m) return { kind: 'no-such-article' };
    const [, source, numberText, labelText] = m;
    const number = Number(numberText);
    const isArticle = source === 'art.';
    if (number < 1 || number > (isArticle ? ARTICLE_COUNT : RULE_COUNT)) {
        return { kind: isArticle ? 'no-such-article' : 'no-such-rule' };
    }
    const top = `${source} ${number}`;
    if (!STATUTE_PROVISIONS[top]) return { kind: 'outside-dossier' };
    const labels = labelText.match(/\([0-9a-z]+\)/g) ?? [];
    if (labels.length && !STATUTE_PROVISIONS[top].verified) return { kind: 'unverified', rule: STATUTE_PROVISIONS[top] };
    let path = top;
    for (const label of labels) {
        const next = path + label;
        if (!STATUTE_PROVISIONS[next]) {
            return { kind: 'no-such-paragraph', parent: path, available: childrenOf(path) };
        }
        path = next;
    }
    return { kind: 'ok', entry: STATUTE_PROVISIONS[path] };
}

export function childrenOf(citation: string): string[] {
    const prefix = normaliseCitation(citation);
    return Object.keys(STATUTE_PROVISIONS).filter(k => k.startsWith(prefix + '(') && !k.slice(prefix.length).match(/^\([^)]*\)\(/));
}

export function allProvisions(): Readonly<Record<string, ProvisionEntry>> {
    return STATUTE_PROVISIONS;
}

/**
 * Markdown for a hover on a provision reference: citation and title, the verbatim text as a
 * quotation, and a plain NOT VERIFIED line where the dossier has no verified text (never an
 * invented one).
 */
export function formatProvisionForHover(citation: string): string | undefined {
    const canonical = normaliseCitation(citation);
    const entry = STATUTE_PROVISIONS[canonical];
    if (!entry) {
        const check = checkProvision(canonical);
        if (check.kind === 'unverified') {
            const rule = check.rule;
            return `**${canonical}** — ${rule.title}${rule.titleVerified === false ? ' (title NOT VERIFIED)' : ''} · Rules of Procedure and Evidence\n\n**NOT VERIFIED** — the text of ${rule.citation} was not found in the reference dossier; ${canonical} is not quoted and could not be checked.`;
        }
        return check.kind === 'outside-dossier'
            ? `**${canonical}**\n\nThis provision exists, but its text is not in the reference dossier.`
            : undefined;
    }
    const source = canonical.startsWith('art.') ? 'Rome Statute' : 'Rules of Procedure and Evidence';
    const title = `**${canonical}** — ${entry.title}${entry.titleVerified === false ? ' (title NOT VERIFIED)' : ''} · ${source}`;
    if (!entry.verified || !entry.text) {
        return `${title}\n\n**NOT VERIFIED** — the text of this rule was not found in the reference dossier; it is not quoted.${entry.note ? `\n\n_Dossier note:_ ${entry.note}` : ''}`;
    }
    const quoted = entry.text.split('\n').map(line => `> ${line}`).join('\n>\n');
    return `${title}\n\n${quoted}`;
}

/**
 * A citation as documents write it, in English or French:
 * `article 93(1)(b) of the Rome Statute` / `l'article 93, paragraphe 1, alinéa b), du Statut de Rome`,
 * `rule 188 of the Rules of Procedure and Evidence` / `la règle 188 du Règlement de procédure et de preuve`.
 * In French a subdivision is set off by commas on both sides, before the instrument as before what follows
 * ("l'article 87, paragraphe 3, du Statut de Rome"), as `provisionGroups` sets it off and as the Statute and the
 * Regulations of the Court write a cross-reference in the sentence ("article 87, paragraph 2, and rule 176,
 * sub-rule 2", reg. 40(5); "under article 93, paragraph 4, in the circumstances", art. 93(3)).
 */
export function provisionLabel(citation: string, lang: 'en' | 'fr'): string {
    const m = /^(art\.|rule) (\d+)((?:\([0-9a-z]+\))*)$/.exec(normaliseCitation(citation));
    if (!m) return citation;
    const [, source, number, labelText] = m;
    const labels = (labelText.match(/[0-9a-z]+/g) ?? []);
    if (lang === 'en') {
        return source === 'art.' ? `article ${number}${labelText} of the Rome Statute` : `rule ${number}${labelText} of the Rules of Procedure and Evidence`;
    }
    // The Court's French texts: "article 93, paragraphe 1, alinéa b)"; a sub-rule is a "disposition".
    const [paragraph, letter, roman] = labels;
    const parts = [source === 'art.' ? `l'article ${number}` : `la règle ${number}`];
    if (paragraph) parts.push(source === 'art.' ? `paragraphe ${paragraph}` : `disposition ${paragraph}`);
    if (letter) parts.push(`alinéa ${letter})`);
    if (roman) parts.push(`point ${roman})`);
    return `${parts.join(', ')}${parts.length > 1 ? ',' : ''} ${source === 'art.' ? 'du Statut de Rome' : 'du Règlement de procédure et de preuve'}`;
}

/**
 * A citation inside parentheses, as the Court's French texts write it there: without its article
 * ("(article 91, paragraphe 2, alinéa c), du Statut de Rome)", like "(article 99, paragraphe 4, du
 * Statut de Rome)" in texts.ts), where running text has "l'article", "la règle", "les articles".
 * English labels have no article; they are returned as they are.
 */
export function withoutArticle(label: string): string {
    return label.replace(/^(l'|la |les )(?=(article|règle)s? )/, '');
}

/**
 * Several citations as running text names them: one phrase per instrument, its provisions
 * grouped, in the order first cited. `art. 58(5), art. 89(1), art. 91(2), rule 176(2), rule 188` →
 * `articles 58(5), 89(1) and 91(2) of the Rome Statute`, `rules 176(2) and 188 of the Rules of
 * Procedure and Evidence`; in French `les articles 58, paragraphe 5, 89, paragraphe 1, et 91,
 * paragraphe 2, du Statut de Rome` (a subdivision is set off by commas, so that "1, et 91" cannot
 * be misread). One citation of an instrument keeps `provisionLabel`'s form. The caller joins the
 * phrases (and, in French, puts its preposition before each: "des articles …", "à la règle …").
 */
export function provisionGroups(citations: readonly string[], lang: 'en' | 'fr'): string[] {
    const bySource = new Map<string, Array<{ citation: string; number: string; labels: string[] }>>();
    for (const citation of citations) {
        const m = /^(art\.|rule) (\d+)((?:\([0-9a-z]+\))*)$/.exec(normaliseCitation(citation));
        // A citation that is not one (left as written) is a group of its own.
        const source = m ? m[1] : citation;
        const entries = bySource.get(source) ?? [];
        if (!entries.some(e => e.citation === normaliseCitation(citation))) {
            entries.push({ citation: normaliseCitation(citation), number: m?.[2] ?? '', labels: m ? (m[3].match(/[0-9a-z]+/g) ?? []) : [] });
        }
        bySource.set(source, entries);
    }
    const and = lang === 'fr' ? 'et' : 'and';
    return [...bySource.entries()].map(([source, entries]) => {
        if (entries.length === 1) return provisionLabel(entries[0].citation, lang);
        const article = source === 'art.';
        if (lang === 'en') {
            const items = entries.map(e => `${e.number}${e.labels.map(l => `(${l})`).join('')}`);
            return `${article ? 'articles' : 'rules'} ${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]} of ${article ? 'the Rome Statute' : 'the Rules of Procedure and Evidence'}`;
        }
        const items = entries.map(e => {
            const [paragraph, letter, roman] = e.labels;
            const parts = [e.number];
            if (paragraph) parts.push(article ? `paragraphe ${paragraph}` : `disposition ${paragraph}`);
            if (letter) parts.push(`alinéa ${letter})`);
            if (roman) parts.push(`point ${roman})`);
            return { text: parts.join(', '), subdivided: parts.length > 1 };
        });
        const head = items.slice(0, -1).map(i => i.text).join(', ');
        const last = items[items.length - 1];
        const beforeAnd = items[items.length - 2].subdivided ? ',' : '';
        const beforeSource = last.subdivided ? ',' : '';
        return `${article ? 'les articles' : 'les règles'} ${head}${beforeAnd} ${and} ${last.text}${beforeSource} ${article ? 'du Statut de Rome' : 'du Règlement de procédure et de preuve'}`;
    });
}
