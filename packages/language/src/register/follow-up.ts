import type { AstNode, Reference } from 'langium';
import { AstUtils } from 'langium';
import { isCompetingExtradition, isCompetingRequest, isDecision, isRequest, type Annex, type CompetingExtradition, type CompetingRequest, type Decision, type Request, type RequestKind, type StatusEvent, type ThirdPartyControl } from '../generated/ast.js';
import { boundAsParty, stateStatusOn, verificationMark } from '../states/state-status.js';
import { addDays, dayOf, daysBetween, instantOf, isValidDate } from '../states/dates.js';
import { citationOf } from '../statute/provisions.js';
import { englishName } from '../generator/names.js';

/**
 * Where a request stands, from its status history: the one place that says which events
 * close a request and which deadline comes next, used by the register and its view and by the
 * checks that judge follow-up (followup-overdue, rule 188's provisional-surrender-deadline-*).
 * Given an as-of date, only the events dated on or before it count: the register, and check with
 * --at, as of a past date judge where requests stood then, not statuses recorded later (which
 * check flags as followup-status-in-future).
 */

/**
 * Events after which nothing more is expected on a request. For a temporary transfer (art. 93(7)),
 * `executed` records the transfer itself and the request stays open until `returned`: "When the
 * purposes of the transfer have been fulfilled, the Court shall return the person without delay to
 * the requested State" (art. 93(7)(b)); see `closes()`.
 */
export const CLOSING_EVENTS: ReadonlySet<string> = new Set(['executed', 'refused', 'withdrawn', 'surrendered', 'returned']);

/**
 * Whether `request` involves the temporary transfer of a person in custody to the Court (art. 93(7)),
 * whose return is followed up: `kind temporary-transfer`, or `kind assistance` seeking art. 93(1)(f),
 * "the temporary transfer of persons as provided in paragraph 7". The one place that says so, for the
 * register, the transfer checks (`transfer-*`) and the status history (`returned`).
 */
export function involvesTemporaryTransfer(request: Request): boolean {
    return request.kind === 'temporary-transfer'
        || (request.kind === 'assistance' && request.forms.some(form => citationOf(form) === 'art. 93(1)(f)'));
}

/** Whether `status` closes `request`: one of CLOSING_EVENTS, except `executed` for a temporary transfer. */
export function closes(request: Request, status: string): boolean {
    return CLOSING_EVENTS.has(status) && !(status === 'executed' && involvesTemporaryTransfer(request));
}

/**
 * Events that answer the response date (`respond-by`): the closing ones and a partial
 * execution. A partially executed request stays open in the register (the rest is followed
 * up) but its response is no longer overdue. The validator's followup-overdue uses the same set.
 */
export const ANSWERING_EVENTS: ReadonlySet<string> = new Set([...CLOSING_EVENTS, 'partially-executed']);

/**
 * Whether `status` answers `request`'s response date: one of ANSWERING_EVENTS, or the arrest on a
 * request for provisional arrest, which is what that request asks for (art. 92(1)). The request stays
 * open for rule 188's time limit, which the arrest starts; were the arrest no answer, the response date
 * would stay overdue for ever and, being earlier, hide that limit in the register.
 */
export function answersResponse(request: Request, status: string): boolean {
    return ANSWERING_EVENTS.has(status) || (status === 'arrested' && request.kind === 'provisional-arrest');
}

/** Events that end a provisional arrest, after which rule 188's time limit no longer runs. */
export const ARREST_ENDING_EVENTS: ReadonlySet<string> = new Set(['withdrawn', 'released', 'surrendered']);

/** rule 188: the surrender request and documents must be received within 60 days of the provisional arrest. */
export const PROVISIONAL_ARREST_DAYS = 60;

/** The rule 188 deadline for a provisional arrest on `arrested` (the compiler's reading: arrest date + 60 calendar days). */
export function surrenderDeadline(arrested: string): string {
    return addDays(dayOf(arrested), PROVISIONAL_ARREST_DAYS);
}

/** art. 89(3)(e): detention in the transit State after an unscheduled landing may not be extended beyond 96 hours. */
export const TRANSIT_LANDING_HOURS = 96;

