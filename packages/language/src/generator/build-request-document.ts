/**
 * Builds the document model of the request itself from a linked `Request`: the cover block
 * of document-format.md §4.3, then numbered paragraphs under headings (the request, its legal
 * basis cited in full, the persons, the warrant or judgment, facts, execution, national law,
 * confidentiality, language, response), the annex table, and place, date and signature.
 */
import type { Annex, Duration, Involvement, Person, Record as RecordNode, Request } from '../generated/ast.js';
import { isDecision, isJudgment, isRecord, isWarrant } from '../generated/ast.js';
import { citationOf, citationsOf, isWhole, provisionGroups, provisionLabel } from '../statute/provisions.js';
import { DOCUMENT_MODEL_SCHEMA, paragraphsOf, text, withFlowingText, type Block, type Footnote, type GeneratedDocument, type Inline, type Lang } from './document-model.js';
import { addresseeOf, annexClassification, annexLevels, classificationOf, confirmedTransmission, continuesAfterWithdrawal, coverClassificationLine, courtLayout, documentNumber, isInvitation, originalLang, partyProvisionsApply, runningMarks, type BuildOptions } from './page-marks.js';
import { nameForms } from './names.js';
import { situationName } from './situations.js';
import { classificationLevel, countInWords, endSentence, formatDate, formatDateTime, joinList, kindTexts, organNames, REQUEST_TEXTS, withoutFinalStop, type ListIntro } from './texts.js';
import { languageName } from '../languages.js';
import { involvesTemporaryTransfer } from '../register/follow-up.js';
import { hasEffect } from '../validation/clause-effect.js';
import { rules as assistanceRules } from '../validation/assistance.js';
import { crimeKey, rules as surrenderRules, translatedInstrument, translationAnnex } from '../validation/surrender.js';

export const GENERATOR_NAME = 'rogatory 0.1.0';

/** The language the author's strings are taken to be in: the language's keywords and examples are English. */
const AUTHORING_LANG: Lang = 'en';

