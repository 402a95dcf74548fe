import type { ValidationAcceptor } from 'langium';
import { MultiMap } from 'langium';
import { isModel, isRequest, type Involvement, type ProvisionRef, type Request, type RequestKind } from '../generated/ast.js';
import { ARTICLE_93_KINDS, article93ToAState, beforeRequestDate, competingRequests, eventDate, libraryDatesNote, requestedNotPartyNote, historyInOrder, involvesTemporaryTransfer, madeBy, postponementHolding, redirects, returnDue, sameAddressee, transitHoursEnd, underArticle93 } from '../register/follow-up.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayCount, dayOf, daysBetween, hasTimeZone, instantOf, isValidDate } from '../states/dates.js';
import { sameLanguage } from '../languages.js';
import { checkProvision, citationOf, citationsOf, overlaps } from '../statute/provisions.js';
import type { ValidationArea } from './catalogue.js';
import { checkNationalRequirementsConsultation, consultationMismatch } from './records.js';
import { hasEffect } from './clause-effect.js';
import { defineRule, report, type Rule } from './rule.js';
import { englishName } from '../generator/names.js';
import { KIND_LEGAL_BASIS } from './request.js';
import { freeAnnexName } from './addressee.js';
import { stateStatusOn } from '../states/state-status.js';
import { perFileMemo, workspaceMemo } from '../workspace/workspace-memo.js';

/**
 * Other forms of assistance (art. 93(1), 96, 99), transit (art. 89(3)) and temporary transfer
 * (art. 93(7), rules 192-193): digest sections (d), (e), (f). A temporary transfer is the form
 * art. 93(1)(f) (digest d15), so art. 96 governs it whichever way it is written: the art. 96(2)
 * checks run on `kind temporary-transfer` as on `kind assistance art. 93(1)(f)` (underArticle93). Channel, language and the
 * confirmation of urgent requests (d1-d2, e1) are the addressee area's; protective measures when
 * witnesses are named (X4) the request area's. Every check reads only the request and what it
 * links to, so all are `fast`, but the art. 93(9)(b) check, which looks for the request that follows
 * this one in any file (`slow`).
 */
/** `kind assistance` alone: the forms of art. 93(1) it names (a temporary transfer names none but (f)). */
const ASSISTANCE: readonly RequestKind[] = ['assistance'];
/** The kinds of request that may transfer a person (involvesTemporaryTransfer: `kind assistance` seeking art. 93(1)(f)). */
const TRANSFERRING: readonly RequestKind[] = ['temporary-transfer', 'assistance'];