/** When the 96 hours of art. 89(3)(e) end, for a landing written with its time and zone: `2026-11-16 08:40 UTC`, and the instant. */
export function transitHoursEnd(landingAt: string): { instant: number; text: string } {
    const instant = instantOf(landingAt) + TRANSIT_LANDING_HOURS * 3_600_000;
    return { instant, text: `${new Date(instant).toISOString().slice(0, 16).replace('T', ' ')} UTC` };
}

/** The kinds of request for surrender, whose receipt rule 188 times after a provisional arrest. */
export const SURRENDER_KINDS: readonly string[] = ['arrest-and-surrender', 'surrender-of-convicted'];

export type Stage = 'draft' | 'open' | 'closed';

/**
 * The history in date order (stable for events of the same day), up to `asOf` when given.
 * An event without a real calendar date (check reports it) is left out.
 */
export function historyInOrder(request: Request, asOf?: string): StatusEvent[] {
    return request.history
        .map((event, i) => ({ event, i }))
        .filter(({ event }) => !!event.status && typeof event.date === 'string' && isValidDate(event.date) && (asOf === undefined || dayOf(event.date) <= asOf))
        .sort((a, b) => dayOf(a.event.date).localeCompare(dayOf(b.event.date)) || a.i - b.i)
        .map(({ event }) => event);
}

export function latestEvent(request: Request, asOf?: string): StatusEvent | undefined {
    const history = historyInOrder(request, asOf);
    return history[history.length - 1];
}

export function stageOf(request: Request, asOf?: string): Stage {
    return stageAfter(request, historyInOrder(request, asOf));
}

/**
 * Events that leave a request a draft: its drafting, and consultations with the requested State, which
 * may come before the request is drafted or sent (art. 99(4), the national-law consultation) and do not
 * put it before the State.
 */
export const DRAFT_EVENTS: ReadonlySet<string> = new Set(['drafted', 'consulted']);

/**
 * The stage of `request` once the events of `history` (in date order) have happened: closed once
 * one of them closed it, whatever is recorded after (a consultation on the use of material already
 * provided does not reopen an executed request); else open once one of them is more than a draft's
 * (`sent`, or anything the requested State did), whatever is recorded after (a `consulted` after `sent`
 * does not make it a draft again); else a draft.
 */
export function stageAfter(request: Request, history: readonly StatusEvent[]): Stage {
    if (history.some(e => closes(request, e.status))) return 'closed';
    return history.some(e => !DRAFT_EVENTS.has(e.status)) ? 'open' : 'draft';
}

export function eventDate(request: Request, status: string, asOf?: string): string | undefined {
    return historyInOrder(request, asOf).find(e => e.status === status)?.date;
}

/**
 * Whether `date` (a request's `respond-by` or `return-by`) is before the request's own date: a date
 * to be corrected (check's followup-respond-by-before-date, transfer-return-before-request), which is
 * never a deadline here.
 */
export function beforeRequestDate(request: Request, date: string | undefined): date is string {
    return !!date && !!request.date && isValidDate(date) && isValidDate(request.date) && dayOf(date) < dayOf(request.date);
}

/**
 * A postponement of the execution of a request by the requested State that says until when, as its
 * `status postponed D until ...` records it: to the end of a period agreed with the Court (`until E`,
 * art. 94(1)), or pending the Court's determination of an admissibility challenge
 * (`until admissibility-determination`: art. 95; on a request for surrender, art. 89(2) too).
 */
export interface Postponement {
    readonly event: StatusEvent;
    /** The postponement's own day. */
    readonly day: string;
    /** The last day of the agreed period (art. 94(1)); undefined pending the Court's determination. */
    readonly until?: string;
    /** `art. 94(1)` for an agreed period; `art. 95` pending the determination (`art. 89(2), art. 95` on a request for surrender). */
    readonly provision: string;
}

/**
 * Whether `event` gives an agreed period that ends before the postponement's own day: a date to be
 * corrected (check's followup-postponement-end-before-date), never a deadline.
 */
export function endsBeforePostponement(event: StatusEvent): boolean {
    return !!event.until && isValidDate(event.until) && typeof event.date === 'string' && isValidDate(event.date) && dayOf(event.until) < dayOf(event.date);
}

