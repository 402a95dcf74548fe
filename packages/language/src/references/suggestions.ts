import type { AstNodeDescription } from 'langium';
import leven from 'leven';
import { isOrganisation, isState } from '../generated/ast.js';
import { compareText } from '../text-order.js';

/** At most this many names are suggested for a reference that resolves to nothing. */
const MAX_SUGGESTIONS = 3;

/**
 * The names in scope an author probably meant by `written`, best first: a State or organisation
 * whose French name, ISO code or abbreviation it is (`Côte d'Ivoire` for "Cote d'Ivoire", "TZA");
 * one whose name or French name shares its words ("Tanzania", "Tanzanie": "United Republic of
 * Tanzania"; "Republic of Kenya": "Kenya"); else names at most a quarter of their letters away ("P-Kilonz": "P-Kilonzo").
 */
export function likelyNames(candidates: Iterable<AstNodeDescription>, written: string): string[] {
    const wanted = fold(written);
    if (!wanted) return [];
    const limit = Math.max(1, Math.floor(wanted.length / 4));
    const aliased: string[] = [];
    const containing: string[] = [];
    const close: Array<{ name: string; distance: number }> = [];
    for (const candidate of candidates) {
        const name = fold(candidate.name);
        const aliases = aliasesOf(candidate);
        if (namesOutright(candidate, wanted)) {
            aliased.push(candidate.name);
        } else if (wanted.length >= 4 && [name, ...aliases.map(fold)].some(n => sharesWords(n, wanted))) {
            containing.push(candidate.name);
        } else if (Math.abs(name.length - wanted.length) <= limit) {
            const distance = leven(name, wanted);
            if (distance <= limit) close.push({ name: candidate.name, distance });
        }
    }
    close.sort((a, b) => a.distance - b.distance || compareText(a.name, b.name));
    const names = [...aliased.sort(compareText), ...containing.sort(compareText), ...close.map(c => c.name)];
    return [...new Set(names)].filter(name => name !== written).slice(0, MAX_SUGGESTIONS);
}

/**
 * Whether one name's significant words (four letters or more) are all words of the other:
 * "Tanzania" of "United Republic of Tanzania", "The Netherlands" of "Netherlands (Kingdom of
 * the)", and the other way round, "Kenya" of "Republic of Kenya".
 */
function sharesWords(name: string, wanted: string): boolean {
    const words = (s: string) => s.split(' ');
    const significant = (s: string) => words(s).filter(w => w.length >= 4);
    const within = (a: string, b: string) => significant(a).length > 0 && significant(a).every(w => words(b).includes(w));
    return within(wanted, name) || within(name, wanted);
}

/**
 * The State or organisation `written` names outright: its name, French name, ISO code or abbreviation, whatever the
 * case, accents and punctuation (`kenya`, `KEN`, `Cote d'Ivoire`); undefined unless exactly one does.
 */
export function nameMeant(candidates: Iterable<AstNodeDescription>, written: string): string | undefined {
    const wanted = fold(written);
    const meant = new Set<string>();
    for (const candidate of candidates) if (wanted && namesOutright(candidate, wanted)) meant.add(candidate.name);
    return meant.size === 1 ? [...meant][0] : undefined;
}

/** The other names of a State (French name, ISO codes) or organisation (French name, abbreviation). */
function aliasesOf(candidate: AstNodeDescription): string[] {
    const node = candidate.node;
    const aliases = isState(node) ? [node.nameFr, node.alpha2, node.alpha3] : isOrganisation(node) ? [node.nameFr, node.abbreviation] : [];
    return aliases.filter((alias): alias is string => !!alias);
}

/** Whether `wanted` (folded) is the candidate's name or one of its aliases, folded. */
function namesOutright(candidate: AstNodeDescription, wanted: string): boolean {
    return fold(candidate.name) === wanted || aliasesOf(candidate).some(alias => fold(alias) === wanted);
}

/** Case, accents and punctuation do not tell names apart: "Cote d'Ivoire" is "Côte d’Ivoire". */
function fold(name: string): string {
    return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
