/**
 * Calendar dates as the language writes them (YYYY-MM-DD, optionally with a time).
 * Dates compare as strings once validated; arithmetic is done in UTC days so that no
 * time zone can shift a statutory deadline by one day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True for a real calendar date (2026-02-30 is not) with a valid optional time. */
export function isValidDate(text: string): boolean {
    // The same few thousand dates are asked about again and again across a workspace.
    let valid = validity.get(text);
    if (valid === undefined) {
        if (validity.size > 100_000) validity.clear();
        validity.set(text, valid = checkDate(text));
    }
    return valid;
}

const validity = new Map<string, boolean>();

function checkDate(text: string): boolean {
    const m = DATE.exec(text);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1) return false;
    if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
    return true;
}

/** True for a real calendar day written YYYY-MM-DD, without a time: what an as-of date (`--at`) is. */
export function isDay(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValidDate(text);
}

/** The date part (YYYY-MM-DD) of a date or date-time. */
export function dayOf(text: string): string {
    return text.slice(0, 10);
}

export function addDays(day: string, days: number): string {
    const [y, m, d] = dayOf(day).split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "1 day", "3 days": a count of days in a message. */
export function dayCount(n: number): string {
    return `${n} day${n === 1 ? '' : 's'}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
    const ms = (s: string) => { const [y, m, d] = dayOf(s).split('-').map(Number); return Date.UTC(y, m - 1, d); };
    return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** True for a date-time that says its time zone (`Z` or an offset such as `+01:00`). */
export function hasTimeZone(text: string): boolean {
    return DATE.exec(text)?.[7] !== undefined;
}

/** Milliseconds since the epoch of a date-time (a date alone is midnight UTC). */
export function instantOf(text: string): number {
    const m = DATE.exec(text);
    if (!m) return NaN;
    const zone = m[7] === undefined || m[7] === 'Z' ? 'Z' : m[7];
    return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`);
}

/**
 * Today's date on this machine's calendar: a legal officer in The Hague who writes after midnight
 * (23:00 UTC) means the new day, not UTC's. A CI runner keeps UTC and gets UTC's date.
 */
export function today(now = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