export const rules = {
    // ------------------------------------------------------------ (d) art. 96(2): contents
    formsMissing: defineRule({
        code: 'assistance-forms-missing', kinds: ASSISTANCE, clause: 'kind', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(a)', also: ['art. 93(1)'], digest: 'd3',
        summary: 'A request for assistance says which assistance it seeks, as one or more forms of art. 93(1): `kind assistance art. 93(1)(b), art. 93(1)(i)`.'
    }),
    formInvalid: defineRule({
        code: 'assistance-form-invalid', severity: 'error', force: 'shall', provision: 'art. 93(1)', digest: 'd3',
        summary: 'Each form of assistance named after `kind assistance` is one of art. 93(1)(a) to (l); temporary transfer (93(1)(f)) may also be requested with `kind temporary-transfer`.'
    }),
    purposeMissing: defineRule({
        code: 'assistance-purpose-missing', kinds: ASSISTANCE, clause: 'purpose', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(a)', digest: 'd3',
        summary: 'A request for assistance under art. 93 — `kind assistance`, or `kind temporary-transfer` (the form art. 93(1)(f)), which every art. 96(2) check treats alike — states concisely its purpose and the assistance sought (`purpose "..."`).'
    }),
    groundsMissing: defineRule({
        code: 'assistance-grounds-missing', kinds: ARTICLE_93_KINDS, clause: 'grounds', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(a)', digest: 'd3',
        summary: 'A request for assistance states the grounds for it (`grounds "..."`).'
    }),
    legalBasisMissing: defineRule({
        code: 'assistance-legal-basis-missing', kinds: ARTICLE_93_KINDS, clause: 'legal-basis', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(a)', digest: 'd3',
        summary: 'A request for assistance, temporary transfer included, states its legal basis (`legal-basis art. 93(1)(b), art. 96(1)`; for a temporary transfer art. 93(1)(f) or art. 93(7)).'
    }),
    legalBasisMismatch: defineRule({
        code: 'assistance-legal-basis-mismatch', kinds: ARTICLE_93_KINDS, clause: 'legal-basis', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(a)', also: ['art. 93(1)'], digest: 'd3',
        summary: 'The legal basis cites each form of assistance sought: a request for the form art. 93(1)(x) cites art. 93(1)(x) (or art. 93(1) as a whole); for temporary transfer (93(1)(f), "as provided in paragraph 7") art. 93(7) also counts. Conversely, a request that names its forms (`kind assistance art. 93(1)(x)`) cites no form of art. 93(1) it does not seek (one left when the kind was changed), art. 93(1)(l) included; a `kind temporary-transfer` request is not held to this.'
    }),
    subjectMissing: defineRule({
        code: 'assistance-subject-missing', kinds: ARTICLE_93_KINDS, severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(b)', digest: 'd4',
        summary: 'A request for a form of assistance that concerns persons (art. 93(1)(a), (c)-(f)) names at least one (`person P as witness { location "..." }`); one that concerns places or sites (93(1)(g)-(h)) describes at least one (`place S "..." location "..."`); one for the taking or production of evidence (93(1)(b)) names a person or describes a place (digest d4). Where no person or place must be found or identified (items to locate, evidence the State\'s authorities hold), suppress the warning saying so.'
    }),
    factsMissing: defineRule({
        code: 'assistance-facts-missing', kinds: ARTICLE_93_KINDS, clause: 'facts', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(c)', digest: 'd5',
        summary: 'A request for assistance states concisely the essential facts underlying it (`facts "..."`).'
    }),
    procedureMissing: defineRule({
        code: 'assistance-procedure-missing', kinds: ARTICLE_93_KINDS, clause: 'procedure', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(d)', also: ['art. 99(1)'], digest: 'd6',
        summary: 'A request that asks for persons to be present at and assist in its execution (`present ...`, art. 99(1)) gives the reasons for and details of the procedure to be followed (`procedure "..."`).'
    }),
    nationalRequirementsMissing: defineRule({
        code: 'assistance-national-requirements-missing', kinds: ARTICLE_93_KINDS, clause: 'national-requirements', severity: 'warning', force: 'as applicable', provision: 'art. 96(2)(e)', also: ['art. 96(3)'], digest: 'd7',
        summary: 'A request for assistance to a State gives the information the requested State\'s law requires to execute it (`national-requirements "..."`), or says that none is known (`national-requirements none-known`).'
    }),
    nationalRequirementsConsultation: defineRule({
        code: 'assistance-national-requirements-consultation-mismatch', severity: 'error', force: 'shall', provision: 'art. 96(3)', digest: 'd7',
        summary: 'The record named in `national-requirements ... consultation R` is the record of the consultations in which the requested State advised the Court of its national-law requirements: a record of type consultation with that State.'
    }),
    urgentRepliesNotUrgent: defineRule({
        code: 'assistance-urgent-replies-not-urgent', kinds: ARTICLE_93_KINDS, severity: 'warning', force: 'as applicable', provision: 'art. 99(2)', digest: 'd10',
        summary: 'Documents or evidence produced in response are sent urgently at the Court\'s request "in the case of an urgent request": `urgent-replies` goes with `urgent "..."`.'
    }),
    repliesTranslation: defineRule({
        code: 'assistance-replies-translation', kinds: ARTICLE_93_KINDS, severity: 'warning', force: 'should', provision: 'art. 99(3)', also: ['art. 100(1)(b)'], digest: 'd11', readsProse: true,
        summary: 'Replies from the requested State are transmitted in their original language and form: the request does not ask the State to translate its replies (the Court bears the costs of translation, art. 100(1)(b)). Read from the request\'s prose (`purpose`, `procedure`, `other-information`, `national-requirements`), a sentence where the Court translates (`The Court will arrange the translation of the replies`) is not such a request; a wrong reading may be suppressed with its reason.'
    }),
    // ------------------------------------------------------------ (d) the forms' own requirements
    selfIncriminationMissing: defineRule({
        code: 'assistance-self-incrimination-instruction-missing', clause: 'self-incrimination-instruction', severity: 'error', force: 'shall', provision: 'rule 190', also: ['art. 93(1)(e)', 'rule 74'], digest: 'd12',
        summary: 'A request under art. 93(1)(e) with respect to a witness annexes an instruction concerning rule 74 (self-incrimination), in a language the witness fully understands and speaks: `self-incrimination-instruction <language> annex <A>` on the witness.'
    }),
    selfIncriminationLanguage: defineRule({
        code: 'assistance-self-incrimination-language', severity: 'error', force: 'shall', provision: 'rule 190', digest: 'd12',
        summary: 'The rule 190 instruction is in a language the witness fully understands and speaks: one of the languages of the person\'s declaration, where it lists them; and the annex that holds it (`self-incrimination-instruction <language> annex A`) is in that language, where the annex states its own (`language`).'
    }),
    assuranceDecision: defineRule({
        code: 'assistance-assurance-decision', severity: 'error', force: 'shall', provision: 'art. 93(2)', also: ['rule 191'], digest: 'd13',
        summary: 'An assurance offered to a witness or expert (`assurance D`) is a decision of the Chamber dealing with the case providing the art. 93(2) assurance (`decision D { subject assurance }`).'
    }),
    assuranceRole: defineRule({
        code: 'assistance-assurance-role', severity: 'error', force: 'shall', provision: 'art. 93(2)', digest: 'd13',
        summary: 'The art. 93(2) assurance is given to a witness or an expert appearing before the Court (`as witness`, `as expert`), not to other persons.'
    }),
    rightsNoticeMissing: defineRule({
        code: 'assistance-rights-notice-missing', severity: 'error', force: 'shall', provision: 'art. 55(2)', also: ['art. 93(1)(c)'], digest: 'd14', clause: 'rights-notice',
        summary: 'A request to question a person being investigated or prosecuted (art. 93(1)(c)) states that the person is informed before questioning of all four rights of art. 55(2)(a)-(d): `rights-notice art. 55(2)(a), art. 55(2)(b), art. 55(2)(c), art. 55(2)(d)` (or `art. 55(2)`). So does a request for assistance under another form that names a suspect or accused with the language of their questioning (`questioning-language`: testimony taken under art. 93(1)(b), an interview by the Prosecutor under art. 99(4)): art. 55(2) applies to any such person "about to be questioned either by the Prosecutor, or by national authorities pursuant to a request made under Part 9".'
    }),
    questionedPersonRole: defineRule({
        code: 'assistance-questioned-person-role', kinds: ASSISTANCE, severity: 'warning', force: 'as applicable', provision: 'art. 93(1)(c)', also: ['art. 55(2)'], digest: 'd14',
        summary: 'A request for "the questioning of any person being investigated or prosecuted" (art. 93(1)(c)) names that person `as suspect` or `as accused`, the role whose art. 55(2) rights notice is checked (`assistance-rights-notice-missing`); a person questioned who is named otherwise is said with the reason in a `suppress`.'
    }),
    appearingPersonRole: defineRule({
        code: 'assistance-appearing-person-role', kinds: ASSISTANCE, severity: 'warning', force: 'as applicable', provision: 'art. 93(1)(e)', also: ['rule 190'], digest: 'd12',
        summary: 'A request for "facilitating the voluntary appearance of persons as witnesses or experts before the Court" (art. 93(1)(e)) names the person who is to appear `as witness` or `as expert` (or, with a temporary transfer, art. 93(1)(f), `as detained`): the instruction on self-incrimination a witness is given (rule 190, assistance-self-incrimination-instruction-missing) is checked for that role; a person who is to appear but is named otherwise is said with the reason in a `suppress`.'
    }),
    interpreterMissing: defineRule({
        code: 'assistance-interpreter-missing', clause: 'interpreter', severity: 'error', force: 'shall', provision: 'art. 55(1)(c)', also: ['art. 93(1)(c)'], digest: 'X12',
        summary: 'A person questioned in a language other than one they fully understand and speak (per the person\'s declared languages) has the assistance of a competent interpreter in one of them: `interpreter <language>`.'
    }),
    protectionMeasuresMissing: defineRule({
        code: 'assistance-protection-measures-missing', kinds: ASSISTANCE, clause: 'protective-measures', severity: 'warning', force: 'as applicable', provision: 'art. 93(1)(j)', also: ['art. 87(4)'], digest: 'd16',
        summary: 'A request for the protection of victims and witnesses or the preservation of evidence (art. 93(1)(j)) says which measures are sought (`protective-measures "..."`).'
    }),
    assetsMissing: defineRule({
        code: 'assistance-assets-missing', clause: 'assets', severity: 'error', force: 'shall', provision: 'art. 93(1)(k)', digest: 'd17',
        summary: 'A request for the identification, tracing and freezing or seizure of proceeds, property, assets and instrumentalities (art. 93(1)(k)) identifies them (`assets "...", "..."`).'
    }),
    forfeitureWording: defineRule({
        code: 'assistance-forfeiture-check', severity: 'info', force: 'human', provision: 'art. 93(1)(k)', digest: 'd17',
        summary: 'Checklist: a request under art. 93(1)(k) says that the measures are "for the purpose of eventual forfeiture, without prejudice to the rights of bona fide third parties".'
    }),
    otherTypeCheck: defineRule({
        code: 'assistance-other-type-check', severity: 'info', force: 'human', provision: 'art. 93(1)(l)', also: ['art. 93(5)'], digest: 'd18',
        summary: 'Checklist: assistance under art. 93(1)(l) must not be prohibited by the law of the requested State; before denying it, the State considers whether it can be given subject to conditions, later or in another manner (art. 93(5)).'
    }),
    nationalSecurityCheck: defineRule({
        code: 'assistance-national-security-check', severity: 'info', force: 'human', provision: 'art. 93(4)', also: ['art. 72'], digest: 'd19',
        summary: 'Checklist: a request for the production of evidence or of records and documents (art. 93(1)(b), (i)) may touch the requested State\'s national security, for which it may deny assistance under art. 93(4) and art. 72; consider how the request could meet such concerns.'
    }),
    organisationNationalSecurityCheck: defineRule({
        code: 'organisation-national-security-check', severity: 'info', force: 'human', provision: 'art. 72(1)', also: ['art. 87(6)'], digest: 'g8',
        summary: 'Checklist: a request to an intergovernmental organisation (art. 87(6)) for the production of evidence or of records and documents (art. 93(1)(b), (i)) may reach information or documents of a State whose disclosure would, in the opinion of that State, prejudice its national security interests; art. 72 applies to such cases too (art. 72(1) names article 87, paragraph 6); consider how the request could meet such concerns.'
    }),
    // ------------------------------------------------------------ (d) art. 99(4): execution by the Prosecutor
    directCompulsory: defineRule({
        code: 'direct-execution-compulsory', severity: 'error', force: 'shall', provision: 'art. 99(4)', digest: 'd22',
        summary: 'The Prosecutor executes directly only a request that can be executed without compulsory measures (a voluntary interview or taking of evidence, the examination of a public site without modification): not an arrest, a surrender, a transit, a temporary transfer (art. 93(1)(f)), searches and seizures (93(1)(h)) or freezing and seizure (93(1)(k)).'
    }),
    directOrganisation: defineRule({
        code: 'direct-execution-organisation', severity: 'error', force: 'shall', provision: 'art. 99(4)', also: ['art. 87(6)'], digest: 'd22',
        summary: 'The Prosecutor executes a request directly "on the territory of a State", following consultations with the requested State Party (art. 99(4)): a request to an intergovernmental organisation (art. 87(6)) has neither, so it does not state `direct-execution`.'
    }),
    directJustification: defineRule({
        code: 'direct-execution-justification-missing', clause: 'justification', severity: 'error', force: 'shall', provision: 'art. 99(4)', digest: 'd23',
        summary: 'Direct execution by the Prosecutor is "necessary for the successful execution" of the request: say why (`direct-execution by-Prosecutor justification "..."`).'
    }),
    directConsultation: defineRule({
        code: 'direct-execution-consultation-missing', clause: 'consultation', severity: 'error', force: 'shall', provision: 'art. 99(4)(b)', digest: 'd25',
        summary: 'The Prosecutor executes a request directly only after consultations with the requested State: `consultation <record>` naming a record of type consultation with that State.'
    }),
    directAdmissibilityConsultation: defineRule({
        code: 'direct-execution-admissibility-consultation-missing', clause: 'consultation', severity: 'error', force: 'shall', provision: 'art. 99(4)(a)', also: ['art. 18', 'art. 19'], digest: 'd24',
        summary: 'Where there has been a determination of admissibility under art. 18 or 19 (`admissibility-decision D`), the Prosecutor executes directly only after all possible consultations with the requested State: `consultation <record>`.'
    }),
    directAdmissibilityDecision: defineRule({
        code: 'direct-execution-admissibility-decision', severity: 'error', force: 'shall', provision: 'art. 99(4)(a)', digest: 'd24',
        summary: 'The decision named as the determination of admissibility (`admissibility-decision D`) is one (`decision D { subject admissibility }`).'
    }),
    directCheck: defineRule({
        code: 'direct-execution-check', severity: 'info', force: 'human', provision: 'art. 99(4)', digest: 'd22',
        summary: 'Checklist: the person interviewed or giving evidence does so voluntarily, a site is public and examined without modification, and any reasonable conditions or concerns the State raised in consultation are met (art. 99(4)(b)).'
    }),

    // ------------------------------------------------------------ (e) transit, art. 89(3)
    transitPersonDescription: defineRule({
        code: 'transit-person-description-missing', clause: 'person', severity: 'error', force: 'shall', provision: 'art. 89(3)(b)(i)', digest: 'e2',
        summary: 'A request for transit contains a description of the person being transported: `person P as transported`, whose declaration has a `description "..."`.'
    }),
    transitFacts: defineRule({
        code: 'transit-facts-missing', clause: 'facts', severity: 'error', force: 'shall', provision: 'art. 89(3)(b)(ii)', digest: 'e3',
        summary: 'A request for transit contains a brief statement of the facts of the case (`facts "..."`).'
    }),
    transitCharacterization: defineRule({
        code: 'transit-legal-characterization-missing', clause: 'legal-characterization', severity: 'error', force: 'shall', provision: 'art. 89(3)(b)(ii)', digest: 'e3',
        summary: 'A request for transit contains the legal characterization of the facts (`legal-characterization "..."`).'
    }),
    transitWarrant: defineRule({
        code: 'transit-warrant-missing', clause: 'warrant', severity: 'error', force: 'shall', provision: 'art. 89(3)(b)(iii)', digest: 'e4',
        summary: 'A request for transit contains the warrant for arrest and surrender (`warrant W`), issued for the person transported.'
    }),
    transitToOrganisation: defineRule({
        code: 'transit-to-organisation', severity: 'error', force: 'shall', provision: 'art. 89(3)(a)', also: ['art. 89(3)(b)', 'art. 87(6)'], digest: 'e1',
        summary: 'A request for transit is made to the State through whose territory the person is transported: art. 89(3)(a) speaks of "transportation through its territory" that "a State Party shall authorize", and art. 89(3)(b) has the request transmitted "in accordance with article 87", to that State; an intergovernmental organisation (`to organisation "..."`) has no territory to authorize transit through.'
    }),
    transitNotRequired: defineRule({
        code: 'transit-not-required', severity: 'info', force: 'human', provision: 'art. 89(3)(d)', digest: 'e5',
        summary: 'No authorization is required when the person is transported by air and no landing is scheduled on the territory of the transit State (`transport air landing none`).'
    }),
    transitLandingTime: defineRule({
        code: 'transit-landing-time-missing', severity: 'error', force: 'shall', provision: 'art. 89(3)(e)', digest: 'e6',
        summary: 'A request for transit after an unscheduled landing gives the time of the landing with its time zone (`landing unscheduled 2026-11-12T09:40+01:00`, or `Z` for UTC), from which the 96 hours of art. 89(3)(e) run: a time without its zone could be any of some 26 hours, so the 96 hours are not counted until it is written.'
    }),
    transitLandingLate: defineRule({
        code: 'transit-request-after-96-hours', severity: 'error', force: 'shall', provision: 'art. 89(3)(e)', digest: 'e6',
        summary: 'After an unscheduled landing, detention in the transit State may not be extended beyond 96 hours from the landing unless the request for transit is received within that time: the request is dated within 96 hours of the landing and, where its receipt is recorded (`status received D`, an event dated on or before the as-of date), received within them. Late only when surely late: a date by day only, or a time without its zone, counts from the earliest instant it can be anywhere (UTC+14).'
    }),
    transitUrgentUnverified: defineRule({
        code: 'transit-unscheduled-landing-check', severity: 'info', force: 'human', provision: 'art. 89(3)(e)', also: ['rule 182'], digest: 'e6',
        unverified: 'the text of rule 182 (urgent requests for transit) is not in the dossier',
        summary: 'Checklist: after an unscheduled landing, check that the request for transit reaches the transit State within the 96 hours of art. 89(3)(e), and how it is to be transmitted: rule 182 concerns such requests (by its commonly used title), but its text is NOT VERIFIED in the dossier, so nothing (a medium, a form) is inferred from it.'
    }),

    // ------------------------------------------------------------ (f) temporary transfer, art. 93(7)
    transferPurpose: defineRule({
        code: 'transfer-purpose-missing', clause: 'purpose', severity: 'error', force: 'shall', provision: 'art. 93(7)(a)', digest: 'f1',
        summary: 'A request for temporary transfer states its purpose: identification, or obtaining testimony or other assistance (`purpose "..."`).'
    }),
    transferPerson: defineRule({
        code: 'transfer-person-missing', clause: 'person', severity: 'error', force: 'shall', provision: 'art. 93(7)(a)', digest: 'f2',
        summary: 'A request for temporary transfer names the person in custody to be transferred (`person P as detained`).'
    }),
    transferConsent: defineRule({
        code: 'transfer-consent-missing', clause: 'consent', severity: 'error', force: 'shall', provision: 'art. 93(7)(a)(i)', digest: 'f2',
        summary: 'The person in custody freely gives informed consent to the transfer: `consent R` on the person, naming a record of type consent by that person.'
    }),
    transferAgreement: defineRule({
        code: 'transfer-state-agreement-missing', clause: 'state-agreement', severity: 'error', force: 'shall', provision: 'art. 93(7)(a)(ii)', digest: 'f3',
        summary: 'The requested State agrees to the transfer: `state-agreement R`, naming a record of type state-agreement with the requested State.'
    }),
    transferConditions: defineRule({
        code: 'transfer-conditions-missing', kinds: TRANSFERRING, clause: 'state-agreement', severity: 'warning', force: 'as applicable', provision: 'art. 93(7)(a)(ii)', digest: 'f3',
        summary: 'The transfer is subject to the conditions agreed between the State and the Court: `state-agreement R conditions "..."`.'
    }),
    transferReturn: defineRule({
        code: 'transfer-return-date-missing', kinds: TRANSFERRING, clause: 'return-by', severity: 'warning', force: 'as applicable', provision: 'art. 93(7)(b)', also: ['rule 192(4)'], digest: 'f4',
        summary: 'The person transferred remains in custody and is returned without delay when the purposes of the transfer are fulfilled: the request gives the expected return date (`return-by`), which the register follows up.'
    }),
    transferReturnOverdue: defineRule({
        code: 'transfer-return-overdue', severity: 'warning', force: 'shall', provision: 'art. 93(7)(b)', also: ['rule 192(4)'], digest: 'f4',
        summary: 'Tracking: the return date of a temporary transfer (`kind temporary-transfer`, or `kind assistance` seeking art. 93(1)(f); `return-by`) has passed as of the as-of date (today, or the CLI\'s --at) and the request, past its draft and neither refused nor withdrawn, records no `status returned` by then, also once the transfer is `executed`: "When the purposes of the transfer have been fulfilled, the Court shall return the person without delay to the requested State." Record the return, or agree a new `return-by`; the register counts the same days overdue.'
    }),
    transferReturnBeforeRequest: defineRule({
        code: 'transfer-return-before-request', severity: 'error', force: 'shall', provision: 'art. 93(7)(b)', digest: 'f4',
        summary: 'The return date of a temporary transfer (`return-by`) is not before the request\'s own date.'
    }),
    transferReturnWithoutTransfer: defineRule({
        code: 'transfer-return-date-without-transfer', severity: 'warning', force: 'language',
        summary: 'A return date (`return-by`) is the date by which a person temporarily transferred to the Court is returned to the requested State (art. 93(7)(b)): only a temporary transfer (`kind temporary-transfer`, or `kind assistance` seeking art. 93(1)(f)) has one. On another request it means nothing: the documents do not state it, and the register does not follow it up.'
    }),
    transferSentenced: defineRule({
        code: 'transfer-icc-sentenced', severity: 'error', force: 'shall', provision: 'rule 193(1)', digest: 'f7',
        summary: 'A person sentenced by the Court held in a State of enforcement is transferred by order of the Chamber under rule 193, to which art. 93(7) does not apply: not by a request for temporary transfer.'
    }),
    transferConsentCheck: defineRule({
        code: 'transfer-consent-check', severity: 'info', force: 'human', provision: 'art. 93(7)(a)(i)', also: ['rule 192'], digest: 'f2',
        summary: 'Checklist: the consent is freely given and informed; the transfer is arranged by the national authorities with the Registrar and the host State (rule 192(1)).'
    }),
    // ------------------------------------------------------------ art. 93(9): competing requests, third-party control
    competingRequestCheck: defineRule({
        code: 'assistance-competing-request-check', clause: 'competing-request', severity: 'info', force: 'human', provision: 'art. 93(9)(a)',
        also: ['art. 93(9)(a)(i)', 'art. 93(9)(a)(ii)', 'art. 90'], digest: 'X10',
        summary: 'Checklist: the requested State notified a competing request from another State, other than for surrender or extradition, made pursuant to an international obligation (`competing-request State "..." notified D`, on a request under art. 93 to a State: `kind assistance` or `kind temporary-transfer`; art. 93(9) speaks of a State Party and of the requested States, so on a request to an organisation the clause has no effect). The State Party shall endeavour, in consultation with the Court and the other State, to meet both requests, if necessary by postponing or attaching conditions to one or the other request (art. 93(9)(a)(i)); failing that, competing requests shall be resolved in accordance with the principles established in article 90 (art. 93(9)(a)(ii)). The finding gives the other State\'s status on the date of the notification (art. 90 distinguishes a requesting State that is a State Party), and says where the requested State was not a State Party on that date (each State\'s dates marked as the dossier marks them), or is the State named (art. 93(9)(a)(i): a request "from another State"). A competing request for extradition, on a request for surrender, is competing-request-check\'s (art. 90).'
    }),
    thirdPartyControlCheck: defineRule({
        code: 'assistance-third-party-control-check', clause: 'under-control-of', severity: 'info', force: 'human', provision: 'art. 93(9)(b)', digest: 'g9', category: 'slow',
        summary: 'Checklist: the requested State informed the Court that the request concerns information, property or persons which are subject to the control of a third State or an international organization by virtue of an international agreement (`under-control-of State "..."|organisation "..." notified D`, on a request under art. 93 to a State: `kind assistance` or `kind temporary-transfer`; art. 93(9) speaks of a State Party and of the requested States, so on a request to an organisation the clause has no effect); the Court shall direct its request to the third State or international organization (art. 93(9)(b); digest d20). The finding names the requests in the workspace that `follow` this one and are addressed to that State or organisation, or says that there is none yet; where the State named is the requested State itself, it says that art. 93(9)(b) speaks of a third State. The register shows the same (`redirect`).'
    }),
    // ------------------------------------------------------------ art. 94(2): preservation of evidence during a postponement
    preservationCheck: defineRule({
        code: 'assistance-postponement-preservation-check', kinds: ARTICLE_93_KINDS, severity: 'info', force: 'human', provision: 'art. 94(2)', also: ['art. 94(1)', 'art. 93(1)(j)'], digest: 'X16', category: 'slow',
        summary: 'Checklist: the requested State postponed the execution of a request under art. 93 for a period agreed with the Court (`status postponed D until E`, art. 94(1)), and the postponement holds the follow-up as of the as-of date (it is the latest status event and E is a date). "If a decision to postpone is taken pursuant to paragraph 1, the Prosecutor may, however, seek measures to preserve evidence, pursuant to article 93, paragraph 1 (j)" (art. 94(2)). The finding is silent once a request of `kind assistance` seeking art. 93(1)(j), addressed to the same State, `follows` the postponed one (in any file; dated on or before the as-of date, or undated); it is not given on a postponement pending the Court\'s determination on admissibility (art. 95), nor on a request to an organisation (art. 94 speaks of the requested State). The register does not show it.'
    })
};

