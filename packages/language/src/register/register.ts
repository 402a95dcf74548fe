import type { Request } from '../generated/ast.js';
import { dayOf, isValidDate } from '../states/dates.js';
import { citationsOf } from '../statute/provisions.js';
import { CLASSIFICATION_LEVELS, highestClassification } from '../validation/request.js';
import { competingRequests, describeCompeting, describeRedirect, eventDate, redirects, historyInOrder, latestEvent, nextDeadline, overdueDays, stageAfter, stageOf, type Stage } from './follow-up.js';
import { compareText } from '../text-order.js';

/**
 * The cooperation-request register: one row per request of the workspace, and the
 * summaries the Office uses for follow-up and compliance (burden sharing per State,
 * overdue follow-ups, requests that could be consolidated).
 */
export interface RegisterRow {
    reference: string;
    file: string;
    kind: string;
    forms: string[];
    addressee: string;
    addresseeType: 'State' | 'organisation' | 'none';
    organ: string;
    situation: string;
    case: string;
    classification: string;
    /** Who alone may see the request (`classification ... ex-parte "Registry only"`), or empty. */
    exParte: string;
    dated: string;
    sent: string;
    respondBy: string;
    status: string;
    statusDate: string;
    /**
     * The note of that latest event (`status refused D "reasons"`, `status postponed D "ground and period"`:
     * what followup-refusal-reasons and followup-postponement-ground ask to record for the register), or empty.
     */
    statusNote: string;
    /**
     * The competing requests the requested State notified by the as-of date, each with the provisions that govern
     * it, joined by "; ", or empty: for extradition (art. 90(1); `competing-extradition`), with the paragraphs of
     * art. 90; other than for surrender or extradition (art. 93(9)(a); `competing-request`).
     */
    competing: string;
    /**
     * Where the request is to be directed because what it concerns is under the control of a third State or an
     * international organisation by virtue of an international agreement, as notified by the as-of date
     * (art. 93(9)(b); `under-control-of`), and the requests that follow it there, joined by "; ", or empty.
     */
    redirect: string;
    stage: Stage;
    nextDeadline: string;
    nextDeadlineWhat: string;
    nextDeadlineProvision: string;
    overdueDays: number;
}

export interface CountRow { key: string; total: number; open: number; overdue: number }

/** Requests open on the as-of date, to one addressee in one situation, from two or more chains of `follows`. */
export interface ConsolidationGroup {
    addressee: string;
    situation: string;
    references: string[];
    /** The references of the group that are one chain of `follows` (not to be consolidated with each other). */
    linked: string[][];
}

export interface Register {
    asOf: string;
    /**
     * The highest classification among the requests: the report as a whole carries it. Empty when
     * a request states none and none is secret (the HTML says CLASSIFICATION NOT STATED).
     */
    classification: string;
    /**
     * The ex parte markers of the requests (each distinct one, sorted): the report carries them with
     * its classification, as the generator marks a document ("UNDER SEAL / Ex parte Registry only").
     */
    exParte: string[];
    rows: RegisterRow[];
    byState: CountRow[];
    bySituation: CountRow[];
    byKind: CountRow[];
    overdue: RegisterRow[];
    consolidation: ConsolidationGroup[];
    /** Files under the paths with syntax errors: their requests may be missing or their rows incomplete. */
    syntaxErrors: string[];
    /**
     * Per month (YYYY-MM): how many requests were drafts, open and closed at its end (a request with
     * no status event by then is a draft from its own date; without a date, it is not counted).
     */
    overTime: Array<{ month: string; draft: number; open: number; closed: number }>;
}

/**
 * The register of `requests` as of `asOf`. Follow-ups (a request for surrender received after a
 * provisional arrest) are looked for among `workspace`, every request of the workspace, so that a
 * register of one folder does not miss those filed elsewhere. `syntaxErrors` names the files
 * (listed or not) that have syntax errors, for the register to say so.
 */
