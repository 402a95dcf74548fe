import type { AstNode, AstNodeDescription, Reference, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, isReference, URI, UriUtils, type CstNode } from 'langium';
import {
    isRequest,
    type Annex, type CostItem, type Involvement, type Model, type ProvisionRef, type Request, type RequestKind, type StatusEvent
} from '../generated/ast.js';
import { ARTICLE_93_KINDS, beforeRequestDate, endsBeforePostponement, historyInOrder, involvesTemporaryTransfer, postponementDespiteOrder, postponementHolding, responseDue, underArticle93 } from '../register/follow-up.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayCount, dayOf, daysBetween, instantOf, isValidDate } from '../states/dates.js';
import { checkProvision, citationOf, citationsOf, isWhole, overlaps } from '../statute/provisions.js';
import type { ValidationArea } from './catalogue.js';
import { defineRule, isClauseKeyword, quote, report } from './rule.js';
import { CLAUSE_EFFECTS } from './clause-effect.js';
import { workspaceMemo } from '../workspace/workspace-memo.js';
import { isAbsolutePath, resolveAnnex, workspaceRoot } from '../workspace/workspace-root.js';
import { KNOWN_SITUATIONS } from '../generator/situations.js';
import { englishName } from '../generator/names.js';
import type { RogatoryIndexManager } from '../workspace/index-manager.js';
import { nounOf } from '../parser/messages.js';
import { compareText } from '../text-order.js';
import { topLevelElement } from '../references/ast-walk.js';

/**
 * The article each kind of request (other than assistance) is made under, for `legal-basis`:
 * citing the article itself, a paragraph of it or a wider provision containing it counts
 * (`art. 91` covers `art. 91(2)`; `art. 89(3)(b)` is within `art. 89(3)`).
 * Assistance is left to the assistance area (art. 96(2)(a): kind (x) => art. 93(1)(x)), temporary
 * transfer included: it is the form art. 93(1)(f), and art. 96 governs it as any request under art. 93.
 */
export const KIND_LEGAL_BASIS: Readonly<Record<string, readonly string[]>> = {
    'arrest-and-surrender': ['art. 89(1)', 'art. 91(2)'],
    'surrender-of-convicted': ['art. 89(1)', 'art. 91(3)'],
    'provisional-arrest': ['art. 92'],
    'transit': ['art. 89(3)']
};

/**
 * The small state machine the status history must respect (dates compared by day; events of one day
 * in the order they are written, as the register reads them):
 * - `drafted` opens the history: nothing but `consulted` (consultations may precede drafting,
 *   e.g. art. 99(4)) is dated before the first `drafted`;
 * - nothing the requested State does (`received`, `acknowledged`, `arrested`, `postponed`,
 *   `executed`, `partially-executed`, `refused`, `released`, `surrendered`), and no `confirmed`
 *   (art. 91(1) confirmation of a request already made), is dated before the first `sent`,
 *   and `sent` is not dated before the request's own date;
 * - `acknowledged` is not dated before `received`; `released` and `surrendered` not before `arrested`;
 * - `withdrawn` ends the history: nothing is dated after it (or listed after it on the same day);
 * - a request is not both `executed` and `refused`; after `executed`, no `partially-executed` or `postponed`;
 * - `returned` (the Court returned a temporarily transferred person to the requested State, art. 93(7)(b))
 *   only on a temporary transfer, and not before `executed` (the transfer).
 * Only events actually recorded are compared: a history may leave steps out.
 */
const STATE_EVENTS = ['received', 'acknowledged', 'arrested', 'postponed', 'executed', 'partially-executed', 'refused', 'released', 'surrendered'];

// Whether `respond-by` is still awaited as of the as-of date (for followup-overdue) is the register's
// responseDue (register/follow-up.ts), so the validator and the register never disagree.

/** Top-level declarations whose names are referenced by ID across the workspace. */
export const WORKSPACE_NAMED_TYPES: ReadonlySet<string> = new Set(['Request', 'Person', 'Warrant', 'Judgment', 'Decision', 'Record']);

