/**
 * What both documents share: the page layout of reg. 36(3), the classification marks and the
 * running header and footer, and the addressee of a request in each language.
 */
import { RegExpUtils } from 'langium';
import type { Annex, Designation, Organisation, Request, State } from '../generated/ast.js';
import { officialStateName } from '../builtin/builtin-library.js';
import { designatedChannels, type StateLibrary } from '../states/state-library.js';
import type { Lang, PageLayout, RunningLine } from './document-model.js';
import { nameForms, recipientPhrase, type NameForms } from './names.js';
import { classificationLevel, classificationLine, coverAnnexLevels, formatDate, NOTE_VERBALE_TEXTS, REQUEST_TEXTS, type AnnexLevels } from './texts.js';
import { canonicalLanguage } from '../languages.js';
import { dayOf, isValidDate, today } from '../states/dates.js';
import { boundAsParty, stateStatusOn } from '../states/state-status.js';
import { CONFIRMATION_RULE } from '../validation/addressee.js';

export interface BuildOptions {
    lang: Lang;
    /** Build a request that still has errors, with a DRAFT mark on every page. */
    draft?: boolean;
    /** Finds the designation (channel, language) in force for the requested State; without it the request's own `via`/`recipient` are used. */
    stateLibrary?: Pick<StateLibrary, 'designationOn'>;
}

/**
 * Reg. 36(3): A4, 2.5 cm margins, Times New Roman 12 pt at 1.5 lines, footnotes 10 pt single.
 * `paragraphSpacingPt`: the space between paragraphs (6 pt in a request; a note verbale's are
 * separated by a blank line, note-verbale.md §2: one single line).
 */
export function courtLayout(lineSpacing = 1.5, paragraphSpacingPt = 6): PageLayout {
    return {
        size: 'A4', widthMm: 210, heightMm: 297, marginMm: 25,
        font: { family: 'Times New Roman', embeddedClone: 'TeX Gyre Termes' },
        bodySizePt: 12, bodyLineSpacing: lineSpacing, paragraphSpacingPt, footnoteSizePt: 10, footnoteLineSpacing: 1
    };
}

export interface ClassificationMarks {
    level?: string;
    exParte?: string;
    urgent: boolean;
    /** "UNDER SEAL / Ex parte Registry only / URGENT" */
    line: string;
    /** "UNDER SEAL" */
    short: string;
}

export function classificationOf(request: Request, lang: Lang): ClassificationMarks {
    const urgent = request.urgency !== undefined;
    return {
        level: request.classification,
        exParte: request.exParte,
        urgent,
        line: classificationLine(request.classification, request.exParte, urgent, lang),
        short: classificationLevel(request.classification, lang)
    };
}

/** An annex's classification: its own, else the request's (what the annex table shows). */
export function annexClassification(annex: Annex, request: Request): string | undefined {
    return annex.classification ?? request.classification;
}

/**
 * The cover's classification line (document-format.md §4.3 item 7): the running header's, with the annexes
 * classified otherwise than the request named after the level and any ex parte marker, as Court records
 * name them ("Public / With Confidential Ex Parte Annexes A-D…"); URGENT last, as in the header.
 */
export function coverClassificationLine(request: Request, lang: Lang): string {
    const groups: Array<{ level: string; names: string[] }> = [];
    for (const annex of request.annexes) {
        const level = annexClassification(annex, request);
        if (!level || level === request.classification || !annex.name) continue;
        const group = groups.find(g => g.level === level);
        if (group) group.names.push(annex.name);
        else groups.push({ level, names: [annex.name] });
    }
    const annexes = coverAnnexLevels(groups, lang);
    const line = classificationLine(request.classification, request.exParte, false, lang);
    return [line, annexes, request.urgency !== undefined ? 'URGENT' : undefined].filter(Boolean).join(' / ');
}

/** The annexes' classifications against the request's, for the sentences that state them (lower case, localised). */
export function annexLevels(request: Request, lang: Lang): AnnexLevels {
    const levels: AnnexLevels = { count: request.annexes.length, same: [], differing: [] };
    for (const annex of request.annexes) {
        // The sentences name each annex; one without its name (a draft of a file read in part) is left out of them.
        if (!annex.name) continue;
        const level = annexClassification(annex, request);
        if (level === request.classification) {
            levels.same.push(annex.name);
            continue;
        }
        const localised = classificationLevel(level, lang).toLocaleLowerCase(lang);
        const group = levels.differing.find(d => d.level === localised);
        if (group) group.names.push(annex.name);
        else levels.differing.push({ level: localised, names: [annex.name] });
    }
    return levels;
}

