import leven from 'leven';

/**
 * Language names as requests write them (`language English`, `translation French`, a person's
 * `languages Lingala, Sango`). The language has them in English, but a legal officer may write
 * `english`, `Français` or `francais`: each is the same language, for the checks (the State's
 * designation, rule 178) and for the documents, which print the Court's own name for it.
 */

/** English names of languages met in cooperation requests, with their French names. */
const FRENCH_NAMES: Record<string, string> = {
    English: 'anglais', French: 'français', Spanish: 'espagnol', Arabic: 'arabe', Chinese: 'chinois', Russian: 'russe',
    Portuguese: 'portugais', German: 'allemand', Italian: 'italien', Dutch: 'néerlandais', Swahili: 'swahili',
    Albanian: 'albanais', Macedonian: 'macédonien', Acholi: 'acholi', Lingala: 'lingala', Sango: 'sango',
    Tamasheq: 'tamasheq', Georgian: 'géorgien', Ukrainian: 'ukrainien', Bengali: 'bengali', Burmese: 'birman',
    Tagalog: 'tagalog', Filipino: 'filipino', Kirundi: 'kirundi', Kinyarwanda: 'kinyarwanda', Hungarian: 'hongrois',
    Polish: 'polonais', Greek: 'grec', Turkish: 'turc', Persian: 'persan', Pashto: 'pachto', Dari: 'dari', Hebrew: 'hébreu',
    Amharic: 'amharique', Somali: 'somali', Hausa: 'haoussa', Fur: 'four', Zaghawa: 'zaghawa', Masalit: 'masalit', Bambara: 'bambara',
    // Official languages of States Parties (and those of the built-in library's designations: Catalan for
    // Andorra, Norwegian, Romansh for Switzerland, Tetum for Timor-Leste, Maori for New Zealand).
    Swedish: 'suédois', Norwegian: 'norvégien', Danish: 'danois', Finnish: 'finnois', Icelandic: 'islandais', Irish: 'irlandais',
    Maltese: 'maltais', Luxembourgish: 'luxembourgeois', Catalan: 'catalan', Romansh: 'romanche', Czech: 'tchèque', Slovak: 'slovaque',
    Slovenian: 'slovène', Croatian: 'croate', Serbian: 'serbe', Bosnian: 'bosniaque', Montenegrin: 'monténégrin', Bulgarian: 'bulgare',
    Romanian: 'roumain', Estonian: 'estonien', Latvian: 'letton', Lithuanian: 'lituanien', Armenian: 'arménien', Tajik: 'tadjik',
    Mongolian: 'mongol', Japanese: 'japonais', Korean: 'coréen', Khmer: 'khmer', Malagasy: 'malgache', Comorian: 'comorien',
    Tetum: 'tétoum', Maori: 'maori', Samoan: 'samoan', Fijian: 'fidjien', Hindi: 'hindi', Bislama: 'bichelamar', Gilbertese: 'gilbertin',
    Marshallese: 'marshallais', Nauruan: 'nauruan', Dhivehi: 'maldivien', Guarani: 'guarani', Quechua: 'quechua', Aymara: 'aymara',
    Afrikaans: 'afrikaans', Zulu: 'zoulou', Xhosa: 'xhosa', Sotho: 'sotho', Tswana: 'tswana', Chichewa: 'chichewa',
    // Other languages of persons and witnesses in the Court's situations.
    Kikuyu: 'kikuyu', Luo: 'luo', Lango: 'lango', Kalenjin: 'kalenjin', Songhay: 'songhaï', Wolof: 'wolof', Fula: 'peul', Dyula: 'dioula',
    Tigrinya: 'tigrigna', Oromo: 'oromo', Yoruba: 'yoruba', Igbo: 'igbo', Dinka: 'dinka', Nuer: 'nuer', Zande: 'zandé', Kongo: 'kongo',
    Rohingya: 'rohingya', Urdu: 'ourdou', Azerbaijani: 'azéri', Belarusian: 'biélorusse', Kazakh: 'kazakh', Uzbek: 'ouzbek', Kyrgyz: 'kirghiz'
};

/** Other English names of a language above: `Kiswahili` is Swahili. */
const ALIASES: Record<string, string> = { Kiswahili: 'Swahili' };

/** Lower case, without accents: `Français`, `francais` and `FRANÇAIS` are one key. */
function key(name: string): string {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const BY_KEY = new Map<string, string>();
for (const [english, french] of Object.entries(FRENCH_NAMES)) {
    BY_KEY.set(key(english), english);
    BY_KEY.set(key(french), english);
}
for (const [alias, english] of Object.entries(ALIASES)) BY_KEY.set(key(alias), english);

/** The languages this module knows, by English name with the French one, in the order above (completion offers them). */
export function knownLanguages(): ReadonlyArray<{ english: string; french: string }> {
    return Object.entries(FRENCH_NAMES).map(([english, french]) => ({ english, french }));
}

/** The English name of a known language however it is written (`français` → `French`); any other name as written. */
export function canonicalLanguage(name: string): string {
    return BY_KEY.get(key(name)) ?? name;
}

/** Whether two names are the same language: `English` and `english`, `French` and `Français`. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
    return !!a && !!b && key(canonicalLanguage(a)) === key(canonicalLanguage(b));
}

/** A language's name in a document: `French` in English, `français` in French; an unknown name as written. */
export function languageName(name: string, lang: 'en' | 'fr'): string {
    const english = canonicalLanguage(name);
    return lang === 'fr' ? FRENCH_NAMES[english] ?? name : english;
}

/**
 * The known language a name not known is a slip of (`Englsh`, `Frnech`: English, French), if one is
 * that close: the same first letter, and one letter off or two letters swapped in a name of up to six
 * letters, two letters off in a longer one; so that a language this module does not know is not taken
 * for another (`Nande` for Zande, `Sindhi` for Hindi, `Bari` for Dari).
 */
export function misspeltLanguage(name: string): string | undefined {
    const written = key(name);
    if (written.length < 3 || BY_KEY.has(written)) return undefined;
    const allowed = written.length <= 6 ? 1 : 2;
    let best: string | undefined;
    let distance = allowed + 1;
    for (const [known, english] of BY_KEY) {
        if (known[0] !== written[0]) continue;
        const d = swapped(written, known) ? 1 : leven(written, known);
        if (d < distance) {
            best = english;
            distance = d;
        }
    }
    return best;
}

/** Whether `a` is `b` with two neighbouring letters swapped (`frnech`, `french`). */
function swapped(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}