/**
 * The postponement that holds the follow-up of `request` as of `asOf`: the latest event by then is a
 * `status postponed` that says until when. While it holds, the response date (`respond-by`) is not
 * awaited (responseDue): the requested State postponed the execution "for a period of time agreed upon
 * with the Court" (art. 94(1)), or "pending a determination by the Court" (art. 95). Following the
 * request up when the agreed period ends is the Office's practice, not a time limit of the Statute.
 * Any later event ends the hold (a consultation, the determination recorded as one, an execution):
 * the follow-up is then the ordinary one, and a further period agreed is a new `status postponed`.
 * A postponement recorded with a note alone, or whose period ends before its own day, holds nothing; nor does one
 * pending the determination where the Court has ordered that the Prosecutor may pursue the collection of the
 * evidence (`collectionOrdered`, art. 95's exception).
 */
export function postponementHolding(request: Request, asOf?: string): Postponement | undefined {
    const event = latestEvent(request, asOf);
    if (event?.status !== 'postponed') return undefined;
    const day = dayOf(event.date);
    if (event.untilDetermination) {
        if (collectionOrdered(request, asOf)) return undefined;
        const provision = request.kind && SURRENDER_KINDS.includes(request.kind) ? 'art. 89(2), art. 95' : 'art. 95';
        return { event, day, provision };
    }
    if (!event.until || !isValidDate(event.until) || endsBeforePostponement(event)) return undefined;
    return { event, day, until: dayOf(event.until), provision: 'art. 94(1)' };
}

/** The Court's order, annexed to a request, that the Prosecutor may pursue the collection of evidence (art. 95). */
export interface CollectionOrder {
    readonly decision: Decision;
    readonly annex: Annex;
}

/**
 * Art. 95's exception: the requested State may postpone the execution of a request pending the Court's determination
 * of an admissibility challenge "unless the Court has specifically ordered that the Prosecutor may pursue the
 * collection of such evidence pursuant to article 18 or 19". The order is recorded on the request as an annex that is a
 * copy of it (`annex A { copy-of D }`, `decision D { subject evidence-collection }`), and counts once dated on or before
 * `asOf` (an order without a date, as recorded). Only a request under art. 93 (underArticle93) seeks evidence: on a
 * request for surrender art. 89(2) lets the State postpone pending the determination with no such exception, and a
 * provisional arrest or a transit collects no evidence.
 */
export function collectionOrdered(request: Request, asOf?: string): CollectionOrder | undefined {
    if (!underArticle93(request)) return undefined;
    for (const annex of request.annexes) {
        const decision = annex.copyOf?.ref;
        if (!isDecision(decision) || decision.subject !== 'evidence-collection') continue;
        if (asOf !== undefined && decision.date && isValidDate(decision.date) && dayOf(decision.date) > asOf) continue;
        return { decision, annex };
    }
    return undefined;
}

/**
 * The postponement pending the Court's determination (`until admissibility-determination`) that would hold the
 * follow-up of `request` as of `asOf` but for the Court's order that the Prosecutor may pursue the collection of the
 * evidence (collectionOrdered): check's followup-postponement-collection-ordered reports it, and the response date is
 * followed up as if it were not recorded.
 */
export function postponementDespiteOrder(request: Request, asOf?: string): { event: StatusEvent; day: string; order: CollectionOrder } | undefined {
    const event = latestEvent(request, asOf);
    if (event?.status !== 'postponed' || !event.untilDetermination) return undefined;
    const order = collectionOrdered(request, asOf);
    return order && { event, day: dayOf(event.date), order };
}

/**
 * The response date the Court asked for (`respond-by`) while the response is still awaited as of
 * `asOf`: no event by then answers it (`answersResponse`; an answer recorded stays an answer, whatever
 * follows it), and no postponement holds it (`postponementHolding`). Whether it has passed is for the caller.
 * A response date before the request's own date is no deadline: it cannot be the date the Court
 * asked for and is to be corrected (check's followup-respond-by-before-date), not followed up.
 */
export function responseDue(request: Request, asOf?: string): string | undefined {
    if (!request.respondBy || !isValidDate(request.respondBy) || beforeRequestDate(request, request.respondBy)) return undefined;
    if (postponementHolding(request, asOf)) return undefined;
    return historyInOrder(request, asOf).some(e => answersResponse(request, e.status)) ? undefined : dayOf(request.respondBy);
}

