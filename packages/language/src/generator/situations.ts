/**
 * The situations the reference dossier knows (../shared/reference/situations.csv, 17 rows compiled
 * 2026-11-22: INCOMPLETE, it holds only situations whose number a stored document showed, so a number
 * outside it is an information item, never an error), each with its name in the dossier and the
 * situation line of the cover ("SITUATION IN THE REPUBLIC OF KENYA"). English forms are
 * those printed on the covers listed in the dossier (shared/reference/situations.csv); the
 * French forms follow the Court's French covers where the dossier shows one ("SITUATION EN
 * REPUBLIQUE CENTRAFRICAINE") and are otherwise our translation of the English form.
 */
import type { Lang } from './document-model.js';

const SITUATIONS: Record<string, { name: string; en: string; fr: string }> = {
    'ICC-01/04': { name: 'Democratic Republic of the Congo', en: 'THE DEMOCRATIC REPUBLIC OF THE CONGO', fr: 'EN RÉPUBLIQUE DÉMOCRATIQUE DU CONGO' },
    'ICC-02/04': { name: 'Uganda', en: 'UGANDA', fr: 'EN OUGANDA' },
    'ICC-01/05': { name: 'Central African Republic (CAR I)', en: 'THE CENTRAL AFRICAN REPUBLIC', fr: 'EN RÉPUBLIQUE CENTRAFRICAINE' },
    'ICC-02/05': { name: 'Darfur, Sudan', en: 'DARFUR, SUDAN', fr: 'AU DARFOUR (SOUDAN)' },
    'ICC-01/09': { name: 'Republic of Kenya', en: 'THE REPUBLIC OF KENYA', fr: 'EN RÉPUBLIQUE DU KENYA' },
    'ICC-01/11': { name: 'Libya (Libyan Arab Jamahiriya)', en: 'LIBYA', fr: 'EN LIBYE' },
    'ICC-02/11': { name: 'Republic of Côte d\'Ivoire', en: 'THE REPUBLIC OF CÔTE D\'IVOIRE', fr: 'EN RÉPUBLIQUE DE CÔTE D\'IVOIRE' },
    'ICC-01/12': { name: 'Republic of Mali', en: 'THE REPUBLIC OF MALI', fr: 'EN RÉPUBLIQUE DU MALI' },
    'ICC-01/14': { name: 'Central African Republic II', en: 'THE CENTRAL AFRICAN REPUBLIC II', fr: 'EN RÉPUBLIQUE CENTRAFRICAINE II' },
    'ICC-01/15': { name: 'Georgia', en: 'GEORGIA', fr: 'EN GÉORGIE' },
    'ICC-01/17': { name: 'Republic of Burundi', en: 'THE REPUBLIC OF BURUNDI', fr: 'EN RÉPUBLIQUE DU BURUNDI' },
    'ICC-02/17': { name: 'Islamic Republic of Afghanistan', en: 'THE ISLAMIC REPUBLIC OF AFGHANISTAN', fr: 'EN RÉPUBLIQUE ISLAMIQUE D\'AFGHANISTAN' },
    'ICC-02/18': { name: 'Bolivarian Republic of Venezuela I', en: 'THE BOLIVARIAN REPUBLIC OF VENEZUELA I', fr: 'EN RÉPUBLIQUE BOLIVARIENNE DU VENEZUELA I' },
    'ICC-01/18': { name: 'State of Palestine', en: 'THE STATE OF PALESTINE', fr: 'DANS L\'ÉTAT DE PALESTINE' },
    'ICC-01/19': { name: 'People\'s Republic of Bangladesh/Republic of the Union of Myanmar', en: 'THE PEOPLE\'S REPUBLIC OF BANGLADESH/REPUBLIC OF THE UNION OF MYANMAR', fr: 'EN RÉPUBLIQUE POPULAIRE DU BANGLADESH/RÉPUBLIQUE DE L\'UNION DU MYANMAR' },
    'ICC-01/21': { name: 'Republic of the Philippines', en: 'THE REPUBLIC OF THE PHILIPPINES', fr: 'EN RÉPUBLIQUE DES PHILIPPINES' },
    'ICC-01/22': { name: 'Ukraine', en: 'UKRAINE', fr: 'EN UKRAINE' }
};

/** The cover's situation line without its "SITUATION" keyword, or undefined for a number the dossier does not name. */
export function situationName(situation: string | undefined, lang: Lang): string | undefined {
    if (!situation) return undefined;
    const key = /^ICC-\d{2}\/\d{2}/.exec(situation)?.[0];
    return key ? SITUATIONS[key]?.[lang] : undefined;
}

/** Every situation the dossier names: its number and its cover line in English (for completion after `situation`). */
export function knownSituations(): Array<{ number: string; name: string }> {
    return Object.entries(SITUATIONS).map(([number, { en }]) => ({ number, name: en }));
}

/** Situation numbers known to the reference dossier, with the dossier's names (for `request-situation-unknown`). */
export const KNOWN_SITUATIONS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SITUATIONS).map(([number, { name }]) => [number, name]));