/** What every request states, its dates and status history, its annexes and costs. */
export const rules = {
    // ------------------------------------------------------------ what every request states
    kindMissing: defineRule({
        code: 'request-kind-missing', clause: 'kind', severity: 'error', force: 'language',
        summary: 'A request states its kind (`kind arrest-and-surrender`, `surrender-of-convicted`, `provisional-arrest`, `assistance art. 93(1)(x)`, `transit` or `temporary-transfer`): the kind decides which provisions its contents are checked against.'
    }),
    dateMissing: defineRule({
        code: 'request-date-missing', clause: 'dated', severity: 'error', force: 'language',
        summary: 'A request is dated (`dated YYYY-MM-DD`): the date fixes the requested State\'s status (arts. 126, 127), the designation in force (rule 180) and every time limit.'
    }),
    issuerMissing: defineRule({
        code: 'request-issuer-missing', clause: 'from', severity: 'error', force: 'shall', provision: 'rule 176(2)',
        summary: 'A request names the organ that makes it (`from Prosecutor`, `from Chamber "..."`, `from Presidency`, `from Registry`): the Registrar transmits the Chambers\' requests and the Office of the Prosecutor the Prosecutor\'s.'
    }),
    chamberUnnamed: defineRule({
        code: 'request-chamber-unnamed', clause: 'from', severity: 'error', force: 'shall', provision: 'rule 176(2)',
        summary: 'A request made by a Chamber names the Chamber (`from Chamber "Pre-Trial Chamber II"`).'
    }),
    situationMissing: defineRule({
        code: 'request-situation-missing', clause: 'situation', severity: 'error', force: 'language',
        summary: 'A request states the situation it is made in (`situation ICC-01/22`), and the case where there is one; the number is on the cover and in the footer of every page of the request.'
    }),
    situationUnknown: defineRule({
        code: 'request-situation-unknown', severity: 'info', force: 'language',
        summary: 'Checklist: the situation number is not among the 17 situations of the reference list (situations.csv, which is incomplete); check the number.'
    }),
    addresseeMissing: defineRule({
        code: 'request-addressee-missing', clause: 'to', severity: 'error', force: 'shall', provision: 'art. 87(1)(a)', also: ['art. 87(5)(a)', 'art. 87(6)'],
        summary: 'A request names the State or intergovernmental organisation it is made to (`to State "Kenya"`, `to organisation "United Nations"`).'
    }),
    classificationMissing: defineRule({
        code: 'request-classification-missing', clause: 'classification', severity: 'error', force: 'shall', provision: 'art. 87(3)', also: ['art. 93(8)'], digest: 'X3',
        summary: 'A request states its classification (`classification public|confidential|under-seal|secret`): the requested State keeps requests confidential (art. 87(3)), and every page of the document carries the classification.'
    }),
    legalBasisMismatch: defineRule({
        code: 'request-legal-basis-mismatch', kinds: Object.keys(KIND_LEGAL_BASIS) as RequestKind[], clause: 'legal-basis', severity: 'warning', force: 'as applicable', provision: 'art. 89(1)',
        also: ['art. 89(3)', 'art. 91', 'art. 92'],
        summary: 'A legal basis stated for a request other than for assistance or temporary transfer (the assistance area\'s) cites the article of its kind (arrest and surrender: art. 89(1) or 91(2); convicted person: art. 89(1) or 91(3); provisional arrest: art. 92; transit: art. 89(3); a wider or narrower citation of the same provision counts); each finding cites the article of the request\'s kind. No provision requires these kinds to state a legal basis (art. 96(2)(a), digest d3, asks it of requests for assistance only), so none is required: only one that is stated is checked.'
    }),
    protectiveMeasuresMissing: defineRule({
        code: 'request-protective-measures-missing', clause: 'protective-measures', severity: 'warning', force: 'as applicable', provision: 'art. 87(4)', also: ['art. 93(1)(j)'], digest: 'X4',
        summary: 'When a request names a witness or a victim (`person P as witness`, `as victim`), it says how information about them is to be provided and handled to protect their safety and well-being (`protective-measures "..."`), or the warning is suppressed with the reason none are needed.'
    }),
    costsProvision: defineRule({
        code: 'costs-provision-invalid', severity: 'error', force: 'shall', provision: 'art. 100(1)', also: ['art. 100(2)'], digest: 'X15',
        summary: 'Each cost item the Court bears cites the letter of art. 100(1) it falls under, (a) to (f): `costs art. 100(1)(b) "Interpretation"`. Art. 100(2), under which the Court bears the ordinary costs, concerns requests from States Parties to the Court, not the Court\'s own requests.'
    }),

    // ------------------------------------------------------------ dates and follow-up
    respondByBeforeDate: defineRule({
        code: 'followup-respond-by-before-date', severity: 'error', force: 'language',
        summary: 'The date by which a response is requested (`respond-by`) is not before the request\'s own date. Such a date is to be corrected: it is not followed up as overdue (followup-overdue), nor in the register.'
    }),
    crimePeriodReversed: defineRule({
        code: 'request-crime-date-end-before-start', severity: 'error', force: 'language',
        summary: 'A period of the crimes (`crime-date D to E`) does not end before it starts (E may be D). Such a period is to be corrected: the documents would print it, and the checks that read the date of the crimes (the period of an art. 12(3) declaration, conduct after a surrender) could not rely on it.'
    }),
    statusOutOfOrder: defineRule({
        code: 'followup-status-out-of-order', severity: 'error', force: 'language',
        summary: 'The status history (`status <event> <date>`) is written in the order the events happened, earliest first (two events of one day that both give the time, by time). The quick fix writes them in that order, each with its note.'
    }),
    statusImpossible: defineRule({
        code: 'followup-status-impossible', severity: 'error', force: 'language',
        summary: 'The status history follows the life of a request: `drafted` first (only `consulted` may come before it); nothing from the requested State, and no `confirmed`, before `sent`, and `sent` not before the request\'s date; `acknowledged` not before `received`; `released` and `surrendered` not before `arrested`; nothing after `withdrawn`; never both `executed` and `refused`; no `partially-executed` or `postponed` after `executed`; `returned` only on a temporary transfer (art. 93(7)(b): `kind temporary-transfer`, or `kind assistance` seeking art. 93(1)(f)), not before `executed`. Events of one day happened in the order they are written, as the register reads them.'
    }),
    statusInFuture: defineRule({
        code: 'followup-status-in-future', severity: 'warning', force: 'language',
        summary: 'A status event records something that has happened: it is not dated after the as-of date (today, or the CLI\'s --at). The follow-up checks (followup-overdue, followup-postponement-ended, rule 188\'s provisional-surrender-deadline-*, transfer-return-overdue) judge the request as it stood on that date, without such events, as the register does; so does speciality-waiver-missing of a surrender recorded after it.'
    }),
    overdue: defineRule({
        code: 'followup-overdue', severity: 'warning', force: 'should', provision: 'art. 97',
        summary: 'Tracking: the date by which the Court asked for a response (`respond-by`) has passed and no status dated on or before the as-of date is executed, partially-executed, refused, withdrawn, surrendered or returned, or, on a request for provisional arrest, arrested, which is what it asks for (an answer stays one, whatever is recorded after it); nor is the latest of them a postponement that says until when (`status postponed D until E`, art. 94(1): followup-postponement-ended once E has passed; `until admissibility-determination`, art. 95, unless a copy of the Court\'s order that the Prosecutor may pursue the collection of the evidence is annexed: followup-postponement-collection-ordered). The Statute sets no time limit for a State\'s reply; `respond-by` is the Court\'s own date. An overdue reply is a prompt to follow up: art. 97 requires a State that identifies problems impeding execution to consult the Court without delay (a finding of non-compliance under art. 87(7) is a judicial step, never inferred here).'
    }),
    postponementCollectionOrdered: defineRule({
        code: 'followup-postponement-collection-ordered', kinds: ARTICLE_93_KINDS, severity: 'warning', force: 'should', provision: 'art. 95', digest: 'X16',
        summary: 'Tracking: a request under art. 93 is recorded as postponed pending the Court\'s determination of an admissibility challenge (`status postponed D until admissibility-determination`), but a copy of the Court\'s order that the Prosecutor may pursue the collection of the evidence is annexed to it (`annex A { copy-of O }`, `decision O { subject evidence-collection }`), dated on or before the as-of date (or undated). Art. 95 lets the requested State postpone the execution of a request pending a determination by the Court "unless the Court has specifically ordered that the Prosecutor may pursue the collection of such evidence pursuant to article 18 or 19": the postponement does not hold the follow-up, and the response date (`respond-by`) is followed up as if it were not recorded (followup-overdue once passed; the register agrees). The finding is on the latest status event only, and names the order. On a request for surrender, art. 89(2) lets the State postpone pending the determination with no such exception: the order does not count there.'
    }),
    refusalReasons: defineRule({
        code: 'followup-refusal-reasons', kinds: ARTICLE_93_KINDS, severity: 'warning', force: 'as applicable', provision: 'art. 93(6)', digest: 'X18',
        summary: 'Tracking: a State that denies a request for assistance promptly informs the Court or the Prosecutor of the reasons: `status refused D "reasons given..."` records them for the register.'
    }),
    postponementGround: defineRule({
        code: 'followup-postponement-ground', severity: 'warning', force: 'as applicable', provision: 'art. 94(1)', also: ['art. 95', 'art. 89(2)'], digest: 'X16',
        summary: 'Tracking: a postponed request records the ground and, where one was agreed with the Court, the period of the postponement: an ongoing national investigation or prosecution of a different case, for a period agreed with the Court (art. 94(1): `status postponed D until E "the national proceedings"`, E the last day of the period), or an admissibility challenge pending before the Court (art. 95; art. 89(2) on a request for surrender: `status postponed D until admissibility-determination`, which states the ground). A note alone (`status postponed D "national prosecution; agreed until ..."`) records them too, but the register follows up only a period given after `until`.'
    }),
    untilWithoutPostponement: defineRule({
        code: 'followup-until-without-postponement', severity: 'error', force: 'language',
        summary: '`until` says until when the requested State postponed the execution of the request: to the last day of the period agreed with the Court (`until E`, art. 94(1)), or until the Court\'s determination on admissibility (`until admissibility-determination`, art. 95; art. 89(2) on a request for surrender). It follows `status postponed D` only: on another event it means nothing, and the register does not read it. The message cites the provision.'
    }),
    postponementEndBeforeDate: defineRule({
        code: 'followup-postponement-end-before-date', severity: 'error', force: 'language',
        summary: 'The last day of the period of a postponement (`status postponed D until E`, art. 94(1)) is not before the postponement itself (E may be D). Such a date is to be corrected: it is not followed up (followup-postponement-ended), nor in the register, which follows the response date instead. The message cites the provision.'
    }),
    postponementEnded: defineRule({
        code: 'followup-postponement-ended', severity: 'warning', force: 'should', provision: 'art. 94(1)', digest: 'X16',
        summary: 'Tracking: the period of a postponement agreed with the Court (`status postponed D until E`) has passed as of the as-of date and no later status event is recorded: follow up with the requested State on the execution of the request. Art. 94(1) lets the requested State postpone the execution "for a period of time agreed upon with the Court", no longer than is necessary to complete its investigation or prosecution; following the request up when the period ends is the Office\'s practice, not a time limit of the Statute. While the period runs, and while a postponement awaits the Court\'s determination on admissibility (`until admissibility-determination`, art. 95; not where the Court ordered that the Prosecutor may pursue the collection of the evidence: followup-postponement-collection-ordered), the response date is not followed up (followup-overdue); the register counts the days after E as overdue, as this warning does. Any later status event ends the postponement\'s hold on the follow-up; a further period agreed is a new `status postponed`.'
    }),
    immunityCheck: defineRule({
        code: 'immunity-third-state-check', severity: 'info', force: 'human', provision: 'art. 98(1)', also: ['rule 195(1)'], digest: 'X17',
        summary: 'Checklist: the request concerns a person declared an official of a third State (`official-of`); the Court may not proceed with a request that would require the requested State to act inconsistently with its obligations on the State or diplomatic immunity of that third State, unless it first obtains that State\'s cooperation for the waiver of the immunity.'
    }),
    instrumentOtherCase: defineRule({
        code: 'instrument-other-case', severity: 'warning', force: 'as applicable', provision: 'art. 91(2)(b)',
        also: ['art. 91(3)(a)', 'art. 91(3)(b)', 'art. 92(2)(c)', 'art. 89(3)(b)(iii)', 'rule 191'],
        summary: 'The warrant, the judgment and the assurance decisions a request names are filed in the request\'s case or its situation\'s own record, as their document numbers show (ICC-01/09-01/26-12 is filed in case ICC-01/09-01/26, ICC-01/09-77 in situation ICC-01/09): one from another case is most likely a request copied from another and not brought up to date, which would ask a State to act on the wrong warrant or judgment (art. 91(2)(b), 91(3)(a)-(b), 92(2)(c), 89(3)(b)(iii)), or offer an assurance the Chamber dealing with the case did not give (rule 191). Compared with the request\'s `case`, else its `situation`. Where the instrument is the right one (cases joined or severed, a warrant issued in another record), suppress the warning with the reason.'
    }),
    sendingStateCheck: defineRule({
        code: 'sending-state-consent-check', severity: 'info', force: 'human', provision: 'art. 98(2)', also: ['rule 195(2)'], digest: 'X17',
        summary: 'Checklist: a request for surrender (`kind arrest-and-surrender` or `surrender-of-convicted`) concerns a person declared covered by an international agreement under which the consent of a sending State is required to surrender a person of that State to the Court (`sending-state`, a State other than the requested one); the Court may not proceed with a request for surrender which would require the requested State to act inconsistently with its obligations under such an agreement, unless it can first obtain the cooperation of the sending State for the giving of consent for the surrender. Not for a witness, an expert or a victim named in the request, whose surrender is not sought.'
    }),
    followsCycle: defineRule({
        code: 'followup-follows-cycle', severity: 'error', force: 'language', category: 'slow',
        summary: 'Requests linked by `follows` do not form a cycle (a request cannot, directly or through others, follow itself).'
    }),

    classificationBelowMaterial: defineRule({
        code: 'classification-below-material', severity: 'warning', force: 'as applicable', category: 'slow',
        provision: 'art. 87(3)', also: ['art. 93(8)'], digest: 'X3',
        unverified: 'that a document reproducing classified material takes its classification rests on regulation 23 bis(2) of the Regulations of the Court, quoted in the dossier from a third-party transcription not compared with the official text',
        summary: 'A request is classified at least as high as the warrant or judgment it relies on (public < confidential < under seal < secret): the request reproduces their content (the facts of the warrant, the conviction), and every page carries the request\'s classification. A document referring to material marked confidential or under seal takes the same classification unless a Chamber orders otherwise (reg. 23 bis(2) of the Regulations of the Court): then suppress this warning, citing the order. Annexes may carry a higher classification than the request ("Public with confidential annexes"): each annex states its own.'
    }),

    // ------------------------------------------------------------ annexes
    annexOutsideWorkspace: defineRule({
        code: 'annex-file-outside-workspace', severity: 'error', force: 'language',
        summary: 'An annex `file` is a path relative to the request\'s file that stays inside the workspace: no absolute path, no `..` leading out of the workspace (the folder with rogatory.json or .git; the request\'s own folder when none is found).'
    }),
    annexFileMissing: defineRule({
        code: 'annex-file-missing', severity: 'warning', force: 'language', category: 'slow',
        summary: 'The file an annex names (`file "..."`, relative to the request\'s file) exists on disk; checked for requests saved on disk only. An annex whose file is deliberately kept elsewhere (e.g. sealed material outside version control) is listed without `file`.'
    }),
    annexDocumentNumber: defineRule({
        code: 'annex-document-number-malformed', severity: 'error', force: 'language',
        summary: 'An annex `document` is an ICC document number: the situation or case number followed by a serial number and optional suffixes (ICC-01/04-01/06-2517-Red, ICC-01/12-1).'
    }),

    clauseWithoutEffect: defineRule({
        code: 'clause-without-effect', severity: 'warning', force: 'language',
        summary: 'A clause the grammar reads after any kind of request (or for a person in any role) is written where the provision that gives it its meaning does not apply, so that no check reads it and the documents do not state it: `state-agreement` (art. 93(7)(a)(ii)) outside a temporary transfer; `time-served` (art. 91(3)(d)) outside the surrender of a person already convicted, in a request that names no judgment; `surrender-request-will-follow` (art. 92(2)(d)) outside a provisional arrest; `competing-extradition` (art. 90(1)) outside a request for surrender under art. 89 (`arrest-and-surrender`, `surrender-of-convicted`; on a provisional arrest, it is recorded on the request for surrender that follows it); `competing-request` (art. 93(9)(a)) and `under-control-of` (art. 93(9)(b)) outside a request under art. 93 (`assistance`, `temporary-transfer`; a transit is governed by art. 89(3)); `national-requirements` (arts. 91(2)(c), 96(2)(e): the law of the requested State) in a request to an organisation (art. 87(6)), which has no national law (its own rules, if they ask anything, go in `other-information`); on a person, `consent` (art. 93(7)(a)(i)) outside a temporary transfer. A person\'s `rights-notice` (art. 55(2)) is stated for whomever it names, in any request. (`return-by` outside a temporary transfer is transfer-return-date-without-transfer.) The message cites the provision; the quick fix removes the clause.'
    }),

    // ------------------------------------------------------------ workspace
    duplicateName: defineRule({
        code: 'declaration-duplicate-name', severity: 'error', force: 'language', category: 'slow',
        summary: 'Each request, person, warrant, judgment, decision and record has a name of its own in the whole workspace, so that references to it are not ambiguous.'
    }),
    ambiguousReference: defineRule({
        code: 'reference-ambiguous', severity: 'error', force: 'language', category: 'slow',
        summary: 'A person, warrant, judgment, decision, record or request that a request names (`person P-...`, `warrant W-...`, an annex\'s `copy-of`, `follows`...), or that a declaration names (the `person` of a warrant, a judgment or a record), is declared once in the whole workspace: declared twice (declaration-duplicate-name), it is ambiguous which declaration is meant, and a request\'s documents would state the details of one of them, the declaration in the file first by path (through a warrant, judgment or record, the checks of the requests relying on it would read them). Reported once per name and block (request, warrant...), on its first mention; the request is built only as a draft until one declaration of the name is kept.'
    })
};

