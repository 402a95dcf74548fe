/**
 * State and organisation names as running text needs them. The State library stores list
 * forms ("Netherlands (Kingdom of the)", "Russie, Fédération de"); a sentence needs the
 * natural order and, in English and French, the article: "the United Republic of Tanzania",
 * "du Kenya", "de la République-Unie de Tanzanie", "des Pays-Bas", "d'Israël".
 */
import type { Lang } from './document-model.js';

export interface NameForms {
    /** The name alone, in natural order: "Kingdom of the Netherlands", "Pays-Bas". */
    name: string;
    /** With its article where the language wants one: "the Netherlands"... "les Pays-Bas", "Cuba". */
    withArticle: string;
    /** The genitive: "of the Kingdom of the Netherlands", "des Pays-Bas", "du Kenya", "de Cuba". */
    of: string;
    /** After "Ambassade": French drops the article of a feminine short name ("Ambassade de France", "d'Italie"). */
    embassyOf: string;
}

/** "Netherlands (Kingdom of the)" → "Kingdom of the Netherlands"; "Russie, Fédération de" → "Fédération de Russie". */
export function naturalOrder(name: string): string {
    const frenchCommaForms: Record<string, string> = {
        'Lao, République démocratique populaire': 'République démocratique populaire lao',
        'Syrienne, République arabe': 'République arabe syrienne',
        'Salomon, Îles': 'Îles Salomon'
    };
    if (frenchCommaForms[name]) return frenchCommaForms[name];
    const bracketed = /^(.+?) \((.+)\)$/.exec(name);
    if (bracketed) {
        const [, base, qualifier] = bracketed;
        if (/(\bof|\bof the|\bde|\bdu|d')$/.test(qualifier)) return `${qualifier}${qualifier.endsWith("'") ? '' : ' '}${base}`;
        return name;
    }
    const comma = /^([^,]+), (.+ (de|du|d'))$/.exec(name);
    if (comma) return `${comma[2]} ${comma[1]}`;
    return name;
}

// English: UN usage puts "the" before formal names and a few short ones.
const ENGLISH_WITH_THE = /^(United|Republic|Kingdom|Democratic|Federal|Federated|Islamic|Plurinational|Bolivarian|Lao|Russian|Syrian|Czech Republic|Dominican|Central African|Holy See|Netherlands|Philippines|Bahamas|Gambia|Comoros|Maldives|Seychelles|Marshall|Solomon|Cook Islands|Sudan|Niger$|Congo|State of|Principality|Grand Duchy|Sultanate|Union|Organi[sz]ation|Council|League|Economic Community|International|North Atlantic|African Union|European|Southern African|Association|Commonwealth|Office|Embassy|Ministry|Permanent Mission|Central Office|Royal|Government|Department|Registry|Secretariat|Directorate|Division|Bureau|Service|Section|Agency|Authority|Central Authority|Attorney|Prosecutor|Presidency|Chancellery|Delegation)/;

// English: a name of a form of State takes "the" wherever that word stands ("the Argentine Republic", "the Hellenic
// Republic", "the Swiss Confederation", "the Independent State of Samoa", "the Hashemite Kingdom of Jordan").
const ENGLISH_FORM_OF_STATE = /\b(Republic|Kingdom|Confederation|Federation|States?|Commonwealth|Union|Principality|Duchy|Sultanate|Emirates)\b/;

// French: names used without article, plural names, and masculine names ending in -e.
const FRENCH_NO_ARTICLE = new Set([
    'Cuba', 'Chypre', 'Madagascar', 'Malte', 'Maurice', 'Monaco', 'Singapour', 'Haïti', 'Israël', 'Bahreïn', 'Oman', 'Nauru',
    'Tuvalu', 'Kiribati', 'Vanuatu', 'Sao Tomé-et-Principe', 'Saint-Marin', 'Sainte-Lucie', 'Saint-Christophe-et-Niévès',
    'Saint-Vincent-et-les-Grenadines', 'Antigua-et-Barbuda', 'Trinité-et-Tobago', 'Djibouti', 'Brunéi Darussalam', 'Samoa'
]);
const FRENCH_PLURAL = /^(Bahamas|Comores|Fidji|Maldives|Philippines|Pays-Bas|Seychelles|Palaos|Tonga|[ÎîI]les |États|Émirats)/;
const FRENCH_MASCULINE_E = new Set(['Cambodge', 'Mexique', 'Mozambique', 'Zimbabwe', 'Belize', 'Libéria', 'Saint-Siège', 'Royaume-Uni de Grande-Bretagne et d\'Irlande du Nord']);
const FRENCH_FEMININE_WORDS = /^(République|Fédération|Confédération|Principauté|Union|Organisation|Ligue|Communauté|Agence|Association|Guinée|Türkiye|Grenade|Dominique|Bosnie|Sierra)/;
const FRENCH_MASCULINE_WORDS = /^(Royaume|État|Grand-Duché|Sultanat|Conseil|Secrétariat|Bureau|Ministère|Timor|Burkina|Costa|Sri|Viêt|Bélarus|Surinam|Cap-Vert|Salvador)/;

function startsWithVowel(s: string): boolean {
    return /^[aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ]/.test(s);
}

export function nameForms(rawName: string, lang: Lang): NameForms {
    const name = naturalOrder(rawName);
    if (lang === 'en') {
        const withArticle = /^the /i.test(name) ? name : ENGLISH_WITH_THE.test(name) || ENGLISH_FORM_OF_STATE.test(name) ? `the ${name}` : name;
        return { name, withArticle, of: `of ${withArticle}`, embassyOf: `of ${withArticle}` };
    }
    const bare = startsWithVowel(name) ? `d'${name}` : `de ${name}`;
    const forms = (withArticle: string, of: string, embassyOf = of) => ({ name, withArticle, of, embassyOf });
    if (name === 'Haïti') return forms(name, "d'Haïti");
    if (FRENCH_NO_ARTICLE.has(name)) return forms(name, bare);
    if (FRENCH_PLURAL.test(name)) return forms(`les ${name}`, `des ${name}`);
    const formal = FRENCH_FEMININE_WORDS.test(name) && !/^(Guinée|Türkiye|Grenade|Dominique|Bosnie|Sierra)/.test(name);
    const feminine = !FRENCH_MASCULINE_WORDS.test(name) && !FRENCH_MASCULINE_E.has(name)
        && (FRENCH_FEMININE_WORDS.test(name) || /e$/.test(name.split(/[ -]/)[0]));
    if (startsWithVowel(name)) return forms(`l'${name}`, `de l'${name}`, feminine && !formal ? bare : `de l'${name}`);
    return feminine
        ? forms(`la ${name}`, `de la ${name}`, formal ? `de la ${name}` : bare)
        : forms(`le ${name}`, `du ${name}`);
}

/**
 * A State's (or organisation's) library name in a running English sentence, as the checks'
 * messages need it: "on the territory of the United Republic of Tanzania", "Kenya designated
 * ...". `start`: at the start of a sentence ("The Netherlands chose ...").
 */
export function englishName(rawName: string, options: { start?: boolean } = {}): string {
    const name = nameForms(rawName, 'en').withArticle;
    return options.start ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/**
 * A recipient written by the author ("Embassy of Kenya, The Hague") as the object of
 * "presents its compliments to": English wants "the" before a common noun; the text is
 * otherwise the author's and is not translated.
 */
export function recipientPhrase(recipient: string, lang: Lang): string {
    // After an abbreviation too: "the UN Office of Legal Affairs".
    if (lang === 'en' && ENGLISH_WITH_THE.test(recipient.replace(/^[A-Z]{2,} /, ''))) return `the ${recipient}`;
    return recipient;
}
