#!/usr/bin/env node
// Generates packages/language/src/builtin/library.generated.ts: the built-in library,
// written in the Rogatory language itself, loaded under builtin:/ by the language, and the
// table of States' full official names (STATE_OFFICIAL_NAMES), which the grammar has no clause for.
//   states.rog        every UN member and observer State, and every other State Party
//                     (Cook Islands), with ISO 3166 codes, English and French names and
//                     its Rome Statute dates, 12(3) declarations and verification marks
//   organisations.rog intergovernmental organisations a request may go to (art. 87(6))
//   designations.rog  the dossier's examples of art. 87(1)(a)/87(2) designations (NOT VERIFIED)
// Sources: ../shared/reference/states-parties.csv, article-12-3-declarations.csv,
// requirements.md (appendix) and document-format.md §2; Debian iso-codes for codes, official
// names and French names (/usr/share/iso-codes, /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo).
import * as fs from 'node:fs';
import { parse } from 'csv-parse/sync';

const reference = new URL('../../shared/reference/', import.meta.url);
const csv = file => parse(fs.readFileSync(new URL(file, reference)), { columns: true, skip_empty_lines: true });
const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const byAlpha2 = new Map(iso.map(e => [e.alpha_2, e]));
const french = readMo('/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo');

// The 193 Member States of the United Nations, by ISO 3166 alpha-2 code; observers: Holy See, State of Palestine.
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO
KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE
IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK
NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL
TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW`.split(/\s+/);
const UN_OBSERVERS = ['VA', 'PS'];
if (UN_MEMBERS.length !== 193 || new Set(UN_MEMBERS).size !== 193) throw new Error('the UN member list must have 193 codes');

// UN-style short names where ISO 3166's English name reads otherwise (States not in states-parties.csv).
const UN_NAMES = {
    KP: "Democratic People's Republic of Korea", IR: 'Iran (Islamic Republic of)', FM: 'Micronesia (Federated States of)',
    US: 'United States of America', VA: 'Holy See'
};
// French short names where iso-codes' French puts the name in index order ("Corée, République de").
const FRENCH_NAMES = {
    BO: 'Bolivie (État plurinational de)', CD: 'République démocratique du Congo', IR: "Iran (République islamique d')",
    KP: 'République populaire démocratique de Corée', KR: 'République de Corée', FM: 'Micronésie (États fédérés de)',
    MD: 'République de Moldova', TZ: 'République-Unie de Tanzanie', VE: 'Venezuela (République bolivarienne du)',
    PS: 'État de Palestine', VA: 'Saint-Siège', GB: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", US: "États-Unis d'Amérique"
};

// Full names where iso-codes 4.15 has a slip (« Bouthan », « République fédérale du Brésil »), an
// elision French does not make (« République d'Ouganda »), or a form the United Nations no longer uses
// ("Republic of Bosnia and Herzegovina", "Rwandese Republic"): the UN's forms as its usage writes them,
// not checked against its terminology database (UNTERM), which cannot be reached from here.
// `null`: the short name is the full one.
const OFFICIAL_NAMES = {
    AR: { en: 'Argentine Republic', fr: 'République argentine' },
    BA: null,
    BD: { en: "People's Republic of Bangladesh", fr: 'République populaire du Bangladesh' },
    BR: { en: 'Federative Republic of Brazil', fr: 'République fédérative du Brésil' },
    BT: { en: 'Kingdom of Bhutan', fr: 'Royaume du Bhoutan' },
    CH: { en: 'Swiss Confederation', fr: 'Confédération suisse' },
    CV: { en: 'Republic of Cabo Verde', fr: 'République de Cabo Verde' },
    EC: { en: 'Republic of Ecuador', fr: "République de l'Équateur" },
    GQ: { en: 'Republic of Equatorial Guinea', fr: 'République de Guinée équatoriale' },
    HT: { en: 'Republic of Haiti', fr: "République d'Haïti" },
    IN: { en: 'Republic of India', fr: "République de l'Inde" },
    MM: { en: 'Republic of the Union of Myanmar', fr: "République de l'Union du Myanmar" },
    MU: { en: 'Republic of Mauritius', fr: 'République de Maurice' },
    RW: { en: 'Republic of Rwanda', fr: 'République du Rwanda' },
    SM: { en: 'Republic of San Marino', fr: 'République de Saint-Marin' },
    SR: { en: 'Republic of Suriname', fr: 'République du Suriname' },
    ST: { en: 'Democratic Republic of Sao Tome and Principe', fr: 'République démocratique de Sao Tomé-et-Principe' },
    SZ: { en: 'Kingdom of Eswatini', fr: "Royaume d'Eswatini" },
    TR: { en: 'Republic of Türkiye', fr: 'République de Türkiye' },
    TT: { en: 'Republic of Trinidad and Tobago', fr: 'République de Trinité-et-Tobago' },
    UG: { en: 'Republic of Uganda', fr: "République de l'Ouganda" },
    UY: { en: 'Eastern Republic of Uruguay', fr: "République orientale de l'Uruguay" },
    VE: { en: 'Bolivarian Republic of Venezuela', fr: 'République bolivarienne du Venezuela' },
    ZA: { en: 'Republic of South Africa', fr: 'République sud-africaine' }
};

const q = s => `"${String(s).replace(/[\\"]/g, c => '\\' + c)}"`;
const oneLine = s => s.replace(/\s+/g, ' ').trim();
const parties = new Map(csv('states-parties.csv').map(r => [r.iso3166_alpha2, r]));
const declarations = csv('article-12-3-declarations.csv');