export function buildRegister(requests: ReadonlyArray<{ request: Request; file: string }>, asOf: string,
    workspace: readonly Request[] = requests.map(r => r.request), syntaxErrors: readonly string[] = []): Register {
    const followUps = new Map<Request, Request[]>();
    for (const request of workspace) {
        const followed = request.follows?.ref;
        if (followed) followUps.set(followed, [...(followUps.get(followed) ?? []), request]);
    }
    const rows = requests.map(({ request, file }) => toRow(request, file, followUps.get(request) ?? [], asOf))
        .sort((a, b) => compareText(a.dated, b.dated) || compareText(a.reference, b.reference));
    const stated = highestClassification(rows.map(r => r.classification));
    // A request that states no classification could be anything short of the highest level: the
    // register is then marked as not stated rather than at a lower level it may not have.
    const unstated = rows.some(r => !CLASSIFICATION_LEVELS.includes(r.classification));
    const classification = stated === 'secret' ? stated : unstated ? '' : stated ?? 'public';
    return {
        asOf,
        classification,
        exParte: [...new Set(rows.map(r => r.exParte).filter(e => e))].sort(),
        rows,
        byState: countBy(rows, r => r.addressee || '(none)'),
        bySituation: countBy(rows, r => r.situation || '(none)'),
        byKind: countBy(rows, r => r.kind || '(none)'),
        overdue: rows.filter(r => r.overdueDays > 0).sort((a, b) => b.overdueDays - a.overdueDays),
        consolidation: consolidationGroups(requests.map(r => r.request), asOf, workspace),
        overTime: overTime(requests.map(r => r.request), asOf),
        syntaxErrors: [...syntaxErrors].sort()
    };
}

/** The requested State's or organisation's name as the library has it (as written when it resolves to nothing). */
function addresseeNames(request: Request): { state?: string; organisation?: string } {
    return {
        state: request.state?.ref?.name ?? request.state?.$refText,
        organisation: request.organisation?.ref?.name ?? request.organisation?.$refText
    };
}

/**
 * The organ that makes the request, as the Court names it and the documents print it (generator/texts.ts
 * `organNames`): a Chamber by its name ("Pre-Trial Chamber II", not "Chamber Pre-Trial Chamber II"), `Chamber`
 * when it is not named; another organ by its word (`Prosecutor`, `Presidency`, `Registry`).
 */
function organOf(request: Request): string {
    const name = request.organName?.trim();
    return (request.organ === 'Chamber' || !request.organ) && name ? name : request.organ ?? '';
}

function toRow(request: Request, file: string, followUps: Request[], asOf: string): RegisterRow {
    const latest = latestEvent(request, asOf);
    const deadline = nextDeadline(request, followUps, asOf);
    const { state, organisation } = addresseeNames(request);
    return {
        reference: request.name ?? '',
        file,
        kind: request.kind ?? '',
        forms: citationsOf(request.forms),
        addressee: state ?? organisation ?? '',
        addresseeType: state ? 'State' : organisation ? 'organisation' : 'none',
        organ: organOf(request),
        situation: request.situation ?? '',
        case: request.case ?? '',
        classification: request.classification ?? '',
        exParte: request.exParte?.trim() ?? '',
        dated: request.date ? dayOf(request.date) : '',
        sent: dayOf(eventDate(request, 'sent', asOf) ?? ''),
        respondBy: request.respondBy ? dayOf(request.respondBy) : '',
        status: latest?.status ?? 'drafted',
        statusDate: latest?.date ? dayOf(latest.date) : '',
        statusNote: latest?.note?.trim() ?? '',
        competing: competingRequests(request, asOf).map(describeCompeting).join('; '),
        redirect: redirects(request, followUps, asOf).map(describeRedirect).join('; '),
        stage: stageOf(request, asOf),
        nextDeadline: deadline?.date ?? '',
        nextDeadlineWhat: deadline?.what ?? '',
        nextDeadlineProvision: deadline?.provision ?? '',
        overdueDays: overdueDays(deadline, asOf)
    };
}

function countBy(rows: RegisterRow[], key: (r: RegisterRow) => string): CountRow[] {
    const counts = new Map<string, CountRow>();
    for (const r of rows) {
        const k = key(r);
        const c = counts.get(k) ?? { key: k, total: 0, open: 0, overdue: 0 };
        c.total++;
        if (r.stage === 'open') c.open++;
        if (r.overdueDays > 0) c.overdue++;
        counts.set(k, c);
    }
    return [...counts.values()].sort((a, b) => b.open - a.open || b.total - a.total || compareText(a.key, b.key));
}