// ---------------------------------------------------------------------------- helpers

type Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l';
const LETTERS: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
/**
 * 96(2)(b): forms that concern persons to be found or identified, and those that concern places;
 * (b), the taking of evidence (testimony, from a person) or its production (documents or objects, at
 * a place), concerns either, as digest d4 lists it. (k) identifies property, stated by `assets` (d17).
 */
const PERSON_FORMS: ReadonlySet<string> = new Set(['a', 'c', 'd', 'e', 'f']);
const PLACE_FORMS: ReadonlySet<string> = new Set(['g', 'h']);
const PERSON_OR_PLACE_FORMS: ReadonlySet<string> = new Set(['b']);
/** 99(4): forms that cannot be executed without compulsory measures. */
const COMPULSORY_FORMS: ReadonlySet<string> = new Set(['f', 'h', 'k']);
const RIGHTS_55_2 = ['a', 'b', 'c', 'd'];
/** art. 93(1)(f) is "the temporary transfer of persons as provided in paragraph 7": citing 93(7) cites the form. */
const TRANSFER_PARAGRAPH = 'art. 93(7)';

/**
 * The provisions a request's legal basis is asked to cite by the checks of its kind, in the order their fixes write
 * them: under art. 93, each form sought (art. 93(1)(x)), or art. 93(1) while none is named, art. 93(7) for a temporary
 * transfer, and art. 96(1) (assistance-legal-basis-missing/-mismatch); for the other kinds, the articles they are made
 * under (KIND_LEGAL_BASIS, request-legal-basis-mismatch); none without a kind. Completion ranks these first.
 */
