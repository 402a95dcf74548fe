import type { CompetingExtradition, Request, StatusEvent } from '../generated/ast.js';
import { stateStatusOn } from '../states/state-status.js';
import { addDays, dayOf, daysBetween, isValidDate } from '../states/dates.js';
import { citationOf } from '../statute/provisions.js';

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
 * The response date the Court asked for (`respond-by`) while the response is still awaited as of
 * `asOf`: no event by then answers it (`answersResponse`; an answer recorded stays an answer, whatever
 * follows it). Whether it has passed is for the caller.
 * A response date before the request's own date is no deadline: it cannot be the date the Court
 * asked for and is to be corrected (check's followup-respond-by-before-date), not followed up.
 */
export function responseDue(request: Request, asOf?: string): string | undefined {
    if (!request.respondBy || !isValidDate(request.respondBy) || beforeRequestDate(request, request.respondBy)) return undefined;
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
    readonly date: string;
    readonly what: string;
    /** The provision the deadline comes from, when it comes from one. */
    readonly provision?: string;
}

/**
 * The next date something is due on a request not closed: the rule 188 limit of a provisional
 * arrest whose follow-up has not been received, the return of a temporarily transferred
 * person (art. 93(7)(b); due until `returned`, also once the transfer is `executed`), or the
 * response date the Court asked for (the only one of a draft).
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
    return deadlines.sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** Days past the deadline as of `asOf` (0 when not overdue). */
export function overdueDays(deadline: Deadline | undefined, asOf: string): number {
    return deadline ? Math.max(0, daysBetween(deadline.date, asOf)) : 0;
}

/**
 * A competing request for extradition the requested State notified (art. 90(1)), with the paragraphs of
 * art. 90 that govern it: conduct other than that of the Court's request, art. 90(7); the same conduct,
 * art. 90(2)-(3) when the requesting State was a State Party on the date of the notification, else
 * art. 90(4)-(6). The check (competing-request-check) and the register both read it from here.
 */
export interface Competing {
    readonly clause: CompetingExtradition;
    /** The requesting State's name as the library has it (as written when it resolves to nothing). */
    readonly state: string;
    readonly notified: string;
    readonly conduct: 'same-conduct' | 'other-conduct';
    /** Whether the requesting State was a State Party on the date of the notification (undefined: not in the library). */
    readonly party?: boolean;
    /** `art. 90(2)-(3)`, `art. 90(4)-(6)` or `art. 90(7)`; for the same conduct and a State not in the library, `art. 90(2)-(6)`. */
    readonly provisions: string;
}

/**
 * The competing requests for extradition recorded on a request for surrender (`competing-extradition`) and
 * notified on or before `asOf` when given, in the order of their notification. A clause without a real date
 * or conduct (the parser or check reports it) is left out; one on a request of another kind too
 * (clause-without-effect: art. 90(1) concerns a request for surrender under art. 89).
 */
export function competingRequests(request: Request, asOf?: string): Competing[] {
    if (!request.kind || !SURRENDER_KINDS.includes(request.kind)) return [];
    return request.competing
        .filter(c => !!c.conduct && !!c.state && typeof c.notified === 'string' && isValidDate(c.notified) && (asOf === undefined || dayOf(c.notified) <= asOf))
        .map(c => {
            const notified = dayOf(c.notified);
            const state = c.state.ref;
            const party = state ? stateStatusOn(state, notified).party.kind === 'party' : undefined;
            const conduct = c.conduct as Competing['conduct'];
            const provisions = conduct === 'other-conduct' ? 'art. 90(7)' : party === undefined ? 'art. 90(2)-(6)' : party ? 'art. 90(2)-(3)' : 'art. 90(4)-(6)';
            return { clause: c, state: state?.name ?? c.state.$refText, notified, conduct, party, provisions };
        })
        .sort((a, b) => a.notified.localeCompare(b.notified));
}

/** One competing request in a line of the register: "extradition requested by Uganda (State Party), same conduct, notified 2026-11-02: art. 90(2)-(3)". */
export function describeCompeting(c: Competing): string {
    const party = c.conduct === 'other-conduct' || c.party === undefined ? '' : c.party ? ' (State Party)' : ' (not a State Party)';
    return `extradition requested by ${c.state}${party}, ${c.conduct === 'same-conduct' ? 'same conduct' : 'other conduct'}, notified ${c.notified}: ${c.provisions}`;
}
