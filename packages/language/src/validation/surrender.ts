import type { AstNode, ValidationAcceptor } from 'langium';
import { MultiMap } from 'langium';
import {
    isModel, isRequest, isWarrant,
    type Annex, type Duration, type Involvement, type Judgment, type Person, type Request, type RequestKind, type Warrant
} from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayCount, dayOf, daysBetween, isValidDate } from '../states/dates.js';
import { sameLanguage } from '../languages.js';
import { competingRequests, eventDate, libraryDatesNote, requestedNotPartyNote, PROVISIONAL_ARREST_DAYS, provisionalArrest, SURRENDER_KINDS } from '../register/follow-up.js';
import { citationsOf } from '../statute/provisions.js';
import type { ValidationArea } from './catalogue.js';
import { freeAnnexName } from './addressee.js';
import { hasEffect } from './clause-effect.js';
import { checkNationalRequirementsConsultation } from './records.js';
import { defineRule, quote, report, type Rule } from './rule.js';
import { perFileMemo, workspaceMemo } from '../workspace/workspace-memo.js';
import { englishName } from '../generator/names.js';
import { stateStatusOn } from '../states/state-status.js';

/** Days after the provisional arrest at which the rule 188 reminders start (the digest's "e.g. at 45 and 55 days"). */
export const PROVISIONAL_ARREST_WARNINGS = [45, 55] as const;


const RULE_188_READING = `arrest date + ${PROVISIONAL_ARREST_DAYS} calendar days, the compiler's reading of rule 188, which states no day-count convention`;
const DURATION_CONVENTION = '1 year = 12 months, 30 days = 1 month, or counted on the calendar from the as-of date';

/**
 * Arrest and surrender (art. 89, 91(2)), surrender of a convicted person (art. 91(3)),
 * provisional arrest (art. 92, rule 188). Digest sections (a), (b), (c).
 * The confirmation of urgent requests through the art. 87(1)(a) channel (91(1)) is checked
 * by the addressee area for every kind; channel and language (a12, b8) likewise.
 */
/** The kind of request each section below checks (checkRequest). */
const ARREST: readonly RequestKind[] = ['arrest-and-surrender'];
const CONVICTED: readonly RequestKind[] = ['surrender-of-convicted'];
const PROVISIONAL: readonly RequestKind[] = ['provisional-arrest'];