// ---------------------------------------------------------------- what every request states

/** A document number in a case (ICC-01/09-01/26-14-US-Exp): its situation and the case's own part. */
const CASE_OF_NUMBER = /^(ICC-\d{2}\/\d{2})-(\d{2}\/\d{2})(?:-|$)/;

function checkPresence(request: Request, accept: ValidationAcceptor): void {
    const at = { node: request, property: 'name' } as const;
    if (!request.kind) {
        report(accept, rules.kindMissing, 'The request does not state its kind: add `kind arrest-and-surrender` (or `surrender-of-convicted`, `provisional-arrest`, `assistance art. 93(1)(x)`, `transit`, `temporary-transfer`).', at);
    }
    if (!request.date) {
        report(accept, rules.dateMissing, 'The request is not dated: add `dated YYYY-MM-DD`.', at);
    }
    if (!request.organ) {
        report(accept, rules.issuerMissing, 'The request does not say which organ of the Court makes it: add `from Prosecutor` or `from Chamber "..."`.', at);
    } else if (request.organ === 'Chamber' && !request.organName?.trim()) {
        report(accept, rules.chamberUnnamed, 'The request is made by a Chamber but does not name it: write `from Chamber "Pre-Trial Chamber II"`.', { node: request, property: 'organ' });
    }
    if (!request.situation) {
        // The warrant or judgment the request relies on was issued in a case: its number begins with the case's.
        const numbered = [request.warrant?.ref, request.judgment?.ref].find(d => d?.number && CASE_OF_NUMBER.test(d.number));
        const [, situation, inCase] = numbered ? CASE_OF_NUMBER.exec(numbered.number!)! : [];
        const clause = numbered && `situation ${situation}${request.case ? '' : ` case ${situation}-${inCase}`}`;
        report(accept, rules.situationMissing, clause
            ? `The request does not state the situation: add \`${clause}\` (the case of ${numbered.$type.toLowerCase()} ${numbered.name}, ${numbered.number}).`
            : 'The request does not state the situation: add `situation ICC-NN/NN` (and `case ICC-NN/NN-NN/NN` where there is one).', at, clause ? { clause } : undefined);
    } else if (/^ICC-\d{2}\/\d{2}$/.test(request.situation) && !KNOWN_SITUATIONS[request.situation]) {
        report(accept, rules.situationUnknown,
            `Situation ${request.situation} is not among the situations of the reference list (situations.csv, incomplete): check the number.`,
            { node: request, property: 'situation' }, { known: Object.keys(KNOWN_SITUATIONS) });
    }
    if (!request.state && !request.organisation) {
        report(accept, rules.addresseeMissing, 'The request does not say to whom it is made: add `to State "..."` or `to organisation "..."`.', at);
    }
    if (!request.classification) {
        report(accept, rules.classificationMissing,
            'The request states no classification: add `classification confidential` (or `public`, `under-seal`, `secret`); the requested State keeps the request confidential and every page carries the classification.', at);
    }
}