/** The case number, else the situation number: the "No." of the cover and the footer. */
export function documentNumber(request: Request): string | undefined {
    return request.case ?? request.situation;
}

/**
 * Header, on every page of both documents: reference, classification (with the ex parte line and
 * URGENT), DRAFT. It is the one running line that carries the classification in a request.
 *
 * The request's footer is the Court's (document-format.md §4.3 item 10, "No. ICC-02/05-01/09   1/6
 * 15 July 2013"): the document number, the page over the total, the request's date as its cover
 * writes it; in French "N°" as on a French cover (§4.3 item 3). Without a number or a date, that
 * side is empty, as the cover leaves the field out. The note verbale is not a Court record
 * (note-verbale.md): its footer is no record's ("No." would name the request's number as the
 * note's, and the note is dated at its end, not on every page), only "Page X of Y" and, as
 * before, the classification, so that no page of it, cut or copied, loses the mark.
 */
export function runningMarks(request: Request, lang: Lang, draft: boolean, document: 'request' | 'note-verbale'): { header: RunningLine[]; footer: RunningLine[] } {
    const t = REQUEST_TEXTS[lang];
    const marks = classificationOf(request, lang);
    const header: RunningLine[] = [{
        left: [{ type: 'text', text: request.name ?? '' }],
        center: [{ type: 'text', text: marks.line, bold: true }],
        right: draft ? [{ type: 'text', text: t.draftMark, bold: true }] : []
    }];
    if (document === 'note-verbale') {
        const [before, between, after] = t.page;
        return {
            header,
            footer: [{
                left: [],
                center: [{ type: 'text', text: before }, { type: 'page-number' }, { type: 'text', text: between }, { type: 'page-count' }, ...(after ? [{ type: 'text' as const, text: after }] : [])],
                right: [{ type: 'text', text: marks.short, bold: true }]
            }]
        };
    }
    const no = documentNumber(request);
    return {
        header,
        footer: [{
            left: no ? [{ type: 'text', text: `${t.footerNumber} ${no}` }] : [],
            center: [{ type: 'page-number' }, { type: 'text', text: '/' }, { type: 'page-count' }],
            right: request.date ? [{ type: 'text', text: formatDate(request.date, lang) }] : []
        }]
    };
}

/** The requested State or organisation, its names in the document's language. */
export interface Addressee {
    kind: 'state' | 'organisation' | 'unknown';
    /** The library's name in the document's language (for a warning or a footnote). */
    displayName: string;
    forms: NameForms;
    /**
     * The name in full and exact, as the opening and closing formulas of the note verbale name it
     * (note-verbale.md §2: "Country names in full and exact"): a State's official name ("the Republic
     * of Uganda", "la République de l'Ouganda", builtin-library.ts `officialStateName`), else its name.
     */
    fullForms: NameForms;
    state?: State;
}

export function addresseeOf(request: Request, lang: Lang): Addressee {
    const state = request.state?.ref;
    if (state) {
        const raw = lang === 'fr' ? state.nameFr ?? state.name : state.name;
        const full = officialStateName(state.alpha2, lang) ?? raw;
        return { kind: 'state', displayName: raw, forms: nameForms(raw, lang), fullForms: nameForms(full, lang), state };
    }
    const organisation = request.organisation?.ref;
    if (organisation) {
        const raw = lang === 'fr' ? organisation.nameFr ?? organisation.name : organisation.name;
        const forms = nameForms(raw, lang);
        return { kind: 'organisation', displayName: raw, forms, fullForms: forms };
    }
    const fallback = request.state?.$refText ?? request.organisation?.$refText ?? (lang === 'fr' ? 'État requis' : 'requested State');
    const forms = nameForms(fallback, lang);
    return { kind: 'unknown', displayName: fallback, forms, fullForms: forms };
}

/**
 * Whether the provisions written for States Parties (art. 97's consultations, rule 178's language)
 * apply to the addressee: a State bound as a party on the request date (art. 127(2) included). Not
 * to a State not party (art. 87(5)), nor to an organisation (art. 87(6)); unknown: cited as for a party.
 */
export function partyProvisionsApply(request: Request): boolean {
    if (request.organisation) return false;
    const state = request.state?.ref;
    if (!state || !request.date || !isValidDate(request.date)) return true;
    return boundAsParty(stateStatusOn(state, request.date), request.proceedingsCommenced);
}

/**
 * Whether the request rests on art. 127(2): the requested State's withdrawal had taken effect on the
 * request date, and the proceedings the request is made in connection with (`proceedings-commenced`)
 * commenced before it did, so that the withdrawal does not affect cooperation in connection with them.
 */