function hasAuthorText(request: Request): boolean {
    return Boolean(request.title || request.purpose || request.grounds || request.facts || request.crimes.length || request.persons.length || request.annexes.length);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The person a request is chiefly about: the one sought, convicted or transported, else the first. */
export function principalPerson(request: Request): Involvement | undefined {
    return request.persons.find(p => ['sought', 'convicted', 'transported', 'detained'].includes(p.role ?? ''))
        ?? request.persons[0];
}

export function personName(person: Person | undefined, fallback?: string): string | undefined {
    return person?.fullName ?? person?.name ?? fallback;
}

/** The title on the cover: the author's own (like all author text, not translated), else the kind's fixed title. */
export function requestTitle(request: Request, lang: Lang): string {
    if (request.title) return request.title;
    const person = principalPerson(request);
    return kindTexts(request.kind, lang).title(personName(person?.person?.ref, person?.person?.$refText));
}

/**
 * "eight years", "1 year, 10 months and 20 days": its numbers in words when all of them, and all
 * those of the durations in the same sentence (`alongside`), are under 10 (`countInWords`).
 */
export function formatDuration(duration: Duration | undefined, lang: Lang, alongside: ReadonlyArray<Duration | undefined> = []): string | undefined {
    if (!duration) return undefined;
    const units = REQUEST_TEXTS[lang].durations;
    // A part the parser read without its unit (a syntax error) is left out.
    const parts = (d: Duration | undefined) => d?.parts.filter(p => p.unit !== undefined) ?? [];
    const series = [duration, ...alongside].flatMap(d => parts(d).map(p => p.value));
    return joinList(parts(duration).map(p => {
        const [one, many] = units[p.unit.replace(/s$/, '')] ?? [p.unit, p.unit];
        return `${countInWords(p.value, lang, series)} ${p.value === 1 ? one : many}`;
    }), lang);
}

/** What a record is, in the document's language ("consent", "accord"): its type, else what the clause naming it implies. */
function recordKind(record: RecordNode, lang: Lang, implied: string): string {
    const kinds = REQUEST_TEXTS[lang].recordKinds;
    return kinds[record.type ?? ''] ?? kinds[implied];
}

function recordDate(record: RecordNode | undefined, lang: Lang): string | undefined {
    return record?.date ? formatDate(record.date, lang) : undefined;
}

/** Incremental construction: numbered paragraphs run across the whole document; footnotes are numbered in order. */
class DocumentWriter {
    readonly blocks: Block[] = [];
    readonly footnotes: Footnote[] = [];
    private paragraphNumber = 0;
    private headingNumber = 0;

    heading(textValue: string): void {
        this.blocks.push({ type: 'heading', level: 1, label: `${ROMAN[this.headingNumber++] ?? this.headingNumber}.`, text: textValue });
    }
    subheading(textValue: string): void {
        this.blocks.push({ type: 'heading', level: 2, text: textValue });
    }
    numbered(...content: Inline[]): void {
        this.blocks.push({ type: 'paragraph', number: ++this.paragraphNumber, content, align: 'justify' });
    }
    /**
     * "Label: value" as a numbered paragraph, the label in bold. A value of several paragraphs (cut
     * at blank lines) gives one numbered paragraph each, the label on the first. Each ends as every
     * paragraph of the document does, with its full stop ("Place of the crimes: Bogoro, Ituri."),
     * but one the author ends with a colon or a semicolon, which leads into the next.
     */
    labelled(label: string, value: string | undefined): void {
        const [first, ...rest] = (value ? paragraphsOf(value) : []).map(p => (/[:;]$/.test(p) ? p : endSentence(p)));
        if (first === undefined) return;
        this.numbered(text(label, { bold: true }), text(` ${first}`));
        for (const paragraph of rest) this.numbered(text(paragraph));
    }
    list(items: Inline[][], style: 'bullet' | 'letter' = 'letter'): void {
        if (items.length > 0) this.blocks.push({ type: 'list', style, items });
    }
    /**
     * Items under their introduction, in bold: several as a lettered list after it; one, a list of one
     * being no list, after the introduction's singular in the same paragraph, closed by a full stop.
     */
    introduced([many, one]: ListIntro, items: string[]): void {
        if (items.length > 1) {
            this.numbered(text(many, { bold: true }));
            this.list(items.map(item => [text(item)]));
        } else if (items.length === 1) {
            const item = items[0].trim();
            this.numbered(text(one, { bold: true }), ...(item ? [text(` ${endSentence(item)}`)] : []));
        }
    }
    footnote(...content: Inline[]): Inline {
        const id = this.footnotes.length + 1;
        this.footnotes.push({ id, content });
        return { type: 'footnote-ref', id };
    }
}

/**
 * The provisions on the requested State's national-law requirements, by kind of request: what the
 * request contains and the consultations in which the State advises the Court of them, as the
 * checks of each area cite them (art. 91(2)(c) and 91(4); art. 96(2)(e) and 96(3)).
 */
const ASSISTANCE_NATIONAL_LAW = { requirements: assistanceRules.nationalRequirementsMissing.provision!, consultation: assistanceRules.nationalRequirementsConsultation.provision! };
const NATIONAL_LAW_PROVISIONS: Readonly<Record<string, { requirements: string; consultation: string }>> = {
    'arrest-and-surrender': { requirements: surrenderRules.arrestNationalRequirementsMissing.provision!, consultation: surrenderRules.arrestNationalRequirementsConsultation.provision! },
    assistance: ASSISTANCE_NATIONAL_LAW,
    'temporary-transfer': ASSISTANCE_NATIONAL_LAW
};

/** Direct execution by the Prosecutor, as the checks cite it: after a determination of admissibility (art. 99(4)(a)), else art. 99(4)(b). */
const DIRECT_EXECUTION_PROVISIONS = { admissibility: assistanceRules.directAdmissibilityConsultation.provision!, consultation: assistanceRules.directConsultation.provision! };

export function buildRequestDocument(request: Request, options: BuildOptions): GeneratedDocument {
    const { lang } = options;
    const draft = options.draft ?? false;
    const t = REQUEST_TEXTS[lang];
    const organ = organNames(request.organ, request.organName, lang);
    const addressee = addresseeOf(request, lang);
    const marks = classificationOf(request, lang);
    const date = request.date ? formatDate(request.date, lang) : undefined;
    const original = originalLang(request);
    const title = requestTitle(request, lang);
    const cite = (citation: string) => provisionLabel(citation, lang);
    const w = new DocumentWriter();

    // Cover (document-format.md §4.3).
    const number = documentNumber(request);
    w.blocks.push({
        type: 'cover',
        court: t.court,
        fields: [
            { label: t.original, value: languageName(original === 'fr' ? 'French' : original === 'en' ? 'English' : lang === 'fr' ? 'French' : 'English', lang) },
            ...(number ? [{ label: t.number, value: number }] : []),
            ...(date ? [{ label: t.date, value: date }] : [])
        ],
        organ: organ.cover,
        situation: request.situation ? t.situation(situationName(request.situation, lang) ?? request.situation) : undefined,
        caseLine: request.caseTitle ? t.caseLine(upperCaseTitle(localisedCaseTitle(request.caseTitle, lang), lang)) : undefined,
        classification: coverClassificationLine(request, lang),
        title,
        draftMark: draft ? t.draftMark : undefined
    });

    // I. The request.
    w.heading(t.headings.request);
    const person = principalPerson(request);
    const principalName = personName(person?.person?.ref, person?.person?.$refText);
    const forms = provisionGroups(citationsOf(request.forms), lang);
    const action = kindTexts(request.kind, lang).action(principalName, joinList(forms, lang));
    const verb = isInvitation(request) ? 'invites' : 'requests';
    const operative: Inline[] = [text(t.operative(organ.subject, verb, addressee.forms.withArticle, action))];
    // The author's text is in English, as the language's keywords are, or in the request's own language (a French
    // request's title and annex titles): a document in another language reproduces it untranslated, and says so.
    const authorLangs = [AUTHORING_LANG, original ?? AUTHORING_LANG];
    if (authorLangs.some(l => l !== lang) && hasAuthorText(request)) operative.push(w.footnote(text(t.originalLanguageNote)));
    w.numbered(...operative);
    w.labelled(t.purpose, request.purpose);
    w.labelled(t.urgency, request.urgency);

    // II. Legal basis, each provision in full.
    const waiver = request.waiver?.ref;
    const legalBasis = citationsOf(request.legalBasis);
    if (legalBasis.length > 0 || request.arrangement || waiver) {
        w.heading(t.headings.legalBasis);
        if (legalBasis.length > 0) {
            const provisions = legalBasis.map(citation => cite(citation));
            if (provisions.length === 1) w.numbered(text(t.legalBasisOne(provisions[0])));
            else {
                w.numbered(text(t.legalBasisIntro));
                w.list(provisions.map(p => [text(p)]));
            }
        }
        if (request.arrangement) {
            const record = request.arrangementRecord?.ref;
            // The record is described by its type, date and summary; with neither date nor summary there is nothing to add.
            const described = record && (record.date || record.summary);
            // The author's note on "another appropriate basis" says what that basis is: it completes the sentence.
            const basisNamed = request.arrangement === 'other-basis' && request.arrangementNote?.trim() ? request.arrangementNote : undefined;
            w.numbered(text(basisNamed ? t.otherBasisNamed(basisNamed) : t.arrangement[request.arrangement] ?? request.arrangement),
                ...(described ? [text(' '), text(t.arrangementRecord(recordKind(record, lang, request.arrangement === 'agreement' ? 'agreement' : 'ad-hoc-arrangement'), recordDate(record, lang), record.summary))] : []),
                ...(request.arrangementNote && !basisNamed ? [text(` ${endSentence(request.arrangementNote)}`)] : []));
        }
        // Art. 101(2): the surrendering State's waiver of the rule of speciality, described as other records are.
        if (waiver) {
            const state = waiver.state?.ref;
            const stateName = state ? nameForms(lang === 'fr' ? state.nameFr ?? state.name : state.name, lang).withArticle : undefined;
            w.numbered(text(t.waiver(stateName, principalName, cite('art. 101(1)'), cite('art. 101(2)'))),
                ...(waiver.date || waiver.summary ? [text(' '), text(t.arrangementRecord(recordKind(waiver, lang, 'waiver'), recordDate(waiver, lang), waiver.summary))] : []));
        }
    }

    // III. Persons.
    if (request.persons.length > 0) {
        w.heading(request.persons.length === 1 ? t.headings.person : t.headings.persons);
        for (const involvement of request.persons) {
            const p = involvement.person?.ref;
            const name = personName(p, involvement.person?.$refText) ?? '';
            w.subheading(involvement.role ? `${name} (${t.roles[involvement.role] ?? involvement.role})` : name);
            w.numbered(...personDescription(request, involvement, lang));
        }
    }

    // IV. Warrant or judgment.
    const warrant = request.warrant?.ref;
    // Referred to by its name: an annex without one (a draft of a file read in part) is not referred to.
    const copyAnnex = (target: unknown) => request.annexes.find(a => a.copyOf?.ref === target && a.name);
    if (warrant) {
        w.heading(t.headings.warrant);
        const annex = copyAnnex(warrant);
        w.numbered(text(t.warrantLine(warrant.number ?? warrant.name, warrant.chamber, warrant.issued ? formatDate(warrant.issued, lang) : undefined)),
            ...(annex ? [w.footnote(text(t.annexedCopy(annex.name)))] : []));
        // Crimes the person was convicted of as charged are listed once, under the judgment below.
        if (warrant.crimes.length > 0 && !sameCrimes(warrant.crimes, request.judgment?.ref?.convictedOf ?? [])) w.introduced(t.crimesIntro, warrant.crimes);
        // The facts the request states for itself (arts. 92(2)(b), 96(2)(c)) are printed once, under Facts
        // with the date and place of the crimes: the warrant's own statement of the same facts is given only
        // when the request has none.
        if (!request.facts) w.labelled(t.factsOfWarrant, warrant.facts);
    }
    const judgment = request.judgment?.ref;
    if (judgment) {
        w.heading(t.headings.judgment);
        const annex = copyAnnex(judgment);
        w.numbered(text(t.judgmentLine(judgment.number ?? judgment.name, judgment.chamber, judgment.date ? formatDate(judgment.date, lang) : undefined)),
            ...(annex ? [w.footnote(text(t.annexedCopy(annex.name)))] : []));
        w.introduced(t.crimesIntro, judgment.convictedOf);
        if (judgment.sentence) w.numbered(text(t.sentence(t.sentenceKinds[judgment.sentence] ?? judgment.sentence, formatDuration(judgment.sentenceLength, lang))));
        if (request.timeServed && (request.timeRemaining || request.timeRemainingLife) && request.timeAsOf) {
            const remaining = request.timeRemaining ? formatDuration(request.timeRemaining, lang, [request.timeServed])! : undefined;
            w.numbered(text(t.timeServed(formatDuration(request.timeServed, lang, [request.timeRemaining])!, remaining, formatDate(request.timeAsOf, lang))));
        }
    }

    // V. Facts and grounds. The request's crimes are listed once: not again when they are those listed
    // under the warrant or judgment above; when they differ, both lists are given and this one says so.
    const crimes = requestCrimes(request);
    const hasFacts = request.grounds || request.facts || crimes || request.crimeDate || request.crimePlace || request.legalCharacterization || request.identification;
    if (hasFacts) {
        w.heading(t.headings.facts);
        w.labelled(t.facts.grounds, request.grounds);
        w.labelled(t.facts.facts, request.facts);
        if (crimes) w.introduced(crimes === 'own' ? t.facts.crimes : t.facts.crimesDiffering[crimes], request.crimes);
        w.labelled(t.facts.crimeDate, request.crimeDate ? (request.crimeDateEnd && request.crimeDateEnd !== request.crimeDate
            ? t.facts.crimePeriod(formatDate(request.crimeDate, lang), formatDate(request.crimeDateEnd, lang)) : formatDate(request.crimeDate, lang)) : undefined);
        w.labelled(t.facts.crimePlace, request.crimePlace);
        w.labelled(t.facts.legalCharacterization, request.legalCharacterization);
        w.labelled(t.facts.identification, request.identification);
    }

    // VI. Execution.
    const e = t.execution;
    const execution: Array<() => void> = [];
    // Arts. 91(1), 96(1): an urgent request sent by another medium is confirmed through the channel of art. 87(1)(a).
    const confirmed = confirmedTransmission(request);
    if (confirmed) {
        execution.push(() => w.numbered(text(e.mediumConfirmed(t.mediums[confirmed.medium] ?? confirmed.medium, confirmed.sentOn && formatDate(confirmed.sentOn, lang),
            t.confirmationChannels[confirmed.confirmedVia] ?? confirmed.confirmedVia, formatDate(confirmed.confirmedOn, lang), confirmed.provision && cite(confirmed.provision)))));
    } else if (request.medium) execution.push(() => w.numbered(text(e.medium(t.mediums[request.medium!] ?? request.medium!))));
    if (request.follows?.ref) execution.push(() => w.numbered(text(e.follows(request.follows!.ref!.name))));
    if (request.surrenderWillFollow && hasEffect(request, 'surrender-request-will-follow')) execution.push(() => w.numbered(text(e.surrenderWillFollow)));
    // Art. 127(2): the withdrawal of the State does not affect cooperation in proceedings commenced before it took effect.
    if (request.proceedingsCommenced) {
        execution.push(() => w.numbered(text(e.proceedingsCommenced(formatDate(request.proceedingsCommenced!, lang), continuesAfterWithdrawal(request) ? cite('art. 127(2)') : undefined))));
    }
    if (request.procedure) execution.push(() => w.labelled(e.procedure, request.procedure));
    if (request.present.length > 0) execution.push(() => w.introduced(e.present, request.present));
    if (request.places.length > 0) execution.push(() => w.introduced(e.places, request.places.map(p => t.place(p.name, p.description, p.location))));
    if (request.assets.length > 0) execution.push(() => w.introduced(e.assets, request.assets));
    if (request.protectiveMeasures) execution.push(() => w.labelled(e.protectiveMeasures, request.protectiveMeasures));
    if (request.directExecution) execution.push(() => {
        const d = request.directExecution!;
        w.numbered(text(e.directExecution), ...(d.justification ? [text(` ${d.justification}`)] : []));
        // Art. 99(4)(a): after a determination of admissibility; (a) and (b): after consultations with the requested State.
        const decision = d.admissibilityDecision?.ref;
        if (decision) {
            w.numbered(text(e.directAdmissibility(t.decisionLine(decision.number, decision.date ? formatDate(decision.date, lang) : undefined), cite(DIRECT_EXECUTION_PROVISIONS.admissibility))));
        }
        const consulted = d.consultation?.ref;
        if (consulted) {
            const provision = d.admissibilityDecision ? DIRECT_EXECUTION_PROVISIONS.admissibility : DIRECT_EXECUTION_PROVISIONS.consultation;
            w.numbered(text(e.directConsulted(cite(provision), recordDate(consulted, lang), consulted.summary)));
        }
    });
    if (request.transport) execution.push(() => w.numbered(text(e.transport(t.transportModes[request.transport!] ?? request.transport!,
        request.landing ? t.landings[request.landing] ?? request.landing : undefined, request.landingAt ? formatDateTime(request.landingAt, lang) : undefined))));
    // A clause only where it has an effect (validation/clause-effect.ts); elsewhere check warns of it (clause-without-effect).
    const agreement = hasEffect(request, 'state-agreement') ? request.stateAgreement?.ref : undefined;
    if (agreement) execution.push(() => w.numbered(text(e.stateAgreement(recordDate(agreement, lang), agreement.summary, request.transferConditions))));
    // A return date only where a person is temporarily transferred (art. 93(7)(b)); elsewhere check warns of it.
    if (request.returnBy && involvesTemporaryTransfer(request)) execution.push(() => w.numbered(text(e.returnBy(formatDate(request.returnBy!, lang)))));
    if (request.otherInformation) execution.push(() => w.labelled(e.otherInformation, request.otherInformation));
    if (request.urgentReplies) execution.push(() => w.numbered(text(e.urgentReplies)));
    // Art. 100(1): the costs the Court bears, each under its letter where Part 9 binds the addressee as a party.
    if (request.costs.length > 0) execution.push(() => {
        const asParty = partyProvisionsApply(request);
        w.introduced(e.costs, request.costs.map(c => e.costItem(c.description ?? '', asParty && c.provision && isWhole(c.provision) ? cite(citationOf(c.provision)) : undefined)));
    });
    if (execution.length > 0) {
        w.heading(t.headings.execution);
        execution.forEach(write => write());
    }

    // VII. National law: art. 91(2)(c) and 91(4) for arrest and surrender under a warrant, art. 96(2)(e)
    // and 96(3) for assistance under art. 93; no provision is cited for the other kinds, whose
    // articles (91(3), 92(2), 89(3)(b)) name no such element.
    const nationalLaw = request.kind ? NATIONAL_LAW_PROVISIONS[request.kind] : undefined;
    if ((request.nationalRequirements || request.nationalRequirementsNoneKnown) && hasEffect(request, 'national-requirements')) {
        w.heading(t.headings.nationalLaw);
        if (request.nationalRequirements) w.labelled(t.nationalLawStated, request.nationalRequirements);
        else w.numbered(text(t.nationalLawNoneKnown(nationalLaw && cite(nationalLaw.requirements))));
        const consulted = request.nationalRequirementsConsultation?.ref;
        if (consulted) {
            w.numbered(text(t.nationalLawConsulted(nationalLaw && cite(nationalLaw.consultation), recordDate(consulted, lang), consulted.summary)));
        }
    }

    // VIII. Confidentiality (reg. 23 bis: the basis of the classification), art. 87(3) for a requested State
    // Party; an organisation and a State invited under art. 87(5)(a) are asked to keep it confidential.
    w.heading(t.headings.confidentiality);
    // What it says of the annexes is true of each: an annex classified otherwise is named with its level.
    const keptConfidential = (annexes?: string[]) => {
        const organisation = addressee.kind === 'organisation';
        w.numbered(text(organisation || isInvitation(request) ? t.askedConfidentiality(organisation, annexes) : t.article87_3(cite('art. 87(3)'), annexes)));
    };
    const levels = annexLevels(request, lang);
    if (!request.classification || request.classification === 'public') {
        w.numbered(text(request.classification ? t.confidentialityPublic(levels) : marks.line));
        // A public request's annexes classified otherwise are kept confidential all the same, as its note verbale asks.
        const classified = request.classification ? levels.differing.flatMap(d => d.names) : [];
        if (classified.length > 0) keptConfidential(classified);
    } else {
        w.numbered(text(t.confidentiality(classificationLevel(request.classification, lang).toLocaleLowerCase(lang), levels, request.classificationBasis)));
        keptConfidential();
    }

    // IX. Language (art. 87(2)).
    if (request.language) {
        w.heading(t.headings.language);
        w.numbered(text(t.languageOf(languageName(request.language, lang), request.translations.map(l => languageName(l, lang)))));
    }

    // X. Response and consultations (art. 97, which binds a State Party; a State not party or an organisation is invited all the same).
    w.heading(t.headings.response);
    const organisation = addressee.kind === 'organisation';
    if (request.respondBy) w.numbered(text(t.respondBy(formatDate(request.respondBy, lang), organisation)));
    w.numbered(text(t.consultations(partyProvisionsApply(request) ? cite('art. 97') : undefined, organisation)));

    // XI. Annexes.
    if (request.annexes.length > 0) {
        w.heading(t.headings.annexes);
        w.blocks.push({
            // Annex, title, document, language, classification: room on one line for "Annexe", "Language", "CONFIDENTIAL"
            // and a Court document number with a serial of four digits (ICC-01/04-01/06-3122, 111 pt at 12 pt), so that no
            // line ends inside an ordinary number; only a longer one, with suffixes (-US-Exp, -Red), breaks (fonts.ts tableCellLines).
            type: 'table', role: 'annexes', columns: t.annexColumns, widths: [0.11, 0.25, 0.28, 0.14, 0.22],
            rows: request.annexes.map(a => annexRow(a, request, lang))
        });
    }

    w.blocks.push({
        type: 'closing', signature: true,
        lines: [...(date ? [t.closing.place(date)] : []), t.closing.placeOnly, organ.cover]
    });

    const { header, footer } = runningMarks(request, lang, draft, 'request');
    return withFlowingText({
        meta: {
            schema: DOCUMENT_MODEL_SCHEMA, document: 'request', lang, reference: request.name, requestKind: request.kind, title,
            date: request.date, classification: { level: marks.level, exParte: marks.exParte, urgent: marks.urgent, line: marks.line }, draft,
            provenance: { kind: 'court-format', note: 'Layout per regulation 36(3) of the Regulations of the Court; cover and running marks per observed Court records (shared/reference/document-format.md).' },
            warnings: [], generator: GENERATOR_NAME
        },
        layout: courtLayout(1.5),
        header, footer,
        blocks: w.blocks,
        footnotes: w.footnotes
    });
}

/**
 * Whether and how the Facts section lists the request's own crimes (`crimes`), against those the
 * document lists under the warrant and the judgment: not at all when it has none, or when they
 * are those of the warrant or the judgment (compared as written, case and spacing aside, in any
 * order), listed there; as differing from those listed, named by which; else as the only list.
 */
function requestCrimes(request: Request): 'warrant' | 'judgment' | 'both' | 'own' | undefined {
    if (request.crimes.length === 0) return undefined;
    const warrant = request.warrant?.ref?.crimes ?? [];
    const judgment = request.judgment?.ref?.convictedOf ?? [];
    const listed = [warrant, judgment].filter(crimes => crimes.length > 0);
    if (listed.length === 0) return 'own';
    if (listed.some(crimes => sameCrimes(crimes, request.crimes))) return undefined;
    return warrant.length > 0 && judgment.length > 0 ? 'both' : warrant.length > 0 ? 'warrant' : 'judgment';
}

/** Whether two lists name the same crimes: compared as written, case and spacing aside, in any order. */
function sameCrimes(a: readonly string[], b: readonly string[]): boolean {
    const key = (crimes: readonly string[]) => [...new Set(crimes.map(crimeKey))].sort().join('\n');
    return a.length > 0 && b.length > 0 && key(a) === key(b);
}

/** Capitals as on the Court's covers, except the "v." / "c." between the parties. */
function upperCaseTitle(title: string, lang: Lang): string {
    return title.toLocaleUpperCase(lang).replace(/ (V|C)\. /g, (_m, letter: string) => ` ${letter.toLowerCase()}. `);
}

/** "The Prosecutor v. X" → "Le Procureur c. X" in French; the rest is a name. */
function localisedCaseTitle(title: string, lang: Lang): string {
    return lang === 'fr' ? title.replace(/^The Prosecutor v\.?\s+/i, 'Le Procureur c. ') : title;
}

function personDescription(request: Request, involvement: Involvement, lang: Lang): Inline[] {
    const f = REQUEST_TEXTS[lang].personFields;
    const p = involvement.person?.ref;
    // The annex that holds what a field names: " (annex A2)".
    const annexOf = (annex: Annex | undefined) => (annex?.name ? ` (${REQUEST_TEXTS[lang].annexRef(annex.name)})` : '');
    const instrument = translatedInstrument(request);
    const parts: Array<[string, string | undefined]> = [
        [f.name, p?.fullName],
        [f.aliases, p?.aliases.length ? p.aliases.join(', ') : undefined],
        [f.born, p?.born ? formatDate(p.born, lang) : undefined],
        [f.birthplace, p?.birthplace],
        [f.nationality, p?.nationality?.ref ? (lang === 'fr' ? p.nationality.ref.nameFr ?? p.nationality.ref.name : p.nationality.ref.name) : p?.nationality?.$refText],
        [f.languages, p?.languages.length ? p.languages.map(l => languageName(l, lang)).join(', ') : undefined],
        [f.description, p?.description],
        [f.location, involvement.location],
        [f.questioningLanguage, involvement.questioningLanguage ? languageName(involvement.questioningLanguage, lang) : undefined],
        [f.interpreter, involvement.interpreter ? languageName(involvement.interpreter, lang) : undefined],
        [f.rightsNotice, involvement.rightsNotice.length && hasEffect(request, 'rights-notice', involvement) ? joinList(provisionGroups(citationsOf(involvement.rightsNotice), lang), lang) : undefined],
        [f.translation[instrument?.kind ?? 'other'], involvement.translation ? languageName(involvement.translation, lang) + annexOf(instrument && translationAnnex(request, instrument.of, involvement.translation)) : undefined],
        [f.consent, involvement.consent?.ref && hasEffect(request, 'consent', involvement) ? REQUEST_TEXTS[lang].consentGiven(recordDate(involvement.consent.ref, lang), involvement.consent.ref.summary) : undefined],
        [f.selfIncrimination, involvement.selfIncriminationLanguage ? languageName(involvement.selfIncriminationLanguage, lang) + annexOf(involvement.selfIncriminationAnnex?.ref) : undefined],
        [f.assurance, involvement.assurance?.ref ? REQUEST_TEXTS[lang].decisionLine(involvement.assurance.ref.number, involvement.assurance.ref.date ? formatDate(involvement.assurance.ref.date, lang) : undefined) : undefined]
    ];
    const inlines: Inline[] = [];
    for (const [label, value] of parts) {
        if (!value) continue;
        // French typography: a no-break space before ":" and ";".
        if (inlines.length > 0) inlines.push(text(lang === 'fr' ? '\u00a0; ' : '; '));
        // Fields are joined by ";" and the list ends with one full stop: an author's own is dropped.
        inlines.push(text(lang === 'fr' ? `${label}\u00a0: ` : `${label}: `, { italic: true }), text(withoutFinalStop(value)));
    }
    if (inlines.length > 0) inlines.push(text('.'));
    return inlines;
}

/**
 * What the annex table shows for an annex's document or language that the author did not state: a dash, as a
 * table prints a field without a value, where a blank cell read as a gap in the table. Not the request's language,
 * which the checks take such an annex to be in (`annex-language-not-designated`): the dossier is silent, many an
 * annex has no language (photographs, a map), and the document would state what the author did not write.
 */
const NOT_STATED = '\u2014';

function annexRow(annex: Annex, request: Request, lang: Lang): string[] {
    const t = REQUEST_TEXTS[lang];
    const target = annex.copyOf?.ref;
    let documentText = annex.document ?? NOT_STATED;
    if (target && isRecord(target)) {
        documentText = t.annexCopyOfRecord(recordKind(target, lang, 'record'), recordDate(target, lang));
    } else if (target) {
        const name = isWarrant(target) || isJudgment(target) || isDecision(target) ? target.number ?? target.name : (target as { name: string }).name;
        documentText = t.annexCopyOf(name);
    } else if (annex.file) {
        documentText = t.annexFile(annex.file.split(/[\\/]/).pop() ?? annex.file);
    }
    return [
        annex.name ?? '', // a draft of a file read in part may have an annex without its name
        annex.title ?? '',
        documentText,
        annex.language ? languageName(annex.language, lang) : NOT_STATED,
        classificationLevel(annexClassification(annex, request), lang)
    ];
}
