/**
 * The situation line of the cover ("SITUATION IN THE REPUBLIC OF KENYA"). English forms are
 * those printed on the covers listed in the dossier (shared/reference/situations.csv); the
 * French forms follow the Court's French covers where the dossier shows one ("SITUATION EN
 * REPUBLIQUE CENTRAFRICAINE") and are otherwise our translation of the English form.
 */
import type { Lang } from './document-model.js';

const SITUATIONS: Record<string, { en: string; fr: string }> = {
    'ICC-01/04': { en: 'THE DEMOCRATIC REPUBLIC OF THE CONGO', fr: 'EN RÉPUBLIQUE DÉMOCRATIQUE DU CONGO' },
    'ICC-02/04': { en: 'UGANDA', fr: 'EN OUGANDA' },
    'ICC-01/05': { en: 'THE CENTRAL AFRICAN REPUBLIC', fr: 'EN RÉPUBLIQUE CENTRAFRICAINE' },
    'ICC-02/05': { en: 'DARFUR, SUDAN', fr: 'AU DARFOUR (SOUDAN)' },
    'ICC-01/09': { en: 'THE REPUBLIC OF KENYA', fr: 'EN RÉPUBLIQUE DU KENYA' },
    'ICC-01/11': { en: 'LIBYA', fr: 'EN LIBYE' },
    'ICC-02/11': { en: 'THE REPUBLIC OF CÔTE D\'IVOIRE', fr: 'EN RÉPUBLIQUE DE CÔTE D\'IVOIRE' },
    'ICC-01/12': { en: 'THE REPUBLIC OF MALI', fr: 'EN RÉPUBLIQUE DU MALI' },
    'ICC-01/14': { en: 'THE CENTRAL AFRICAN REPUBLIC II', fr: 'EN RÉPUBLIQUE CENTRAFRICAINE II' },
    'ICC-01/15': { en: 'GEORGIA', fr: 'EN GÉORGIE' },
    'ICC-01/17': { en: 'THE REPUBLIC OF BURUNDI', fr: 'EN RÉPUBLIQUE DU BURUNDI' },
    'ICC-02/17': { en: 'THE ISLAMIC REPUBLIC OF AFGHANISTAN', fr: 'EN RÉPUBLIQUE ISLAMIQUE D\'AFGHANISTAN' },
    'ICC-02/18': { en: 'THE BOLIVARIAN REPUBLIC OF VENEZUELA I', fr: 'EN RÉPUBLIQUE BOLIVARIENNE DU VENEZUELA I' },
    'ICC-01/18': { en: 'THE STATE OF PALESTINE', fr: 'DANS L\'ÉTAT DE PALESTINE' },
    'ICC-01/19': { en: 'THE PEOPLE\'S REPUBLIC OF BANGLADESH/REPUBLIC OF THE UNION OF MYANMAR', fr: 'EN RÉPUBLIQUE POPULAIRE DU BANGLADESH/RÉPUBLIQUE DE L\'UNION DU MYANMAR' },
    'ICC-01/21': { en: 'THE REPUBLIC OF THE PHILIPPINES', fr: 'EN RÉPUBLIQUE DES PHILIPPINES' },
    'ICC-01/22': { en: 'UKRAINE', fr: 'EN UKRAINE' }
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