// What the dossier's README ("Doubts and open points") says of a row beyond its notes, quoted into its note.
const DOSSIER_DOUBTS = {
    HU: 'Dossier README, Doubts 1: whether the withdrawal took effect on 2 Jun 2026 is NOT VERIFIED either way (check UNTC XVIII-10).'
};

/**
 * The label of a row's dates (deposit, entry into force, withdrawal), as the dossier marks them (README:
 * 38 VERIFIED, 4 PARTLY VERIFIED, 85 NOT VERIFIED). The notes open with the mark of the deposit date
 * ("VERIFIED (deposit date confirmed by a source independent of the base dataset), PARTLY VERIFIED ... or
 * NOT VERIFIED"); "VERIFIED withdrawal:" (Hungary) verifies the withdrawal date as announced, not the
 * deposit, which rests on the base dataset alone: partly verified, as the README counts it, its note
 * quoting the README's doubt whether the withdrawal took effect. A row whose deposit is verified is only
 * partly so when the dossier doubts a withdrawal, announced or effective (Afghanistan, Burkina Faso, Mali,
 * Niger): the State's status on a date rests on it. A doubt about what the library does not model (the
 * text of Ukraine's art. 124 declaration) leaves the dates verified.
 */
function verificationOf(notes) {
    if (/^VERIFIED \w+:/.test(notes)) return 'partly-verified';
    const deposit = /^VERIFIED:/.test(notes) ? 'verified' : /^PARTLY VERIFIED/.test(notes) ? 'partly-verified' : 'not-verified';
    const withdrawalDoubted = notes.split(' | ').some(part => /withdr/i.test(part) && /NOT VERIFIED|not confirmed/.test(part.replace(/^(PARTLY )?VERIFIED/, '')));
    return deposit === 'verified' && withdrawalDoubted ? 'partly-verified' : deposit;
}

const codes = [...new Set([...UN_MEMBERS, ...UN_OBSERVERS, ...parties.keys()])];
const states = codes.map(code => {
    const entry = byAlpha2.get(code);
    if (!entry) throw new Error(`no ISO 3166 entry for ${code}`);
    const party = parties.get(code);
    const name = party?.name ?? UN_NAMES[code] ?? entry.name;
    const frenchName = FRENCH_NAMES[code] ?? french.get(entry.name) ?? french.get(entry.common_name) ?? entry.name;
    const lines = [`state ${q(name)} {`, `  iso ${entry.alpha_2} ${entry.alpha_3}`, `  french ${q(frenchName)}`];
    if (UN_MEMBERS.includes(code)) lines.push('  un member');
    else if (UN_OBSERVERS.includes(code)) lines.push('  un observer');
    if (party) {
        lines.push(`  deposited ${party.date_of_deposit} in-force ${party.entry_into_force}`);
        if (party.withdrawal_effective) lines.push(`  withdrawal-effective ${party.withdrawal_effective}`);
        const notes = oneLine(party.notes) + (DOSSIER_DOUBTS[code] ? ` | ${DOSSIER_DOUBTS[code]}` : '');
        lines.push(`  verification ${verificationOf(notes)} ${q(notes)}`);
    }
    const own = declarations.filter(d => d.iso3166_alpha2 === code);
    for (const d of own) {
        // A confirmation of an earlier declaration (Côte d'Ivoire, 14 Dec 2010: "confirmed this declaration") accepts
        // jurisdiction as the declaration it confirms does: its period, and the dossier's doubt about it. Its row gives no
        // period of its own; read as none, it would accept jurisdiction over any date.
        const year = /^Confirmation of the (\d{4}) declaration/.exec(oneLine(d.notes))?.[1];
        const confirmed = year && !d.jurisdiction_from && !d.jurisdiction_to ? own.find(o => o !== d && o.date_lodged.startsWith(year)) : undefined;
        if (year && !confirmed) throw new Error(`${d.state}: the declaration of ${year} that the row of ${d.date_lodged} confirms is not in the CSV`);
        const from = d.jurisdiction_from || confirmed?.jurisdiction_from;
        const to = d.jurisdiction_to || confirmed?.jurisdiction_to;
        const parts = [`  declaration-12-3 lodged ${d.date_lodged}`];
        if (from) parts.push(`from ${from}`);
        if (to) parts.push(`to ${to}`);
        const scope = confirmed
            ? ` Scope: that of the declaration of ${confirmed.date_lodged} it confirms (${from ? `from ${from}` : 'no start given'}${to ? ` to ${to}` : ''}; period taken by the library from that row)${/scope NOT VERIFIED/.test(confirmed.notes) ? ', whose scope is NOT VERIFIED against the declaration itself.' : '.'}`
            : '';
        parts.push(q(`${d.state}: ${oneLine(d.notes)}${scope}`));
        lines.push(parts.join(' '));
    }
    lines.push('}');
    return { name, code, official: officialNames(entry, name), text: lines.join('\n') };
}).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/**
 * A State's full official name, as the opening and closing formulas of a note verbale need it
 * (note-verbale.md §2: "Country names in full and exact"): iso-codes' `official_name` ("Republic
 * of Kenya") and its French translation ("République du Kenya"), without their article ("the
 * State of Palestine", "l'État de Palestine"), which the documents add as a sentence needs it;
 * the UN's form where OFFICIAL_NAMES corrects iso-codes. None where iso-codes has no official name
 * (Japan) or gives the library's name itself (Hungary): the short name is then the full one. `fr`
 * absent where iso-codes' French has no translation of it: the documents use the French short name.
 */