/**
 * The return date of a temporarily transferred person (`return-by`, art. 93(7)(b)) while it is due as
 * of `asOf`: the request is open (past its draft, and not `returned`, refused or withdrawn), also once the
 * transfer is `executed`. Whether it has passed is for the caller. A return date before the request's
 * own date is no deadline: it is to be corrected (check's transfer-return-before-request); nor is one on a
 * request that transfers no one (check's transfer-return-date-without-transfer).
 */
export function returnDue(request: Request, asOf?: string): string | undefined {
    if (!request.returnBy || !isValidDate(request.returnBy) || !involvesTemporaryTransfer(request) || beforeRequestDate(request, request.returnBy)) return undefined;
    return stageOf(request, asOf) === 'open' ? dayOf(request.returnBy) : undefined;
}

/** A provisional arrest as of a date, for rule 188 (art. 92(3)). */
export interface ProvisionalArrest {
    /** The (first) `status arrested` event. */
    readonly arrest: StatusEvent;
    /** Its day. */
    readonly arrested: string;
    /** rule 188's limit for the receipt of the request for surrender. */
    readonly deadline: string;
    /** The requests for surrender that follow it. */
    readonly followUps: readonly Request[];
    /** The earliest receipt of one of them by the requested State (`status received`), if any. */
    readonly receipt?: { readonly request: Request; readonly date: string };
    /** The provisional arrest is over (withdrawn, person released or surrendered on consent): the limit no longer runs. */
    readonly ended: boolean;
}

/**
 * Where a provisional arrest stands as of `asOf` (every event when not given): undefined unless
 * `request` is a provisional arrest with a `status arrested` dated by then. `followUps` are the
 * requests that `follow` it; only requests for surrender count.
 */
export function provisionalArrest(request: Request, followUps: readonly Request[], asOf?: string): ProvisionalArrest | undefined {
    if (request.kind !== 'provisional-arrest') return undefined;
    const history = historyInOrder(request, asOf);
    const arrest = history.find(e => e.status === 'arrested');
    if (!arrest) return undefined;
    const arrested = dayOf(arrest.date);
    const surrenders = followUps.filter(f => f !== request && !!f.kind && SURRENDER_KINDS.includes(f.kind));
    const receipt = surrenders
        .map(f => ({ request: f, date: eventDate(f, 'received', asOf) }))
        .filter((r): r is { request: Request; date: string } => r.date !== undefined)
        .map(r => ({ request: r.request, date: dayOf(r.date) }))
        .sort((a, b) => a.date.localeCompare(b.date))[0];
    const ended = history.some(e => ARREST_ENDING_EVENTS.has(e.status) && dayOf(e.date) >= arrested);
    return { arrest, arrested, deadline: surrenderDeadline(arrested), followUps: surrenders, receipt, ended };
}

export interface Deadline {
    /** The day it is due; undefined when nothing is due until the Court's determination (`what` says so). */
    readonly date?: string;
    readonly what: string;
    /** The provision the deadline comes from, when it comes from one. */
    readonly provision?: string;
}

/**
 * The next date something is due on a request not closed: the rule 188 limit of a provisional
 * arrest whose follow-up has not been received, the return of a temporarily transferred
 * person (art. 93(7)(b); due until `returned`, also once the transfer is `executed`), the end of
 * the period of a postponement agreed with the Court (art. 94(1)) while the postponement holds
 * (`postponementHolding`: due on its last day, overdue from the day after, until a later event),
 * or the response date the Court asked for (the only one of a draft), which such a postponement
 * holds. Pending the Court's determination of an admissibility challenge (art. 95), nothing is due
 * but those of the Court's own side (rule 188, the return): without them, a deadline with no date
 * says why.
 */