export const rules = {
    // ------------------------------------------------------------ (a) arrest and surrender
    arrestWarrantMissing: defineRule({
        code: 'arrest-warrant-missing', clause: 'warrant', severity: 'error', force: 'shall', provision: 'art. 91(2)', also: ['art. 58(5)'], digest: 'a1',
        summary: 'A request for arrest and surrender names the warrant of arrest issued by the Pre-Trial Chamber under art. 58 (`warrant W`).'
    }),
    arrestWarrantInconsistent: defineRule({
        code: 'arrest-warrant-inconsistent', severity: 'error', force: 'shall', provision: 'art. 91(2)', also: ['art. 58(5)'], digest: 'a1',
        summary: 'The warrant of arrest a request for arrest and surrender relies on is for the person sought and was issued on or before the request\'s date.'
    }),
    arrestNotInWriting: defineRule({
        code: 'arrest-not-in-writing', severity: 'error', force: 'shall', provision: 'art. 91(1)', digest: 'a2',
        summary: 'A request for arrest and surrender is made in writing; another medium is allowed only in urgent cases (`urgent "..."`), with confirmation through the art. 87(1)(a) channel.'
    }),
    arrestPersonSoughtMissing: defineRule({
        code: 'arrest-person-sought-missing', clause: 'person', severity: 'error', force: 'shall', provision: 'art. 91(2)(a)', digest: 'a4',
        summary: 'A request for arrest and surrender names the person sought (`person P as sought { location "..." }`).'
    }),
    arrestPersonIdentityMissing: defineRule({
        code: 'arrest-person-identity-missing', severity: 'error', force: 'shall', provision: 'art. 91(2)(a)', digest: 'a4',
        summary: 'The person sought is described: the person declaration gives a name and a date of birth or a description.'
    }),
    arrestLocationMissing: defineRule({
        code: 'arrest-location-missing', clause: 'location', severity: 'error', force: 'shall', provision: 'art. 91(2)(a)', digest: 'a5',
        summary: 'A request for arrest and surrender gives the person\'s probable location (`location "..."` on the person sought).'
    }),
    arrestWarrantCopyMissing: defineRule({
        code: 'arrest-warrant-copy-missing', clause: 'copy-of', severity: 'error', force: 'shall', provision: 'art. 91(2)(b)', digest: 'a6',
        summary: 'A copy of the warrant of arrest the request relies on is annexed (`annex A1 "..." { copy-of W }`).'
    }),
    arrestNationalRequirementsMissing: defineRule({
        code: 'arrest-national-requirements-missing', clause: 'national-requirements', severity: 'error', force: 'shall', provision: 'art. 91(2)(c)', also: ['art. 91(4)'], digest: 'a7',
        summary: 'A request for arrest and surrender to a State states what the requested State\'s surrender process requires (`national-requirements "..."`), or that none are known (`national-requirements none-known`). Not asked of a request to an organisation (art. 87(6)), which has no national law: there the clause has no effect.'
    }),
    arrestNationalRequirementsConsultation: defineRule({
        code: 'arrest-national-requirements-consultation-mismatch', severity: 'error', force: 'shall', provision: 'art. 91(4)', digest: 'a8',
        summary: 'The record named in `national-requirements ... consultation R` is the record of the consultations in which the requested State advised the Court of the requirements of its surrender process: a record of type consultation with that State.'
    }),
    arrestWarrantIncomplete: defineRule({
        code: 'arrest-warrant-incomplete', severity: 'error', force: 'shall', provision: 'art. 58(3)', digest: 'a9',
        summary: 'A warrant of arrest declaration gives the person (with a name), the crimes and a concise statement of the facts; reported on the warrant declaration.'
    }),
    arrestTranslationMissing: defineRule({
        code: 'arrest-translation-missing', kinds: ARREST, clause: 'translation', severity: 'warning', force: 'as applicable', provision: 'rule 187', also: ['art. 67(1)(a)', 'rule 117(1)'], digest: 'a10',
        summary: 'When the person sought is declared to understand languages other than the request\'s, a translation of the warrant and the relevant Statute provisions into one of them accompanies the request.'
    }),
    arrestTranslationNotAnnexed: defineRule({
        code: 'arrest-translation-not-annexed', kinds: ARREST, severity: 'warning', force: 'as applicable', provision: 'rule 187', also: ['art. 67(1)(a)', 'rule 117(1)'], digest: 'a10',
        summary: 'The translation declared for the person sought (`translation L`) accompanies the request: an annex is a copy of the warrant in L (`annex A2 "..." { copy-of W language L }`). That the annex also translates the relevant provisions of the Statute is for the officer to see; it is not checked.'
    }),
    arrestCrimesMissing: defineRule({
        code: 'arrest-crimes-missing', kinds: ARREST, clause: 'crimes', severity: 'warning', force: 'as applicable', provision: 'art. 101(1)', digest: 'a13',
        summary: 'A request for arrest and surrender lists the crimes for which surrender is sought: they fix the scope of the rule of speciality.'
    }),
    arrestIdentificationCheck: defineRule({
        code: 'arrest-identification-check', severity: 'info', force: 'human', provision: 'art. 91(2)(a)', digest: 'a4',
        summary: 'Checklist: is the description of the person sought sufficient to identify them, and is the probable location current?'
    }),
    arrestLocationAssessment: defineRule({
        code: 'arrest-location-assessment', severity: 'info', force: 'human', provision: 'art. 89(1)', digest: 'a11',
        summary: 'Checklist: is the requested State one on whose territory the person may be found?'
    }),

    // ------------------------------------------------------------ (b) surrender of a convicted person
    convictedNotInWriting: defineRule({
        code: 'convicted-not-in-writing', severity: 'error', force: 'shall', provision: 'art. 91(1)', digest: 'b1',
        summary: 'A request for the surrender of a convicted person is made in writing; another medium is allowed only in urgent cases (`urgent "..."`), with confirmation through the art. 87(1)(a) channel.'
    }),
    convictedWarrantCopyMissing: defineRule({
        code: 'convicted-warrant-copy-missing', clause: 'copy-of', severity: 'error', force: 'shall', provision: 'art. 91(3)(a)', digest: 'b2', category: 'slow',
        summary: 'A copy of every warrant of arrest for the person that is declared in the workspace (or named in the request) is annexed.'
    }),
    convictedJudgmentMissing: defineRule({
        code: 'convicted-judgment-missing', clause: 'judgment', severity: 'error', force: 'shall', provision: 'art. 91(3)(b)', digest: 'b3',
        summary: 'A request for the surrender of a convicted person names the judgment of conviction (`judgment J`).'
    }),
    convictedJudgmentCopyMissing: defineRule({
        code: 'convicted-judgment-copy-missing', clause: 'copy-of', severity: 'error', force: 'shall', provision: 'art. 91(3)(b)', also: ['art. 91(3)(d)'], digest: 'b3',
        summary: 'A copy of the judgment of conviction is annexed (`annex A1 "..." { copy-of J }`); when the judgment declaration records a sentence, that copy is also the copy of the sentence (art. 91(3)(d), b5).'
    }),
    convictedJudgmentInconsistent: defineRule({
        code: 'convicted-judgment-inconsistent', severity: 'error', force: 'shall', provision: 'art. 91(3)(c)', also: ['art. 91(3)(b)'], digest: 'b4',
        summary: 'The judgment of conviction is against the person sought and is dated on or before the request.'
    }),
    convictedIdentificationMissing: defineRule({
        code: 'convicted-identification-missing', clause: 'identification', severity: 'error', force: 'shall', provision: 'art. 91(3)(c)', digest: 'b4',
        summary: 'The request gives information demonstrating that the person sought is the one referred to in the judgment (`identification "..."`).'
    }),
    convictedSentenceUnstated: defineRule({
        code: 'convicted-sentence-unstated', kinds: CONVICTED, severity: 'warning', force: 'as applicable', provision: 'art. 91(3)(d)', digest: 'b5',
        summary: 'The judgment declaration states the sentence (`sentence imprisonment 9 years`, `life-imprisonment`, `fine` or `none`), so that art. 91(3)(d) can be checked.'
    }),
    convictedTimeServedMissing: defineRule({
        code: 'convicted-time-served-missing', clause: 'time-served', severity: 'error', force: 'shall', provision: 'art. 91(3)(d)', digest: 'b6',
        summary: 'For a sentence of imprisonment, life imprisonment included, the request states the time already served and the time remaining (`time-served ... remaining ... as-of D`; `remaining life` for a life sentence).'
    }),
    convictedTimeServedMismatch: defineRule({
        code: 'convicted-time-served-mismatch', severity: 'error', force: 'shall', provision: 'art. 91(3)(d)', digest: 'b6',
        summary: `Time served plus time remaining equals the sentence of imprisonment in the judgment (compared with ${DURATION_CONVENTION}); \`remaining life\` only for life imprisonment.`
    }),
    convictedTranslationMissing: defineRule({
        code: 'convicted-translation-missing', kinds: CONVICTED, clause: 'translation', severity: 'warning', force: 'as applicable', provision: 'rule 187', also: ['art. 67(1)(a)', 'rule 117(1)'], digest: 'b7',
        summary: 'When the person is declared to understand languages other than the request\'s, a translation of the judgment and the relevant Statute provisions into one of them accompanies the request.'
    }),
    convictedTranslationNotAnnexed: defineRule({
        code: 'convicted-translation-not-annexed', kinds: CONVICTED, severity: 'warning', force: 'as applicable', provision: 'rule 187', also: ['art. 67(1)(a)', 'rule 117(1)'], digest: 'b7',
        summary: 'The translation declared for the person (`translation L`) accompanies the request: an annex is a copy of the judgment of conviction in L (`annex A2 "..." { copy-of J language L }`). That the annex also translates the relevant provisions of the Statute is for the officer to see; it is not checked.'
    }),
    convictedIdentificationCheck: defineRule({
        code: 'convicted-identification-check', severity: 'info', force: 'human', provision: 'art. 91(3)(c)', digest: 'b4',
        summary: 'Checklist: does the identification information demonstrate that the person sought is the person convicted?'
    }),
    convictedLifeSentenceCheck: defineRule({
        code: 'convicted-life-sentence-check', severity: 'info', force: 'human', provision: 'art. 91(3)(d)', digest: 'b6',
        summary: 'Checklist: for life imprisonment the time remaining cannot be computed from the judgment; check the statement of time served.'
    }),

    // ------------------------------------------------------------ (c) provisional arrest
    provisionalUrgencyMissing: defineRule({
        code: 'provisional-urgency-missing', clause: 'urgent', severity: 'error', force: 'shall', provision: 'art. 92(1)', digest: 'c1',
        summary: 'Provisional arrest is requested only in urgent cases: the request says why (`urgent "..."`).'
    }),
    provisionalPersonSoughtMissing: defineRule({
        code: 'provisional-person-sought-missing', clause: 'person', severity: 'error', force: 'shall', provision: 'art. 92(2)(a)', digest: 'c3',
        summary: 'A request for provisional arrest names the person sought (`person P as sought { location "..." }`).'
    }),
    provisionalPersonIdentityMissing: defineRule({
        code: 'provisional-person-identity-missing', severity: 'error', force: 'shall', provision: 'art. 92(2)(a)', digest: 'c3',
        summary: 'The person sought is described: the person declaration gives a name and a date of birth or a description.'
    }),
    provisionalLocationMissing: defineRule({
        code: 'provisional-location-missing', clause: 'location', severity: 'error', force: 'shall', provision: 'art. 92(2)(a)', digest: 'c3',
        summary: 'A request for provisional arrest gives the person\'s probable location (`location "..."` on the person sought).'
    }),
    provisionalCrimesMissing: defineRule({
        code: 'provisional-crimes-missing', clause: 'crimes', severity: 'error', force: 'shall', provision: 'art. 92(2)(b)', digest: 'c4',
        summary: 'A request for provisional arrest states the crimes for which arrest is sought (`crimes "..."`).'
    }),
    provisionalFactsMissing: defineRule({
        code: 'provisional-facts-missing', clause: 'facts', severity: 'error', force: 'shall', provision: 'art. 92(2)(b)', digest: 'c4',
        summary: 'A request for provisional arrest states the facts alleged to constitute the crimes (`facts "..."`).'
    }),
    provisionalCrimeDateMissing: defineRule({
        code: 'provisional-crime-date-missing', kinds: PROVISIONAL, clause: 'crime-date', severity: 'warning', force: 'as applicable', provision: 'art. 92(2)(b)', digest: 'c4',
        summary: 'Where possible, a request for provisional arrest gives the date of the crime (`crime-date D`).'
    }),
    provisionalCrimePlaceMissing: defineRule({
        code: 'provisional-crime-place-missing', kinds: PROVISIONAL, clause: 'crime-place', severity: 'warning', force: 'as applicable', provision: 'art. 92(2)(b)', digest: 'c4',
        summary: 'Where possible, a request for provisional arrest gives the location of the crime (`crime-place "..."`).'
    }),
    provisionalBasisMissing: defineRule({
        code: 'provisional-warrant-or-judgment-missing', severity: 'error', force: 'shall', provision: 'art. 92(2)(c)', also: ['art. 58(5)'], digest: 'c5',
        summary: 'A request for provisional arrest states that a warrant of arrest or a judgment of conviction exists against the person sought (`warrant W` or `judgment J`).'
    }),
    provisionalBasisInconsistent: defineRule({
        code: 'provisional-warrant-or-judgment-inconsistent', severity: 'error', force: 'shall', provision: 'art. 92(2)(c)', digest: 'c5',
        summary: 'The warrant or judgment a request for provisional arrest relies on is against the person sought and dated on or before the request.'
    }),
    provisionalSurrenderStatementMissing: defineRule({
        code: 'provisional-surrender-statement-missing', clause: 'surrender-request-will-follow', severity: 'error', force: 'shall', provision: 'art. 92(2)(d)', digest: 'c6',
        summary: 'A request for provisional arrest states that a request for surrender will follow (`surrender-request-will-follow`).'
    }),
    provisionalDeadlineMissed: defineRule({
        code: 'provisional-surrender-deadline-missed', severity: 'error', force: 'shall', provision: 'rule 188', also: ['art. 92(3)'], digest: 'c7', category: 'slow',
        summary: 'The requested State received the request for surrender (a request that `follows` the provisional arrest, with `status received D`) no later than 60 days after the provisional arrest (`status arrested D`); without a recorded receipt, no longer checked once the provisional arrest records `withdrawn`, `released` or `surrendered`. Only events dated on or before the as-of date count, as in the register.'
    }),
    provisionalDeadlineNear: defineRule({
        code: 'provisional-surrender-deadline-near', severity: 'warning', force: 'shall', provision: 'rule 188', also: ['art. 92(3)'], digest: 'c7', category: 'slow',
        summary: '45 days or more have passed since the provisional arrest and no receipt of the request for surrender is recorded.'
    }),
    provisionalDeadlinePending: defineRule({
        code: 'provisional-surrender-deadline-pending', severity: 'info', force: 'shall', provision: 'rule 188', also: ['art. 92(3)'], digest: 'c7', category: 'slow',
        summary: 'Reminder, on the provisional arrest, of the date by which the requested State must receive the request for surrender.'
    }),
    provisionalFollowUpMismatch: defineRule({
        code: 'provisional-follow-up-mismatch', severity: 'error', force: 'shall', provision: 'art. 92(3)', also: ['rule 188'], digest: 'c9',
        summary: 'The request for surrender that follows a provisional arrest goes to the same requested State and concerns the same person.'
    }),
    provisionalUrgencyCheck: defineRule({
        code: 'provisional-urgency-check', severity: 'info', force: 'human', provision: 'art. 92(1)', digest: 'c1',
        summary: 'Checklist: is the case urgent enough to justify provisional arrest pending the request for surrender?'
    }),
    provisionalIdentificationCheck: defineRule({
        code: 'provisional-identification-check', severity: 'info', force: 'human', provision: 'art. 92(2)(a)', digest: 'c3',
        summary: 'Checklist: is the description of the person sought sufficient to identify them, and is the probable location current?'
    }),
    // ------------------------------------------------------------ art. 90: competing requests (X10)
    competingRequestCheck: defineRule({
        code: 'competing-request-check', clause: 'competing-extradition', severity: 'info', force: 'human', provision: 'art. 90',
        also: ['art. 90(1)', 'art. 90(2)', 'art. 90(3)', 'art. 90(4)', 'art. 90(5)', 'art. 90(6)', 'art. 90(7)', 'art. 90(8)'], digest: 'X10',
        summary: 'Checklist: the requested State notified that another State requests the extradition of the person sought (`competing-extradition State "..." notified D same-conduct|other-conduct [admissibility-decision D]`, on a request for surrender under art. 89: art. 90(1)). The finding names the paragraphs of art. 90 that govern it: for the same conduct, a requesting State that was a State Party on the date of the notification, art. 90(2)-(3) (priority to the Court\'s request where the Court has determined, under art. 18 or 19, that the case is admissible taking into account that State\'s investigation or prosecution; no extradition until the Court has determined the case inadmissible), a State not party, art. 90(4)-(6) (priority to the Court\'s request if the Court has determined the case admissible and the requested State is under no international obligation to extradite; under such an obligation, the requested State determines, considering the factors of art. 90(6)); for other conduct, art. 90(7). The determination of admissibility the clause names (a `decision` with `subject admissibility`) is stated with its number and date; where the requested State was not a State Party on the date of the notification, the finding says that art. 90 speaks of a State Party that receives the Court\'s request (marking the library\'s dates as the dossier marks them); where the State named is the requested State itself, that art. 90(1) speaks of a request from any other State (for other conduct, that art. 90(7) speaks of extraditing the person to the requesting State). Art. 90(8): where the Court has determined the case inadmissible and extradition is then refused, the requested State notifies the Court. Competing requests other than for surrender or extradition, on a request under art. 93, are assistance-competing-request-check\'s (art. 93(9)(a)); rule 186, whose title and text are NOT VERIFIED in the dossier, is not relied on.'
    }),
    // ------------------------------------------------------------ art. 101: rule of speciality (X9)
    specialityWaiverMissing: defineRule({
        code: 'speciality-waiver-missing', severity: 'error', force: 'shall', provision: 'art. 101(1)', also: ['art. 101(2)'], digest: 'X9', category: 'slow',
        unverified: 'rules 196-197 (on the rule of speciality of art. 101: their titles and texts) are NOT VERIFIED in the dossier',
        summary: 'A request concerning a person already surrendered to the Court (an earlier request with `status surrendered` dated by the request\'s date and by the as-of date, today or the CLI\'s --at, as the follow-up checks judge) for conduct committed before the surrender other than the crimes for which the person was surrendered names the waiver of the surrendering State (`waiver R`, a record of type waiver from that State; art. 101(2)). A request whose crimes are dated after the surrender (`crime-date`) concerns conduct art. 101(1) does not cover.'
    })
};