export function continuesAfterWithdrawal(request: Request): boolean {
    const state = request.state?.ref;
    if (request.organisation || !state || !request.date || !isValidDate(request.date)) return false;
    const status = stateStatusOn(state, request.date);
    return status.party.kind === 'withdrawn' && boundAsParty(status, request.proceedingsCommenced);
}

/**
 * Whether the Court invites the addressee rather than requests it: "The Court may invite any State
 * not party to this Statute to provide assistance under this Part on the basis of an ad hoc
 * arrangement, an agreement with such State or any other appropriate basis" (art. 87(5)(a)). So a
 * request made on an ad hoc arrangement, or to a State not bound as a party on the request date;
 * not one resting on an art. 12(3) declaration, whose State "shall cooperate with the Court without
 * any delay or exception in accordance with Part 9", nor one to an organisation (art. 87(6)).
 * The request document and its note verbale both ask this, so that they say the same.
 */
export function isInvitation(request: Request): boolean {
    if (request.arrangement === 'ad-hoc-arrangement') return true;
    if (!request.state?.ref || request.arrangement === 'declaration-12-3') return false;
    return !partyProvisionsApply(request);
}

/** A request transmitted first by another medium than writing, then confirmed through a channel. */
export interface ConfirmedTransmission {
    /** `electronic-mail`, `fax`... */
    medium: string;
    /** When it was transmitted by that medium (YYYY-MM-DD...), if known. */
    sentOn?: string;
    confirmedOn: string;
    confirmedVia: string;
    /** The provision requiring the confirmation, if any (not for a provisional arrest). */
    provision?: string;
}

/**
 * `medium M` other than written with `confirmed D via C`: the request went first by that medium
 * and is confirmed on D. It was transmitted on the day of its first `status sent` no later than
 * the confirmation, else on its own date (`dated`), the day the checks take it to be made (a
 * confirmation dated before it is `confirmation-before-request`).
 */
export function confirmedTransmission(request: Request): ConfirmedTransmission | undefined {
    if (!request.medium || request.medium === 'written' || !request.confirmedOn || !request.confirmedVia) return undefined;
    const confirmed = dayOf(request.confirmedOn);
    const sent = request.history
        .filter(e => e.status === 'sent' && e.date && isValidDate(e.date) && dayOf(e.date) <= confirmed)
        .map(e => e.date).sort()[0];
    return {
        medium: request.medium, sentOn: sent ?? request.date, confirmedOn: request.confirmedOn, confirmedVia: request.confirmedVia,
        provision: request.kind ? CONFIRMATION_RULE[request.kind] : undefined
    };
}

/** A name of an office as the author or a designation wrote it, and the language it is written in. */
interface WrittenName {
    text: string;
    lang: Lang;
}

/**
 * A written name as the object of "to" / "à" in a note in `lang`, where it can stand there as
 * written: in its own language, with an article the sentence can know ("the" before an office in
 * English; "l'" before a vowel in French; a French name starting with a consonant would need a
 * gender the name does not tell).
 */
function nameAsWritten(name: WrittenName, lang: Lang): string | undefined {
    if (name.lang !== lang) return undefined;
    const written = name.text.trim();
    if (lang === 'en') return /^the /i.test(written) ? written.replace(/^The /, 'the ') : recipientPhrase(written, 'en');
    if (/^(l'|le |la |les )/i.test(written)) return written.replace(/^(L'|Le |La |Les )/, article => article.toLowerCase());
    return /^[aeiouyàâäéèêëîïôöùûüœ]/i.test(written) ? `l'${written}` : undefined;
}

/** Whether a written name names the organisation: its name in English or French, or its abbreviation as a word (`UN`, not `Union`). */
function namesOrganisation(written: string, organisation: Organisation): boolean {
    const lower = written.toLowerCase();
    if ([organisation.name, organisation.nameFr].some(n => n && lower.includes(n.toLowerCase()))) return true;
    const abbreviation = organisation.abbreviation;
    return !!abbreviation && new RegExp(`(^|[^\\p{L}])${RegExpUtils.escapeRegExp(abbreviation)}($|[^\\p{L}])`, 'u').test(written);
}

/** A written name that is an embassy's (or a Commonwealth State's high commission), in English or French. */
const EMBASSY = /\b(?:embassy|ambassade|high commission|haut-commissariat)\b/i;