export function nextDeadline(request: Request, followUps: readonly Request[] = [], asOf?: string): Deadline | undefined {
    const stage = stageOf(request, asOf);
    if (stage === 'closed') return undefined;
    // A draft has only its response date, which passes whether or not the request was sent: as for
    // check's followup-overdue, a stale date is to be corrected (or the sending recorded).
    const response = responseDue(request, asOf);
    if (stage === 'draft') return response ? { date: response, what: 'response requested by (the request is not recorded as sent)' } : undefined;
    const deadlines: Deadline[] = [];
    // As the check of rule 188 does: until a request for surrender is received, and no longer due
    // once the provisional arrest is over (the person released, surrendered on consent, or the request withdrawn).
    const arrest = provisionalArrest(request, followUps, asOf);
    if (arrest && !arrest.receipt && !arrest.ended) {
        deadlines.push({ date: arrest.deadline, what: 'surrender request to be received (60 days after the provisional arrest)', provision: 'rule 188' });
    }
    // Before the transfer and after it (`executed`), until the person is `returned`, which closes the request.
    const returnBy = returnDue(request, asOf);
    if (returnBy) deadlines.push({ date: returnBy, what: 'return of the transferred person', provision: 'art. 93(7)(b)' });
    if (response) deadlines.push({ date: response, what: 'response requested by' });
    const postponement = postponementHolding(request, asOf);
    if (postponement?.until) deadlines.push({ date: postponement.until, what: 'postponement agreed until', provision: postponement.provision });
    const next = deadlines.sort((a, b) => a.date!.localeCompare(b.date!))[0];
    if (next || !postponement) return next;
    return { what: 'none while postponed pending the Court\'s determination on admissibility', provision: postponement.provision };
}

/** Days past the deadline as of `asOf` (0 when not overdue, or when it has no date). */
export function overdueDays(deadline: Deadline | undefined, asOf: string): number {
    return deadline?.date ? Math.max(0, daysBetween(deadline.date, asOf)) : 0;
}

/**
 * The kinds of request under art. 93 (other forms of cooperation), to which art. 93(9) applies: a request for
 * assistance, and a temporary transfer (the form art. 93(1)(f)). Not a transit, which art. 89(3) governs as part
 * of a surrender (art. 93(9)(a) speaks of competing requests "other than for surrender or extradition").
 */
export const ARTICLE_93_KINDS: readonly RequestKind[] = ['assistance', 'temporary-transfer'];

/**
 * Whether `request` is one under art. 93 (ARTICLE_93_KINDS), which art. 96 governs: "a request for other forms of
 * assistance referred to in article 93" is one of `kind assistance`, or `kind temporary-transfer`, the form
 * art. 93(1)(f) written as its own kind. Both spellings get the same art. 96(2) checks, on one code path.
 */
export function underArticle93(request: Request): boolean {
    return request.kind !== undefined && ARTICLE_93_KINDS.includes(request.kind);
}

/**
 * Whether art. 93(9) can concern `request`: one under art. 93 (ARTICLE_93_KINDS) to a State. Art. 93(9) speaks of
 * "a State Party" that receives competing requests and of "the requested States": a request to an intergovernmental
 * organisation (art. 87(6)) is not one.
 */
export function article93ToAState(request: Request): boolean {
    return underArticle93(request) && !request.organisation;
}

/**
 * A competing request the requested State notified, with the provisions that govern it. On a request for
 * surrender, a request for extradition (`competing-extradition`, art. 90(1)): conduct other than that of the
 * Court's request, art. 90(7); the same conduct, art. 90(2)-(3) when the requesting State was a State Party on the
 * date of the notification, else art. 90(4)-(6). On a request under art. 93, a request other than for surrender
 * or extradition (`competing-request`): art. 93(9)(a). The checks (competing-request-check,
 * assistance-competing-request-check) and the register all read them from here.
 */
interface CompetingBase {
    /** The requesting State's name as the library has it (as written when it resolves to nothing). */
    readonly state: string;
    readonly notified: string;
    /** Whether the requesting State was a State Party on the date of the notification (undefined: not in the library). */
    readonly party?: boolean;
    /** How far the library's dates of that State are verified, as the dossier marks them (undefined: verified). */
    readonly datesMark?: 'NOT VERIFIED' | 'PARTLY VERIFIED';
    /**
     * `art. 90(2)-(3)`, `art. 90(4)-(6)` or `art. 90(7)`; for the same conduct and a State not in the library,
     * `art. 90(2)-(6)`; for a competing request under art. 93, `art. 93(9)(a)`.
     */
    readonly provisions: string;
}
export interface CompetingExtraditionRequest extends CompetingBase {
    readonly competes: 'extradition';
    readonly clause: CompetingExtradition;
    readonly conduct: 'same-conduct' | 'other-conduct';
}
export interface CompetingAssistanceRequest extends CompetingBase {
    readonly competes: 'assistance';
    readonly clause: CompetingRequest;
}
export type Competing = CompetingExtraditionRequest | CompetingAssistanceRequest;