function checkLegalBasis(request: Request, accept: ValidationAcceptor): void {
    const expected = request.kind ? KIND_LEGAL_BASIS[request.kind] : undefined;
    if (!expected) return; // assistance and temporary transfer (the assistance area's, art. 96(2)(a)) or no kind
    // Art. 96(2)(a) asks a legal basis of requests for assistance only; arts. 89(3)(b), 91 and 92(2), which
    // list what these requests contain, ask none: a legal basis left out is no finding, one stated is checked.
    const cited = citationsOf(request.legalBasis);
    const articles = expected.join(' or ');
    if (cited.length && !cited.some(c => expected.some(e => overlaps(c, e)))) {
        report(accept, rules.legalBasisMismatch,
            `The legal basis (${cited.join(', ')}) does not cite ${articles}, under which a request of kind ${request.kind} is made: add ${expected[0]}.`,
            { node: request, property: 'legalBasis', index: 0 }, { expected: expected[0], provision: expected[0] });
    }
}

/** X4: witnesses and victims named => protective measures stated (87(4), 93(1)(j)). */
function checkProtectiveMeasures(request: Request, accept: ValidationAcceptor): void {
    if (request.protectiveMeasures?.trim()) return;
    const protectedPersons = request.persons.filter((p): p is Involvement => p.role === 'witness' || p.role === 'victim');
    if (protectedPersons.length === 0) return;
    // A person named twice (person-named-twice) is listed once.
    const names = [...new Set(protectedPersons.map(p => `${p.person?.$refText ?? 'a person'} as ${p.role}`))].join(', ');
    report(accept, rules.protectiveMeasuresMissing,
        `The request names ${names} but states no protective measures: add \`protective-measures "..."\` (how information about them is to be provided and handled), or suppress this warning with the reason none are needed.`,
        { node: protectedPersons[0], property: 'role' });
}

/**
 * Clauses written where nothing gives them a meaning (`validation/clause-effect.ts`): one warning each,
 * over the whole clause, which its quick fix removes. A request without a kind is left alone
 * (request-kind-missing: what the request is remains to be said).
 */
function checkClausesWithoutEffect(request: Request, accept: ValidationAcceptor): void {
    if (!request.kind) return;
    const blocks: Array<[AstNode, Involvement | undefined]> = [[request, undefined], ...request.persons.map(p => [p, p] as [AstNode, Involvement])];
    for (const [node, involvement] of blocks) {
        for (const effect of CLAUSE_EFFECTS) {
            if (effect.reportedBy || effect.block !== node.$type) continue;
            const written = [effect.property, ...effect.alsoSets ?? []].some(property => {
                const value = (node as unknown as Record<string, unknown>)[property];
                return !(value === undefined || value === false || (Array.isArray(value) && value.length === 0));
            });
            if (!written) continue;
            if (effect.effective(request, involvement)) continue;
            const range = clauseRange(node, effect.keyword);
            const instead = effect.instead?.(request, involvement);
            report(accept, rules.clauseWithoutEffect,
                `\`${effect.keyword}\` has no effect ${effect.why(request, involvement)}: no check reads it and the documents do not state it; remove it${instead ? `, or ${instead}` : ''}. It ${effect.meaning}`,
                range ? { node, range } : { node, property: effect.property as never },
                { provision: effect.provision, clause: effect.keyword });
        }
    }
}

/** The range of the clause `keyword` in `node`'s own block, from its keyword to its last value (for the quick fix that removes it). */
function clauseRange(node: AstNode, keyword: string): Range | undefined {
    if (!node.$cstNode) return undefined;
    // Every leaf of the block, those of the values the clause holds as nodes of their own (`art. 55(2)(a)`, `1 year`) too.
    const leaves = CstUtils.streamCst(node.$cstNode).filter(isLeafCstNode).filter(leaf => !leaf.hidden).toArray();
    const own = (leaf: CstNode) => leaf.astNode === node;
    const start = leaves.findIndex(leaf => own(leaf) && leaf.text === keyword && isClauseKeyword(leaf));
    if (start < 0) return undefined;
    const rest = leaves.slice(start + 1);
    const next = rest.findIndex(leaf => own(leaf) && (isClauseKeyword(leaf) || leaf.text === '}'));
    const last = (next < 0 ? rest : rest.slice(0, next)).at(-1) ?? leaves[start];
    return { start: leaves[start].range.start, end: last.range.end };
}

/**
 * X17: a person declared an official of another State than the requested one (art. 98(1)). States are
 * named as running text names them ("the Kingdom of the Netherlands"), not in the library's list form.
 */
function checkThirdStateOfficials(request: Request, accept: ValidationAcceptor): void {
    const requested = request.state?.ref;
    for (const involvement of request.persons) {
        const third = involvement.person?.ref?.officialOf?.ref;
        if (!third || third === requested) continue;
        const thirdState = englishName(third.name);
        report(accept, rules.immunityCheck,
            `${involvement.person!.ref!.name} is declared an official of ${thirdState}: check whether the request would require ${requested ? englishName(requested.name) : 'the requested State'} to act inconsistently with its obligations on the immunity of ${thirdState}, and if so first obtain the cooperation of ${thirdState} for the waiver of the immunity.`,
            { node: involvement, property: 'person' });
    }
}

/** What a request's warrant shows the requested State (art. 91(2)(b), 91(3)(a), 92(2)(c), 89(3)(b)(iii)), by kind. */
const WARRANT_PROVISION: Readonly<Record<string, string>> = {
    'arrest-and-surrender': 'art. 91(2)(b)', 'surrender-of-convicted': 'art. 91(3)(a)', 'provisional-arrest': 'art. 92(2)(c)', transit: 'art. 89(3)(b)(iii)'
};
const JUDGMENT_PROVISION: Readonly<Record<string, string>> = { 'surrender-of-convicted': 'art. 91(3)(b)', 'provisional-arrest': 'art. 92(2)(c)' };

/** The record an ICC document number is filed in: a case (ICC-01/09-01/26) or a situation (ICC-01/09). */
function recordOf(number: string): string | undefined {
    return /^ICC-\d{2}\/\d{2}-\d{2}\/\d{2}(?=-|$)/.exec(number)?.[0] ?? /^ICC-\d{2}\/\d{2}(?=-|$)/.exec(number)?.[0];
}

/**
 * The warrant, the judgment and the assurance decisions of a request filed in another case or situation than
 * the request's, by their document numbers: the request's case record and its situation's own record are its own.
 */