function officialNames(entry, name) {
    const corrected = OFFICIAL_NAMES[entry.alpha_2];
    if (corrected !== undefined) return corrected ?? undefined;
    if (!entry.official_name) return undefined;
    const bare = s => s.replace(/^(the |l'|l’)/, '');
    const en = bare(entry.official_name);
    const fr = french.get(entry.official_name);
    if (en === name) return undefined;
    return fr ? { en, fr: bare(fr) } : { en };
}


const ORGANISATIONS = [
    ['United Nations', 'UN', 'Organisation des Nations Unies'],
    ['European Union', 'EU', 'Union européenne'],
    ['African Union', 'AU', 'Union africaine'],
    ['Organization of American States', 'OAS', 'Organisation des États américains'],
    ['Council of Europe', 'CoE', "Conseil de l'Europe"],
    ['Organization for Security and Co-operation in Europe', 'OSCE', 'Organisation pour la sécurité et la coopération en Europe'],
    ['International Criminal Police Organization', 'INTERPOL', 'Organisation internationale de police criminelle'],
    ['North Atlantic Treaty Organization', 'NATO', "Organisation du Traité de l'Atlantique Nord"],
    ['League of Arab States', 'LAS', 'Ligue des États arabes'],
    ['Economic Community of West African States', 'ECOWAS', "Communauté économique des États de l'Afrique de l'Ouest"],
    ['Southern African Development Community', 'SADC', "Communauté de développement d'Afrique australe"],
    ['Association of Southeast Asian Nations', 'ASEAN', 'Association des nations de l’Asie du Sud-Est'],
    ['Commonwealth Secretariat', 'Commonwealth', 'Secrétariat du Commonwealth'],
    ['European Union Agency for Criminal Justice Cooperation', 'Eurojust', "Agence de l'Union européenne pour la coopération judiciaire en matière pénale"],
    ['European Union Agency for Law Enforcement Cooperation', 'Europol', "Agence de l'Union européenne pour la coopération des services répressifs"]
];
const organisations = ORGANISATIONS.map(([name, abbreviation, fr]) => `organisation ${q(name)} { abbreviation ${q(abbreviation)} french ${q(fr)} }`);

// The dossier's examples (requirements.md appendix; document-format.md §2). None was checked against UNTC.
const caveat = 'Example reproduced in third-party sources; not verified against the UN Treaty Collection (XVIII-10); later changes under rule 180 not checked.';
const DESIGNATIONS = [
    ['Albania', ['channel diplomatic-channel "to the Ministry of Justice, Department of International Judicial Cooperation, Tirana"', 'language English or French', 'translation-into Albanian'], 'Dated 30 Aug 2004 (whatconvention.org); listed under 31 Jan 2003 (treatydatabase.overheid.nl). Requests and documents in Albanian and in English or French.'],
    ['Andorra', ['channel diplomatic-channel', 'language French or Spanish'], 'All Part 9 requests through the diplomatic channel (whatconvention.org); languages per document-format.md §2.'],
    ['Netherlands (Kingdom of the)', ['channel designated-authority "Ministry of Justice, Office of International Legal Assistance in Criminal Matters, Postbus 20301, 2500 EH Den Haag"', 'language English'], 'Declaration of 10 Mar 2004 (zaki.ru; verdragen.nl).'],
    ['New Zealand', ['channel diplomatic-channel "via the New Zealand Embassy in The Hague"', 'language English'], 'Declaration of 9 Mar 2004 (zaki.ru).'],
    ['Norway', ['channel designated-authority "Royal Ministry of Justice"', 'language English'], 'zaki.ru; verdragen.nl.'],
    ['Panama', ['channel diplomatic-channel', 'language Spanish'], 'Declaration of 25 May 2004 (zaki.ru).'],
    ['Switzerland', ['channel designated-authority "Central Office for Cooperation with the International Criminal Court, Federal Bureau of Justice"', 'language French or German or Italian'], 'zaki.ru; verdragen.nl.'],
    ['North Macedonia', ['channel diplomatic-channel or designated-authority "Ministry of Justice"', 'language Macedonian or English'], 'Declaration of 27 May 2004 (zaki.ru): the diplomatic channel or directly to the Ministry of Justice.'],
    ['Timor-Leste', ['language English'], 'Language only (zaki.ru).'],
    ['United Kingdom of Great Britain and Northern Ireland', ['language English'], '"requests for co-operation, and any documents supporting the request, must be in the English language" (zaki.ru; verdragen.nl).'],
    ['El Salvador', ['channel diplomatic-channel', 'language Spanish'], 'Declaration of 3 Mar 2016, back-translated from the Portuguese of Diário da República, Aviso 43/2017; not verbatim.'],
    ['Germany', ['channel designated-authority "Federal Ministry of Justice"', 'translation-into German'], 'Requests may go directly to the Federal Ministry of Justice and must be accompanied by a translation into German (document-format.md §2); language of the request itself not stated.']
];
const names = new Set(states.map(s => s.name));
const designations = DESIGNATIONS.map(([state, clauses, note]) => {
    if (!names.has(state)) throw new Error(`designation for unknown State ${state}`);
    return [`designation for State ${q(state)} {`, ...clauses.map(c => '  ' + c), `  verification not-verified ${q(`${note} ${caveat}`)}`, '}'].join('\n');
});

const header = kind => `// GENERATED by scripts/build-library.mjs (${kind}); do not edit.\n// Sources: ../shared/reference (dossier of 2026-11-22), Debian iso-codes 4.15. Read-only.\n`;
const files = {
    'states.rog': header('every UN member and observer State and every State Party') + states.map(s => s.text).join('\n') + '\n',
    'organisations.rog': header('intergovernmental organisations, art. 87(6)') + organisations.join('\n') + '\n',
    'designations.rog': header("the dossier's examples of art. 87(1)(a)/87(2) designations, all NOT VERIFIED") + designations.join('\n') + '\n'
};
const ts = `// GENERATED by scripts/build-library.mjs from ../shared/reference and Debian iso-codes; do not edit.
// Run \`npm run build:library\` to regenerate. The texts are Rogatory source, loaded under builtin:/.
export const BUILTIN_FILES: Record<string, string> = ${JSON.stringify(files, null, 4)};

// Full official names of the States above, by ISO 3166 alpha-2 code, from iso-codes' official_name and its
// French translation (fr absent where iso-codes has none); a State not listed is named in full by its name.
export const STATE_OFFICIAL_NAMES: Record<string, { en: string; fr?: string }> = ${JSON.stringify(Object.fromEntries(
    [...states].sort((a, b) => a.code.localeCompare(b.code)).filter(s => s.official).map(s => [s.code, s.official])), null, 4)};
`;
fs.writeFileSync(new URL('../packages/language/src/builtin/library.generated.ts', import.meta.url), ts);
console.log(`library.generated.ts: ${states.length} States (${parties.size} States Parties), ${organisations.length} organisations, ${designations.length} designations`);

/** A GNU gettext .mo file as a Map from message id to translation. */
function readMo(file) {
    const buffer = fs.readFileSync(file);
    const magic = buffer.readUInt32LE(0);
    const read = magic === 0x950412de ? (o => buffer.readUInt32LE(o)) : (o => buffer.readUInt32BE(o));
    const count = read(8), originals = read(12), translations = read(16);
    const map = new Map();
    for (let i = 0; i < count; i++) {
        const string = table => { const length = read(table + i * 8), offset = read(table + i * 8 + 4); return buffer.toString('utf8', offset, offset + length); };
        map.set(string(originals), string(translations));
    }
    return map;
}