/**
 * The sentence a competing-request finding adds where the requested State was not a State Party on `day` (art. 127(2)
 * applied: `boundAsParty`), after what the article speaks of (`Art. 90 speaks of a State Party that receives the
 * Court's request`), with the dossier's mark on the State's dates; else nothing. Art. 90 and art. 93(9)(a)(i) are
 * both written for a requested State that is a State Party.
 */
export function requestedNotPartyNote(request: Request, day: string, speaksOf: string): string {
    const requested = request.state?.ref;
    const status = requested && stateStatusOn(requested, day);
    if (!requested || !status || boundAsParty(status, request.proceedingsCommenced)) return '';
    return ` ${speaksOf}; ${englishName(requested.name)} was not one on ${day}${libraryDatesNote(status.verification)}.`;
}

/** ` (its dates in the library NOT VERIFIED)`, as the dossier marks a State's dates; nothing for verified ones. */
export function libraryDatesNote(verification: Parameters<typeof verificationMark>[0]): string {
    const mark = verificationMark(verification);
    return mark ? ` (its dates in the library ${mark})` : '';
}

/**
 * The day a State named at `node` is judged on (its status, for completion and hover): in a competing request (art. 90,
 * art. 93(9)(a), which turn on the requesting State's status when the requested State notified it), the date of the
 * notification once written; else the request's date; else `asOf`.
 */
export function stateJudgedOn(node: AstNode | undefined, asOf: string): { date: string; competing?: CompetingExtradition | CompetingRequest; notified?: string } {
    const competing = node && (AstUtils.getContainerOfType(node, isCompetingExtradition) ?? AstUtils.getContainerOfType(node, isCompetingRequest));
    const notified = competing?.notified && isValidDate(competing.notified) ? competing.notified : undefined;
    const request = node && AstUtils.getContainerOfType(node, isRequest);
    return { date: notified ?? request?.date ?? asOf, competing, notified };
}

const notifiedBy = (c: { notified?: string }, asOf?: string): boolean =>
    typeof c.notified === 'string' && isValidDate(c.notified) && (asOf === undefined || dayOf(c.notified) <= asOf);

/**
 * The competing requests recorded on a request and notified on or before `asOf` when given, in the order of
 * their notification: for extradition on a request for surrender (`competing-extradition`), other than for
 * surrender or extradition on a request under art. 93 (`competing-request`). A clause without a real date
 * or conduct (the parser or check reports it) is left out; one on a request of another kind too
 * (clause-without-effect: art. 90(1) concerns a request for surrender under art. 89, art. 93(9)(a) a request under art. 93).
 */
export function competingRequests(request: Request, asOf?: string): Competing[] {
    const partyOn = (state: CompetingExtradition['state'], notified: string) => state.ref ? stateStatusOn(state.ref, notified).party.kind === 'party' : undefined;
    const nameOf = (state: CompetingExtradition['state']) => state.ref?.name ?? state.$refText;
    const markOf = (state: CompetingExtradition['state']) => state.ref ? verificationMark(state.ref.verification) : undefined;
    const found: Competing[] = [];
    if (request.kind && SURRENDER_KINDS.includes(request.kind)) {
        for (const c of request.competing) {
            if (!c.conduct || !c.state || !notifiedBy(c, asOf)) continue;
            const notified = dayOf(c.notified);
            const party = partyOn(c.state, notified);
            const conduct = c.conduct as CompetingExtraditionRequest['conduct'];
            const provisions = conduct === 'other-conduct' ? 'art. 90(7)' : party === undefined ? 'art. 90(2)-(6)' : party ? 'art. 90(2)-(3)' : 'art. 90(4)-(6)';
            found.push({ competes: 'extradition', clause: c, state: nameOf(c.state), notified, conduct, party, datesMark: markOf(c.state), provisions });
        }
    }
    if (article93ToAState(request)) {
        for (const c of request.competingAssistance) {
            if (!c.state || !notifiedBy(c, asOf)) continue;
            const notified = dayOf(c.notified);
            found.push({ competes: 'assistance', clause: c, state: nameOf(c.state), notified, party: partyOn(c.state, notified), datesMark: markOf(c.state), provisions: 'art. 93(9)(a)' });
        }
    }
    return found.sort((a, b) => a.notified.localeCompare(b.notified));
}