function checkInstrumentsOfCase(request: Request, accept: ValidationAcceptor): void {
    // A case's situation is the start of its number (ICC-01/09-01/26: ICC-01/09); structure.ts reports a case outside the request's situation.
    const caseNumber = request.case && recordOf(request.case) === request.case && request.case.length > 9 ? request.case : undefined;
    const situation = caseNumber ? caseNumber.slice(0, 9) : request.situation && recordOf(request.situation) === request.situation ? request.situation : undefined;
    if (!situation) return;
    const own = (record: string) => record === situation || (caseNumber ? record === caseNumber : record.startsWith(`${situation}-`));
    const ours = caseNumber ? `this request's case ${caseNumber} or its situation ${situation}` : `this request's situation ${situation}`;
    const compare = (name: string, number: string | undefined, what: string, provision: string | undefined, info: { node: AstNode; property: string }) => {
        const record = number && recordOf(number);
        if (!record || !provision || own(record)) return;
        report(accept, rules.instrumentOtherCase,
            `${name} (${number}) is filed in ${record.length > 9 ? 'case' : 'situation'} ${record}, not in ${ours}: check that the request names the right ${what}; where it does (cases joined or severed, ${what === 'warrant' ? 'a warrant issued in another record' : 'a decision filed in another record'}), suppress this warning with the reason.`,
            info, { provision });
    };
    const warrant = request.warrant?.ref;
    if (warrant) compare(warrant.name, warrant.number, 'warrant', WARRANT_PROVISION[request.kind ?? ''], { node: request, property: 'warrant' });
    const judgment = request.judgment?.ref;
    if (judgment) compare(judgment.name, judgment.number, 'judgment', JUDGMENT_PROVISION[request.kind ?? ''], { node: request, property: 'judgment' });
    for (const involvement of request.persons) {
        const decision = involvement.assurance?.ref;
        if (decision) compare(decision.name, decision.number, 'decision', 'rule 191', { node: involvement, property: 'assurance' });
    }
}

/**
 * X17: a person covered by an agreement that requires a sending State's consent to their surrender
 * (art. 98(2)), in a request for surrender; the person a request asks to surrender is any it names but
 * a witness, an expert or a victim.
 */
function checkSendingStates(request: Request, accept: ValidationAcceptor): void {
    if (request.kind !== 'arrest-and-surrender' && request.kind !== 'surrender-of-convicted') return;
    const requested = request.state?.ref;
    for (const involvement of request.persons) {
        const sending = involvement.person?.ref?.sendingState?.ref;
        if (!sending || sending === requested || ['witness', 'expert', 'victim'].includes(involvement.role ?? '')) continue;
        const sendingState = englishName(sending.name);
        report(accept, rules.sendingStateCheck,
            `${involvement.person!.ref!.name} is declared covered by an international agreement under which the consent of ${sendingState}, as sending State, is required to surrender the person to the Court (\`sending-state\`): check whether this request would require ${requested ? englishName(requested.name) : 'the requested State'} to act inconsistently with its obligations under that agreement; if so, the Court may not proceed with it unless it can first obtain the cooperation of ${sendingState} for the giving of consent for the surrender.`,
            { node: involvement, property: 'person' });
    }
}

/**
 * X15: costs tagged with their art. 100(1) letter. Art. 100(2) ("requests from States Parties to
 * the Court", the Court then bearing the ordinary costs) concerns requests made to the Court,
 * never the Court's own requests, which are all a `.rog` request can be.
 */
function checkCost(cost: CostItem, accept: ValidationAcceptor): void {
    const ref: ProvisionRef | undefined = cost.provision;
    if (!ref || !isWhole(ref)) return;
    const labels = ref.labels.map(l => String(l.value));
    const citation = citationOf(ref);
    if (ref.source === 'art.' && ref.number === 100) {
        if (labels.length === 2 && labels[0] === '1' && /^[a-f]$/.test(labels[1])) return;
        if (checkProvision(citation).kind !== 'ok') return; // unknown-provision says so
    }
    const hint = ref.source === 'art.' && ref.number === 100 && labels[0] === '2'
        ? 'art. 100(2) concerns requests from States Parties to the Court, not the Court\'s requests, whose ordinary costs the requested State bears; cite the letter of art. 100(1) the item falls under'
        : ref.source === 'art.' && ref.number === 100 && labels.length === 1 && labels[0] === '1'
            ? 'name the letter of art. 100(1) the item falls under' : 'cite the letter of art. 100(1) the item falls under';
    report(accept, rules.costsProvision,
        `Cost item ${quote(cost.description)} cites ${citation}: ${hint}, art. 100(1)(a) to (f).`,
        { node: cost, property: 'provision' });
}

// ---------------------------------------------------------------- dates and follow-up

interface Dated { event: StatusEvent; day: string; index: number }

function datedHistory(request: Request): Dated[] {
    return request.history
        .map((event, index) => ({ event, index, day: typeof event.date === 'string' && isValidDate(event.date) ? dayOf(event.date) : '' }))
        .filter(e => e.day !== '' && !!e.event.status);
}

function checkDates(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    const date = request.date && isValidDate(request.date) ? dayOf(request.date) : undefined;
    if (beforeRequestDate(request, request.respondBy)) {
        report(accept, rules.respondByBeforeDate, `The response is requested by ${dayOf(request.respondBy)}, before the request's own date (${date}): correct \`respond-by\` or \`dated\`.`,
            { node: request, property: 'respondBy' });
    }
    if (request.crimeDate && request.crimeDateEnd && isValidDate(request.crimeDate) && isValidDate(request.crimeDateEnd)
        && dayOf(request.crimeDateEnd) < dayOf(request.crimeDate)) {
        report(accept, rules.crimePeriodReversed,
            `The period of the crimes ends on ${dayOf(request.crimeDateEnd)}, before it starts (${dayOf(request.crimeDate)}): correct \`crime-date ${dayOf(request.crimeDate)} to ...\`.`,
            { node: request, property: 'crimeDateEnd' });
    }
    const history = datedHistory(request);
    // Written order: by day, and within a day by the time of day where both events state one (the
    // register, like the transitions below, takes events of one day in the order they are written).
    let latest: Dated | undefined;
    for (const e of history) {
        const earlierTime = !!latest && e.day === latest.day && e.event.date.includes('T') && latest.event.date.includes('T')
            && instantOf(e.event.date) < instantOf(latest.event.date);
        if (latest && (e.day < latest.day || earlierTime)) {
            const when = (d: Dated) => earlierTime ? d.event.date : d.day;
            report(accept, rules.statusOutOfOrder,
                `\`status ${e.event.status} ${when(e)}\` is written after \`status ${latest.event.status} ${when(latest)}\`: list the status events in the order they happened.`,
                { node: e.event });
        } else {
            latest = e;
        }
    }
    const inOrder = [...history].sort((a, b) => a.day.localeCompare(b.day) || a.index - b.index);
    checkTransitions(inOrder, date, request, accept);
    // Past events dated in the future.
    const today = services.rogatory.Settings.currentDate();
    for (const e of history) {
        if (e.day > today) {
            report(accept, rules.statusInFuture,
                `\`status ${e.event.status}\` is dated ${e.day}, after ${today}: a status records what has happened; correct the date.`,
                { node: e.event, property: 'date' }, { asOf: today });
        }
    }
    // X16, X18: what the register needs to follow up a postponement or a refusal.
    for (const e of history) {
        if (e.event.note?.trim()) continue;
        if (e.event.status === 'refused' && underArticle93(request)) {
            report(accept, rules.refusalReasons,
                `The request is recorded as refused on ${e.day} without the reasons the State gave: add them as the event's note (\`status refused ${e.day} "..."\`), or ask the State for them.`,
                { node: e.event });
        } else if (e.event.status === 'postponed' && !e.event.untilDetermination) {
            // `until admissibility-determination` states the ground (art. 95); an agreed period does not say which proceedings.
            const until = e.event.until;
            report(accept, rules.postponementGround, until
                ? `The request is recorded as postponed on ${e.day} until ${until} without the ground: add the national investigation or prosecution it awaits as the event's note (\`status postponed ${e.day} until ${until} "..."\`).`
                : `The request is recorded as postponed on ${e.day} without the ground or the period agreed: add the last day of the period agreed with the Court and the ground (\`status postponed ${e.day} until YYYY-MM-DD "..."\`), or \`until admissibility-determination\` pending the Court's determination of an admissibility challenge.`,
                { node: e.event });
        }
    }
    for (const event of request.history) checkUntil(event, accept);
    // A respond-by before the request's date is wrong (reported above), not overdue: responseDue says so.
    checkOverdue(request, today, accept);
    checkPostponementEnded(request, today, accept);
    checkPostponementDespiteOrder(request, today, accept);
}