// ---------------------------------------------------------------- helpers

/** The `person P as sought` involvements (for a convicted person, `as convicted` too). */
function soughtInvolvement(request: Request, roles: readonly string[] = ['sought']): Involvement | undefined {
    return request.persons.find(p => p.role !== undefined && roles.includes(p.role));
}

function nameOf(person: Person | undefined, fallback = 'the person'): string {
    return person?.name ?? fallback;
}

/** What the person declaration lacks to describe the person (art. 91(2)(a), 92(2)(a)). */
function identityGaps(person: Person): string[] {
    const gaps: string[] = [];
    if (!person.fullName?.trim()) gaps.push('name (`name "..."`)');
    if (!person.born && !person.description?.trim()) gaps.push('date of birth (`born D`) or description (`description "..."`)');
    return gaps;
}

/** Whether an annex copies `target`; an annex whose `copy-of` names nothing known may (its unresolved-reference error says so). */
function hasCopyOf(request: Request, target: AstNode | undefined): boolean {
    return !!target && request.annexes.some(a => a.copyOf !== undefined && (a.copyOf.ref === target || a.copyOf.ref === undefined));
}

/** art. 91(1): written, or in urgent cases any medium capable of delivering a written record. */
function checkWritten(request: Request, accept: ValidationAcceptor, rule: Rule): void {
    if (request.medium && request.medium !== 'written' && !request.urgency) {
        report(accept, rule,
            `The request is sent by ${request.medium} but is not marked urgent: write \`medium written\`, or state why it is urgent (\`urgent "..."\`) and confirm it through the art. 87(1)(a) channel.`,
            { node: request, property: 'medium' }, { expected: 'written' });
    }
}

