/**
 * Every fixed piece of text of the generated documents, in English and in French, side by
 * side. Nothing else in generator/ holds wording; the builders only choose and fill these.
 * Names (States, organisations, persons) arrive already localised and, in French, already
 * with their article ("de la République-Unie de Tanzanie", see names.ts).
 */
import type { Lang } from './document-model.js';
import { withoutArticle } from '../statute/provisions.js';
import { verificationMark } from '../states/state-status.js';

/** The months of each language, as dates are written (and as the documents keep a date on one line, `keepTogether`). */
export const MONTHS: Record<Lang, readonly string[]> = {
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
};

/** 22 November 2026 / 22 novembre 2026 (1er novembre 2026). Accepts YYYY-MM-DD and YYYY-MM-DDThh:mm. */
export function formatDate(date: string, lang: Lang): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!m) return date;
    const [, year, month, day] = m;
    const d = Number(day);
    const dayText = lang === 'fr' && d === 1 ? '1er' : String(d);
    return `${dayText} ${MONTHS[lang][Number(month) - 1] ?? month} ${year}`;
}

/**
 * A date with the time of day it states, if any: "12 November 2026 at 09:40 UTC+01:00" /
 * "12 novembre 2026 à 9 h 40 UTC+01:00" (the time of a landing, art. 89(3)(e)); French writes
 * the hour without a leading zero and "h" between no-break spaces, not "09:40".
 */