export function legalBasisCalledFor(request: Request): string[] {
    if (!request.kind) return [];
    if (!underArticle93(request)) return [...(KIND_LEGAL_BASIS[request.kind] ?? [])];
    const sought = formsOf(request);
    const forms = [...sought].sort().map(f => `art. 93(1)(${f})`);
    return [...(forms.length ? forms : ['art. 93(1)']), ...(sought.has('f') ? [TRANSFER_PARAGRAPH] : []), 'art. 96(1)'];
}

/** The letter of an art. 93(1)(x) reference, or undefined for anything else. */
function formLetter(ref: ProvisionRef): Letter | undefined {
    const labels = ref.labels.map(l => String(l.value));
    if (ref.source !== 'art.' || ref.number !== 93 || labels[0] !== '1' || labels.length !== 2) return undefined;
    return LETTERS.includes(labels[1]) ? labels[1] as Letter : undefined;
}

/** The forms of art. 93(1) a request seeks; a temporary-transfer request seeks (f) (register/follow-up.ts). */
function formsOf(request: Request): Set<Letter> {
    const letters = new Set<Letter>();
    if (involvesTemporaryTransfer(request)) letters.add('f');
    if (request.kind === 'assistance') {
        for (const ref of request.forms) {
            const letter = formLetter(ref);
            if (letter) letters.add(letter);
        }
    }
    return letters;
}

const blank = (text: string | undefined) => !text?.trim();
const who = (involvement: Involvement) => involvement.person?.$refText ?? 'the person';

// ---------------------------------------------------------------------------- (d) assistance

/**
 * d3-d7, d10-d11: what art. 96(2) asks every request for assistance to contain, whether it names
 * its forms (`kind assistance art. 93(1)(x)`) or is a temporary transfer (`kind temporary-transfer`).
 */
function checkAssistanceContents(request: Request, accept: ValidationAcceptor): void {
    if (!underArticle93(request)) return;
    const at = { node: request, property: 'kind' } as const;
    // A temporary transfer names its form by its kind (93(1)(f)); only `kind assistance` lists forms.
    const transfer = request.kind === 'temporary-transfer';
    if (!transfer) {
        const cited = request.forms.filter(f => f.number !== undefined);
        if (cited.length === 0) {
            report(accept, rules.formsMissing,
                'The request does not say which assistance it seeks: name the forms of art. 93(1) after the kind (`kind assistance art. 93(1)(b)`).', at, { expected: 'art. 93(1)(b)' });
        }
        cited.forEach((ref, index) => {
            // A provision that does not exist at all is the structure area's unknown-provision.
            const exists = ['ok', 'outside-dossier', 'unverified'].includes(checkProvision(citationOf(ref)).kind);
            if (exists && !formLetter(ref)) {
                report(accept, rules.formInvalid,
                    `${citationOf(ref)} is not a form of assistance: name one of art. 93(1)(a) to (l).`, { node: request, property: 'forms', index });
            }
        });
    }
    const sought = transfer ? 'the temporary transfer' : 'the assistance';
    // A missing purpose or person in custody of a temporary transfer is the art. 93(7)(a) error of
    // checkTemporaryTransfer: one finding per missing clause, the stronger one.
    const transferChecked = involvesTemporaryTransfer(request);
    if (blank(request.purpose) && !transferChecked) {
        report(accept, rules.purposeMissing, `The request does not state its purpose and ${sought} sought: add \`purpose "..."\`.`, at);
    }
    if (blank(request.grounds)) {
        report(accept, rules.groundsMissing, `The request does not state the grounds for ${sought}: add \`grounds "..."\`.`, at);
    }
    const forms = [...formsOf(request)].sort();
    if (request.legalBasis.length === 0) {
        const first = forms.length ? `art. 93(1)(${forms[0]})` : 'art. 93(1)';
        report(accept, rules.legalBasisMissing, `The request does not state its legal basis: add \`legal-basis ${first}, art. 96(1)\`.`, at, { expected: first });
    } else {
        const basis = citationsOf(request.legalBasis);
        const uncited = forms.filter(f => !basis.some(c => overlaps(c, `art. 93(1)(${f})`) || (f === 'f' && overlaps(c, TRANSFER_PARAGRAPH))))
            .map(f => `art. 93(1)(${f})`);
        // The converse (art. 96(2)(a): the legal basis is that of "the assistance sought"): a form of art. 93(1) cited
        // that the request does not seek, typically left when its kind was changed (`kind assistance art. 93(1)(b)`
        // citing art. 93(1)(a)), tells the requested State of assistance nobody asks for. Only where the request names
        // its forms (a temporary transfer's testimony or identification, art. 93(7)(a), may be cited as its purpose).
        const unsought = transfer || forms.length === 0 ? []
            : request.legalBasis.map((ref, index) => ({ index, letter: formLetter(ref), citation: citationOf(ref) }))
                .filter((c): c is { index: number; letter: Letter; citation: string } => c.letter !== undefined && !forms.includes(c.letter));
        const soughtForms = forms.map(f => `art. 93(1)(${f})`).join(', ');
        if (uncited.length === 1 && unsought.length === 1) {
            // The kind changed and the legal basis not: one finding, at the citation to replace.
            report(accept, rules.legalBasisMismatch,
                `The legal basis cites ${unsought[0].citation}, a form of assistance the request does not seek, and not ${uncited[0]}, which it seeks: cite ${uncited[0]} in its place (or name ${unsought[0].citation} after the kind too, if that assistance is sought).`,
                { node: request, property: 'legalBasis', index: unsought[0].index }, { expected: uncited[0], unsought: unsought[0].citation });
        } else {
            for (const { index, citation } of unsought) {
                report(accept, rules.legalBasisMismatch,
                    `The legal basis cites ${citation}, a form of assistance the request does not seek (it seeks ${soughtForms}): remove it from \`legal-basis\`, or name it after the kind too if that assistance is sought.`,
                    { node: request, property: 'legalBasis', index }, { unsought: citation });
            }
            if (uncited.length) {
                report(accept, rules.legalBasisMismatch,
                    transfer
                        ? `The request seeks a temporary transfer (${uncited[0]}), which its legal basis does not cite: add ${uncited[0]} or ${TRANSFER_PARAGRAPH} to \`legal-basis\`.`
                        : `The request seeks assistance under ${uncited.join(', ')}, which its legal basis does not cite: add ${uncited.join(', ')} to \`legal-basis\`.`,
                    { node: request, property: 'legalBasis', index: 0 }, { expected: uncited[0] });
            }
        }
    }
    if (blank(request.facts)) {
        report(accept, rules.factsMissing, 'The request does not state the essential facts underlying it: add `facts "..."`.', at);
    }
    const personForms = forms.filter(f => PERSON_FORMS.has(f) && !(f === 'f' && transferChecked));
    if (personForms.length && request.persons.length === 0) {
        report(accept, rules.subjectMissing,
            `The request seeks assistance under art. 93(1)(${personForms.join('), (')}) but names no person: add \`person P as ... { location "..." }\` with as much detail as possible about the person's identity and location${personForms.length === 1 && personForms[0] === 'a' ? ' (a request for the location of items only, art. 93(1)(a), concerns no person: suppress this warning saying so)' : ''}.`, at);
    }
    const placeForms = forms.filter(f => PLACE_FORMS.has(f));
    if (placeForms.length && request.places.length === 0) {
        report(accept, rules.subjectMissing,
            `The request seeks assistance under art. 93(1)(${placeForms.join('), (')}) but describes no place or site: add \`place S "..." location "..."\` with as much detail as possible about its location.`, at);
    }
    const eitherForms = forms.filter(f => PERSON_OR_PLACE_FORMS.has(f));
    if (eitherForms.length && request.persons.length === 0 && request.places.length === 0 && !personForms.length && !placeForms.length) {
        report(accept, rules.subjectMissing,
            `The request seeks assistance under art. 93(1)(${eitherForms.join('), (')}) but names no person and describes no place: add \`person P as witness { location "..." }\` for testimony, or \`place S "..." location "..."\` where the evidence is to be taken or produced, with as much detail as possible (where no person or place must be found or identified, suppress this warning saying so).`, at);
    }
    if (request.present.length && blank(request.procedure)) {
        report(accept, rules.procedureMissing,
            'The request asks for persons to be present at its execution (art. 99(1)) but gives no reasons for or details of the procedure to follow: add `procedure "..."`.',
            { node: request, property: 'present', index: 0 });
    }
    // 96(2)(e) speaks of the requested State's law; an organisation has none to state.
    if (request.state && !request.nationalRequirements?.trim() && !request.nationalRequirementsNoneKnown) {
        report(accept, rules.nationalRequirementsMissing,
            'The request does not give the information the requested State\'s law requires to execute it: add `national-requirements "..."`, or `national-requirements none-known`.', at, { expected: 'none-known' });
    }
    checkNationalRequirementsConsultation(request, accept, rules.nationalRequirementsConsultation, 'its law\'s requirements');
    checkUrgentReplies(request, accept);
}