/** The person sought, their identity and probable location (art. 91(2)(a), 92(2)(a)). */
function checkPersonSought(request: Request, accept: ValidationAcceptor, r: { missing: Rule; identity: Rule; location: Rule; check: Rule }, fallback: Person | undefined, rule187: boolean): Involvement | undefined {
    const involvement = soughtInvolvement(request);
    if (!involvement) {
        const hint = fallback ? `\`person ${fallback.name} as sought { location "..." }\`` : '`person P as sought { location "..." }`';
        report(accept, r.missing, `The request does not name the person sought: add ${hint}.`, { node: request, property: 'name' }, fallback ? { person: fallback.name } : undefined);
        return undefined;
    }
    const person = involvement.person?.ref;
    if (person) {
        const gaps = identityGaps(person);
        if (gaps.length) {
            report(accept, r.identity, `The declaration of ${person.name} gives no ${gaps.join(' and no ')}: the request must describe the person sought sufficiently to identify them.`,
                { node: involvement, property: 'person' });
        }
    }
    if (!involvement.location?.trim()) {
        report(accept, r.location, `The request does not state where ${nameOf(person)} is probably to be found: add \`location "..."\` in \`person ${involvement.person?.$refText ?? 'P'} as sought { ... }\`.`,
            { node: involvement, property: 'person' });
    } else if (person && identityGaps(person).length === 0) {
        const known = [['name', person.fullName], ['date of birth', person.born], ['place of birth', person.birthplace], ['alias', person.aliases[0]],
            ['nationality', person.nationality?.$refText], ['physical description', person.description]].filter(([, v]) => v).map(([k]) => k).join(', ');
        const languages = !rule187 || person.languages.length ? '' : ' The person\'s languages are not declared, so the translation under rule 187 could not be checked.';
        report(accept, r.check,
            `Check that what is given for ${person.name} (${known}) is sufficient to identify the person, and that the probable location is current.${languages}`,
            { node: involvement, property: 'location' });
    }
    return involvement;
}

/**
 * rule 187: "the request under article 91 shall be accompanied, as appropriate, by a translation of the
 * warrant of arrest or of the judgement of conviction and by a translation of the text of any relevant
 * provisions of the Statute, in a language that the person fully understands and speaks". A translation
 * declared for the person (`translation L`) accompanies the request as an annex: a version of the
 * warrant or judgment (`copy-of`) in L. That the annex also translates the relevant provisions of the
 * Statute is for the officer to see; it is not checked.
 */
function checkTranslation(request: Request, involvement: Involvement | undefined, person: Person | undefined, document: string,
    accept: ValidationAcceptor, rule: Rule, instrument?: { of: Warrant | Judgment; notAnnexed: Rule }): void {
    const understood = person?.languages ?? [];
    const list = understood.join(', ');
    if (involvement?.translation) {
        if (understood.length && !understood.some(l => sameLanguage(l, involvement.translation))) {
            report(accept, rule,
                `The translation for ${person!.name} is into ${involvement.translation}, which is not among the languages the person is declared to understand (${list}); give a translation into one of them.`,
                { node: involvement, property: 'translation' }, { languages: understood });
        } else if (instrument) {
            checkTranslationAnnexed(request, involvement, involvement.translation, document, instrument.of, accept, instrument.notAnnexed);
        }
        return;
    }
    if (!person || understood.length === 0) return;
    const offered = [request.language, ...request.translations].filter((l): l is string => !!l);
    if (offered.some(o => understood.some(l => sameLanguage(l, o)))) return;
    const message = `${person.name} is declared to understand ${list}, but the request${request.language ? ` is in ${request.language} and` : ''} gives no translation of the ${document} and of the relevant Statute provisions into one of them: add \`translation ${understood[0]}\` in \`person ${person.name} as sought { ... }\`.`;
    if (involvement) report(accept, rule, message, { node: involvement, property: 'person' }, { languages: understood });
    else report(accept, rule, message, { node: request, property: 'name' }, { languages: understood });
}

/**
 * rule 187: the annex that is the translation for the person, a version of the warrant or judgment (`copy-of`)
 * in the language; an annex without `language` is in the request's. The documents name it beside the language.
 */
export function translationAnnex(request: Request, instrument: Warrant | Judgment, language: string): Annex | undefined {
    return request.annexes.find(a => a.copyOf?.ref === instrument && sameLanguage(a.language ?? request.language ?? '', language));
}

/**
 * The warrant or judgment translated for the person (rule 187): the judgment of a request for the surrender
 * of a convicted person, the warrant of any other, as the checks above take them; else the judgment it names.
 */
export function translatedInstrument(request: Request): { kind: 'warrant'; of: Warrant } | { kind: 'judgment'; of: Judgment } | undefined {
    const warrant = request.warrant?.ref;
    const judgment = request.judgment?.ref;
    if (judgment && (request.kind === 'surrender-of-convicted' || !warrant)) return { kind: 'judgment', of: judgment };
    return warrant ? { kind: 'warrant', of: warrant } : undefined;
}

/** rule 187: the translation declared for the person is annexed, a version of the warrant or judgment in that language. */
function checkTranslationAnnexed(request: Request, involvement: Involvement, language: string, document: string, instrument: Warrant | Judgment,
    accept: ValidationAcceptor, rule: Rule): void {
    // An annex whose `copy-of` names nothing known may be it (its unresolved-reference error says so).
    const annexed = translationAnnex(request, instrument, language)
        || request.annexes.some(a => a.copyOf !== undefined && a.copyOf.ref === undefined && sameLanguage(a.language ?? request.language ?? '', language));
    if (annexed) return;
    const clause = `annex ${freeAnnexName(request)} "Translation of the ${document} and of the relevant provisions of the Statute" { copy-of ${instrument.name} language ${language} }`;
    report(accept, rule,
        `The translation into ${language} for ${nameOf(involvement.person?.ref, involvement.person?.$refText)} is not annexed: no annex is a copy of ${instrument.name} in ${language}. The request is accompanied by a translation of the ${document} and of the relevant provisions of the Statute in a language the person fully understands and speaks: add \`${clause}\`.`,
        { node: involvement, property: 'translation' }, { clause });
}

/** The warrant or judgment relied on: for the person sought, not dated after the request. */
function inconsistency(instrument: Warrant | Judgment, involvement: Involvement | undefined, request: Request): string | undefined {
    const sought = involvement?.person?.ref;
    const subject = instrument.person?.ref;
    const what = isWarrant(instrument) ? `Warrant ${instrument.name}` : `Judgment ${instrument.name}`;
    if (sought && subject && sought !== subject) {
        return `${what} is against ${subject.name}, not against the person sought (${sought.name}).`;
    }
    const date = isWarrant(instrument) ? instrument.issued : instrument.date;
    if (date && request.date && isValidDate(date) && isValidDate(request.date) && dayOf(date) > dayOf(request.date)) {
        return `${what} is dated ${dayOf(date)}, after this request (${dayOf(request.date)}).`;
    }
    return undefined;
}

// ---------------------------------------------------------------- (a) arrest and surrender