/**
 * One competing request in a line of the register: "extradition requested by Uganda (State Party; its dates NOT VERIFIED), same conduct,
 * notified 2026-11-02: art. 90(2)-(3)"; "request by Uganda (State Party; its dates NOT VERIFIED) other than for surrender or extradition,
 * notified 2026-11-02: art. 93(9)(a)". The status rests on the library's dates, marked as the dossier marks them.
 */
export function describeCompeting(c: Competing): string {
    const status = (party: boolean) => ` (${party ? 'State Party' : 'not a State Party'}${c.datesMark ? `; its dates ${c.datesMark}` : ''})`;
    if (c.competes === 'assistance') {
        const party = c.party === undefined ? '' : status(c.party);
        return `request by ${englishName(c.state)}${party} other than for surrender or extradition, notified ${c.notified}: ${c.provisions}`;
    }
    const party = c.conduct === 'other-conduct' || c.party === undefined ? '' : status(c.party);
    return `extradition requested by ${englishName(c.state)}${party}, ${c.conduct === 'same-conduct' ? 'same conduct' : 'other conduct'}, notified ${c.notified}: ${c.provisions}`;
}

/**
 * Art. 93(9)(b): the requested State informed the Court that the request concerns information, property or
 * persons subject to the control of a third State or an international organization by virtue of an international
 * agreement (`under-control-of`); "the Court shall direct its request to the third State or international
 * organization". `directed` are the requests that `follow` this one and are addressed to that State or
 * organisation (dated on or before `asOf` when given): the request directed there.
 */
export interface Redirect {
    readonly clause: ThirdPartyControl;
    /** The State's or organisation's name as the library has it (as written when it resolves to nothing). */
    readonly holder: string;
    readonly holderType: 'State' | 'organisation';
    readonly notified: string;
    readonly directed: readonly Request[];
}

/**
 * The third States and organisations that control what a request under art. 93 concerns (art. 93(9)(b)),
 * notified on or before `asOf` when given, in the order of their notification. `followUps` are the requests that
 * `follow` this one (the register's chains; the check's workspace index). On a request of another kind, none
 * (clause-without-effect).
 */
export function redirects(request: Request, followUps: readonly Request[], asOf?: string): Redirect[] {
    if (!article93ToAState(request)) return [];
    return request.thirdPartyControl
        .filter(c => (!!c.state || !!c.organisation) && notifiedBy(c, asOf))
        .map(c => {
            const holderType = c.state ? 'State' as const : 'organisation' as const;
            const ref = c.state ?? c.organisation!;
            const holder = ref.ref?.name ?? ref.$refText;
            const directed = followUps.filter(f => f !== request
                && (c.state ? sameAddressee(f.state, c.state) : sameAddressee(f.organisation, c.organisation!))
                && madeBy(f, asOf));
            return { clause: c, holder, holderType, notified: dayOf(c.notified), directed };
        })
        .sort((a, b) => a.notified.localeCompare(b.notified));
}

/** Whether two references name the same State (or organisation): as written, or resolved to the same declaration. */
export function sameAddressee<T extends AstNode>(reference: Reference<T> | undefined, other: Reference<T>): boolean {
    return reference?.$refText === other.$refText || (!!other.ref && reference?.ref === other.ref);
}

/** Whether `request` is made by `asOf`: dated on or before it, or undated (as recorded); any request without `asOf`. */
export function madeBy(request: Request, asOf?: string): boolean {
    return asOf === undefined || !request.date || !isValidDate(request.date) || dayOf(request.date) <= asOf;
}

/**
 * One in a line of the register: "under the control of United Nations (organisation), notified 2026-11-02: to be
 * directed there (art. 93(9)(b))", or "...: directed there by OTP-2026-0950 (art. 93(9)(b))".
 */
export function describeRedirect(r: Redirect): string {
    const where = r.directed.length ? `directed there by ${r.directed.map(d => d.name).join(', ')}` : 'to be directed there';
    return `under the control of ${englishName(r.holder)} (${r.holderType}), notified ${r.notified}: ${where} (art. 93(9)(b))`;
}