/** d10, d11 (art. 99(2)-(3)): urgent replies only for urgent requests; replies in their original language. */
function checkUrgentReplies(request: Request, accept: ValidationAcceptor): void {
    if (request.urgentReplies && blank(request.urgency)) {
        report(accept, rules.urgentRepliesNotUrgent,
            'The request asks for the replies to be sent urgently but is not itself urgent: state why it is urgent (`urgent "..."`) or remove `urgent-replies`.',
            { node: request, property: 'urgentReplies' });
    }
    const asksTranslation = /\btranslat\w*\b[^.;]{0,60}\b(repl(y|ies)|response|answer|documents produced|evidence produced)|\b(repl(y|ies)|response|answer)s?\b[^.;]{0,60}\btranslat/i;
    // The Court translating (art. 100(1)(b) puts the cost on it) is not asking the State to.
    const courtTranslates = /\b(the )?(Court|Registry|Office)\b[^.;]{0,40}\b(will|shall|would|is to|to)\b[^.;]{0,30}\b(arrange|provide|bear|ensure|translate|cover)/i;
    const asks = (text: string) => text.split(/(?<=[.;])\s+/).some(sentence => asksTranslation.test(sentence) && !courtTranslates.test(sentence));
    for (const property of ['purpose', 'procedure', 'otherInformation', 'nationalRequirements'] as const) {
        // Not what the documents leave out (`national-requirements` in a request to an organisation: clause-without-effect).
        if (property === 'nationalRequirements' && !hasEffect(request, 'national-requirements')) continue;
        const text = request[property];
        if (typeof text === 'string' && asks(text)) {
            report(accept, rules.repliesTranslation,
                'The request seems to ask the State to translate its replies: replies are transmitted in their original language and form (the Court bears translation costs, art. 100(1)(b)); reword it.',
                { node: request, property });
        }
    }
}