function checkArrestAndSurrender(request: Request, accept: ValidationAcceptor): void {
    const warrant = request.warrant?.ref;
    if (!request.warrant) {
        const hint = request.judgment ? ' (for a person already convicted, use `kind surrender-of-convicted`)' : '';
        report(accept, rules.arrestWarrantMissing, `The request does not name the warrant of arrest it relies on: add \`warrant W\`, W being the name of its declaration (\`warrant W { number ICC-... }\`, in any file of the workspace)${hint}.`, { node: request, property: 'name' });
    }
    checkWritten(request, accept, rules.arrestNotInWriting);
    const involvement = checkPersonSought(request, accept, {
        missing: rules.arrestPersonSoughtMissing, identity: rules.arrestPersonIdentityMissing,
        location: rules.arrestLocationMissing, check: rules.arrestIdentificationCheck
    }, warrant?.person?.ref, true);
    if (warrant) {
        const problem = inconsistency(warrant, involvement, request);
        if (problem) report(accept, rules.arrestWarrantInconsistent, problem, { node: request, property: 'warrant' });
        if (!hasCopyOf(request, warrant)) {
            const other = request.annexes.find(a => isWarrant(a.copyOf?.ref));
            const detail = other ? ` (annex ${other.name} is a copy of ${other.copyOf?.$refText}, another warrant)` : '';
            report(accept, rules.arrestWarrantCopyMissing,
                `No annex is a copy of warrant ${warrant.name}${detail}: add \`annex ${freeAnnexName(request)} "Copy of the warrant of arrest" { copy-of ${warrant.name} }\`.`,
                { node: request, property: 'warrant' }, { warrant: warrant.name });
        }
    }
    // Not of a request to an organisation, which has no national law: there the clause has no effect (clause-effect.ts).
    if (hasEffect(request, 'national-requirements') && !request.nationalRequirements?.trim() && !request.nationalRequirementsNoneKnown) {
        report(accept, rules.arrestNationalRequirementsMissing,
            'The request does not state what the requested State\'s surrender process requires: add `national-requirements "..."`, or `national-requirements none-known`.',
            { node: request, property: 'name' });
    }
    checkNationalRequirementsConsultation(request, accept, rules.arrestNationalRequirementsConsultation, 'its surrender requirements');
    if (noneWritten(request.crimes)) {
        const crimes = warrant?.crimes ?? [];
        report(accept, rules.arrestCrimesMissing,
            `The request does not list the crimes for which surrender is sought: add \`crimes "..."\`${crimes.length ? ` (warrant ${warrant!.name}: ${crimes.map(quote).join(', ')})` : ''}.`,
            // The crimes listed, and where from: the quick fix writes them.
            { node: request, property: 'name' }, { crimes, from: warrant && `warrant ${warrant.name}` });
    }
    const person = involvement?.person?.ref ?? warrant?.person?.ref;
    checkTranslation(request, involvement, person, 'warrant of arrest', accept, rules.arrestTranslationMissing, warrant && { of: warrant, notAnnexed: rules.arrestTranslationNotAnnexed });
    if (involvement?.location?.trim() && request.state) {
        report(accept, rules.arrestLocationAssessment,
            `Check that ${nameOf(involvement.person?.ref, 'the person sought')} may be found on the territory of ${request.state.ref ? englishName(request.state.ref.name) : request.state.$refText} (probable location: ${quote(involvement.location)}).`,
            { node: request, property: 'state' });
    }
}

/**
 * A crime as written, case and spacing aside: two crimes with the same key are the same (art. 101's
 * speciality; the documents list the request's crimes once when they are the warrant's or judgment's).
 */
