import { isDay } from '@rogatory/language';
import { UsageError } from './exit-codes.js';

/**
 * Refuses an `--at` that is no day written YYYY-MM-DD (`check` and `register`; `new`'s `--date` too), saying what is wrong
 * with it where that is plain: a day the calendar does not have (`2026-02-30`, `2026-13-01`, which
 * are written as asked), a month or day in one digit (as the language's own message says it), or a
 * day written the way a person writes it (`01/12/2026`), with the reading(s) it can have.
 */
export function checkAsOf(at: string | undefined, flag = '--at'): void {
    if (at === undefined || isDay(at)) return;
    const expected = `${flag} expects a date as YYYY-MM-DD`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new UsageError(`${expected}, and ${at} is no day of the calendar`);
    const short = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(at);
    const padded = short && `${short[1]}-${short[2].padStart(2, '0')}-${short[3].padStart(2, '0')}`;
    if (padded && isDay(padded)) throw new UsageError(`${expected}, not '${at}': write the month and the day with two digits each, ${padded}`);
    // 01/12/2026 is the 1st of December in most of the world and the 12th of January in the United States.
    const written = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(at);
    if (written) {
        const day = (month: string, day: string) => `${written[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
        const readings = [...new Set([day(written[2], written[1]), day(written[1], written[2])])].filter(isDay);
        if (readings.length) throw new UsageError(`${expected}, not '${at}': ${readings.join(' or ')}?`);
    }
    throw new UsageError(`${expected}, not '${at}'`);
}