/** d12-d19: what particular forms of assistance require. */
function checkForms(request: Request, accept: ValidationAcceptor): void {
    if (!underArticle93(request)) return;
    const forms = formsOf(request);
    const at = { node: request, property: 'kind' } as const;

    for (const involvement of request.persons) {
        const person = involvement.person?.ref;
        const languages = person?.languages ?? [];
        // d12, rule 190: a witness appearing under 93(1)(e) receives the self-incrimination instruction.
        if (forms.has('e') && involvement.role === 'witness') {
            if (!involvement.selfIncriminationLanguage) {
                const language = languages[0] ?? '<language>';
                report(accept, rules.selfIncriminationMissing,
                    `${who(involvement)} is asked to appear as a witness (art. 93(1)(e)) but no instruction on self-incrimination (rule 74) is annexed for them: add \`self-incrimination-instruction ${language} annex ${freeAnnexName(request)}\` in \`person ${who(involvement)} as witness { ... }\`, and the annex that holds the instruction (\`annex ${freeAnnexName(request)} "..." { file "..." }\`).`,
                    // The languages the witness is declared to speak: the quick fixes' choices (rule 190).
                    { node: involvement, property: 'person' }, { languages: [...languages] });
            } else {
                if (!involvement.selfIncriminationAnnex) {
                    report(accept, rules.selfIncriminationMissing,
                        `The instruction on self-incrimination for ${who(involvement)} is not annexed: write \`annex ${freeAnnexName(request)}\` after its language, and add the annex that holds the instruction (\`annex ${freeAnnexName(request)} "..." { file "..." }\`).`,
                        { node: involvement, property: 'selfIncriminationLanguage' });
                }
                // The annex that holds the instruction is the instruction the witness is given: in the language stated for it.
                const annex = involvement.selfIncriminationAnnex?.ref;
                if (annex?.language && !sameLanguage(annex.language, involvement.selfIncriminationLanguage)) {
                    report(accept, rules.selfIncriminationLanguage,
                        `The instruction on self-incrimination for ${who(involvement)} is said to be in ${involvement.selfIncriminationLanguage}, but annex ${annex.name}, which holds it, is in ${annex.language}: annex the instruction in ${involvement.selfIncriminationLanguage}, or correct the language stated.`,
                        // No `expected`: the quick fix that replaces the language would write it over the annex's name.
                        { node: involvement, property: 'selfIncriminationAnnex' });
                }
                if (languages.length && !languages.some(l => sameLanguage(l, involvement.selfIncriminationLanguage))) {
                    if (annex?.language && sameLanguage(annex.language, involvement.selfIncriminationLanguage)) {
                        // The annex says so too: the language stated is true, and the instruction annexed is the one to change.
                        // No `expected`: a quick fix writing another language here would make the statement false.
                        report(accept, rules.selfIncriminationLanguage,
                            `The instruction on self-incrimination for ${who(involvement)} is in ${involvement.selfIncriminationLanguage} (annex ${annex.name}), but ${who(involvement)} is declared to speak ${languages.join(', ')}: annex the instruction in one of those languages, and state that language.`,
                            { node: involvement, property: 'selfIncriminationLanguage' });
                    } else {
                        report(accept, rules.selfIncriminationLanguage,
                            `The instruction on self-incrimination is in ${involvement.selfIncriminationLanguage}, but ${who(involvement)} is declared to speak ${languages.join(', ')}: give it in one of those languages.`,
                            { node: involvement, property: 'selfIncriminationLanguage' }, { expected: languages[0], alternatives: languages });
                    }
                }
            }
        }
        // d13, art. 93(2) and rule 191: an assurance is a Chamber decision, for a witness or expert.
        if (involvement.assurance) {
            const decision = involvement.assurance.ref;
            if (decision && decision.subject !== 'assurance') {
                report(accept, rules.assuranceDecision,
                    `${decision.name} is not a decision providing the art. 93(2) assurance${decision.subject ? ` (its subject is ${decision.subject})` : ' (it states no `subject assurance`)'}: name the Chamber's decision on the assurance.`,
                    { node: involvement, property: 'assurance' });
            }
            if (involvement.role !== 'witness' && involvement.role !== 'expert') {
                report(accept, rules.assuranceRole,
                    `The art. 93(2) assurance is for a witness or expert appearing before the Court; ${who(involvement)} is ${involvement.role ? `named as ${involvement.role}` : 'named without a role'}.`,
                    { node: involvement, property: involvement.role ? 'role' : 'assurance' });
            }
        }
        // d14, art. 55(2): a suspect questioned under 93(1)(c) is told of the four rights before questioning; so is one
        // questioned under another form (`questioning-language`: the taking of evidence, an interview under art. 99(4)),
        // art. 55(2) speaking of any person "about to be questioned ... by national authorities pursuant to a request made under Part 9".
        const questioned = forms.has('c') || involvement.questioningLanguage !== undefined;
        if (questioned && (involvement.role === 'suspect' || involvement.role === 'accused')) {
            const notice = citationsOf(involvement.rightsNotice);
            const missing = notice.some(c => c === 'art. 55(2)' || c === 'art. 55') ? [] : RIGHTS_55_2.filter(l => !notice.includes(`art. 55(2)(${l})`));
            if (missing.length) {
                const list = missing.map(l => `art. 55(2)(${l})`).join(', ');
                report(accept, rules.rightsNoticeMissing,
                    notice.length
                        ? `The rights notice for ${who(involvement)} leaves out ${list}: the person is informed of all four rights of art. 55(2) before questioning.`
                        : `${who(involvement)} is to be questioned (${forms.has('c') ? 'art. 93(1)(c)' : `in ${involvement.questioningLanguage}, as ${involvement.role}`}) but the request does not state that they are informed of their rights before questioning: add \`rights-notice ${RIGHTS_55_2.map(l => `art. 55(2)(${l})`).join(', ')}\`.`,
                    notice.length ? { node: involvement, property: 'rightsNotice', index: 0 } : { node: involvement, property: 'person' },
                    { expected: RIGHTS_55_2.map(l => `art. 55(2)(${l})`).join(', ') });
            }
        }
        // X12, art. 55(1)(c): an interpreter when questioned in a language the person does not speak.
        const questioning = involvement.questioningLanguage;
        if (questioning && languages.length && !languages.some(l => sameLanguage(l, questioning))) {
            if (!involvement.interpreter) {
                report(accept, rules.interpreterMissing,
                    `${who(involvement)} is to be questioned in ${questioning} but is declared to speak ${languages.join(', ')}: add \`interpreter ${languages[0]}\`.`,
                    { node: involvement, property: 'questioningLanguage' }, { expected: languages[0] });
            } else if (!languages.some(l => sameLanguage(l, involvement.interpreter))) {
                report(accept, rules.interpreterMissing,
                    `The interpreter is for ${involvement.interpreter}, which ${who(involvement)} is not declared to speak (${languages.join(', ')}).`,
                    { node: involvement, property: 'interpreter' }, { expected: languages[0] });
            }
        }
    }

    // d14, art. 93(1)(c): the questioning is "of any person being investigated or prosecuted". Named in another role, the
    // person questioned never has the art. 55(2) notice above checked. (With no person at all, assistance-subject-missing says to name one.)
    // A form that concerns persons in some roles, none of the persons named in one: said with each person's role, at the first.
    const noRoleFor = (rule: Rule, message: (named: string) => string) => {
        const first = request.persons[0];
        const named = request.persons.map(p => `${who(p)} ${p.role ? `as ${p.role}` : 'without a role'}`).join(', ');
        report(accept, rule, message(named), first.role ? { node: first, property: 'role' } : { node: first, property: 'person' });
    };
    if (forms.has('c') && request.persons.length > 0 && !request.persons.some(p => p.role === 'suspect' || p.role === 'accused')) {
        noRoleFor(rules.questionedPersonRole, named =>
            `The request seeks the questioning of a person being investigated or prosecuted (art. 93(1)(c)) but names no person as suspect or accused (${named}): write \`as suspect\` or \`as accused\` on the person to be questioned, so that their rights notice under art. 55(2) is checked.`);
    }
    // d12, art. 93(1)(e): the appearance is "of persons as witnesses or experts". Named in no such role, a witness never
    // has the rule 190 instruction above checked. (With no person at all, assistance-subject-missing says to name one.)
    const appearing = (p: Involvement) => p.role === 'witness' || p.role === 'expert' || (p.role === 'detained' && forms.has('f'));
    if (forms.has('e') && request.persons.length > 0 && !request.persons.some(appearing)) {
        noRoleFor(rules.appearingPersonRole, named =>
            `The request seeks the voluntary appearance of persons as witnesses or experts before the Court (art. 93(1)(e)) but names no person as witness or expert (${named}): write \`as witness\` or \`as expert\` on the person who is to appear, so that the instruction on self-incrimination a witness is given (rule 190) is checked.`);
    }
    // d16: protection of victims and witnesses (when none is named, the request area's X4 does not apply).
    if (forms.has('j') && blank(request.protectiveMeasures) && !request.persons.some(p => p.role === 'witness' || p.role === 'victim')) {
        report(accept, rules.protectionMeasuresMissing,
            'The request seeks protection of victims and witnesses or preservation of evidence (art. 93(1)(j)) but says not which measures: add `protective-measures "..."`.', at);
    }
    // d17: proceeds, property and assets for eventual forfeiture.
    if (forms.has('k')) {
        // `assets ""`, as the quick fix inserts it, identifies nothing.
        if (!request.assets.some(a => a.trim())) {
            report(accept, rules.assetsMissing,
                'The request seeks the freezing or seizure of proceeds, property and assets (art. 93(1)(k)) but does not identify them: add `assets "...", "..."`.', at);
        }
        const text = `${request.purpose ?? ''} ${request.otherInformation ?? ''}`;
        if (!/forfeiture/i.test(text) || !/bona fide/i.test(text)) {
            report(accept, rules.forfeitureWording,
                'Say in the purpose that the measures are "for the purpose of eventual forfeiture, without prejudice to the rights of bona fide third parties".', at);
        }
    }
    if (forms.has('l')) {
        report(accept, rules.otherTypeCheck, 'Check that the assistance sought under art. 93(1)(l) is not prohibited by the law of the requested State.', at);
    }
    if (request.state && (forms.has('b') || forms.has('i'))) {
        report(accept, rules.nationalSecurityCheck,
            'The request asks for the production of evidence or documents: consider whether it may touch the national security of the requested State (art. 93(4), art. 72) and how to meet such concerns.', at);
    }
    // g8: art. 72(1) names art. 87(6) among its cases, so a request to an organisation gets the prompt too, about the
    // States whose information the organisation may hold (art. 93(4), a State's ground of denial, is not cited).
    if (!request.state && request.organisation && (forms.has('b') || forms.has('i'))) {
        report(accept, rules.organisationNationalSecurityCheck,
            `The request asks the ${request.organisation.ref?.name ?? request.organisation.$refText} for the production of evidence or documents (art. 87(6)): consider whether they include information or documents of a State whose disclosure that State may think prejudicial to its national security interests, to which art. 72 applies, and how to meet such concerns.`, at);
    }
}

/** d22-d25: execution of the request directly by the Prosecutor (art. 99(4)). */
function checkDirectExecution(request: Request, accept: ValidationAcceptor): void {
    const direct = request.directExecution;
    if (!direct) return;
    const at = { node: request, property: 'directExecution' } as const;
    // 99(4): "directly on the territory of a State", after consultations with "the requested State Party".
    // An organisation has no territory, and a consultation record with any State would pass for it (consultationMismatch).
    if (request.organisation && !request.state) {
        report(accept, rules.directOrganisation,
            `The Prosecutor executes a request directly on the territory of a State, following consultations with the requested State; this request is made to the ${request.organisation.ref?.name ?? request.organisation.$refText}, an intergovernmental organisation: remove \`direct-execution\`, or make the request to the State on whose territory it is to be executed.`, at);
        return;
    }
    const compulsory = request.kind && request.kind !== 'assistance'
        ? request.kind.replace(/-/g, ' ')
        : [...formsOf(request)].filter(f => COMPULSORY_FORMS.has(f)).map(f => `art. 93(1)(${f})`).join(', ');
    if (compulsory) {
        report(accept, rules.directCompulsory,
            `The Prosecutor may execute directly only a request that needs no compulsory measures; this one is for ${compulsory}: remove \`direct-execution\`.`, at);
    }
    if (blank(direct.justification)) {
        report(accept, rules.directJustification,
            'The request does not say why direct execution by the Prosecutor is necessary for its successful execution: add `justification "..."` after `direct-execution by-Prosecutor`.',
            // On the block itself (the same text as the request's clause), where `justification ""` written to be filled in is found.
            { node: direct });
    }
    const state = request.state?.ref;
    const record = direct.consultation?.ref;
    if (!direct.consultation) {
        const rule = direct.admissibilityDecision ? rules.directAdmissibilityConsultation : rules.directConsultation;
        report(accept, rule,
            direct.admissibilityDecision
                ? 'After a determination of admissibility, the Prosecutor executes directly only after all possible consultations with the requested State: add `consultation <record>`.'
                : 'The Prosecutor executes a request directly only after consultations with the requested State: add `consultation <record>`.', at);
    } else {
        const mismatch = consultationMismatch(record, state);
        if (mismatch) {
            report(accept, direct.admissibilityDecision ? rules.directAdmissibilityConsultation : rules.directConsultation,
                `${mismatch}: name the record of the consultations with the requested State.`, { node: direct, property: 'consultation' });
        }
    }
    const decision = direct.admissibilityDecision?.ref;
    if (decision && decision.subject !== 'admissibility') {
        report(accept, rules.directAdmissibilityDecision,
            `${decision.name} is not a determination of admissibility${decision.subject ? ` (its subject is ${decision.subject})` : ' (it states no `subject admissibility`)'}: name the art. 18 or 19 decision.`,
            { node: direct, property: 'admissibilityDecision' });
    }
    if (!compulsory) {
        report(accept, rules.directCheck,
            'Check that the execution needs no compulsory measure (the person acts voluntarily; a site is public and left unmodified) and meets the conditions the State raised in consultation.', at);
    }
}