/**
 * followup-postponement-collection-ordered: a postponement pending the Court's determination on admissibility
 * that art. 95 does not allow, the Court having ordered that the Prosecutor may pursue the collection of the
 * evidence (postponementDespiteOrder; postponementHolding lets the response date be followed up).
 */
function checkPostponementDespiteOrder(request: Request, today: string, accept: ValidationAcceptor): void {
    const despite = postponementDespiteOrder(request, today);
    if (!despite) return;
    const { decision, annex } = despite.order;
    const detail = [decision.number, decision.date && `dated ${dayOf(decision.date)}`].filter(Boolean).join(', ');
    const respondBy = responseDue(request, today);
    const response = respondBy
        ? `the response requested by ${respondBy} is followed up${today > respondBy ? ' (followup-overdue)' : ''}`
        : request.respondBy ? 'the response date is followed up as if it were not recorded' : 'set the date by which the Court asks for a response (`respond-by`) to follow it up';
    report(accept, rules.postponementCollectionOrdered,
        `The request is recorded as postponed on ${despite.day} until the Court's determination on admissibility, but annex ${annex.name} is a copy of the Court's order that the Prosecutor may pursue the collection of the evidence (decision ${decision.name}${detail ? `, ${detail}` : ''}): art. 95 lets the requested State postpone pending a determination by the Court "unless the Court has specifically ordered that the Prosecutor may pursue the collection of such evidence pursuant to article 18 or 19". The postponement does not hold the follow-up: ${response}. Raise the order with the requested State and record what follows (\`status consulted D "..."\`, \`executed\`, \`refused\`)`,
        { node: despite.event, property: 'untilDetermination' }, { decision: decision.name, asOf: today });
}

/**
 * X16: `until` on a status event: only on `status postponed` (followup-until-without-postponement, over the
 * clause), and an agreed period not ending before the postponement (followup-postponement-end-before-date).
 */
function checkUntil(event: StatusEvent, accept: ValidationAcceptor): void {
    // A status the parser could not read is the syntax error's to report.
    if ((!event.until && !event.untilDetermination) || !event.status) return;
    const provision = event.untilDetermination ? 'art. 95' : 'art. 94(1)';
    if (event.status !== 'postponed') {
        const cst = event.$cstNode;
        const keyword = cst && GrammarUtils.findNodeForKeyword(cst, 'until');
        const value = cst && (GrammarUtils.findNodeForProperty(cst, 'until') ?? GrammarUtils.findNodeForProperty(cst, 'untilDetermination'));
        const range = keyword && value ? { start: keyword.range.start, end: value.range.end } : undefined;
        report(accept, rules.untilWithoutPostponement,
            `\`until\` says until when the requested State postponed the request: after \`status ${event.status}\` it means nothing; remove it, or record the postponement (\`status postponed D until ...\`).`,
            range ? { node: event, range } : { node: event }, { provision });
    } else if (endsBeforePostponement(event)) {
        report(accept, rules.postponementEndBeforeDate,
            `The postponement of ${dayOf(event.date)} is agreed until ${dayOf(event.until!)}, before the postponement itself: correct \`until\` or the event's date.`,
            { node: event, property: 'until' }, { provision });
    }
}

/** followup-postponement-ended: the agreed period of the postponement that holds the follow-up (postponementHolding) has passed. */
function checkPostponementEnded(request: Request, today: string, accept: ValidationAcceptor): void {
    const postponement = postponementHolding(request, today);
    if (!postponement?.until || today <= postponement.until) return;
    const days = daysBetween(postponement.until, today);
    report(accept, rules.postponementEnded,
        `The period of the postponement of ${postponement.day}, agreed until ${postponement.until}, has passed: ${dayCount(days)} overdue as of ${today}, and no later status is recorded. Follow up with the requested State on the execution of the request, and record what follows (\`status executed D\`, \`partially-executed\`, \`refused\`, \`consulted\`), or a further period agreed with the Court (\`status postponed D until ...\`)`,
        { node: postponement.event, property: 'until' }, { until: postponement.until, asOf: today, days });
}

function checkTransitions(inOrder: Dated[], date: string | undefined, request: Request, accept: ValidationAcceptor): void {
    const first = (status: string) => inOrder.find(e => e.event.status === status);
    // Events of one day happened in the order they are written: `inOrder` is by day, then as written.
    const before = (a: Dated, b: Dated) => inOrder.indexOf(a) < inOrder.indexOf(b);
    const sameDay = (a: Dated, b: Dated) => a.day === b.day ? '; it is listed before it on that day' : '';
    const impossible = (e: Dated, why: string) => report(accept, rules.statusImpossible, `\`status ${e.event.status} ${e.day}\`: ${why}.`, { node: e.event });
    const reported = new Set<Dated>();
    const flag = (e: Dated, why: string) => { if (!reported.has(e)) { reported.add(e); impossible(e, why); } };

    // Nothing after withdrawn (later day, or the same day listed after it).
    const withdrawn = first('withdrawn');
    if (withdrawn) {
        for (const e of inOrder) {
            if (e !== withdrawn && (e.day > withdrawn.day || (e.day === withdrawn.day && e.index > withdrawn.index))) {
                flag(e, `the request was withdrawn on ${withdrawn.day}; nothing can happen to it afterwards`);
            }
        }
    }
    const drafted = first('drafted');
    if (drafted) {
        for (const e of inOrder) {
            if (before(e, drafted) && e.event.status !== 'consulted' && e.event.status !== 'drafted') {
                flag(e, `this is before the request was drafted (${drafted.day}${sameDay(e, drafted)})`);
            }
        }
    }
    const sent = first('sent');
    if (sent) {
        for (const e of inOrder) {
            if (before(e, sent) && (STATE_EVENTS.includes(e.event.status) || e.event.status === 'confirmed')) {
                flag(e, `this is before the request was sent (${sent.day}${sameDay(e, sent)})`);
            }
        }
        if (date && sent.day < date) flag(sent, `the request is sent before its own date (${date})`);
    }
    const received = first('received');
    const acknowledged = first('acknowledged');
    if (received && acknowledged && before(acknowledged, received)) {
        flag(acknowledged, `the requested State acknowledges the request before receiving it (${received.day}${sameDay(acknowledged, received)})`);
    }
    const arrested = first('arrested');
    if (arrested) {
        for (const e of inOrder) {
            if ((e.event.status === 'released' || e.event.status === 'surrendered') && before(e, arrested)) {
                flag(e, `the person is ${e.event.status} before being arrested (${arrested.day}${sameDay(e, arrested)})`);
            }
        }
    }
    const executed = first('executed');
    const refused = first('refused');
    if (executed && refused) {
        const later = executed.day > refused.day || (executed.day === refused.day && executed.index > refused.index) ? executed : refused;
        flag(later, 'a request cannot be both executed and refused (record `partially-executed` for a request executed in part)');
    }
    if (executed) {
        for (const e of inOrder) {
            if ((e.event.status === 'partially-executed' || e.event.status === 'postponed') && before(executed, e)) {
                flag(e, `the request was executed on ${executed.day}`);
            }
        }
    }
    // art. 93(7)(b): the Court returns the person it received on a temporary transfer (kind temporary-transfer, or assistance art. 93(1)(f)).
    for (const e of inOrder) {
        if (e.event.status !== 'returned') continue;
        if (request.kind && !involvesTemporaryTransfer(request)) {
            flag(e, `only a person temporarily transferred to the Court (art. 93(7): \`kind temporary-transfer\`, or \`kind assistance art. 93(1)(f)\`) is returned to the requested State`);
        } else if (executed && before(e, executed)) {
            flag(e, `the person is returned before being transferred (\`executed\` on ${executed.day}${sameDay(e, executed)})`);
        }
    }
}

