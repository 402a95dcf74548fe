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

/** `art. 93(1)(b)` / `rule 188` from a reference in a request. */
export function citationOf(ref: ProvisionRef): string {
    return `${ref.source} ${ref.number}${ref.labels.map(l => `(${l.value})`).join('')}`;
}

export function lookupProvision(citation: string): ProvisionEntry | undefined {
    return STATUTE_PROVISIONS[normaliseCitation(citation)];
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
    | { kind: 'no-such-article' | 'no-such-rule' }
    | { kind: 'no-such-paragraph'; parent: string; available: string[] };

/** Checks a citation against the structure of the Statute and the Rules. */
export function checkProvision(citation: string): ProvisionCheck {
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