// ---------------------------------------------------------------------------- (e) transit

/** e2-e6: what art. 89(3)(b) asks a request for transit to contain, and the 96 hours of 89(3)(e). */
function checkTransit(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (request.kind !== 'transit') return;
    const at = { node: request, property: 'kind' } as const;
    if (request.organisation) {
        const name = request.organisation.ref?.name ?? request.organisation.$refText;
        report(accept, rules.transitToOrganisation,
            `A request for transit is made to the State through whose territory the person is transported, not to the ${name}: write \`to State "..."\`, naming the transit State.`,
            { node: request, property: 'organisation' });
    }
    const transported = request.persons.find(p => p.role === 'transported') ?? request.persons.find(p => p.role === 'sought');
    if (!transported) {
        // The person the warrant names, when the request names its warrant.
        const person = request.warrant?.ref?.person?.ref?.name;
        report(accept, rules.transitPersonDescription,
            `The request does not name the person being transported: add \`person ${person ?? 'P'} as transported\`, with a description in the person's declaration.`, at,
            person ? { person } : undefined);
    } else if (transported.person?.ref && blank(transported.person.ref.description)) {
        report(accept, rules.transitPersonDescription,
            `The declaration of ${transported.person.ref.name} has no description of the person being transported: add \`description "..."\` to it.`,
            { node: transported, property: 'person' });
    }
    if (blank(request.facts)) report(accept, rules.transitFacts, 'The request does not state the facts of the case: add `facts "..."`.', at);
    if (blank(request.legalCharacterization)) {
        report(accept, rules.transitCharacterization, 'The request does not give the legal characterization of the facts: add `legal-characterization "..."`.', at);
    }
    if (!request.warrant) {
        report(accept, rules.transitWarrant, 'The request does not contain the warrant for arrest and surrender: add `warrant W`, naming its declaration (`warrant W { number ICC-... }`, in any file of the workspace), and annex a copy.', at);
    } else {
        const warrantPerson = request.warrant.ref?.person?.ref;
        const person = transported?.person?.ref;
        if (warrantPerson && person && warrantPerson !== person) {
            report(accept, rules.transitWarrant,
                `Warrant ${request.warrant.ref!.name} is for ${warrantPerson.name}, not for ${person.name}, the person transported: name the warrant issued for them.`,
                { node: request, property: 'warrant' });
        }
    }
    if (request.transport === 'air' && request.landing === 'none') {
        report(accept, rules.transitNotRequired,
            'The person is transported by air with no landing scheduled in this State: no authorization of transit is required (art. 89(3)(d)) unless an unscheduled landing occurs.',
            { node: request, property: 'landing' });
    }
    if (request.landing === 'unscheduled') {
        if (!request.landingAt || !request.landingAt.includes('T')) {
            report(accept, rules.transitLandingTime,
                'Give the date and time of the unscheduled landing (`landing unscheduled 2026-11-12T09:40+01:00`): the 96 hours of art. 89(3)(e) run from it.',
                { node: request, property: request.landingAt ? 'landingAt' : 'landing' });
        } else if (isValidDate(request.landingAt) && !hasTimeZone(request.landingAt)) {
            // Read as UTC, a landing at local time could be counted up to 14 hours off, either way.
            report(accept, rules.transitLandingTime,
                `The time of the unscheduled landing (${request.landingAt}) has no time zone, so the moment from which the 96 hours of art. 89(3)(e) run is not known: write it with its offset from UTC (\`${request.landingAt}+01:00\` where the clock of the place of landing is one hour ahead of UTC), or \`Z\` if it is UTC.`,
                { node: request, property: 'landingAt' });
        } else if (isValidDate(request.landingAt)) {
            const end = transitHoursEnd(request.landingAt);
            const deadline = end.instant;
            const ended = `${request.landingAt}; the 96 hours ended ${end.text}`;
            const consequence = 'detention in the transit State under art. 89(3)(e) may not be extended beyond 96 hours from the unscheduled landing unless the request is received within that time.';
            // Late only when surely late: a date by day only, or a time without its zone, is local to a place between
            // UTC-12 and UTC+14, so it counts from the earliest instant it can be (14 hours before it, read as UTC).
            const earliest = (text: string) => instantOf(text) - (hasTimeZone(text) ? 0 : 14 * 3_600_000);
            const received = historyInOrder(request, services.rogatory.Settings.currentDate()).find(e => e.status === 'received');
            if (request.date && isValidDate(request.date) && earliest(request.date) > deadline) {
                report(accept, rules.transitLandingLate,
                    `The request is dated ${request.date}, more than 96 hours after the unscheduled landing (${ended}), so it cannot be received within them: ${consequence}`,
                    { node: request, property: 'date' });
            } else if (received && isValidDate(received.date) && earliest(received.date) > deadline) {
                report(accept, rules.transitLandingLate,
                    `The transit State received the request on ${received.date}, more than 96 hours after the unscheduled landing (${ended}): ${consequence}`,
                    { node: received, property: 'date' });
            }
        }
        report(accept, rules.transitUrgentUnverified,
            'After an unscheduled landing, check that the request for transit reaches the transit State within the 96 hours of art. 89(3)(e), and how it is to be transmitted: rule 182, which concerns such requests, is not in the dossier.',
            { node: request, property: 'landing' });
    }
}

// ---------------------------------------------------------------------------- (f) temporary transfer

/** f1-f7: consent, State agreement, return (art. 93(7)); persons sentenced by the Court (rule 193). */
function checkTemporaryTransfer(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (!involvesTemporaryTransfer(request)) {
        // Without a kind (request-kind-missing), what the request is remains to be said.
        if (request.returnBy && request.kind) {
            report(accept, rules.transferReturnWithoutTransfer,
                `\`return-by\` is the date by which a person temporarily transferred to the Court is returned (art. 93(7)(b)), and this request (\`kind ${request.kind}\`) transfers no one: the documents do not state it and the register does not follow it up; remove it, or make the request a temporary transfer (\`kind temporary-transfer\`, or \`kind assistance art. 93(1)(f)\`).`,
                { node: request, property: 'returnBy' });
        }
        return;
    }
    const at = { node: request, property: 'kind' } as const;
    if (blank(request.purpose)) {
        report(accept, rules.transferPurpose,
            'The request does not state the purpose of the transfer (identification, or obtaining testimony or other assistance): add `purpose "..."`.', at);
    }
    const detained = request.persons.filter(p => p.role === 'detained' || p.role === 'transported');
    if (detained.length === 0) {
        report(accept, rules.transferPerson, 'The request does not name the person in custody to be transferred: add `person P as detained { consent R }`.', at);
    }
    for (const involvement of detained) {
        const person = involvement.person?.ref;
        if (person?.iccSentenced) {
            report(accept, rules.transferSentenced,
                `${person.name} was sentenced by the Court: the Chamber orders the temporary transfer from the State of enforcement under rule 193, and art. 93(7) does not apply.`,
                { node: involvement, property: 'person' });
            continue;
        }
        const consent = involvement.consent?.ref;
        if (!involvement.consent) {
            report(accept, rules.transferConsent,
                `The request does not record the consent of ${who(involvement)} to the transfer: add \`consent R\` in \`person ${who(involvement)} as detained { ... }\`, R naming the record of their consent (\`record R { type consent person ${who(involvement)} ... }\`).`,
                { node: involvement, property: 'person' });
        } else if (consent && (consent.type !== 'consent' || (person && consent.person?.ref && consent.person.ref !== person))) {
            const why = consent.type !== 'consent' ? `is a record of type ${consent.type ?? '(none)'}` : `is the consent of ${consent.person!.ref!.name}`;
            report(accept, rules.transferConsent,
                `${consent.name} ${why}, not the consent of ${who(involvement)}: name the record of their consent.`,
                { node: involvement, property: 'consent' });
        } else if (consent) {
            report(accept, rules.transferConsentCheck,
                `Check that the consent of ${who(involvement)} (${consent.name}) is freely given and informed, and that the transfer is arranged by the national authorities with the Registrar and the host State (rule 192(1)).`,
                { node: involvement, property: 'consent' });
        }
    }
    const state = request.state?.ref;
    const agreement = request.stateAgreement?.ref;
    if (!request.stateAgreement) {
        report(accept, rules.transferAgreement,
            `The request does not record ${state ? `${englishName(state.name)}'s` : 'the requested State\'s'} agreement to the transfer: add \`state-agreement R conditions "..."\`, R naming the record of that agreement (\`record R { type state-agreement State "${state ? englishName(state.name) : '...'}" ... }\`), with the conditions agreed between the quotes.`, at);
    } else if (agreement && (agreement.type !== 'state-agreement' || (state && agreement.state?.ref && agreement.state.ref !== state))) {
        const why = agreement.type !== 'state-agreement' ? `is a record of type ${agreement.type ?? '(none)'}` : `records the agreement of ${agreement.state!.ref!.name}`;
        report(accept, rules.transferAgreement,
            `${agreement.name} ${why}, not the agreement of ${state ? englishName(state.name) : 'the requested State'}: name the record of its agreement.`,
            { node: request, property: 'stateAgreement' });
    } else if (blank(request.transferConditions)) {
        report(accept, rules.transferConditions,
            `The request does not state the conditions agreed with ${state ? englishName(state.name) : 'the requested State'} for the transfer: add \`conditions "..."\` after \`state-agreement ${agreement?.name ?? request.stateAgreement.$refText}\`.`,
            { node: request, property: 'stateAgreement' });
    }
    if (!request.returnBy) {
        report(accept, rules.transferReturn,
            'The request does not say by when the person is to be returned: add `return-by <date>`, which the register follows up.', at);
    } else if (beforeRequestDate(request, request.returnBy)) {
        report(accept, rules.transferReturnBeforeRequest,
            `The return date ${dayOf(request.returnBy)} is before the request's date ${dayOf(request.date!)}.`,
            { node: request, property: 'returnBy' });
    } else {
        checkReturnOverdue(services, request, accept);
    }
}