/**
 * The events that record the outcome of a request, as followup-overdue names them, what the request asks for first
 * (`answersResponse`): the arrest for a provisional arrest, the surrender for a request for surrender.
 */
const OUTCOMES: Readonly<Record<string, string>> = {
    'provisional-arrest': '`status arrested D`, `refused`, `withdrawn`',
    'arrest-and-surrender': '`status surrendered D`, `refused`, `withdrawn`',
    'surrender-of-convicted': '`status surrendered D`, `refused`, `withdrawn`',
    other: '`status executed D`, `partially-executed`, `refused`, `withdrawn`'
};

/** followup-overdue, judged from the events dated by the as-of date (later ones are followup-status-in-future). */
function checkOverdue(request: Request, today: string, accept: ValidationAcceptor): void {
    const respondBy = responseDue(request, today);
    if (!respondBy || today <= respondBy) return;
    const inOrder = historyInOrder(request, today);
    const last = inOrder[inOrder.length - 1];
    const days = daysBetween(respondBy, today);
    const sentEvent = inOrder.find(e => e.status === 'sent' || STATE_EVENTS.includes(e.status));
    const latest = last ? ` (latest status: ${last.status} on ${dayOf(last.date)})` : ' (no status recorded)';
    const message = sentEvent
        ? `The response was requested by ${respondBy} and is ${dayCount(days)} overdue as of ${today}${latest}: follow up with the requested State, and record the outcome (${OUTCOMES[request.kind ?? ''] ?? OUTCOMES.other}) or agree a new \`respond-by\`; a State that identifies problems must consult the Court without delay`
        : `The response date ${respondBy} passed ${dayCount(days)} ago as of ${today} and no \`status sent\` is recorded${latest}: record when the request was sent, or set a new \`respond-by\``;
    report(accept, rules.overdue, message, { node: request, property: 'respondBy' }, { respondBy, asOf: today, days });
}

// ---------------------------------------------------------------- annexes

const DOCUMENT_NUMBER = /^ICC-\d{2}\/\d{2}(-\d{2}\/\d{2})?(-[A-Za-z0-9]+)+$/;

/**
 * Classification levels, lowest first (Regulations of the Registry, reg. 14, with "secret" above
 * under seal); the register marks itself with the highest of its requests' by this order.
 */
export const CLASSIFICATION_LEVELS: readonly string[] = ['public', 'confidential', 'under-seal', 'secret'];

/** The highest of the classification levels given (unstated or unknown ones ignored), if any. */
export function highestClassification(levels: Iterable<string | undefined>): string | undefined {
    let highest = -1;
    for (const level of levels) highest = Math.max(highest, CLASSIFICATION_LEVELS.indexOf(level ?? ''));
    return CLASSIFICATION_LEVELS[highest];
}

/**
 * X3: the request is classified at least as high as the warrant or judgment whose content it
 * reproduces. Annexes are not compared: they travel with their own classification, as in the
 * Court's "Public with confidential annexes".
 */
function checkClassificationOfMaterial(request: Request, accept: ValidationAcceptor): void {
    const level = CLASSIFICATION_LEVELS.indexOf(request.classification ?? '');
    if (level < 0) return;
    const higher = [request.warrant?.ref, request.judgment?.ref]
        .filter(m => m !== undefined && CLASSIFICATION_LEVELS.indexOf(m.classification ?? '') > level)
        .map(m => ({ what: `${m!.$type.toLowerCase()} ${m!.name}`, classification: m!.classification! }));
    if (!higher.length) return;
    const highest = highestClassification(higher.map(m => m.classification))!;
    const shown = (c: string) => c.replace('-', ' ');
    report(accept, rules.classificationBelowMaterial,
        `The request is classified ${shown(request.classification!)} but reproduces the content of ${higher.map(m => `${m.what}, classified ${shown(m.classification)}`).join(', and of ')}: classify it \`${highest}\`, or suppress this warning citing the Chamber's order that allows a lower classification.`,
        { node: request, property: 'classification' }, { expected: highest });
}

function checkAnnexDocument(annex: Annex, accept: ValidationAcceptor): void {
    const number = annex.document;
    if (!number) return;
    const prefix = /^ICC-\d{2}\/\d{2}(-\d{2}\/\d{2})?/.exec(number)?.[0] ?? '';
    const segments = number.slice(prefix.length).split('-').filter(Boolean);
    if (!DOCUMENT_NUMBER.test(number) || !segments.some(s => /^\d+$/.test(s))) {
        report(accept, rules.annexDocumentNumber,
            `'${number}' is not a document number: write the situation or case number followed by the document's serial number (e.g. ${prefix || 'ICC-01/04-01/06'}-2517, ${prefix || 'ICC-01/04-01/06'}-2517-Red).`,
            { node: annex, property: 'document' });
    }
}

const annexLabel = (annex: Annex) => (annex.name ? `Annex ${annex.name}` : 'The annex');

function checkAnnexFile(services: RogatoryServices, annex: Annex, accept: ValidationAcceptor): void {
    const file = annex.file;
    if (file === undefined || file.trim() === '') return;
    if (isAbsolutePath(file)) {
        report(accept, rules.annexOutsideWorkspace,
            `${annexLabel(annex)} gives an absolute path ('${file}'): give the path relative to this file, inside the workspace.`,
            { node: annex, property: 'file' });
        return;
    }
    if (!file.split(/[\\/]+/).includes('..')) return;
    const document = AstUtils.getDocument(annex);
    if (resolveAnnex(services, document, file).outside) {
        report(accept, rules.annexOutsideWorkspace,
            `${annexLabel(annex)} ('${file}') leads outside the workspace: keep annex files inside it and give their path relative to this file.`,
            { node: annex, property: 'file' });
    }
}

/** Slow: the annex files exist on disk (documents on disk only; builtin and unsaved documents are skipped). */
function checkAnnexFilesExist(services: RogatoryServices, request: Request, accept: ValidationAcceptor): void {
    if (!request.annexes.some(a => a.file !== undefined)) return;
    const document = AstUtils.getDocument(request);
    if (document.uri.scheme !== 'file') return;
    const fsp = services.shared.workspace.FileSystemProvider;
    if (!fsp.existsSync(document.uri)) return; // the file system does not hold this document (in memory, unsaved)
    for (const annex of request.annexes) {
        const file = annex.file;
        if (file === undefined) continue;
        if (file.trim() === '') {
            report(accept, rules.annexFileMissing, `${annexLabel(annex)} gives an empty file path: name the file, relative to this file.`, { node: annex, property: 'file' });
            continue;
        }
        if (isAbsolutePath(file)) continue;
        const { target, outside } = resolveAnnex(services, document, file);
        if (outside) continue; // annex-file-outside-workspace
        if (!fsp.existsSync(target)) {
            report(accept, rules.annexFileMissing,
                `${annexLabel(annex)}: there is no file '${file}' (relative to this file's folder): add the file or correct the path (an annex kept elsewhere is listed without \`file\`).`,
                { node: annex, property: 'file' });
        }
    }
}

// ---------------------------------------------------------------- workspace (slow)

/**
 * Every declaration whose name the whole workspace shares, by name (also asked by rename), in the order
 * of their files' paths (text-order.ts), then of their positions: the order the findings list them in and
 * go-to-definition shows them in. The editor runs this check as you type: the index is kept from one edit to
 * the next and re-reads only the files re-indexed since (a file's list of declarations is then a
 * new array), not 10,000 files' declarations per keystroke.
 */
export const declarationsByName = workspaceMemo(services => {
    const index = services.shared.workspace.IndexManager as RogatoryIndexManager;
    let names = nameIndexes.get(services);
    if (!names) nameIndexes.set(services, names = new NameIndex());
    names.update(index.exportsByDocument());
    return names;
});

const nameIndexes = new WeakMap<RogatoryServices, NameIndex>();

class NameIndex {
    /** Each file's list of declarations as last read. */
    private readonly read = new Map<string, readonly AstNodeDescription[]>();
    private readonly byName = new Map<string, AstNodeDescription[]>();

    get(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }

