import { afterEach, describe, expect, test, vi } from 'vitest';
import { today } from '../../packages/language/src/states/dates.js';
import { setup } from '../helpers.js';

// "Today" (the as-of date when none is set) is the day on the officer's calendar, not UTC's.
describe('today', () => {
    const zone = process.env.TZ;
    afterEach(() => {
        if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone;
        vi.useRealTimers();
    });

    test('after midnight in The Hague, at 23:30 UTC, today is the new day there', () => {
        const instant = new Date('2026-11-30T23:30:00Z');
        process.env.TZ = 'Europe/Amsterdam';
        expect(today(instant)).toBe('2026-12-01');
        process.env.TZ = 'UTC';
        expect(today(instant)).toBe('2026-11-30');
        process.env.TZ = 'America/New_York';
        expect(today(new Date('2026-12-01T03:00:00Z'))).toBe('2026-11-30');
    });

    test('a request sent today after midnight in The Hague is not dated in the future', async () => {
        process.env.TZ = 'Europe/Amsterdam';
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
        const { validate } = setup();
        const sentOn = async (day: string) => (await validate(`
request OTP-2026-0901 {
  kind assistance art. 93(1)(l)
  from Prosecutor
  situation ICC-01/09
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  medium written
  dated 2026-11-25
  status sent ${day}
}`)).diagnostics;
        const sentToday = await sentOn('2026-12-01');
        expect(sentToday.map(d => d.code)).not.toContain('syntax-error');
        expect(sentToday.filter(d => d.code === 'followup-status-in-future')).toEqual([]);
        // The same event a day later is in the future: the check runs and reads the local day.
        expect((await sentOn('2026-12-02')).filter(d => d.code === 'followup-status-in-future')).toHaveLength(1);
    });
});