/** f4: the return date passed without the return recorded, judged as the register does (register/follow-up.ts). */
function checkReturnOverdue(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    const today = services.rogatory.Settings.currentDate();
    const returnBy = returnDue(request, today);
    if (!returnBy || today <= returnBy) return;
    const days = daysBetween(returnBy, today);
    const late = `${dayCount(days)} ago as of ${today}`;
    const transferred = eventDate(request, 'executed', today);
    const state = request.state?.ref ? englishName(request.state.ref.name) : 'the requested State';
    const message = transferred
        ? `The person transferred on ${dayOf(transferred)} was to be returned to ${state} by ${returnBy}, ${late}, and no \`status returned D\` is recorded: when the purposes of the transfer have been fulfilled, the Court shall return the person without delay; record the return, or agree a new \`return-by\``
        : `The return date ${returnBy} passed ${late} and the transfer is not recorded as executed: record the transfer (\`status executed D\`) and the return (\`status returned D\`), or agree a new \`return-by\``;
    report(accept, rules.transferReturnOverdue, message, { node: request, property: 'returnBy' }, { returnBy, asOf: today, days });
}

/**
 * X10, art. 93(9)(a): each competing request other than for surrender or extradition the requested State notified,
 * in the article's words. Whether the other State's request is made pursuant to an international obligation, and
 * whether both can be met, is for the officer to find out.
 */
function checkCompetingRequests(request: Request, accept: ValidationAcceptor): void {
    const requestedState = request.state?.ref;
    const requested = requestedState ? englishName(requestedState.name) : 'the requested State';
    for (const found of competingRequests(request)) {
        if (found.competes !== 'assistance') continue; // art. 90: competing-request-check
        const { clause, notified: day, party } = found;
        const state = clause.state.ref;
        if (!state) continue; // unresolved-reference
        const other = englishName(state.name);
        const Other = englishName(state.name, { start: true });
        const status = `${party ? 'a State Party' : 'not a State Party'} on the date of the notification (${day})${libraryDatesNote(stateStatusOn(state, day).verification)}`;
        // "In the event that a State Party receives ...".
        const requestedNotParty = requestedNotPartyNote(request, day, 'Art. 93(9)(a)(i) speaks of a State Party that receives competing requests');
        // Art. 93(9)(a)(i): a request "from another State" (a misrecorded State is said, not read as a competitor).
        const itself = state === requestedState ? ` Art. 93(9)(a)(i) speaks of a request from another State; ${other} is the requested State.` : '';
        const message = `${Other}, ${status}, made a request competing with the Court's: `
            + `in the event that a State Party receives competing requests, other than for surrender or extradition, from the Court and from another State pursuant to an international obligation, `
            + `${requested} shall endeavour, in consultation with the Court and ${other}, to meet both requests, if necessary by postponing or attaching conditions to one or the other request (art. 93(9)(a)(i)); `
            + `failing that, competing requests shall be resolved in accordance with the principles established in article 90 (art. 93(9)(a)(ii)).${itself}${requestedNotParty}`;
        report(accept, rules.competingRequestCheck, message, { node: clause }, { provision: 'art. 93(9)(a)', state: state.name, party });
    }
}

/** The requests of the workspace that follow another (`follows`), by the name they follow; what each file holds is read only when it changes. */
const followingRequests = perFileMemo(root => isModel(root) ? root.elements.filter((e): e is Request => isRequest(e) && !!e.name && e.follows !== undefined) : []);
const requestsFollowing = workspaceMemo(services => {
    const byName = new MultiMap<string, Request>();
    for (const request of followingRequests(services)) byName.add(request.follows!.$refText, request);
    return byName;
});

/**
 * g9, d20, art. 93(9)(b): information, property or persons under the control of a third State or an international
 * organisation by virtue of an international agreement; the Court directs its request there. The request directed
 * there is one that `follows` this request and is addressed to that State or organisation (in any file).
 */
function checkThirdPartyControl(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (!request.name || request.thirdPartyControl.length === 0) return;
    const requested = request.state?.ref ? englishName(request.state.ref.name) : 'the requested State';
    for (const { clause, holder, holderType, notified, directed } of redirects(request, requestsFollowing(services).get(request.name))) {
        if (!(clause.state ?? clause.organisation)?.ref) continue; // unresolved-reference
        const name = englishName(holder);
        const kind = holderType === 'State' ? 'a third State' : 'an international organization';
        const answer = directed.length
            ? ` ${directed.map(d => d.name).join(', ')} ${directed.length === 1 ? 'follows' : 'follow'} this request and ${directed.length === 1 ? 'is' : 'are'} addressed to ${name}.`
            : ` No request to ${name} that \`follows\` this one is in the workspace.`;
        // Art. 93(9)(b) speaks of a third State: not the requested State itself.
        const itself = holderType === 'State' && !!request.state?.ref && clause.state?.ref === request.state.ref
            ? ` Art. 93(9)(b) speaks of a third State; ${name} is the requested State.` : '';
        const message = `${requested} informed the Court on ${notified} that the request concerns information, property or persons which are subject to the control of ${name} (${kind}) by virtue of an international agreement: the Court shall direct its request to the third State or international organization (art. 93(9)(b)).${itself}${answer}`;
        report(accept, rules.thirdPartyControlCheck, message, { node: clause }, { holder, holderType, directed: directed.map(d => d.name) });
    }
}

/**
 * X16, art. 94(2): while a postponement for a period agreed with the Court (art. 94(1)) holds the follow-up of a request
 * under art. 93 to a State, the Prosecutor may seek measures to preserve evidence under art. 93(1)(j). Silent once a
 * request seeking art. 93(1)(j) to the same State `follows` the postponed one (in any file), dated by the as-of date.
 */
function checkPreservation(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (!request.name || !article93ToAState(request)) return;
    const today = services.rogatory.Settings.currentDate();
    const postponement = postponementHolding(request, today);
    if (!postponement?.until) return;
    const state = request.state;
    const seeksPreservation = (r: Request) => r !== request && r.kind === 'assistance' && r.forms.some(form => citationOf(form) === 'art. 93(1)(j)')
        && !!state && sameAddressee(r.state, state) && madeBy(r, today);
    if (requestsFollowing(services).get(request.name).some(seeksPreservation)) return;
    const name = state?.ref && englishName(state.ref.name);
    report(accept, rules.preservationCheck,
        `${name ?? 'The requested State'} postponed the execution of the request on ${postponement.day} for a period agreed with the Court, until ${postponement.until} (art. 94(1)): "the Prosecutor may, however, seek measures to preserve evidence, pursuant to article 93, paragraph 1 (j)" (art. 94(2)). No request to ${name ?? 'the requested State'} seeking art. 93(1)(j) that \`follows\` this one is in the workspace.`,
        { node: postponement.event, property: 'until' }, { until: postponement.until, asOf: today });
}

export const assistanceArea: ValidationArea = {
    name: 'assistance',
    description: 'Other forms of assistance (art. 93, 96, 99), transit (art. 89(3)), temporary transfer (art. 93(7), rule 192-193).',
    rules: Object.values(rules),
    checks: services => ({
        fast: {
            Request: [checkAssistanceContents, checkForms, checkDirectExecution, (request, accept) => checkTransit(services, request, accept),
                (request, accept) => checkTemporaryTransfer(services, request, accept), checkCompetingRequests]
        },
        slow: {
            Request: [(request, accept) => checkThirdPartyControl(services, request, accept), (request, accept) => checkPreservation(services, request, accept)]
        }
    })
};