/**
 * Requests that could be consolidated: those open on the as-of date (an event by then other than
 * `drafted` or `consulted`, and none by then one that closes them), to the same State or organisation, in the same situation, when they belong to at
 * least two different chains of `follows`. A chain is a request with those that follow it, directly
 * or through others (a provisional arrest and the request for surrender that follows it): its
 * requests are one matter, not to be consolidated with each other, and are listed in `linked`.
 * Chains are followed through every request of the workspace, open or not.
 */
function consolidationGroups(requests: readonly Request[], asOf: string, workspace: readonly Request[]): ConsolidationGroup[] {
    const parent = new Map<Request, Request>();
    const chainOf = (r: Request): Request => {
        let root = r;
        while (parent.has(root)) root = parent.get(root)!;
        return root;
    };
    for (const request of new Set([...workspace, ...requests])) {
        const followed = request.follows?.ref;
        if (!followed) continue;
        const [a, b] = [chainOf(request), chainOf(followed)];
        if (a !== b) parent.set(a, b);
    }
    const groups = new Map<string, Request[]>();
    for (const request of requests) {
        const { state, organisation } = addresseeNames(request);
        const addressee = state ?? organisation;
        if (stageOf(request, asOf) !== 'open' || !addressee || !request.situation) continue;
        const key = `${addressee}\u0000${request.situation}`;
        groups.set(key, [...(groups.get(key) ?? []), request]);
    }
    const result: ConsolidationGroup[] = [];
    for (const [key, members] of groups) {
        const chains = new Map<Request, string[]>();
        for (const m of members) chains.set(chainOf(m), [...(chains.get(chainOf(m)) ?? []), m.name]);
        if (chains.size < 2) continue;
        const [addressee, situation] = key.split('\u0000');
        result.push({
            addressee, situation,
            references: members.map(m => m.name).sort(),
            linked: [...chains.values()].filter(c => c.length > 1).map(c => c.sort()).sort((a, b) => compareText(a[0], b[0]))
        });
    }
    return result.sort((a, b) => b.references.length - a.references.length || compareText(a.addressee, b.addressee) || compareText(a.situation, b.situation));
}

/** How many months the status over time covers at most (50 years), ending with the as-of date's. */
const MAX_MONTHS = 600;

function overTime(requests: Request[], asOf: string): Register['overTime'] {
    // Each request's events in date order, once (not once per month): the events up to a month's end
    // are then a prefix. The events the rows count, those with a real calendar date (historyInOrder).
    // A request with no event yet is a draft, as its row says (`drafted`), from its own date: not
    // before it, and not at all without one (nothing says since when it exists).
    const timelines = requests.map(request => ({
        request,
        events: historyInOrder(request, asOf),
        dated: request.date && isValidDate(request.date) && dayOf(request.date) <= asOf ? dayOf(request.date) : undefined
    }));
    const dates = timelines.flatMap(t => [...t.events.map(e => dayOf(e.date)), ...(t.dated ? [t.dated] : [])]);
    if (dates.length === 0) return [];
    // Months counted from year 0, compared as numbers: as text, the month after 9999-12 ("10000-01") would come
    // before it, and an as-of date in 9999 would run the chart on into five-digit years.
    const monthNumber = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
    const first = dates.reduce((earliest, day) => Math.min(earliest, monthNumber(day)), Infinity);
    const last = monthNumber(asOf);
    // Up to the as-of date's month, always: at most the latest MAX_MONTHS (a mistyped year cannot make
    // the chart endless), which a register going back to the Court's first requests (2004) does not reach.
    const months: string[] = [];
    for (let n = Math.max(first, last - MAX_MONTHS + 1); n <= last; n++) {
        months.push(`${String(Math.floor(n / 12)).padStart(4, '0')}-${String(n % 12 + 1).padStart(2, '0')}`);
    }
    return months.map(month => {
        // The month's end, or the as-of date in its month: later events do not count yet.
        const end = `${month}-31` < asOf ? `${month}-31` : asOf;
        const counts = { month, draft: 0, open: 0, closed: 0 };
        for (const { request, events, dated } of timelines) {
            let happened = 0;
            while (happened < events.length && dayOf(events[happened].date) <= end) happened++;
            if (happened > 0) counts[stageAfter(request, events.slice(0, happened))]++;
            else if (dated && dated <= end) counts.draft++;
        }
        return counts;
    });
}