export function formatDateTime(date: string, lang: Lang): string {
    const m = /^\d{4}-\d{2}-\d{2}T((\d{2}):(\d{2}))(?::\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(date);
    if (!m) return formatDate(date, lang);
    const [, time, hours, minutes, zone] = m;
    const clock = lang === 'fr' ? `${Number(hours)}\u00a0h\u00a0${minutes}` : time;
    return `${formatDate(date, lang)} ${lang === 'fr' ? 'à' : 'at'} ${clock}${zone ? ` UTC${zone === 'Z' ? '' : zone}` : ''}`;
}

const NUMBER_WORDS: Record<Lang, readonly string[]> = {
    en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
};

/**
 * A number that counts something in running text, as the UN Editorial Manual writes it: under 10
 * in words ("two annexes", "deux annexes"), 10 and above in figures ("12 annexes"). `series`: the
 * other numbers it stands beside and that count the same kind of thing ("1 year, 10 months"): if
 * any of them is 10 or above, all are in figures. French words are the masculine forms ("un an"):
 * a single feminine thing is named without its number ("son annexe"). References, dates and
 * paragraph numbers are figures and never pass through here.
 */
export function countInWords(n: number, lang: Lang, series: readonly number[] = [n]): string {
    const inWords = Number.isInteger(n) && n >= 0 && series.every(m => m < 10);
    return inWords ? NUMBER_WORDS[lang][n] : String(n);
}

/** "A, B and C" / "A, B et C". */
export function joinList(items: readonly string[], lang: Lang): string {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

/** French elision: "de Daniel" but "d'Abdoulaye". */
export function frDe(name: string): string {
    return /^[aeiouyàâäéèêëîïôöùûüœh]/i.test(name) ? `d'${name}` : `de ${name}`;
}

/** Quotation marks of each language: “the Court” / « la Cour ». */
export function quote(value: string, lang: Lang): string {
    return lang === 'fr' ? `«\u00a0${value}\u00a0»` : `“${value}”`;
}

/**
 * An author's text closing a sentence: its own final punctuation is kept, never doubled
 * ("… by 15 December 2026." stays as is; "… by 15 December 2026" gets its full stop).
 */
export function endSentence(value: string): string {
    const trimmed = value.trimEnd();
    return /[.!?…]["”»’')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A generated sentence and the author's text it introduces ("The request is urgent" and why, "Ad hoc
 * arrangement dated 1 July 2026" and the author's summary of it), the author's words as written:
 * after a colon where they go on the sentence, opening in lower case ("The request is urgent: the
 * person is about to leave."); as a sentence of their own where they open with a capital, since
 * running text has no capital after a colon, in English as in French (after its " :"), and no
 * sentence two colons ("... dated 1 July 2026. Exchange of letters: the State agrees ..."). Either
 * way the text ends as a sentence (`endSentence`); without one, the sentence ends alone.
 */
export function leadInto(lead: string, value: string | undefined, lang: Lang): string {
    const sentence = value?.trim();
    if (!sentence) return `${lead}.`;
    if (/^[\p{Ps}\p{Pi}"']*\p{Lu}/u.test(sentence)) return `${lead}. ${endSentence(sentence)}`;
    return `${lead}${lang === 'fr' ? '\u00a0:' : ':'} ${endSentence(sentence)}`;
}

/** An author's text inside a sentence (a list item, a parenthesis): without its closing full stop. */
export function withoutFinalStop(value: string): string {
    return value.trimEnd().replace(/(?<!\.)\.$/, '');
}

/** "consent" → "Consent". */
function capitalise(value: string): string {
    return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}

/**
 * A name with a comma of its own ("Embassy of Kenya, The Hague") is an apposition: a comma
 * closes it before the sentence goes on ("…, The Hague, and has the honour"). Commas inside
 * parentheses do not count.
 */
export function closeApposition(phrase: string): string {
    let depth = 0;
    for (const ch of phrase) {
        if (ch === '(') depth++;
        else if (ch === ')') depth--;
        else if (ch === ',' && depth === 0) return `${phrase},`;
    }
    return phrase;
}

export type RequestKindName = 'arrest-and-surrender' | 'surrender-of-convicted' | 'provisional-arrest' | 'assistance' | 'transit' | 'temporary-transfer';

export interface KindTexts {
    /** Default title of the request ("Request for the arrest and surrender of X"). */
    title: (person?: string) => string;
    /**
     * The operative verb phrase: requests [the State] to <action>. `inNote`: said in the note verbale, where the
     * request is the document enclosed ("the request"), not the one being read ("this request").
     */
    action: (person: string | undefined, forms: string, inNote?: boolean) => string;
}

const PERSON_EN = 'the person concerned';
const PERSON_FR = 'la personne concernée';

const KINDS: Record<Lang, Record<RequestKindName, KindTexts>> = {
    en: {
        'arrest-and-surrender': {
            title: p => `Request for the arrest and surrender of ${p ?? 'a person'}`,
            action: p => `arrest and surrender to the Court ${p ?? PERSON_EN} (the “person sought”)`
        },
        'surrender-of-convicted': {
            title: p => `Request for the arrest and surrender of ${p ?? 'a person'}, convicted by the Court`,
            action: p => `arrest and surrender to the Court ${p ?? PERSON_EN}, a person convicted by the Court`
        },
        'provisional-arrest': {
            title: p => `Request for the provisional arrest of ${p ?? 'a person'}`,
            action: p => `arrest provisionally ${p ?? PERSON_EN} (the “person sought”), pending presentation of the request for surrender`
        },
        assistance: {
            title: () => 'Request for assistance',
            action: (_p, forms, inNote) => `provide the assistance described in ${inNote ? 'the' : 'this'} request${forms ? ` (${forms})` : ''}`
        },
        transit: {
            title: p => `Request for authorisation of the transit of ${p ?? 'a person'}`,
            action: p => `authorise the transport through its territory of ${p ?? PERSON_EN}, who is being surrendered to the Court`
        },
        'temporary-transfer': {
            title: p => `Request for the temporary transfer of ${p ?? 'a person'}`,
            action: p => `transfer ${p ?? PERSON_EN} temporarily to the Court`
        }
    },
    fr: {
        'arrest-and-surrender': {
            title: p => `Demande d'arrestation et de remise ${p ? frDe(p) : 'd\'une personne'}`,
            action: p => `procéder à l'arrestation ${p ? frDe(p) : `de ${PERSON_FR}`} (la «\u00a0personne recherchée\u00a0») et à sa remise à la Cour`
        },
        'surrender-of-convicted': {
            title: p => `Demande d'arrestation et de remise ${p ? frDe(p) : 'd\'une personne'}, personne déclarée coupable par la Cour`,
            action: p => `procéder à l'arrestation ${p ? frDe(p) : `de ${PERSON_FR}`}, personne déclarée coupable par la Cour, et à sa remise à la Cour`
        },
        'provisional-arrest': {
            title: p => `Demande d'arrestation provisoire ${p ? frDe(p) : 'd\'une personne'}`,
            action: p => `procéder à l'arrestation provisoire ${p ? frDe(p) : `de ${PERSON_FR}`} (la «\u00a0personne recherchée\u00a0»), dans l'attente de la présentation de la demande de remise`
        },
        assistance: {
            title: () => 'Demande d\'assistance',
            action: (_p, forms, inNote) => `fournir l'assistance décrite dans ${inNote ? 'la' : 'la présente'} demande${forms ? ` (${withoutArticle(forms)})` : ''}`
        },
        transit: {
            title: p => `Demande d'autorisation de transit ${p ? frDe(p) : 'd\'une personne'}`,
            action: p => `autoriser le transport à travers son territoire ${p ? frDe(p) : `de ${PERSON_FR}`}, dans le cadre de sa remise à la Cour`
        },
        'temporary-transfer': {
            title: p => `Demande de transfèrement temporaire ${p ? frDe(p) : 'd\'une personne'}`,
            action: p => `procéder au transfèrement temporaire ${p ? frDe(p) : `de ${PERSON_FR}`} à la Cour`
        }
    }
};

export function kindTexts(kind: string | undefined, lang: Lang): KindTexts {
    return KINDS[lang][(kind ?? 'assistance') as RequestKindName] ?? KINDS[lang].assistance;
}

/** An organ of the Court as the documents name it. */
export interface OrganNames {
    /** On the cover, in capitals. */
    cover: string;
    /** At the start of a sentence: "Pre-Trial Chamber II" / "La Chambre préliminaire II". */
    subject: string;
    /** Inside a sentence: "Pre-Trial Chamber II" / "la Chambre préliminaire II". */
    inSentence: string;
}

/** Chamber names are written in English in the sources; these are the Court's French forms. */
export function chamberNameFr(name: string): string {
    const patterns: Array<[RegExp, string]> = [
        [/^Pre-Trial Chamber\s+(.+)$/i, 'Chambre préliminaire $1'],
        [/^Trial Chamber\s+(.+)$/i, 'Chambre de première instance $1'],
        [/^(The )?Appeals Chamber$/i, 'Chambre d\'appel']
    ];
    for (const [pattern, replacement] of patterns) {
        if (pattern.test(name)) return name.replace(pattern, replacement);
    }
    return name;
}

export function organNames(organ: string | undefined, organName: string | undefined, lang: Lang): OrganNames {
    const upper = (s: string) => s.toLocaleUpperCase(lang === 'fr' ? 'fr-FR' : 'en-GB');
    if (organ === 'Chamber' || (!organ && organName)) {
        const name = organName ? (lang === 'fr' ? chamberNameFr(organName) : organName) : (lang === 'fr' ? 'Chambre' : 'The Chamber');
        if (lang === 'fr') return { cover: upper(name), subject: `La ${name}`, inSentence: `la ${name}` };
        return { cover: upper(name), subject: name, inSentence: name.replace(/^The /, 'the ') };
    }
    const table: Record<Lang, Record<string, [string, string, string]>> = {
        en: {
            Prosecutor: ['THE OFFICE OF THE PROSECUTOR', 'The Prosecutor', 'the Prosecutor'],
            Presidency: ['THE PRESIDENCY', 'The Presidency', 'the Presidency'],
            Registry: ['THE REGISTRY', 'The Registry', 'the Registry']
        },
        fr: {
            Prosecutor: ['LE BUREAU DU PROCUREUR', 'Le Procureur', 'le Procureur'],
            Presidency: ['LA PRÉSIDENCE', 'La Présidence', 'la Présidence'],
            Registry: ['LE GREFFE', 'Le Greffe', 'le Greffe']
        }
    };
    const [cover, subject, inSentence] = table[lang][organ ?? ''] ?? (lang === 'fr' ? ['LA COUR', 'La Cour', 'la Cour'] : ['THE COURT', 'The Court', 'the Court']);
    return { cover, subject, inSentence };
}

const CLASSIFICATIONS: Record<Lang, Record<string, string>> = {
    en: { public: 'PUBLIC', confidential: 'CONFIDENTIAL', 'under-seal': 'UNDER SEAL', secret: 'SECRET' },
    fr: { public: 'PUBLIC', confidential: 'CONFIDENTIEL', 'under-seal': 'SOUS SCELLÉS', secret: 'SECRET' }
};

/** The classification level in capitals, as the running header prints it. */
export function classificationLevel(level: string | undefined, lang: Lang): string {
    if (!level) return lang === 'fr' ? 'CLASSIFICATION NON INDIQUÉE' : 'CLASSIFICATION NOT STATED';
    return CLASSIFICATIONS[lang][level] ?? level.toUpperCase();
}

/**
 * "UNDER SEAL / Ex parte Registry only / URGENT" (document-format.md §4.3, item 7). Several ex parte
 * markers (the register of requests marked differently) are each given: the reader must meet them all.
 */
export function classificationLine(level: string | undefined, exParte: string | readonly string[] | undefined, urgent: boolean, lang: Lang): string {
    const markers = (typeof exParte === 'string' ? [exParte] : exParte ?? []).filter(Boolean).map(e => `Ex parte ${e}`);
    return [classificationLevel(level, lang), ...markers, urgent ? 'URGENT' : undefined]
        .filter(Boolean).join(' / ');
}

/** Annexes classified otherwise than the request, as the cover's classification line names them: level, names. */
const ANNEX_LEVELS: Record<Lang, Record<string, [string, string]>> = {
    en: { public: ['Public', 'Public'], confidential: ['Confidential', 'Confidential'], 'under-seal': ['Under Seal', 'Under Seal'], secret: ['Secret', 'Secret'] },
    // Annexe is feminine: the adjective agrees, in the singular and the plural.
    fr: { public: ['publique', 'publiques'], confidential: ['confidentielle', 'confidentielles'], 'under-seal': ['sous scellés', 'sous scellés'], secret: ['secrète', 'secrètes'] }
};

/**
 * The cover's mention of annexes classified otherwise than the request, after its level (document-format.md
 * §4.3 item 7: "Public / With Confidential Ex Parte Annexes A-D only available to…", "Public with Confidential
 * EX PARTE Annexes A and B…"): "With Confidential Annex A1 and Under Seal Annexes A2 and A3" / "Avec annexe
 * confidentielle A1 et annexes sous scellés A2 et A3". Undefined when every annex is classified as the request.
 */
export function coverAnnexLevels(groups: ReadonlyArray<{ level: string; names: readonly string[] }>, lang: Lang): string | undefined {
    if (groups.length === 0) return undefined;
    const parts = groups.map(({ level, names }) => {
        const plural = names.length > 1 ? 1 : 0;
        const adjective = ANNEX_LEVELS[lang][level]?.[plural] ?? level;
        const noun = lang === 'fr' ? (plural ? 'annexes' : 'annexe') : (plural ? 'Annexes' : 'Annex');
        return lang === 'fr' ? `${noun} ${adjective} ${joinList([...names], 'fr')}` : `${adjective} ${noun} ${joinList([...names], 'en')}`;
    });
    return `${lang === 'fr' ? 'Avec' : 'With'} ${joinList(parts, lang)}`;
}

/**
 * How a request's annexes are classified, against the request itself (levels already
 * localised and in lower case: "under seal", "sous scellés"). An annex without its own
 * classification has the request's.
 */
export interface AnnexLevels {
    count: number;
    /** Annexes classified as the request is. */
    same: string[];
    /** The others, by level, in the order of the annex table. */
    differing: Array<{ level: string; names: string[] }>;
}

/** "annex A1" / "annexes A2 and A3"; "l'annexe A1" / "les annexes A2 et A3". */
function annexNames(names: string[], lang: Lang): string {
    if (lang === 'fr') return `${names.length === 1 ? 'l\'annexe' : 'les annexes'} ${joinList(names, 'fr')}`;
    return `${names.length === 1 ? 'annex' : 'annexes'} ${joinList(names, 'en')}`;
}

/**
 * The classification of a request and of its annexes, true of each: "This request and its
 * annexes are classified “confidential”." only when they all are; otherwise "This request is
 * classified “confidential”, as is annex A2. Annex A1 is classified “under seal”."
 * `level` undefined: the request is public (`publicSentence` says so).
 */
function classificationSentences(lang: Lang, subject: string, level: string | undefined, annexes: AnnexLevels, q: (level: string) => string, publicSentence: string): string {
    const en = lang === 'en';
    const differing = annexes.differing.map(d => {
        const one = d.names.length === 1;
        return `${capitalise(annexNames(d.names, lang))} ${en ? (one ? 'is' : 'are') : (one ? 'est' : 'sont')} ${en ? 'classified' : (one ? 'classée' : 'classées')} ${q(d.level)}`;
    });
    const rest = differing.length ? ` ${differing.join(en ? '; ' : '\u00a0; ')}.` : '';
    if (level === undefined) return `${publicSentence}${rest}`;
    if (differing.length === 0) {
        if (annexes.count === 0) return `${subject} ${en ? 'is classified' : 'est classée'} ${q(level)}.`;
        const its = en ? `its ${annexes.count === 1 ? 'annex' : 'annexes'}` : (annexes.count === 1 ? 'son annexe' : 'ses annexes');
        return `${subject} ${en ? `and ${its} are classified` : `et ${its} sont classées`} ${q(level)}.`;
    }
    const same = annexes.same.length === 0 ? ''
        : en ? `, as ${annexes.same.length === 1 ? 'is' : 'are'} ${annexNames(annexes.same, lang)}` : `, de même que ${annexNames(annexes.same, lang)}`;
    return `${subject} ${en ? 'is classified' : 'est classée'} ${q(level)}${same}.${rest}`;
}

/**
 * What introduces items, as a list of several ("Crimes:") and before the one item it introduces in its own
 * paragraph ("Crime:"), a list of one being no list.
 */
export type ListIntro = [many: string, one: string];

/** Fixed text of the request document. */
export interface RequestTexts {
    court: string[];
    original: string;
    number: string;
    date: string;
    situation: (name: string) => string;
    caseLine: (title: string) => string;
    draftMark: string;
    /** The note verbale's "Page 3 of 7", built from these three pieces around the two numbers (page-marks.ts `runningMarks`). */
    page: [string, string, string];
    /** Before the document number in the request's footer: "No. ICC-01/09-01/26" / "N° ICC-01/09-01/26" (document-format.md §4.3). */
    footerNumber: string;
    courtDefined: string;
    headings: {
        request: string; legalBasis: string; persons: string; person: string; warrant: string; judgment: string;
        facts: string; execution: string; nationalLaw: string; confidentiality: string; language: string;
        response: string; annexes: string;
    };
    operative: (subject: string, verb: 'requests' | 'invites', addressee: string, action: string) => string;
    purpose: string;
    urgency: string;
    legalBasisIntro: string;
    /** The legal basis that is a single provision, in one sentence. */
    legalBasisOne: (provision: string) => string;
    arrangement: Record<string, string>;
    /** `arrangement other-basis "..."`: the author's words name the basis, after the sentence's colon. */
    otherBasisNamed: (basis: string) => string;
    /**
     * A record the request relies on (consent, agreement, consultations...) is described by what it
     * is, its date and the author's summary; its name in the source is an identifier, never printed.
     */
    recordKinds: Record<string, string>;
    /** "Agreement dated 4 October 2004: <summary>" (after the paragraph that names the basis). */
    arrangementRecord: (kind: string, date?: string, summary?: string) => string;
    /**
     * The surrendering State's waiver of the requirements of art. 101(1) (art. 101(2)), before the
     * sentence describing its record. `state` with its article, as names.ts gives it; undefined when
     * the record names none.
     */
    waiver: (state: string | undefined, person: string | undefined, speciality: string, waiverProvision: string) => string;
    /** The value of a person's "Consent" field. */
    consentGiven: (date?: string, summary?: string) => string;
    personFields: {
        name: string; aliases: string; born: string; birthplace: string; nationality: string; languages: string; description: string;
        location: string; role: string; questioningLanguage: string; interpreter: string; rightsNotice: string;
        /**
         * The language of the translation for the person (rule 187): of the warrant of arrest or of the judgment of
         * conviction the request is made under, as the checks take it (validation/surrender.ts), else of neither named.
         */
        translation: Record<'warrant' | 'judgment' | 'other', string>;
        consent: string;
        /** The language of the instruction annexed for a witness (rule 190), concerning rule 74. */
        selfIncrimination: string;
        assurance: string;
    };
    /** The title of the annex a quick fix adds to hold a witness's instruction (rule 190), in a language. */
    selfIncriminationInstruction: (language: string) => string;
    roles: Record<string, string>;
    warrantLine: (number: string, chamber: string | undefined, date: string | undefined) => string;
    judgmentLine: (number: string, chamber: string | undefined, date: string | undefined) => string;
    crimesIntro: ListIntro;
    factsOfWarrant: string;
    sentence: (kind: string, length?: string) => string;
    /** `remaining` undefined: a life sentence, `remaining life`. */
    timeServed: (served: string, remaining: string | undefined, asOf: string) => string;
    annexedCopy: (annex: string) => string;
    /** "annex A3" / "annexe A3", inside a sentence. */
    annexRef: (annex: string) => string;
    /** An item of the places concerned: its label, description and location. */
    /** A place by its name and description; a draft of a file read in part may have a place without its name. */
    place: (name: string | undefined, description: string | undefined, location?: string) => string;
    facts: {
        grounds: string; facts: string; crimes: ListIntro; crimeDate: string;
        /** The period of the crimes (`crime-date D to E`), its days written out. */
        crimePeriod: (from: string, to: string) => string; crimePlace: string; legalCharacterization: string; identification: string;
        /** Before the request's crimes where they differ from those listed under the warrant, the judgment or both. */
        crimesDiffering: Record<'warrant' | 'judgment' | 'both', ListIntro>;
    };
    execution: {
        procedure: string; present: ListIntro; places: ListIntro; assets: ListIntro; protectiveMeasures: string; otherInformation: string;
        urgentReplies: string; directExecution: string;
        /** Art. 99(4)(a): the determination of admissibility the direct execution follows, as `decisionLine` names it. */
        directAdmissibility: (decision: string, provision: string) => string;
        /** Art. 99(4)(a)-(b): the consultations with the requested State the direct execution follows. */
        directConsulted: (provision: string, date?: string, summary?: string) => string;
        transport: (mode: string, landing?: string, at?: string) => string;
        stateAgreement: (date?: string, summary?: string, conditions?: string) => string; returnBy: (date: string) => string; follows: (ref: string) => string;
        surrenderWillFollow: string;
        /**
         * When the proceedings commenced; with `provision` (art. 127(2)), where the requested State's withdrawal took
         * effect after they did (page-marks.ts `continuesAfterWithdrawal`), what that means for the request.
         */
        proceedingsCommenced: (date: string, provision?: string) => string;
        medium: (medium: string) => string;
        /** Sent by an urgent medium, then confirmed through a channel; with the provision requiring it, if any. */
        mediumConfirmed: (medium: string, sentOn: string | undefined, channel: string, confirmedOn: string, provision?: string) => string;
        /** Before the cost items the Court bears (art. 100(1)). */
        costs: ListIntro;
        /** One cost item, with the letter of art. 100(1) it falls under where that article binds the addressee. */
        costItem: (description: string, provision?: string) => string;
    };
    nationalLawNoneKnown: (provision?: string) => string;
    nationalLawStated: string;
    nationalLawConsulted: (provision?: string, date?: string, summary?: string) => string;
    /** The request's classification (lower case, not yet quoted) and its annexes'. */
    confidentiality: (level: string, annexes: AnnexLevels, basis?: string) => string;
    confidentialityPublic: (annexes: AnnexLevels) => string;
    /** `annexes`: of a public request, the annexes classified otherwise, the only ones to keep confidential. */
    article87_3: (provision: string, annexes?: string[]) => string;
    /**
     * Art. 87(3) binds a requested State Party: an organisation (art. 87(6)) and a State invited under
     * art. 87(5)(a), whom the wording must not hold to a State Party's obligations, are asked, with no provision.
     */
    askedConfidentiality: (organisation: boolean, annexes?: string[]) => string;
    languageOf: (language: string, translations: string[]) => string;
    respondBy: (date: string, organisation: boolean) => string;
    /** The invitation to the requested State or organisation to consult the Court, with art. 97 where it applies (a State Party). */
    consultations: (provision: string | undefined, organisation: boolean) => string;
    annexColumns: string[];
    annexCopyOf: (what: string) => string;
    annexCopyOfRecord: (kind: string, date?: string) => string;
    annexFile: (file: string) => string;
    /** Footnote of a document in another language than the author's text. */
    originalLanguageNote: string;
    closing: { place: (date: string) => string; placeOnly: string; signatureFor: string };
    durations: Record<string, [string, string]>;
    mediums: Record<string, string>;
    /** The channel a request is confirmed through, after "confirmed" / "confirmée". */
    confirmationChannels: Record<string, string>;
    transportModes: Record<string, string>;
    landings: Record<string, string>;
    sentenceKinds: Record<string, string>;
    decisionLine: (number: string | undefined, date: string | undefined) => string;
}

export const REQUEST_TEXTS: Record<Lang, RequestTexts> = {
    en: {
        court: ['Cour Pénale Internationale', 'International Criminal Court'],
        original: 'Original:', number: 'No.:', date: 'Date:',
        situation: name => `SITUATION IN ${name}`,
        caseLine: title => `IN THE CASE OF ${title}`,
        draftMark: 'DRAFT',
        page: ['Page ', ' of ', ''],
        footerNumber: 'No.',
        courtDefined: 'of the International Criminal Court (the “Court”)',
        headings: {
            request: 'Request', legalBasis: 'Legal basis', persons: 'Persons concerned', person: 'Person concerned',
            warrant: 'Warrant of arrest', judgment: 'Judgment of conviction', facts: 'Facts and grounds',
            execution: 'Execution of the request', nationalLaw: 'Requirements of national law', confidentiality: 'Confidentiality',
            language: 'Language', response: 'Response and consultations', annexes: 'Annexes'
        },
        operative: (subject, verb, addressee, action) => `${subject} of the International Criminal Court (the “Court”) ${verb} ${addressee} to ${action}.`,
        purpose: 'Purpose of the request:',
        urgency: 'Reasons for urgency:',
        legalBasisIntro: 'This request is made pursuant to the following provisions:',
        legalBasisOne: provision => `This request is made pursuant to ${provision}.`,
        arrangement: {
            'ad-hoc-arrangement': 'The request is made on the basis of an ad hoc arrangement with the requested State (article 87(5)(a) of the Rome Statute).',
            agreement: 'The request is made on the basis of an agreement between the Court and the requested party.',
            'declaration-12-3': 'The requested State has lodged a declaration under article 12(3) of the Rome Statute accepting the exercise of jurisdiction by the Court.',
            'other-basis': 'The request is made on another appropriate basis.'
        },
        otherBasisNamed: basis => `The request is made on another appropriate basis: ${endSentence(basis)}`,
        recordKinds: {
            consent: 'consent', 'state-agreement': 'agreement of the requested State', consultation: 'consultations',
            'ad-hoc-arrangement': 'ad hoc arrangement', agreement: 'agreement', confirmation: 'confirmation', waiver: 'waiver', record: 'record'
        },
        arrangementRecord: (kind, date, summary) => leadInto(`${capitalise(kind)}${date ? ` dated ${date}` : ''}`, summary, 'en'),
        waiver: (state, person, speciality, waiverProvision) =>
            `${state ? `${capitalise(state)}, which surrendered ${person ?? 'the person'} to the Court,` : `The State that surrendered ${person ?? 'the person'} to the Court`} has waived the requirements of ${speciality} under ${waiverProvision}.`,
        consentGiven: (date, summary) => (summary ? `${withoutFinalStop(summary)}${date ? ` (${date})` : ''}` : `given${date ? ` on ${date}` : ''}`),
        personFields: {
            name: 'Name', aliases: 'Also known as', born: 'Date of birth', birthplace: 'Place of birth', nationality: 'Nationality',
            languages: 'Languages', description: 'Description', location: 'Probable location', role: 'Capacity',
            questioningLanguage: 'Language of questioning', interpreter: 'Interpreter', rightsNotice: 'Rights to be notified',
            translation: {
                warrant: 'Language of the translation of the warrant of arrest (rule 187)', judgment: 'Language of the translation of the judgment of conviction (rule 187)',
                other: 'Language of the translation for the person (rule 187)'
            },
            consent: 'Consent', selfIncrimination: 'Language of the instruction on self-incrimination (rules 74 and 190)', assurance: 'Assurance (article 93(2))'
        },
        selfIncriminationInstruction: language => `Instruction on self-incrimination (rule 74), in ${language}`,
        roles: {
            sought: 'person sought', suspect: 'suspect', accused: 'accused', convicted: 'convicted person', witness: 'witness', expert: 'expert',
            victim: 'victim', detained: 'detained person', transported: 'person transported', other: 'other'
        },
        warrantLine: (n, c, d) => `Warrant of arrest No. ${n}${c ? `, issued by ${c}` : ''}${d ? ` on ${d}` : ''}.`,
        judgmentLine: (n, c, d) => `Judgment No. ${n}${c ? ` of ${c}` : ''}${d ? `, delivered on ${d}` : ''}.`,
        crimesIntro: ['Crimes:', 'Crime:'],
        factsOfWarrant: 'Facts:',
        sentence: (kind, length) => `Sentence: ${kind}${length ? ` of ${length}` : ''}.`,
        timeServed: (served, remaining, asOf) => remaining
            ? `As of ${asOf}, the person has served ${served}; ${remaining} remain to be served.`
            : `As of ${asOf}, the person has served ${served} of a sentence of life imprisonment.`,
        annexedCopy: annex => `A copy is annexed to this request (annex ${annex}).`,
        annexRef: annex => `annex ${annex}`,
        place: (name, description, location) => `${[name, description].filter(Boolean).join(': ')}${location ? ` (${location})` : ''}`,
        facts: {
            grounds: 'Grounds:', facts: 'Facts:', crimes: ['Crimes:', 'Crime:'], crimeDate: 'Date of the crimes:', crimePeriod: (from, to) => `from ${from} to ${to}`, crimePlace: 'Place of the crimes:',
            legalCharacterization: 'Legal characterisation:', identification: 'Identification:',
            crimesDiffering: {
                warrant: ['Crimes for which this request is made, which differ from those of the warrant of arrest:', 'Crime for which this request is made, which differs from those of the warrant of arrest:'],
                judgment: ['Crimes for which this request is made, which differ from those of the judgment of conviction:', 'Crime for which this request is made, which differs from those of the judgment of conviction:'],
                both: ['Crimes for which this request is made, which differ from those of the warrant of arrest and of the judgment of conviction:', 'Crime for which this request is made, which differs from those of the warrant of arrest and of the judgment of conviction:']
            }
        },
        execution: {
            // One item of the persons present or of the assets may name several: its label stays.
            procedure: 'Procedure to be followed:', present: ['Persons to be present at the execution:', 'Persons to be present at the execution:'], places: ['Places concerned:', 'Place concerned:'],
            assets: ['Assets concerned:', 'Assets concerned:'], protectiveMeasures: 'Protective measures:', otherInformation: 'Other information:',
            urgentReplies: 'The Court asks that replies be sent by urgent means.',
            directExecution: 'The Prosecutor intends to execute the request directly on the territory of the requested State (article 99(4) of the Rome Statute).',
            directAdmissibility: (decision, provision) => `Admissibility has been determined by ${decision} (${provision}).`,
            directConsulted: (provision, date, summary) => leadInto(`The requested State was consulted on the direct execution of this request (${provision})${date ? ` on ${date}` : ''}`, summary, 'en'),
            transport: (mode, landing, at) => `Transport by ${mode}${landing ? `; ${landing}` : ''}${at ? ` (${at})` : ''}.`,
            stateAgreement: (date, summary, conditions) => `${leadInto(`The requested State agreed to the transfer${date ? ` on ${date}` : ''}`, summary, 'en')}${conditions ? ` Conditions: ${endSentence(conditions)}` : ''}`,
            returnBy: date => `The person will be returned by ${date}.`,
            follows: ref => `This request follows request ${ref}.`,
            surrenderWillFollow: 'A request for the surrender of the person sought will follow.',
            proceedingsCommenced: (date, provision) => (provision
                ? `This request is made in connection with proceedings commenced on ${date}, before the withdrawal of the requested State from the Rome Statute became effective. In accordance with ${provision}, the withdrawal does not affect cooperation with the Court in connection with those proceedings.`
                : `Proceedings commenced on ${date}.`),
            medium: medium => `This request is transmitted by ${medium}.`,
            mediumConfirmed: (medium, sentOn, channel, confirmedOn, provision) =>
                `This request is transmitted by ${medium}${sentOn ? ` on ${sentOn}` : ''} and confirmed ${channel} on ${confirmedOn}${provision ? `, in accordance with ${provision}` : ''}.`,
            costs: ['The following costs will be borne by the Court:', 'The following cost will be borne by the Court:'],
            costItem: (description, provision) => `${withoutFinalStop(description)}${provision ? ` (${provision})` : ''}`
        },
        nationalLawNoneKnown: provision => `The Court is not aware of any requirement of the law of the requested State that must be met for the execution of this request${provision ? ` (${provision})` : ''}. It invites the requested State to inform it of any such requirement.`,
        nationalLawStated: 'Information required under the law of the requested State:',
        nationalLawConsulted: (provision, date, summary) => leadInto(`The requested State was consulted on the requirements of its national law${provision ? ` (${provision})` : ''}${date ? ` on ${date}` : ''}`, summary, 'en'),
        confidentiality: (level, annexes, basis) => `${classificationSentences('en', 'This request', level, annexes, l => quote(l, 'en'), '')}${basis ? ` Basis of the classification: ${endSentence(basis)}` : ''}`,
        confidentialityPublic: annexes => classificationSentences('en', 'This request', undefined, annexes, l => quote(l, 'en'), 'This request is public.'),
        article87_3: (provision, annexes) => (annexes
            ? `In accordance with ${provision}, the requested State shall keep ${annexNames(annexes, 'en')} confidential, except to the extent that disclosure is necessary for the execution of this request.`
            : `In accordance with ${provision}, the requested State shall keep this request and any documents supporting it confidential, except to the extent that disclosure is necessary for its execution.`),
        askedConfidentiality: (organisation, annexes) => (annexes
            ? `The Court asks the requested ${organisation ? 'organisation' : 'State'} to keep ${annexNames(annexes, 'en')} confidential, except to the extent that disclosure is necessary for the execution of this request.`
            : `The Court asks the requested ${organisation ? 'organisation' : 'State'} to keep this request and any documents supporting it confidential, except to the extent that disclosure is necessary for its execution.`),
        languageOf: (language, translations) => `This request is in ${language}${translations.length ? `, accompanied by a translation into ${joinList(translations, 'en')}` : ''}.`,
        respondBy: date => `The Court would be grateful to receive a response by ${date}.`,
        consultations: (provision, organisation) => `Should the requested ${organisation ? 'organisation' : 'State'} identify problems which may impede or prevent the execution of this request, it is invited to consult the Court without delay in order to resolve the matter${provision ? `, in accordance with ${provision}` : ''}.`,
        annexColumns: ['Annex', 'Title', 'Document', 'Language', 'Classification'],
        annexCopyOf: what => `copy of ${what}`,
        annexCopyOfRecord: (kind, date) => `copy of the ${kind}${date ? ` dated ${date}` : ''}`,
        annexFile: file => `file ${file}`,
        originalLanguageNote: 'Passages supplied by the author of the request are reproduced as written, without translation.',
        closing: { place: date => `Dated this ${date}`, placeOnly: 'At The Hague, the Netherlands', signatureFor: 'For' },
        durations: { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'] },
        mediums: { written: 'written communication', 'electronic-mail': 'electronic mail', fax: 'facsimile', 'INTERPOL-notice': 'INTERPOL notice', 'other-written-record': 'a medium capable of delivering a written record' },
        confirmationChannels: {
            'diplomatic-channel': 'through the diplomatic channel', 'designated-authority': 'through the designated channel',
            INTERPOL: 'through the International Criminal Police Organization (INTERPOL)', 'regional-organisation': 'through a regional organisation'
        },
        transportModes: { air: 'air', land: 'land', sea: 'sea' },
        landings: { none: 'no landing on the territory of the transit State is scheduled', scheduled: 'a landing is scheduled', unscheduled: 'an unscheduled landing occurred' },
        sentenceKinds: { imprisonment: 'imprisonment', 'life-imprisonment': 'life imprisonment', fine: 'fine', none: 'none' },
        decisionLine: (number, date) => `decision${number ? ` No. ${number}` : ''}${date ? ` of ${date}` : ''}`
    },
    fr: {
        court: ['Cour pénale internationale', 'International Criminal Court'],
        original: 'Original\u00a0:', number: 'N°\u00a0:', date: 'Date\u00a0:',
        situation: name => `SITUATION ${name}`,
        caseLine: title => `AFFAIRE ${title}`,
        draftMark: 'PROJET',
        page: ['Page ', ' sur ', ''],
        footerNumber: 'N°',
        courtDefined: 'de la Cour pénale internationale (la «\u00a0Cour\u00a0»)',
        headings: {
            request: 'Demande', legalBasis: 'Fondement juridique', persons: 'Personnes concernées', person: 'Personne concernée',
            warrant: 'Mandat d\'arrêt', judgment: 'Jugement de condamnation', facts: 'Faits et motifs',
            execution: 'Exécution de la demande', nationalLaw: 'Exigences du droit national', confidentiality: 'Confidentialité',
            language: 'Langue', response: 'Réponse et consultations', annexes: 'Annexes'
        },
        operative: (subject, verb, addressee, action) => (verb === 'invites'
            ? `${subject} de la Cour pénale internationale (la «\u00a0Cour\u00a0») invite ${addressee} à ${action}.`
            : `${subject} de la Cour pénale internationale (la «\u00a0Cour\u00a0») demande ${frA(addressee)} ${frDe(action)}.`),
        purpose: 'Objet de la demande\u00a0:',
        urgency: 'Motifs de l\'urgence\u00a0:',
        legalBasisIntro: 'La présente demande est présentée en vertu des dispositions suivantes\u00a0:',
        legalBasisOne: provision => `La présente demande est présentée en vertu ${frDeArticle(provision)}.`,
        arrangement: {
            'ad-hoc-arrangement': 'La demande est présentée sur la base d\'un arrangement ad hoc avec l\'État requis (article 87, paragraphe 5, alinéa a), du Statut de Rome).',
            agreement: 'La demande est présentée sur la base d\'un accord entre la Cour et la partie requise.',
            'declaration-12-3': 'L\'État requis a déposé une déclaration en vertu de l\'article 12, paragraphe 3, du Statut de Rome, par laquelle il consent à ce que la Cour exerce sa compétence.',
            'other-basis': 'La demande est présentée sur une autre base appropriée.'
        },
        otherBasisNamed: basis => `La demande est présentée sur une autre base appropriée\u00a0: ${endSentence(basis)}`,
        recordKinds: {
            consent: 'consentement', 'state-agreement': 'accord de l\'État requis', consultation: 'consultations',
            'ad-hoc-arrangement': 'arrangement ad hoc', agreement: 'accord', confirmation: 'confirmation', waiver: 'renonciation', record: 'pièce'
        },
        // "en date du" agrees with every noun ("accord", "confirmation", "consultations").
        arrangementRecord: (kind, date, summary) => leadInto(`${capitalise(kind)}${date ? ` en date du ${date}` : ''}`, summary, 'fr'),
        waiver: (state, person, speciality, waiverProvision) =>
            `${state ? `${capitalise(state)}, qui a remis ${person ?? 'la personne'} à la Cour,` : `L'État qui a remis ${person ?? 'la personne'} à la Cour`} a renoncé, en vertu ${frDeArticle(waiverProvision)}, aux conditions énoncées à ${speciality}.`,
        consentGiven: (date, summary) => (summary ? `${withoutFinalStop(summary)}${date ? ` (${date})` : ''}` : `donné${date ? ` le ${date}` : ''}`),
        personFields: {
            name: 'Nom', aliases: 'Également connu sous le nom de', born: 'Date de naissance', birthplace: 'Lieu de naissance', nationality: 'Nationalité',
            languages: 'Langues', description: 'Signalement', location: 'Localisation probable', role: 'Qualité',
            questioningLanguage: 'Langue de l\'interrogatoire', interpreter: 'Interprète', rightsNotice: 'Droits à notifier',
            translation: {
                warrant: 'Langue de la traduction du mandat d\'arrêt (règle 187)', judgment: 'Langue de la traduction du jugement de condamnation (règle 187)',
                other: 'Langue de la traduction destinée à la personne (règle 187)'
            },
            consent: 'Consentement', selfIncrimination: 'Langue de l\'instruction relative à l\'auto-incrimination (règles 74 et 190)', assurance: 'Assurance (article 93, paragraphe 2)'
        },
        selfIncriminationInstruction: language => `Instruction relative à l'auto-incrimination (règle 74), en ${language}`,
        roles: {
            sought: 'personne recherchée', suspect: 'suspect', accused: 'accusé', convicted: 'personne condamnée', witness: 'témoin', expert: 'expert',
            victim: 'victime', detained: 'personne détenue', transported: 'personne transportée', other: 'autre'
        },
        warrantLine: (n, c, d) => `Mandat d'arrêt n° ${n}${c ? `, délivré par la ${chamberNameFr(c)}` : ''}${d ? ` le ${d}` : ''}.`,
        judgmentLine: (n, c, d) => `Jugement n° ${n}${c ? ` de la ${chamberNameFr(c)}` : ''}${d ? `, rendu le ${d}` : ''}.`,
        crimesIntro: ['Crimes\u00a0:', 'Crime\u00a0:'],
        factsOfWarrant: 'Faits\u00a0:',
        sentence: (kind, length) => `Peine\u00a0: ${kind}${length ? ` de ${length}` : ''}.`,
        timeServed: (served, remaining, asOf) => remaining
            ? `Au ${asOf}, la personne a purgé ${served}\u00a0; il lui reste ${remaining} à purger.`
            : `Au ${asOf}, la personne a purgé ${served} d'une peine de réclusion à perpétuité.`,
        annexedCopy: annex => `Une copie est jointe à la présente demande (annexe ${annex}).`,
        annexRef: annex => `annexe ${annex}`,
        place: (name, description, location) => `${[name, description].filter(Boolean).join('\u00a0: ')}${location ? ` (${location})` : ''}`,
        facts: {
            grounds: 'Motifs\u00a0:', facts: 'Faits\u00a0:', crimes: ['Crimes\u00a0:', 'Crime\u00a0:'], crimeDate: 'Date des crimes\u00a0:', crimePeriod: (from, to) => `du ${from} au ${to}`, crimePlace: 'Lieu des crimes\u00a0:',
            legalCharacterization: 'Qualification juridique\u00a0:', identification: 'Identification\u00a0:',
            crimesDiffering: {
                warrant: ['Crimes visés par la présente demande, qui diffèrent de ceux du mandat d\'arrêt\u00a0:', 'Crime visé par la présente demande, qui diffère de ceux du mandat d\'arrêt\u00a0:'],
                judgment: ['Crimes visés par la présente demande, qui diffèrent de ceux du jugement de condamnation\u00a0:', 'Crime visé par la présente demande, qui diffère de ceux du jugement de condamnation\u00a0:'],
                both: ['Crimes visés par la présente demande, qui diffèrent de ceux du mandat d\'arrêt et de ceux du jugement de condamnation\u00a0:', 'Crime visé par la présente demande, qui diffère de ceux du mandat d\'arrêt et de ceux du jugement de condamnation\u00a0:']
            }
        },
        execution: {
            procedure: 'Procédure à suivre\u00a0:', present: ['Personnes devant assister à l\'exécution\u00a0:', 'Personnes devant assister à l\'exécution\u00a0:'], places: ['Lieux concernés\u00a0:', 'Lieu concerné\u00a0:'],
            assets: ['Avoirs concernés\u00a0:', 'Avoirs concernés\u00a0:'], protectiveMeasures: 'Mesures de protection\u00a0:', otherInformation: 'Autres informations\u00a0:',
            urgentReplies: 'La Cour demande que les réponses lui soient adressées par une voie urgente.',
            directExecution: 'Le Procureur entend exécuter directement la demande sur le territoire de l\'État requis (article 99, paragraphe 4, du Statut de Rome).',
            directAdmissibility: (decision, provision) => `Il a été statué sur la recevabilité par la ${decision} (${withoutArticle(provision)}).`,
            directConsulted: (provision, date, summary) => leadInto(`L'État requis a été consulté sur l'exécution directe de la présente demande (${withoutArticle(provision)})${date ? ` le ${date}` : ''}`, summary, 'fr'),
            transport: (mode, landing, at) => `Transport par voie ${mode}${landing ? `\u00a0; ${landing}` : ''}${at ? ` (${at})` : ''}.`,
            stateAgreement: (date, summary, conditions) => `${leadInto(`L'État requis a consenti au transfèrement${date ? ` le ${date}` : ''}`, summary, 'fr')}${conditions ? ` Conditions\u00a0: ${endSentence(conditions)}` : ''}`,
            returnBy: date => `La personne sera renvoyée au plus tard le ${date}.`,
            follows: ref => `La présente demande fait suite à la demande ${ref}.`,
            surrenderWillFollow: 'Une demande de remise de la personne recherchée suivra.',
            proceedingsCommenced: (date, provision) => (provision
                ? `La présente demande est présentée dans le cadre d'une procédure engagée le ${date}, avant la date à laquelle le retrait de l'État requis du Statut de Rome a pris effet. Conformément à ${provision}, ce retrait n'affecte pas la coopération avec la Cour dans le cadre de cette procédure.`
                : `La procédure a été engagée le ${date}.`),
            medium: medium => `La présente demande est transmise par ${medium}.`,
            mediumConfirmed: (medium, sentOn, channel, confirmedOn, provision) =>
                `La présente demande est transmise par ${medium}${sentOn ? ` le ${sentOn}` : ''} et confirmée ${channel} le ${confirmedOn}${provision ? `, conformément à ${provision}` : ''}.`,
            // "Frais" has no singular: one item is introduced as several are.
            costs: ['Les frais suivants seront à la charge de la Cour\u00a0:', 'Les frais suivants seront à la charge de la Cour\u00a0:'],
            costItem: (description, provision) => `${withoutFinalStop(description)}${provision ? ` (${withoutArticle(provision)})` : ''}`
        },
        nationalLawNoneKnown: provision => `La Cour n'a connaissance d'aucune exigence du droit de l'État requis à laquelle l'exécution de la présente demande serait subordonnée${provision ? ` (${withoutArticle(provision)})` : ''}. Elle invite l'État requis à lui faire connaître toute exigence de cette nature.`,
        nationalLawStated: 'Informations requises par le droit de l\'État requis\u00a0:',
        nationalLawConsulted: (provision, date, summary) => leadInto(`L'État requis a été consulté sur les exigences de son droit interne${provision ? ` (${withoutArticle(provision)})` : ''}${date ? ` le ${date}` : ''}`, summary, 'fr'),
        confidentiality: (level, annexes, basis) => `${classificationSentences('fr', 'La présente demande', level, annexes, l => quote(l, 'fr'), '')}${basis ? ` Fondement de la classification\u00a0: ${endSentence(basis)}` : ''}`,
        confidentialityPublic: annexes => classificationSentences('fr', 'La présente demande', undefined, annexes, l => quote(l, 'fr'), 'La présente demande est publique.'),
        article87_3: (provision, annexes) => `Conformément à ${provision}, l'État requis respecte le caractère confidentiel ${annexes ? frDeArticle(annexNames(annexes, 'fr')) : 'de la présente demande et des pièces justificatives'}, sauf dans la mesure où une divulgation est nécessaire pour donner suite à la demande.`,
        askedConfidentiality: (organisation, annexes) => `La Cour prie ${organisation ? 'l\'organisation requise' : 'l\'État requis'} de respecter le caractère confidentiel ${annexes ? frDeArticle(annexNames(annexes, 'fr')) : 'de la présente demande et des pièces justificatives'}, sauf dans la mesure où une divulgation est nécessaire pour donner suite à la demande.`,
        languageOf: (language, translations) => `La présente demande est rédigée en ${language}${translations.length ? ` et accompagnée d'une traduction en ${joinList(translations, 'fr')}` : ''}.`,
        respondBy: (date, organisation) => `La Cour saurait gré ${organisation ? 'à l\'organisation requise' : 'à l\'État requis'} de bien vouloir lui répondre au plus tard le ${date}.`,
        consultations: (provision, organisation) => `Si ${organisation ? 'l\'organisation requise' : 'l\'État requis'} constate que la demande soulève des difficultés qui pourraient en gêner ou en empêcher l'exécution, ${organisation ? 'elle est invitée' : 'il est invité'} à consulter la Cour sans tarder en vue de régler la question${provision ? `, conformément à ${provision}` : ''}.`,
        annexColumns: ['Annexe', 'Intitulé', 'Document', 'Langue', 'Classification'],
        annexCopyOf: what => `copie\u00a0: ${what}`,
        annexCopyOfRecord: (kind, date) => `copie\u00a0: ${kind}${date ? ` en date du ${date}` : ''}`,
        annexFile: file => `fichier ${file}`,
        originalLanguageNote: 'Les passages fournis par l\'auteur de la demande sont reproduits tels qu\'ils ont été rédigés, sans traduction.',
        closing: { place: date => `Fait le ${date}`, placeOnly: 'À La Haye (Pays-Bas)', signatureFor: 'Pour' },
        durations: { year: ['an', 'ans'], month: ['mois', 'mois'], day: ['jour', 'jours'] },
        mediums: { written: 'communication écrite', 'electronic-mail': 'courrier électronique', fax: 'télécopie', 'INTERPOL-notice': 'notice d\'INTERPOL', 'other-written-record': 'un moyen pouvant laisser une trace écrite' },
        confirmationChannels: {
            'diplomatic-channel': 'par la voie diplomatique', 'designated-authority': 'par la voie désignée',
            INTERPOL: 'par l\'intermédiaire de l\'Organisation internationale de police criminelle (INTERPOL)', 'regional-organisation': 'par l\'intermédiaire d\'une organisation régionale'
        },
        transportModes: { air: 'aérienne', land: 'terrestre', sea: 'maritime' },
        landings: { none: 'aucun atterrissage sur le territoire de l\'État de transit n\'est prévu', scheduled: 'un atterrissage est prévu', unscheduled: 'un atterrissage imprévu a eu lieu' },
        sentenceKinds: { imprisonment: 'emprisonnement', 'life-imprisonment': 'réclusion à perpétuité', fine: 'amende', none: 'aucune' },
        decisionLine: (number, date) => `décision${number ? ` n° ${number}` : ''}${date ? ` du ${date}` : ''}`
    }
};

/** Fixed text of the note verbale (note-verbale.md §3: a SYNTHETIC skeleton, not an ICC text). */
export interface NoteVerbaleTexts {
    heading: string;
    reference: (ref: string) => string;
    sender: (transmittedBy: string | undefined) => string;
    /**
     * "...presents its compliments to <addressee> and has the honour to transmit herewith ...". The
     * title is the author's, in any language: French names it after a noun of its own ("la demande
     * intitulée « … »"), since an article before the quoted title ("la « Invitation… »") would need
     * an elision and a gender the title does not tell.
     */
    opening: (sender: string, addressee: string, title: string, documentNo: string | undefined, organ: string, date: string | undefined, annexCount: number) => string;
    /** One phrase per instrument, its provisions grouped (statute/provisions.ts `provisionGroups`). */
    legalBasis: (provisions: string[]) => string;
    channel: (provision: string) => string;
    /** The note confirms the request sent earlier by an urgent medium; with the provision requiring it, if any. */
    confirms: (medium: string, sentOn: string | undefined, provision: string | undefined) => string;
    /** What the addressee is asked, or invited (art. 87(5)(a), page-marks.ts `isInvitation`), to do. */
    summary: (action: string, organisation: boolean, invitation: boolean) => string;
    language: (language: string, translations: string[], provisions: string[]) => string;
    /**
     * `level` undefined: the request is public, some annexes are not (`annexes.differing`).
     * `provision` undefined: art. 87(3), which binds a requested State Party, is not cited (an organisation,
     * a State invited under art. 87(5)(a)). `organisation`: the addressee is asked, not a State's competent authorities.
     */
    confidentiality: (level: string | undefined, annexes: AnnexLevels, provision: string | undefined, organisation: boolean) => string;
    urgency: (reason: string) => string;
    respondBy: (date: string, organisation: boolean) => string;
    /** The invitation to consult the Court, with art. 97 where it applies (a State Party); an organisation is invited itself. */
    consultations: (provision: string | undefined, organisation: boolean) => string;
    /** Whom to write to with a question on the request (the skeleton's `<contact point in the Registry>`, note-verbale.md §3). */
    contact: (contact: string) => string;
    closing: (sender: string, addressee: string) => string;
    placeAndDate: (date: string) => string;
    enclosures: (items: string[]) => string;
    /** The enclosure that is the request's translation (`language L translation L2`), which accompanies it (art. 87(2)). */
    enclosedTranslation: (reference: string, language: string) => string;
    addressees: {
        /** Takes the "of" form: "of the United Republic of Tanzania", "du Kenya". */
        embassy: (stateOf: string) => string;
        competentAuthorities: (stateOf: string) => string;
        /** The one office a `recipient` that is no embassy names (a ministry): "of the Republic of Uganda", "de la République de l'Ouganda". */
        competentAuthority: (stateOf: string) => string;
        /** Takes the State's name with its article ("the Netherlands", "les Pays-Bas"). */
        designatedAuthority: (state: string) => string;
        interpol: string;
        regionalOrganisation: string;
        organisation: (name: string) => string;
    };
    provenance: string;
}

export const NOTE_VERBALE_TEXTS: Record<Lang, NoteVerbaleTexts> = {
    en: {
        heading: 'NOTE VERBALE',
        reference: ref => `Ref.: ${ref}`,
        sender: by => (by === 'Office-of-the-Prosecutor' ? 'The Office of the Prosecutor of the International Criminal Court' : 'The Registry of the International Criminal Court'),
        opening: (sender, addressee, title, no, organ, date, annexes) =>
            `${sender} presents its compliments to ${closeApposition(addressee)} and has the honour to transmit herewith the “${title}”${no ? ` (${no})` : ''}${annexes > 0 ? `, together with its ${annexes === 1 ? 'annex' : `${countInWords(annexes, 'en')} annexes`}` : ''}, issued by ${organ}${date ? ` on ${date}` : ''}.`,
        legalBasis: provisions => `The request is made pursuant to ${joinList(provisions, 'en')}.`,
        channel: provision => `It is transmitted through the channel designated under ${provision}.`,
        confirms: (medium, sentOn, provision) => `This note confirms the request transmitted ${sentOn ? `on ${sentOn}` : 'earlier'} by ${medium}${provision ? `, in accordance with ${provision}` : ''}.`,
        summary: (action, organisation, invitation) => `The requested ${organisation ? 'organisation' : 'State'} is ${invitation ? 'invited' : 'asked'} to ${action}.`,
        language: (language, translations, provisions) => `The request is in ${language}${translations.length ? ` and is accompanied by a translation into ${joinList(translations, 'en')}` : ''}${provisions.length ? `, in accordance with ${joinList(provisions, 'en')}` : ''}.`,
        confidentiality: (level, annexes, provision) => {
            const kept = level === undefined ? annexNames(annexes.differing.flatMap(d => d.names), 'en') : annexes.count > 0 ? 'they' : 'it';
            return `${classificationSentences('en', 'The request', level, annexes, l => quote(l, 'en'), 'The request is public.')} The Court would be grateful if ${kept} were kept confidential${provision ? ` in accordance with ${provision}` : ''}, except to the extent that disclosure is necessary for the execution of the request.`;
        },
        urgency: reason => leadInto('The request is urgent', reason, 'en'),
        respondBy: date => `A response by ${date} would be appreciated.`,
        consultations: (provision, organisation) => `Should any problem arise which may impede or prevent the execution of the request, ${organisation ? 'the requested organisation is' : 'the competent authorities are'} invited to consult the Court without delay${provision ? `, in accordance with ${provision}` : ''}.`,
        contact: contact => `For any question concerning the request, the contact point is: ${endSentence(contact)}`,
        closing: (sender, addressee) => `${sender} avails itself of this opportunity to renew to ${closeApposition(addressee)} the assurances of its highest consideration.`,
        placeAndDate: date => `The Hague, ${date}`,
        enclosures: items => `Enclosures: ${items.join('; ')}`,
        enclosedTranslation: (reference, language) => `translation of ${reference} into ${language}`,
        addressees: {
            embassy: stateOf => `the Embassy ${stateOf}`,
            competentAuthorities: stateOf => `the competent authorities ${stateOf}`,
            competentAuthority: stateOf => `the competent authority ${stateOf}`,
            designatedAuthority: state => `the authority designated by ${state}`,
            interpol: 'the International Criminal Police Organization (INTERPOL)',
            regionalOrganisation: 'the competent regional organisation',
            organisation: name => name
        },
        provenance: 'The note verbale follows general diplomatic conventions (third person, unsigned, opening and closing courtesy formulas; shared/reference/note-verbale.md). Its wording is synthetic: it is not an attested ICC Registry template.'
    },
    fr: {
        heading: 'NOTE VERBALE',
        reference: ref => `Réf.\u00a0: ${ref}`,
        sender: by => (by === 'Office-of-the-Prosecutor' ? 'Le Bureau du Procureur de la Cour pénale internationale' : 'Le Greffe de la Cour pénale internationale'),
        opening: (sender, addressee, title, no, organ, date, annexes) =>
            `${sender} présente ses compliments ${closeApposition(frA(addressee))} et a l'honneur de lui transmettre ci-joint la demande intitulée «\u00a0${title}\u00a0»${no ? ` (${no})` : ''}${annexes > 0 ? `, accompagnée de ${annexes === 1 ? 'son annexe' : `ses ${countInWords(annexes, 'fr')} annexes`}` : ''}, émanant ${frDeArticle(organ)}${date ? ` et datée du ${date}` : ''}.`,
        legalBasis: provisions => `La demande est présentée en vertu ${joinList(provisions.map(frDeArticle), 'fr')}.`,
        channel: provision => `Elle est transmise par la voie désignée conformément à ${provision}.`,
        confirms: (medium, sentOn, provision) => `La présente note confirme la demande transmise ${sentOn ? `le ${sentOn}` : 'précédemment'} par ${medium}${provision ? `, conformément à ${provision}` : ''}.`,
        summary: (action, organisation, invitation) => (invitation
            ? `${organisation ? 'L\'organisation requise est invitée' : 'L\'État requis est invité'} à ${action}.`
            : `Il est demandé ${organisation ? 'à l\'organisation requise' : 'à l\'État requis'} ${frDe(action)}.`),
        language: (language, translations, provisions) => `La demande est rédigée en ${language}${translations.length ? ` et accompagnée d'une traduction en ${joinList(translations, 'fr')}` : ''}${provisions.length ? `, conformément ${joinList(provisions.map(frA), 'fr')}` : ''}.`,
        confidentiality: (level, annexes, provision, organisation) => {
            const kept = level === undefined ? `de respecter le caractère confidentiel ${frDeArticle(annexNames(annexes.differing.flatMap(d => d.names), 'fr'))}` : 'd\'en respecter le caractère confidentiel';
            return `${classificationSentences('fr', 'La demande', level, annexes, l => quote(l, 'fr'), 'La demande est publique.')} La Cour saurait gré ${organisation ? 'à l\'organisation requise' : 'aux autorités compétentes'} ${kept}${provision ? ` conformément à ${provision}` : ''}, sauf dans la mesure où une divulgation est nécessaire pour donner suite à la demande.`;
        },
        urgency: reason => leadInto('La demande est urgente', reason, 'fr'),
        respondBy: (date, organisation) => `La Cour saurait gré ${organisation ? 'à l\'organisation requise' : 'aux autorités compétentes'} de bien vouloir lui faire parvenir une réponse au plus tard le ${date}.`,
        consultations: (provision, organisation) => `Si des difficultés devaient gêner ou empêcher l'exécution de la demande, ${organisation ? 'l\'organisation requise est invitée' : 'les autorités compétentes sont invitées'} à consulter la Cour sans tarder${provision ? `, conformément à ${provision}` : ''}.`,
        contact: contact => `Pour toute question relative à la demande, le point de contact est\u00a0: ${endSentence(contact)}`,
        closing: (sender, addressee) => `${sender} saisit cette occasion pour renouveler ${closeApposition(frA(addressee))} les assurances de sa très haute considération.`,
        placeAndDate: date => `La Haye, le ${date}`,
        enclosures: items => `Pièces jointes\u00a0: ${items.join('\u00a0; ')}`,
        enclosedTranslation: (reference, language) => `traduction en ${language} ${frDe(reference)}`,
        addressees: {
            embassy: stateOf => `l'Ambassade ${stateOf}`,
            competentAuthorities: stateOf => `les autorités compétentes ${stateOf}`,
            competentAuthority: stateOf => `l'autorité compétente ${stateOf}`,
            designatedAuthority: state => `l'autorité désignée par ${state}`,
            interpol: 'l\'Organisation internationale de police criminelle (INTERPOL)',
            regionalOrganisation: 'l\'organisation régionale compétente',
            organisation: name => name
        },
        provenance: 'La note verbale suit les usages diplomatiques généraux (troisième personne, non signée, formules de courtoisie d\'ouverture et de clôture\u00a0; shared/reference/note-verbale.md). Sa rédaction est synthétique\u00a0: ce n\'est pas un modèle attesté du Greffe de la CPI.'
    }
};

/** "présente ses compliments à l'Ambassade" / "renouveler à l'Ambassade": French needs à + article. */
export function frA(addressee: string): string {
    if (/^le /i.test(addressee)) return `au ${addressee.slice(3)}`;
    if (/^les /i.test(addressee)) return `aux ${addressee.slice(4)}`;
    return `à ${addressee}`;
}

/** "de la Chambre", "du Procureur", "des Pays-Bas", "de l'Albanie". */
export function frDeArticle(name: string): string {
    if (/^le /i.test(name)) return `du ${name.slice(3)}`;
    if (/^les /i.test(name)) return `des ${name.slice(4)}`;
    return `de ${name}`;
}

/**
 * What the author must confirm before sending (`meta.warnings`, reported by `rogatory build`
 * and the editor's export): never printed in a document. In English, like every diagnostic.
 */
export const AUTHOR_WARNINGS = {
    builtinDesignation: (state: string, provision: string) =>
        `The note verbale is addressed through the channel that the designation of ${state} under ${provision} in the built-in State library gives; that designation is one of the dossier's examples from third-party sources, NOT VERIFIED: confirm it before transmission.`,
    workspaceDesignation: (state: string, provision: string, file: string, verification: string, note?: string) =>
        `The note verbale is addressed through the channel that the designation of ${state} under ${provision} in ${file} gives; that designation is marked ${verificationMark(verification) ?? 'NOT VERIFIED'}${note ? ` (${note})` : ''}: confirm it before transmission.`,
    pdfMissingGlyphs: (document: 'request' | 'note-verbale', characters: readonly string[]) =>
        `The PDF of the ${document === 'request' ? 'request' : 'note verbale'} leaves out ${characters.length === 1 ? 'a character' : `${characters.length} characters`} its font (TeX Gyre Termes) has no glyph for: ${characters.slice(0, 12).map(c => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}${characters.length > 12 ? ', ...' : ''}; the DOCX and HTML keep them: transmit one of those, or write the text in Latin letters.`
};