    update(current: ReadonlyMap<string, readonly AstNodeDescription[]>): void {
        for (const [uri, list] of this.read) {
            if (current.get(uri) === list) continue;
            this.read.delete(uri);
            for (const d of list) this.remove(d);
        }
        for (const [uri, list] of current) {
            if (this.read.has(uri)) continue;
            this.read.set(uri, list);
            for (const d of list) if (WORKSPACE_NAMED_TYPES.has(d.type) && d.name) this.add(d);
        }
    }

    private add(d: AstNodeDescription): void {
        const all = this.byName.get(d.name);
        if (!all) {
            this.byName.set(d.name, [d]);
            return;
        }
        all.push(d);
        all.sort((a, b) => compareText(a.documentUri.path, b.documentUri.path) || compareText(a.documentUri.toString(), b.documentUri.toString())
            || (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0));
    }

    private remove(d: AstNodeDescription): void {
        const all = this.byName.get(d.name);
        const at = all ? all.indexOf(d) : -1;
        if (at < 0) return;
        if (all!.length === 1) this.byName.delete(d.name);
        else all!.splice(at, 1);
    }
}

/** Where a declaration is, as a finding in the file `here` says it: `at line 3 of this file`, `in line 10 of people/kenya.rog`. */
export function where(services: RogatoryServices, here: URI, description: { documentUri: URI; nameSegment?: { range: Range } }): string {
    const line = description.nameSegment ? `line ${description.nameSegment.range.start.line + 1} of ` : '';
    if (UriUtils.equals(here, description.documentUri)) return `at ${line}this file`;
    const root = workspaceRoot(services, here) ?? UriUtils.dirname(here);
    const relative = UriUtils.contains(root, description.documentUri) ? UriUtils.relative(root, description.documentUri) : description.documentUri.path;
    return `in ${line ? line : ''}${relative}`;
}

function checkDuplicateNames(services: RogatoryServices, model: Model, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(model);
    const byName = declarationsByName(services);
    const locator = services.workspace.AstNodeLocator;
    for (const element of model.elements) {
        if (!WORKSPACE_NAMED_TYPES.has(element.$type)) continue;
        const name = (element as AstNode & { name?: string }).name;
        if (!name) continue;
        const all = byName.get(name);
        if (all.length < 2) continue;
        const path = locator.getAstNodePath(element);
        const others = all.filter(d => !(UriUtils.equals(d.documentUri, document.uri) && d.path === path));
        if (others.length === 0) continue;
        const list = others.map(d => `${d.type.toLowerCase()} ${d.name} ${where(services, document.uri, d)}`).join('; ');
        report(accept, rules.duplicateName,
            `The name ${name} is also declared elsewhere (${list}): names are shared by the whole workspace, so references to it are ambiguous; rename one.`,
            { node: element, property: 'name' as never }, { others: others.map(d => d.documentUri.toString()) });
    }
}

/**
 * A name a request or a declaration refers to (a request's `person`, a warrant's, a judgment's or a record's,
 * an annex's `copy-of`...) that more than one declaration of the type referred to bears (for `copy-of`, any
 * instrument): the linker settles on one of them, whichever it reads first, and the request's documents, or the
 * checks of the requests relying on the declaration (the person a warrant names), read its details. Once per name
 * and block of the file (a request, a warrant...), on the first mention in the text, since one declaration kept
 * clears them all.
 */
function checkAmbiguousReferences(services: RogatoryServices, model: Model, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(model);
    const byName = declarationsByName(services);
    const first = new Map<AstNode, Map<string, { node: AstNode; reference: Reference; declarations: readonly AstNodeDescription[] }>>();
    for (const reference of document.references) {
        if (!isReference(reference) || !reference.$refNode) continue;
        const named = byName.get(reference.$refText);
        if (named.length < 2) continue;
        const node = reference.$refNode.astNode;
        const block = topLevelElement(node);
        if (!block) continue;
        const declarations = ambiguousDeclarations(services, reference, named);
        if (declarations.length === 0) continue;
        let mentions = first.get(block);
        if (!mentions) first.set(block, mentions = new Map());
        const earlier = mentions.get(reference.$refText);
        if (!earlier || reference.$refNode.offset < earlier.reference.$refNode!.offset) mentions.set(reference.$refText, { node, reference, declarations });
    }
    for (const [block, mentions] of first) {
        for (const { node, reference, declarations } of mentions.values()) {
            const list = declarations.map(d => `${nounOf(d.type)} ${where(services, document.uri, d)}`).join('; ');
            const ambiguity = isRequest(block)
                ? 'it is ambiguous which declaration this request names, and its documents would state the details of one of them, the declaration in the file first by path. Keep one declaration of the name (rename or remove the others); until then the request is built only as a draft.'
                : `it is ambiguous which declaration this ${nounOf(block.$type)} names, and the requests relying on it would be checked against the details of one of them, the declaration in the file first by path. Keep one declaration of the name (rename or remove the others), and see that this reference names the one meant.`;
            report(accept, rules.ambiguousReference,
                `${reference.$refText} is declared ${declarations.length === 2 ? 'twice' : `${declarations.length} times`} in the workspace (${list}): ${ambiguity}`,
                { node, range: reference.$refNode!.range }, { declarations: declarations.map(d => d.documentUri.toString()) });
        }
    }
}

/**
 * The declarations of the workspace a reference may mean when it may mean more than one (reference-ambiguous):
 * those that bear its name and are of the type it refers to (for an annex's `copy-of`, any instrument), in the
 * order of declarationsByName; none when it means one or nothing. Go-to-definition shows them all. `named`: the
 * declarations of the name, when already looked up.
 */
export function ambiguousDeclarations(services: RogatoryServices, reference: Reference, named = declarationsByName(services).get(reference.$refText)): readonly AstNodeDescription[] {
    if (named.length < 2 || !reference.$refNode) return [];
    const property = AstUtils.getContainerOfType(reference.$refNode.grammarSource, GrammarAST.isAssignment)?.feature;
    if (!property) return [];
    const reflection = services.shared.AstReflection;
    const type = reflection.getReferenceType({ container: reference.$refNode.astNode, property, reference });
    const declarations = named.filter(d => reflection.isSubtype(d.type, type));
    return declarations.length < 2 ? [] : declarations;
}

function checkFollowsCycle(request: Request, accept: ValidationAcceptor): void {
    if (!request.follows) return;
    const chain: Request[] = [request];
    const seen = new Set<Request>([request]);
    let current = request.follows.ref;
    while (current && isRequest(current)) {
        if (current === request) {
            const names = [...chain.map(r => r.name), request.name].join(' → ');
            report(accept, rules.followsCycle,
                chain.length === 1 ? `Request ${request.name} follows itself: \`follows\` names an earlier request.`
                    : `The \`follows\` links form a cycle (${names}): \`follows\` names the earlier request this one follows up.`,
                { node: request, property: 'follows' });
            return;
        }
        if (seen.has(current)) return; // a cycle further on, not through this request
        seen.add(current);
        chain.push(current);
        current = current.follows?.ref;
    }
}

export const requestArea: ValidationArea = {
    name: 'request',
    description: 'What every request states (reference, date, organ, situation, addressee, classification, legal basis), its dates and its follow-up.',
    rules: Object.values(rules),
    checks: services => ({
        fast: {
            Request: (request, accept) => {
                checkPresence(request, accept);
                checkLegalBasis(request, accept);
                checkProtectiveMeasures(request, accept);
                checkThirdStateOfficials(request, accept);
                checkSendingStates(request, accept);
                checkInstrumentsOfCase(request, accept);
                checkDates(services, request, accept);
                checkClausesWithoutEffect(request, accept);
            },
            CostItem: checkCost,
            Annex: (annex, accept) => {
                checkAnnexDocument(annex, accept);
                checkAnnexFile(services, annex, accept);
            }
        },
        slow: {
            Model: (model, accept) => {
                checkDuplicateNames(services, model, accept);
                checkAmbiguousReferences(services, model, accept);
            },
            Request: (request, accept) => {
                checkAnnexFilesExist(services, request, accept);
                checkFollowsCycle(request, accept);
                checkClassificationOfMaterial(request, accept);
            }
        }
    })
};