/** The addressee in running text: the written name where it can stand, else the note's own words with the name after them, untranslated. */
function namedAddressee(own: string, name: WrittenName | undefined, lang: Lang): string {
    if (!name) return own;
    return nameAsWritten(name, lang) ?? `${own} (${name.text.trim().replace(/^the /i, '')})`;
}

/**
 * Whom the note verbale is addressed to, through the requested State's declared channel
 * (art. 87(1)(a)): the request's own `recipient`, else the office the designation in force on the
 * request's date names, else the request's `via`, else the State's competent authorities.
 *
 * The note names its addressee in full in the opening and closing formulas, in its own
 * language (note-verbale.md §2: titles in full, no address block). Names of offices are never
 * translated: a `recipient` is taken to be in the request's language (English unless the request
 * is in French), a designation's or an organisation's channel detail in English. Such a name is
 * the addressee where it can stand in the sentence as written (see `nameAsWritten`); otherwise
 * the note says whom in its own words, from the channel and the State's full official name
 * (`Addressee.fullForms`: "the Embassy of the Republic of Uganda", "l'autorité désignée par la
 * République du Kenya"; for a recipient through the diplomatic channel that is no embassy, "l'autorité compétente de la
 * République de l'Ouganda") or the organisation's name, and gives the written name after them in parentheses.
 */
export function channelAddressee(request: Request, options: BuildOptions): { phrase: string; designation?: Designation } {
    const lang = options.lang;
    const t = NOTE_VERBALE_TEXTS[lang].addressees;
    const addressee = addresseeOf(request, lang);
    const date = request.date ?? today();
    const designation = addressee.state ? options.stateLibrary?.designationOn(addressee.state, date) : undefined;
    const recipient: WrittenName | undefined = request.recipient?.trim() ? { text: request.recipient, lang: originalLang(request) ?? 'en' } : undefined;
    const inEnglish = (detail: string | undefined): WrittenName | undefined => (detail?.trim() ? { text: detail, lang: 'en' } : undefined);
    if (addressee.kind === 'organisation') {
        const name = recipient ?? inEnglish(request.channelDetail ?? request.organisation?.ref?.channelDetail);
        // An office of the organisation ("the Office of Legal Affairs") is named with the organisation it is an office of,
        // as the note names a ministry with its State, unless its own name says which ("the UN Office of Legal Affairs").
        const written = name && nameAsWritten(name, lang);
        const organisation = request.organisation?.ref;
        if (written && organisation && !namesOrganisation(written, organisation)) return { phrase: `${written} ${addressee.fullForms.of}` };
        return { phrase: name ? namedAddressee(t.designatedAuthority(addressee.fullForms.withArticle), name, lang) : addressee.fullForms.withArticle };
    }
    // Where the State designated a choice of channels, the one the request is sent through.
    const designated = designatedChannels(designation);
    const chosen = designated.find(d => d.channel === request.channel) ?? designated[0];
    const channel = chosen?.channel ?? request.channel;
    const detail = chosen?.detail ?? request.channelDetail;
    let own: string;
    let office: WrittenName | undefined;
    switch (channel) {
        case 'designated-authority':
            own = t.designatedAuthority(addressee.fullForms.withArticle);
            office = inEnglish(detail);
            break;
        case 'INTERPOL':
            own = t.interpol;
            break;
        case 'regional-organisation':
            own = t.regionalOrganisation;
            office = inEnglish(detail);
            break;
        case 'diplomatic-channel': {
            // A detail naming an office ("to the Ministry of Justice, ...", "via the New Zealand Embassy in
            // The Hague", "through the Ministry of Foreign and Diaspora Affairs, Nairobi") is the addressee;
            // any other detail ("or directly to ...") says how, not to whom, and the note goes to the embassy,
            // unless the request's own recipient is no embassy (a ministry): then the State's competent authority.
            office = inEnglish(detail ? /^(?:to|via|through) (the .+)$/i.exec(detail.trim())?.[1] : undefined);
            own = office ? t.designatedAuthority(addressee.fullForms.withArticle)
                : recipient && !EMBASSY.test(recipient.text) ? t.competentAuthority(addressee.fullForms.of) : t.embassy(addressee.fullForms.embassyOf);
            break;
        }
        default:
            own = t.competentAuthorities(addressee.fullForms.of);
    }
    return { phrase: namedAddressee(own, recipient ?? office, lang), designation };
}

/** The request's original language, when it is one of the Court's working languages. */
export function originalLang(request: Request): Lang | undefined {
    const language = request.language && canonicalLanguage(request.language);
    if (language === 'English') return 'en';
    if (language === 'French') return 'fr';
    return undefined;
}