export function crimeKey(crime: string): string {
    return crime.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Crimes listed as empty texts (`crimes ""`, as a quick fix inserts them) are not listed. */
const noneWritten = (texts: readonly string[]) => !texts.some(t => t.trim());

/** art. 58(3)(a)-(c): what the warrant of arrest contains. */
function checkWarrant(warrant: Warrant, accept: ValidationAcceptor): void {
    const missing: string[] = [];
    if (!warrant.person) missing.push('the person (`person P`, art. 58(3)(a))');
    else if (warrant.person.ref && !warrant.person.ref.fullName?.trim()) missing.push(`the name of ${warrant.person.ref.name} (\`name "..."\` in its declaration, art. 58(3)(a))`);
    if (noneWritten(warrant.crimes)) missing.push('the crimes (`crimes "..."`, art. 58(3)(b))');
    if (!warrant.facts?.trim()) missing.push('a concise statement of the facts (`facts "..."`, art. 58(3)(c))');
    if (missing.length && warrant.name) {
        report(accept, rules.arrestWarrantIncomplete, `Warrant ${warrant.name} does not give ${missing.join(', ')}.`, { node: warrant, property: 'name' });
    }
}

// ---------------------------------------------------------------- (b) surrender of a convicted person

interface Months { months: number; days: number }

/** Days folded into months of 30 days. */
function normalise(duration: Duration): Months {
    const { months, days } = raw(duration);
    return { months: months + Math.floor(days / 30), days: days % 30 };
}

/** Years and months as months, days as written (not folded into months). */
function raw(duration: Duration): Months {
    let months = 0, days = 0;
    for (const part of duration.parts) {
        const value = Number(part.value) || 0;
        if (part.unit?.startsWith('year')) months += 12 * value;
        else if (part.unit?.startsWith('month')) months += value;
        else days += value;
    }
    return { months, days };
}

/** The day `sign` x `d` (months first, then days) from `day`, on the calendar. */
function shift(day: string, d: Months, sign: 1 | -1): string {
    const [y, m, dd] = dayOf(day).split('-').map(Number);
    const moved = new Date(Date.UTC(y, m - 1 + sign * d.months, dd));
    moved.setUTCDate(moved.getUTCDate() + sign * d.days);
    return moved.toISOString().slice(0, 10);
}

/**
 * Whether time served and time remaining, counted on the calendar from the date they are stated as of,
 * span the sentence: the sentence began `served` before that date and ends `remaining` after it. A
 * statement computed from the real dates (months of 28 to 31 days) may differ by a day or two from the
 * 30-day convention, and is right all the same.
 */
function spansOnCalendar(served: Duration, remaining: Duration, sentence: Duration, asOf: string): boolean {
    const start = shift(asOf, raw(served), -1);
    return shift(start, raw(sentence), 1) === shift(asOf, raw(remaining), 1);
}

function add(a: Months, b: Months): Months {
    const days = a.days + b.days;
    return { months: a.months + b.months + Math.floor(days / 30), days: days % 30 };
}

function show(d: Months): string {
    const y = Math.floor(d.months / 12), m = d.months % 12;
    const parts = [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : '', d.days ? `${d.days} day${d.days > 1 ? 's' : ''}` : ''].filter(Boolean);
    return parts.length ? parts.join(' ') : '0 days';
}

function checkSurrenderOfConvicted(request: Request, accept: ValidationAcceptor): void {
    checkWritten(request, accept, rules.convictedNotInWriting);
    const judgment = request.judgment?.ref;
    const involvement = soughtInvolvement(request, ['sought', 'convicted']);
    if (!request.judgment) {
        report(accept, rules.convictedJudgmentMissing, 'The request does not name the judgment of conviction: add `judgment J`, J being the name of its declaration (`judgment J { number ICC-... }`, in any file of the workspace).', { node: request, property: 'name' });
    }
    if (!request.identification?.trim()) {
        report(accept, rules.convictedIdentificationMissing,
            'The request gives no information showing that the person sought is the one referred to in the judgment: add `identification "..."`.',
            { node: request, property: 'name' });
    } else {
        report(accept, rules.convictedIdentificationCheck,
            `Check that the identification information demonstrates that the person sought is the person convicted${judgment ? ` in ${judgment.name}` : ''}.`,
            { node: request, property: 'identification' });
    }
    if (!judgment) {
        checkTranslation(request, involvement, involvement?.person?.ref, 'judgment of conviction', accept, rules.convictedTranslationMissing);
        return;
    }
    const problem = inconsistency(judgment, involvement, request);
    if (problem) report(accept, rules.convictedJudgmentInconsistent, problem, { node: request, property: 'judgment' });
    if (!hasCopyOf(request, judgment)) {
        const sentenced = judgment.sentence && judgment.sentence !== 'none'
            ? ` and of the sentence it imposed (${describeSentence(judgment)}, art. 91(3)(d))` : '';
        report(accept, rules.convictedJudgmentCopyMissing,
            `No annex is a copy of judgment ${judgment.name}: the request must be supported by a copy of the judgment of conviction${sentenced}; add \`annex ${freeAnnexName(request)} "Copy of the judgment of conviction" { copy-of ${judgment.name} }\`.`,
            { node: request, property: 'judgment' }, { judgment: judgment.name });
    }
    checkSentence(request, judgment, accept);
    checkTranslation(request, involvement, involvement?.person?.ref ?? judgment.person?.ref, 'judgment of conviction', accept, rules.convictedTranslationMissing, { of: judgment, notAnnexed: rules.convictedTranslationNotAnnexed });
}

function describeSentence(judgment: Judgment): string {
    const kind = judgment.sentence === 'life-imprisonment' ? 'life imprisonment' : judgment.sentence ?? '';
    return judgment.sentenceLength ? `${kind} ${show(normalise(judgment.sentenceLength))}` : kind;
}

function checkSentence(request: Request, judgment: Judgment, accept: ValidationAcceptor): void {
    if (!judgment.sentence || (judgment.sentence === 'imprisonment' && !judgment.sentenceLength)) {
        const what = judgment.sentence ? 'the length of the sentence of imprisonment' : 'the sentence';
        report(accept, rules.convictedSentenceUnstated,
            `Judgment ${judgment.name} does not state ${what}, so the copy of the sentence and the time served cannot be checked: add \`sentence imprisonment 9 years\` (or \`life-imprisonment\`, \`fine\`, \`none\`) to its declaration.`,
            { node: request, property: 'judgment' });
    }
    if (!judgment.sentence || judgment.sentence === 'none') return;
    // Life imprisonment is a sentence of imprisonment: art. 91(3)(d) asks the same statement, the
    // time remaining written `remaining life` (or a length, where one has been set since).
    if (judgment.sentence === 'life-imprisonment') {
        if (!request.timeServed) {
            report(accept, rules.convictedTimeServedMissing,
                `${judgment.name} imposed life imprisonment but the request does not state the time already served: add \`time-served <N years M months> remaining life as-of <YYYY-MM-DD>\`, the time served as of that date.`,
                { node: request, property: 'name' });
            return;
        }
        report(accept, rules.convictedLifeSentenceCheck,
            `${judgment.name} imposed life imprisonment: the time remaining cannot be computed from the judgment; check the statement of the time already served and remaining.`,
            { node: request, property: 'timeServed' });
        return;
    }
    if (judgment.sentence !== 'imprisonment') return;
    if (!request.timeServed || (!request.timeRemaining && !request.timeRemainingLife)) {
        report(accept, rules.convictedTimeServedMissing,
            `${judgment.name} imposed imprisonment${judgment.sentenceLength ? ` of ${show(normalise(judgment.sentenceLength))}` : ''} but the request does not state the time already served and the time remaining: add \`time-served <N years M months> remaining <N years M months> as-of <YYYY-MM-DD>\`, the two as of that date${judgment.sentenceLength ? ', adding up to the sentence' : ''}.`,
            { node: request, property: 'name' });
        return;
    }
    if (request.timeRemainingLife) {
        report(accept, rules.convictedTimeServedMismatch,
            `The time remaining is written \`life\`, but ${judgment.name} imposed ${judgment.sentenceLength ? show(normalise(judgment.sentenceLength)) + ' of imprisonment' : 'a sentence of imprisonment for a term'}, not life imprisonment.`,
            { node: request, property: 'timeRemainingLife' });
        return;
    }
    if (!judgment.sentenceLength || !request.timeRemaining) return;
    const sentence = normalise(judgment.sentenceLength);
    const served = normalise(request.timeServed), remaining = normalise(request.timeRemaining);
    const total = add(served, remaining);
    const onCalendar = !!request.timeAsOf && isValidDate(request.timeAsOf)
        && spansOnCalendar(request.timeServed, request.timeRemaining, judgment.sentenceLength, request.timeAsOf);
    if ((total.months !== sentence.months || total.days !== sentence.days) && !onCalendar) {
        report(accept, rules.convictedTimeServedMismatch,
            `Time served (${show(served)}) plus time remaining (${show(remaining)}) makes ${show(total)}, but ${judgment.name} imposed ${show(sentence)} of imprisonment (compared with ${DURATION_CONVENTION}).`,
            { node: request, property: 'timeServed' }, { sentence: show(sentence), served: show(served), remaining: show(remaining) });
    }
}

// ---------------------------------------------------------------- (c) provisional arrest

function checkProvisionalArrest(request: Request, accept: ValidationAcceptor): void {
    if (!request.urgency?.trim()) {
        report(accept, rules.provisionalUrgencyMissing,
            'Provisional arrest may be requested only in urgent cases, and the request does not say why it is urgent: add `urgent "..."`.',
            { node: request, property: 'name' });
    } else {
        report(accept, rules.provisionalUrgencyCheck,
            'Check that the stated urgency justifies provisional arrest pending the request for surrender and its supporting documents.',
            { node: request, property: 'urgency' });
    }
    const basis = request.warrant?.ref ?? request.judgment?.ref;
    const involvement = checkPersonSought(request, accept, {
        missing: rules.provisionalPersonSoughtMissing, identity: rules.provisionalPersonIdentityMissing,
        location: rules.provisionalLocationMissing, check: rules.provisionalIdentificationCheck
    }, basis?.person?.ref, false);
    const crimes = request.warrant?.ref?.crimes ?? request.judgment?.ref?.convictedOf ?? [];
    if (noneWritten(request.crimes)) {
        report(accept, rules.provisionalCrimesMissing,
            `The request does not state the crimes for which arrest is sought: add \`crimes "..."\`${crimes.length ? ` (${basis!.name}: ${crimes.map(quote).join(', ')})` : ''}.`,
            { node: request, property: 'name' }, { crimes, from: basis && `${isWarrant(basis) ? 'warrant' : 'judgment'} ${basis.name}` });
    }
    if (!request.facts?.trim()) {
        report(accept, rules.provisionalFactsMissing, 'The request does not state the facts alleged to constitute the crimes: add `facts "..."`.', { node: request, property: 'name' });
    }
    if (!request.crimeDate) {
        report(accept, rules.provisionalCrimeDateMissing, 'The request does not give the date of the crime: add `crime-date D` where possible, or suppress this warning with the reason it is not possible.', { node: request, property: 'name' });
    }
    if (!request.crimePlace?.trim()) {
        report(accept, rules.provisionalCrimePlaceMissing, 'The request does not give the location of the crime: add `crime-place "..."` where possible, or suppress this warning with the reason it is not possible.', { node: request, property: 'name' });
    }
    if (!request.warrant && !request.judgment) {
        report(accept, rules.provisionalBasisMissing,
            'The request does not state that a warrant of arrest or a judgment of conviction exists against the person sought: add `warrant W` or `judgment J`, naming its declaration (`warrant W { number ICC-... }`, in any file of the workspace).',
            { node: request, property: 'name' });
    }
    for (const [instrument, property] of [[request.warrant?.ref, 'warrant'], [request.judgment?.ref, 'judgment']] as const) {
        const problem = instrument && inconsistency(instrument, involvement, request);
        if (problem) report(accept, rules.provisionalBasisInconsistent, problem, { node: request, property });
    }
    if (!request.surrenderWillFollow) {
        report(accept, rules.provisionalSurrenderStatementMissing,
            'The request does not state that a request for surrender will follow: add `surrender-request-will-follow`.',
            { node: request, property: 'name' });
    }
}

/**
 * c9: a request for surrender that `follows` a provisional arrest goes to the same State for the same person
 * (art. 92(3)). `follows` links any earlier request (a renewed or supplementary request, a transit after the
 * surrender: the register's chains); art. 92(3) and rule 188 concern only one that follows a provisional arrest.
 */
function checkFollows(request: Request, accept: ValidationAcceptor): void {
    const previous = request.follows?.ref;
    if (!previous || !request.kind || !SURRENDER_KINDS.includes(request.kind) || previous.kind !== 'provisional-arrest') return;
    const problems: string[] = [];
    if (request.state && previous.state && request.state.$refText !== previous.state.$refText) {
        problems.push(`it goes to ${request.state.ref ? englishName(request.state.ref.name) : request.state.$refText} while the provisional arrest was requested from ${previous.state.ref ? englishName(previous.state.ref.name) : previous.state.$refText}`);
    }
    const here = soughtInvolvement(request, ['sought', 'convicted'])?.person;
    const there = soughtInvolvement(previous)?.person;
    if (here?.ref && there?.ref && here.ref !== there.ref) {
        problems.push(`it concerns ${here.ref.name} while the provisional arrest concerns ${there.ref.name}`);
    }
    if (problems.length) {
        report(accept, rules.provisionalFollowUpMismatch, `This request follows the provisional arrest requested in ${previous.name}, but ${problems.join('; and ')}: the requested State must receive the request for surrender of the person it arrested.`, { node: request, property: 'follows' });
    }
}

/**
 * X10, art. 90: each competing request for extradition the requested State notified (art. 90(1)), with the
 * paragraphs that govern it: other conduct, art. 90(7); the same conduct, art. 90(2)-(3) when the requesting
 * State was a State Party on the date of the notification (the library's dates, marked as the dossier marks
 * them), else art. 90(4)-(6). Only what the article says: whether the requested State is under an
 * international obligation to extradite, and what the Court determined, is for the officer to find out.
 */
function checkCompetingRequests(request: Request, accept: ValidationAcceptor): void {
    const requestedState = request.state?.ref;
    const requested = requestedState ? englishName(requestedState.name) : 'the requested State';
    for (const found of competingRequests(request)) {
        if (found.competes !== 'extradition') continue; // art. 93(9)(a): assistance-competing-request-check
        const { clause: competing, notified: day, party } = found;
        const state = competing.state.ref;
        if (!state) continue; // unresolved-reference
        const other = englishName(state.name);
        const Other = englishName(state.name, { start: true });
        const status = stateStatusOn(state, day);
        const dates = libraryDatesNote(status.verification);
        // 90(1): "A State Party which receives ...".
        const requestedNotParty = requestedNotPartyNote(request, day, 'Art. 90 speaks of a State Party that receives the Court\'s request');
        // Art. 90(1): a request "from any other State"; for other conduct, art. 90(7) speaks of extraditing the person
        // "to the requesting State" (a misrecorded State is said, not read as a competitor).
        const itself = state !== requestedState ? ''
            : competing.conduct === 'other-conduct' ? ` Art. 90(7) speaks of extraditing the person to the requesting State; ${other} is the requested State.`
                : ` Art. 90(1) speaks of a request from any other State; ${other} is the requested State.`;
        const decision = competing.admissibilityDecision?.ref;
        const detail = decision ? [decision.number, decision.date && `dated ${decision.date}`].filter(Boolean).join(', ') : '';
        const recorded = decision
            ? ` The Court's determination on admissibility is recorded as decision ${decision.name}${detail ? ` (${detail})` : ''}${decision.subject === 'admissibility' ? '' : ', which states no `subject admissibility`'}; where the Court has determined the case inadmissible and extradition is then refused, ${requested} shall notify the Court of that decision (art. 90(8)).`
            : ' No determination of the Court on admissibility is recorded: name it (`admissibility-decision D`) when there is one.';
        let message: string;
        let provision: string;
        if (competing.conduct === 'other-conduct') {
            provision = 'art. 90(7)';
            message = `${Other} requests the extradition of the person for conduct other than that which constitutes the crime for which the Court seeks the person's surrender (notified ${day}): if ${requested} is not under an existing international obligation to extradite the person to ${other}, it shall give priority to the request from the Court (art. 90(7)(a)); if it is, it shall determine whether to surrender the person to the Court or to extradite the person to ${other}, considering all the relevant factors, including those set out in art. 90(6), with special consideration to the relative nature and gravity of the conduct in question (art. 90(7)(b)).${itself}${requestedNotParty}`;
        } else if (party) {
            provision = 'art. 90(2)';
            message = `${Other}, a State Party on the date of the notification (${day})${dates}, requests the extradition of the person for the same conduct (art. 90(1)): ${requested} shall give priority to the request from the Court if the Court has, pursuant to art. 18 or 19, determined that the case is admissible and that determination takes into account the investigation or prosecution conducted by ${other} in respect of its request for extradition (art. 90(2)(a)), or makes that determination pursuant to the notification (art. 90(2)(b)); where no determination under art. 90(2)(a) has been made, ${requested} may, pending the Court's determination, proceed to deal with the request for extradition but shall not extradite the person until the Court has determined that the case is inadmissible (art. 90(3)).${recorded}${itself}${requestedNotParty}`;
        } else {
            provision = 'art. 90(4)';
            const why = status.party.kind === 'withdrawn' ? `its withdrawal effective ${status.party.effective}`
                : status.party.kind === 'not-yet-party' ? `the Statute entering into force for it on ${status.party.entryIntoForce}` : '';
            message = `${Other}, not a State Party on the date of the notification (${day}${why ? `: ${why}` : ''})${dates}, requests the extradition of the person for the same conduct (art. 90(1)): if ${requested} is not under an international obligation to extradite the person to ${other}, it shall give priority to the request from the Court if the Court has determined that the case is admissible (art. 90(4)); until the Court has so determined, it may, at its discretion, proceed to deal with the request for extradition (art. 90(5)); if it is under an existing international obligation to extradite the person to ${other}, it shall determine whether to surrender the person to the Court or to extradite the person, considering all the relevant factors, including the respective dates of the requests, the interests of ${other} and the possibility of subsequent surrender between the Court and ${other} (art. 90(6)).${recorded}${itself}${requestedNotParty}`;
        }
        report(accept, rules.competingRequestCheck, message, { node: competing }, { provision, state: state.name, party, conduct: competing.conduct });
    }
}

function checkRequest(request: Request, accept: ValidationAcceptor): void {
    switch (request.kind) {
        case 'arrest-and-surrender': checkArrestAndSurrender(request, accept); break;
        case 'surrender-of-convicted': checkSurrenderOfConvicted(request, accept); break;
        case 'provisional-arrest': checkProvisionalArrest(request, accept); break;
    }
    checkFollows(request, accept);
    checkCompetingRequests(request, accept);
}

// ---------------------------------------------------------------- slow checks (other files)

/** b2: a copy of any warrant of arrest for the convicted person declared in the workspace. */
function checkConvictedWarrants(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (request.kind !== 'surrender-of-convicted') return;
    const person = soughtInvolvement(request, ['sought', 'convicted'])?.person?.ref ?? request.judgment?.ref?.person?.ref;
    const warrants = new Set<Warrant>();
    if (request.warrant?.ref) warrants.add(request.warrant.ref);
    if (person) for (const w of warrantsByPerson(services).get(person)) warrants.add(w);
    const missing = [...warrants].filter(w => !hasCopyOf(request, w) && w.name);
    if (missing.length === 0) return;
    const names = missing.map(w => w.name);
    report(accept, rules.convictedWarrantCopyMissing,
        `${names.length === 1 ? 'A warrant of arrest' : 'Warrants of arrest'} for ${nameOf(person)} ${names.length === 1 ? 'is' : 'are'} declared (${names.join(', ')}) but no copy is annexed: add \`annex ${freeAnnexName(request)} "Copy of the warrant of arrest" { copy-of ${names[0]} }\`.`,
        request.warrant ? { node: request, property: 'warrant' } : { node: request, property: 'name' }, { warrants: names });
}

/**
 * X9, art. 101: the crimes a request names for a person already surrendered (by an earlier
 * request with `status surrendered`) fall within the crimes of that surrender, or the request
 * names the surrendering State's waiver. Crimes are compared as written (case and spacing aside).
 */
function checkSpeciality(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (!request.date || !isValidDate(request.date) || request.kind === 'transit') return;
    // The request for the waiver itself (art. 101(2)) is how the Court obtains it.
    if (citationsOf(request.legalBasis).some(c => /^art\. 101(\(2\))?$/.test(c))) return;
    const day = dayOf(request.date);
    const crimesOf = (r: Request) => [...r.crimes, ...(r.warrant?.ref?.crimes ?? [])].map(crimeKey);
    const sought = request.persons.filter(p => p.role === 'sought' || p.role === 'suspect' || p.role === 'accused').map(p => p.person?.ref).filter(p => p !== undefined);
    if (sought.length === 0) return;
    const asked = [...new Set(crimesOf(request))];
    if (asked.length === 0) return;
    // As the follow-up checks do (register/follow-up.ts): a surrender dated after the as-of date has not
    // happened as of that date (followup-status-in-future), nor one after this request's own date.
    const today = services.rogatory.Settings.currentDate();
    for (const { earlier, person } of sought.flatMap(p => surrendersByPerson(services).get(p))) {
        if (earlier === request) continue;
        const recorded = eventDate(earlier, 'surrendered', today);
        const surrendered = recorded && dayOf(recorded);
        if (!surrendered || surrendered > day) continue;
        // Art. 101(1) bars proceedings "for any conduct committed prior to surrender": conduct dated after
        // the surrender (`crime-date`; a period of the crimes that starts after it) is outside it and needs no waiver.
        if (request.crimeDate && isValidDate(request.crimeDate) && dayOf(request.crimeDate) > surrendered) continue;
        const covered = new Set(crimesOf(earlier));
        const beyond = asked.filter(c => !covered.has(c));
        if (beyond.length === 0) continue;
        const surrenderingState = earlier.state?.ref;
        const waiver = request.waiver?.ref;
        const from = surrenderingState ? ` from ${surrenderingState.name}` : '';
        if (!request.waiver) {
            report(accept, rules.specialityWaiverMissing,
                `${person.name} was surrendered on ${surrendered} under ${earlier.name} for other conduct; this request also concerns ${beyond.map(quote).join(', ')}: obtain and name the waiver${from} (\`waiver R\`), or, if this is the request for that waiver, cite art. 101(2).`,
                request.crimes.length ? { node: request, property: 'crimes', index: 0 } : { node: request, property: 'warrant' }, { surrender: earlier.name });
        } else if (waiver && (waiver.type !== 'waiver' || (surrenderingState && waiver.state?.ref && waiver.state.ref !== surrenderingState))) {
            const why = waiver.type !== 'waiver' ? `is a record of type ${waiver.type ?? '(none)'}` : `records a waiver of ${waiver.state!.ref!.name}`;
            report(accept, rules.specialityWaiverMissing,
                `${waiver.name} ${why}: name the waiver${from}, which surrendered ${person.name} under ${earlier.name}.`,
                { node: request, property: 'waiver' }, { surrender: earlier.name });
        }
        return;
    }
}

/** The warrants declared in the workspace, by the person they are for. */
const warrantsByPerson = workspaceMemo(services => {
    const byPerson = new MultiMap<Person, Warrant>();
    for (const warrant of declaredWarrants(services)) {
        const holder = warrant.person?.ref;
        if (holder) byPerson.add(holder, warrant);
    }
    return byPerson;
});

const declaredWarrants = perFileMemo(root => isModel(root) ? root.elements.filter((e): e is Warrant => isWarrant(e) && !!e.name) : []);

/**
 * The requests for surrender that may enter the two indexes below: those that record a surrender,
 * and those that follow another request. What each file holds of them is read only when it changes.
 */
const surrenderRequests = perFileMemo(root => isModel(root) ? root.elements.filter((e): e is Request => isRequest(e) && !!e.name
    && !!e.kind && SURRENDER_KINDS.includes(e.kind) && (e.follows !== undefined || e.history.some(h => h.status === 'surrendered'))) : []);

interface Surrender { earlier: Request; person: Person }

/**
 * The requests for surrender that record the person's surrender (`status surrendered`), on any date: when
 * it happened, and whether by the as-of date, is the check's to ask (the index is kept until a document
 * changes, not until the as-of date does).
 */
const surrendersByPerson = workspaceMemo(services => {
    const byPerson = new MultiMap<Person, Surrender>();
    for (const earlier of surrenderRequests(services)) {
        const surrendered = soughtInvolvement(earlier, ['sought', 'convicted'])?.person?.ref;
        if (!surrendered || !earlier.history.some(h => h.status === 'surrendered')) continue;
        byPerson.add(surrendered, { earlier, person: surrendered });
    }
    return byPerson;
});

/** The requests for surrender that name a request (by its name) in `follows` (also for the hover on a provisional arrest's date). */
export const surrenderRequestsFollowing = workspaceMemo(services => {
    const byName = new MultiMap<string, Request>();
    for (const request of surrenderRequests(services)) {
        const follows = request.follows?.$refText;
        if (follows) byName.add(follows, request);
    }
    return byName;
});

/**
 * c7: rule 188, receipt of the request for surrender within 60 days of the provisional arrest,
 * judged as the register does (register/follow-up.ts) from the events dated by the as-of date.
 */
function checkProvisionalDeadline(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (request.kind !== 'provisional-arrest' || !request.name) return;
    const today = services.rogatory.Settings.currentDate();
    const state = provisionalArrest(request, surrenderRequestsFollowing(services).get(request.name), today);
    if (!state) return;
    const { arrest: arrested, arrested: arrest, deadline, followUps, receipt: first } = state;
    const data = { arrested: arrest, deadline, followUps: followUps.map(r => r.name) };
    const reading = `(${RULE_188_READING})`;
    if (first) {
        if (first.date > deadline) {
            report(accept, rules.provisionalDeadlineMissed,
                `The requested State received the request for surrender ${first.request.name} on ${first.date}, ${daysBetween(arrest, first.date)} days after the provisional arrest on ${arrest}; the time limit was ${deadline} ${reading}.`,
                { node: arrested }, data);
        }
        return;
    }
    // No receipt recorded: stop once the provisional arrest is over (withdrawn, person released or surrendered on consent, art. 92(3)).
    if (state.ended) return;
    const elapsed = daysBetween(arrest, today);
    const pending = followUps.length
        ? ` ${followUps.map(r => r.name).join(', ')} ${followUps.length === 1 ? 'follows' : 'follow'} it, but no \`status received D\` (receipt by the requested State) is recorded.`
        : ' No request for surrender that `follows` it is in the workspace.';
    if (today > deadline) {
        report(accept, rules.provisionalDeadlineMissed,
            `The requested State had to receive the request for surrender by ${deadline}, ${PROVISIONAL_ARREST_DAYS} days after the provisional arrest on ${arrest} ${reading}; as of ${today} (${elapsed} days) no receipt is recorded.${pending} The person may be released (art. 92(3)).`,
            { node: arrested }, data);
    } else if (elapsed >= PROVISIONAL_ARREST_WARNINGS[0]) {
        const left = daysBetween(today, deadline);
        report(accept, rules.provisionalDeadlineNear,
            `${dayCount(left)} left: the requested State must receive the request for surrender by ${deadline} ${reading}; ${elapsed} days have passed since the provisional arrest on ${arrest}.${pending}`,
            { node: arrested }, data);
    } else {
        report(accept, rules.provisionalDeadlinePending,
            `The requested State must receive the request for surrender and its supporting documents by ${deadline} ${reading}.`,
            { node: arrested }, data);
    }
}

export const surrenderArea: ValidationArea = {
    name: 'surrender',
    description: 'Arrest and surrender (art. 89, 91(2)), surrender of a convicted person (art. 91(3)), provisional arrest (art. 92, rule 188).',
    rules: Object.values(rules),
    checks: services => ({
        fast: {
            Request: checkRequest,
            Warrant: checkWarrant
        },
        slow: {
            Request: (request, accept) => {
                checkConvictedWarrants(services, request, accept);
                checkProvisionalDeadline(services, request, accept);
                checkSpeciality(services, request, accept);
            }
        }
    })
};
