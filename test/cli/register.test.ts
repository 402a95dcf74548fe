import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import { rogatory, workspace } from '../cli-runner.js';
import { hasCommand, SKIP_WITHOUT_POPPLER } from '../generator/helpers.js';

const FILES = {
    'a.rog': `request OTP-2026-0001 { kind assistance art. 93(1)(b) from Prosecutor to State "Kenya" situation ICC-01/09 classification confidential
  dated 2026-01-10 respond-by 2026-03-01 status drafted 2026-01-05 status sent 2026-01-12 status acknowledged 2026-01-20 }`,
    'b.rog': `request REG-2026-0002 { kind provisional-arrest from Chamber "Pre-Trial Chamber II" to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-02-10 status sent 2026-02-10 status arrested 2026-02-15 }`,
    'c.rog': `request OTP-2026-0003 { kind assistance art. 93(1)(i) to State "Uganda" situation ICC-02/04 classification public
  dated 2026-01-01 respond-by 2026-02-01 status sent 2026-01-02 status executed 2026-01-30 }`,
    'd.rog': `request OTP-2026-0004 { kind assistance art. 93(1)(d) to organisation "United Nations" situation ICC-01/09 classification public
  dated 2026-05-01 status drafted 2026-05-01 }`
};

describe('rogatory register', () => {
    test('JSON: a row per request with status, next deadline and days overdue as of --at', async () => {
        const { code, out } = await rogatory(workspace(FILES), 'register', '--format', 'json', '--at', '2026-06-01', '.');
        expect(code).toBe(0);
        const register = JSON.parse(out);
        const row = (ref: string) => register.rows.find((r: { reference: string }) => r.reference === ref);
        expect(row('OTP-2026-0001')).toMatchObject({ kind: 'assistance', addressee: 'Kenya', status: 'acknowledged', stage: 'open', nextDeadline: '2026-03-01', overdueDays: 92 });
        // rule 188: the surrender request must be received 60 days after the provisional arrest.
        expect(row('REG-2026-0002')).toMatchObject({ status: 'arrested', nextDeadline: '2026-04-16', nextDeadlineProvision: 'rule 188', overdueDays: 46 });
        expect(row('OTP-2026-0003')).toMatchObject({ stage: 'closed', nextDeadline: '', overdueDays: 0 });
        expect(row('OTP-2026-0004')).toMatchObject({ stage: 'draft', addressee: 'United Nations' });
        // The organ as the Court names it: a Chamber by its name (it read "Chamber Pre-Trial Chamber II"), another by its word.
        expect(['REG-2026-0002', 'OTP-2026-0001', 'OTP-2026-0003'].map(r => row(r).organ)).toEqual(['Pre-Trial Chamber II', 'Prosecutor', '']);
        expect(register.classification).toBe('under-seal');
        expect(register.byState[0]).toEqual({ key: 'Kenya', total: 2, open: 2, overdue: 2 });
        expect(register.overdue.map((r: { reference: string }) => r.reference)).toEqual(['OTP-2026-0001', 'REG-2026-0002']);
        expect(register.consolidation).toEqual([{ addressee: 'Kenya', situation: 'ICC-01/09', references: ['OTP-2026-0001', 'REG-2026-0002'], linked: [] }]);
        expect(register.overTime.map((m: { month: string }) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
        // Month by month: c executed in January; b sent and arrested in February (still open); d drafted in May.
        expect(register.overTime.map((m: { draft: number; open: number; closed: number }) => [m.draft, m.open, m.closed]))
            .toEqual([[0, 1, 1], [0, 2, 1], [0, 2, 1], [0, 2, 1], [1, 2, 1], [1, 2, 1]]);
    });

    test('status over time counts a request as its row does: an event whose date is no calendar date is left out of both', async () => {
        // `status sent 2026-00-15` is an invalid-date error in check; the row ignores it, and so does the chart.
        const dir = workspace({ 'x.rog': `request OTP-2026-0090 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-03-01 status drafted 2026-03-01 status sent 2026-00-15 }` });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-05-10', '.')).out);
        expect(register.rows[0]).toMatchObject({ status: 'drafted', stage: 'draft' });
        expect(register.overTime).toEqual([
            { month: '2026-03', draft: 1, open: 0, closed: 0 }, { month: '2026-04', draft: 1, open: 0, closed: 0 }, { month: '2026-05', draft: 1, open: 0, closed: 0 }
        ]);
    });

    test('status over time counts a request with no status event as a draft from its own date, not before, and not without one', async () => {
        const dir = workspace({
            'sent.rog': 'request OTP-2026-0091 { kind assistance art. 93(1)(i) to State "Kenya" dated 2026-01-10 status sent 2026-01-12 }',
            'draft.rog': 'request OTP-2026-0092 { kind assistance art. 93(1)(i) to State "Kenya" dated 2026-03-05 }',
            // Dated, but sent only later: a draft until then, as its row says as of an earlier date.
            'later.rog': 'request OTP-2026-0093 { kind assistance art. 93(1)(i) to State "Kenya" dated 2026-02-20 status sent 2026-04-02 }',
            'undated.rog': 'request OTP-2026-0094 { kind assistance art. 93(1)(i) to State "Kenya" }',
            'future.rog': 'request OTP-2026-0095 { kind assistance art. 93(1)(i) to State "Kenya" dated 2026-07-01 }'
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-04-15', '.')).out);
        expect(register.rows.filter((r: { stage: string }) => r.stage === 'draft').map((r: { reference: string }) => r.reference).sort()).toEqual(['OTP-2026-0092', 'OTP-2026-0094', 'OTP-2026-0095']);
        expect(register.overTime).toEqual([
            { month: '2026-01', draft: 0, open: 1, closed: 0 },
            { month: '2026-02', draft: 1, open: 1, closed: 0 },
            { month: '2026-03', draft: 2, open: 1, closed: 0 },
            { month: '2026-04', draft: 1, open: 2, closed: 0 }
        ]);
        // A register of drafts only still has its chart, from the first request's date.
        const drafts = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-04-15', 'draft.rog', 'undated.rog')).out);
        expect(drafts.overTime).toEqual([{ month: '2026-03', draft: 1, open: 0, closed: 0 }, { month: '2026-04', draft: 1, open: 0, closed: 0 }]);
    });

    test('status over time runs to the as-of date\'s month, also for a register going back to 2004', async () => {
        const dir = workspace({
            'old.rog': 'request OTP-2004-0001 { kind assistance art. 93(1)(a) to State "Uganda" situation ICC-02/04 dated 2004-03-01 status sent 2004-03-02 status executed 2005-01-10 }',
            'new.rog': 'request OTP-2026-0001 { kind assistance art. 93(1)(a) to State "Uganda" situation ICC-02/04 dated 2026-03-01 status sent 2026-03-02 }'
        });
        const { overTime } = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(overTime).toHaveLength(12 * 22 + 4);
        expect(overTime[0]).toEqual({ month: '2004-03', draft: 0, open: 1, closed: 0 });
        expect(overTime.find((p: { month: string }) => p.month === '2005-01')).toEqual({ month: '2005-01', draft: 0, open: 0, closed: 1 });
        expect(overTime.slice(-2)).toEqual([{ month: '2026-05', draft: 0, open: 1, closed: 1 }, { month: '2026-06', draft: 0, open: 1, closed: 1 }]);
    });

    test('status over time as of the last day there is (--at 9999-12-31, "everything due"): its latest 600 months, to 9999-12, no later', async () => {
        const dir = workspace({ 'a.rog': 'request OTP-2026-0001 { kind assistance art. 93(1)(a) to State "Uganda" situation ICC-02/04 dated 2026-03-01 status sent 2026-03-02 }' });
        const { overTime } = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '9999-12-31', '.')).out);
        expect([overTime.length, overTime[0].month, overTime[overTime.length - 1].month]).toEqual([600, '9950-01', '9999-12']);
    });

    test('dates are days (YYYY-MM-DD) in every date column, also where the event gives a time', async () => {
        const dir = workspace({ 'a.rog': 'request OTP-2026-0001 { kind assistance art. 93(1)(a) to State "Kenya" dated 2026-01-10T09:00 respond-by 2026-03-01T17:00 status drafted 2026-01-05T11:00 status sent 2026-01-12T10:30Z status received 2026-01-13T08:00+03:00 }' });
        const { rows: [row] } = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(row).toMatchObject({ dated: '2026-01-10', sent: '2026-01-12', respondBy: '2026-03-01', statusDate: '2026-01-13', nextDeadline: '2026-03-01' });
    });

    test('an event recorded after the request was executed does not reopen it: not open, not overdue, in the register as in `check`', async () => {
        const dir = workspace({ 'x.rog': `request OTP-2026-0007 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 respond-by 2026-04-30 status sent 2026-01-02 status executed 2026-03-10 status consulted 2026-04-02 "art. 93(8)(c): disclosure of the records" }`,
            'y.rog': `request OTP-2026-0008 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 status sent 2026-01-02 }` });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(register.rows.find((r: { reference: string }) => r.reference === 'OTP-2026-0007'))
            .toMatchObject({ status: 'consulted', statusDate: '2026-04-02', stage: 'closed', nextDeadline: '', overdueDays: 0 });
        expect(register.overdue).toEqual([]);
        expect(register.consolidation).toEqual([]);
        expect(register.byState).toEqual([{ key: 'Kenya', total: 2, open: 1, overdue: 0 }]);
        expect(register.overTime.at(-1)).toEqual({ month: '2026-06', draft: 0, open: 1, closed: 1 });
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(check.diagnostics.map((d: { code: string }) => d.code)).not.toContain('followup-overdue');
    });

    test('a request consulted on but not sent is a draft, not open: not in the open counts, consolidation or the chart; once sent it stays open', async () => {
        const request = (n: number, history: string) => `request OTP-2026-004${n} { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-09-01 ${history} }`;
        const dir = workspace({
            // Consultations may come before the request is drafted (art. 99(4)) or sent: it is not before the State yet.
            'a.rog': request(1, 'status consulted 2026-01-05'),
            'b.rog': request(2, 'status drafted 2026-01-10 status consulted 2026-01-20'),
            // A `drafted` or `consulted` recorded after `sent` does not make a request a draft again.
            'c.rog': request(3, 'status drafted 2026-01-10 status sent 2026-01-12 status drafted 2026-02-01'),
            'd.rog': request(4, 'status sent 2026-01-12')
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-03-01', '.')).out);
        expect(register.rows.map((r: { reference: string; stage: string; nextDeadlineWhat: string }) => [r.reference, r.stage, r.nextDeadlineWhat])).toEqual([
            ['OTP-2026-0041', 'draft', 'response requested by (the request is not recorded as sent)'],
            ['OTP-2026-0042', 'draft', 'response requested by (the request is not recorded as sent)'],
            ['OTP-2026-0043', 'open', 'response requested by'],
            ['OTP-2026-0044', 'open', 'response requested by']
        ]);
        expect(register.byState).toEqual([{ key: 'Kenya', total: 4, open: 2, overdue: 0 }]);
        expect(register.consolidation).toEqual([{ addressee: 'Kenya', situation: 'ICC-01/09', references: ['OTP-2026-0043', 'OTP-2026-0044'], linked: [] }]);
        expect(register.overTime.at(-1)).toEqual({ month: '2026-03', draft: 2, open: 2, closed: 0 });
    });

    test('a partially executed request stays open in the register, but its response is not overdue there nor in `check`', async () => {
        const dir = workspace({ 'p.rog': `request OTP-2026-0006 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 respond-by 2026-02-01 status sent 2026-01-02 status partially-executed 2026-03-15 }` });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(register.rows[0]).toMatchObject({ status: 'partially-executed', stage: 'open', nextDeadline: '', overdueDays: 0 });
        expect(register.overdue).toEqual([]);
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(check.diagnostics.map((d: { code: string }) => d.code)).not.toContain('followup-overdue');
    });

    test('as of --at, events dated after it do not count: status, deadlines, overdue days and summaries are as they stood then', async () => {
        const dir = workspace({
            'a.rog': FILES['a.rog'].replace(' }', ' status executed 2026-07-01 }'),
            'b.rog': FILES['b.rog'],
            'f.rog': `request REG-2026-0013 { kind arrest-and-surrender follows REG-2026-0002 to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-04-25 status sent 2026-04-25 status received 2026-05-01 }`
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-04-20', '.')).out);
        const row = (ref: string) => register.rows.find((r: { reference: string }) => r.reference === ref);
        expect(row('OTP-2026-0001')).toMatchObject({ status: 'acknowledged', statusDate: '2026-01-20', stage: 'open', nextDeadline: '2026-03-01', overdueDays: 50 });
        // The surrender request was received on 2026-05-01: as of 2026-04-20, rule 188's limit (2026-04-16) had passed.
        expect(row('REG-2026-0002')).toMatchObject({ status: 'arrested', nextDeadline: '2026-04-16', nextDeadlineProvision: 'rule 188', overdueDays: 4 });
        expect(row('REG-2026-0013')).toMatchObject({ status: 'drafted', sent: '', stage: 'draft' });
        expect(register.overdue.map((r: { reference: string }) => r.reference)).toEqual(['OTP-2026-0001', 'REG-2026-0002']);
        expect(register.byState).toEqual([{ key: 'Kenya', total: 3, open: 2, overdue: 2 }]);
        expect(register.overTime.at(-1)).toEqual({ month: '2026-04', draft: 0, open: 2, closed: 0 });
        // The same workspace as of a later date sees the later events.
        const later = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-07-01', '.')).out);
        expect(later.rows.find((r: { reference: string }) => r.reference === 'OTP-2026-0001')).toMatchObject({ status: 'executed', stage: 'closed', overdueDays: 0 });
        expect(later.rows.find((r: { reference: string }) => r.reference === 'REG-2026-0002')).toMatchObject({ nextDeadline: '', overdueDays: 0 });
    });

    test('check --at judges follow-up as the register does: later events are flagged in the future and do not count', async () => {
        const dir = workspace({
            'a.rog': FILES['a.rog'].replace(' }', ' status executed 2026-07-01 }'),
            'b.rog': FILES['b.rog'],
            'f.rog': `request REG-2026-0013 { kind arrest-and-surrender follows REG-2026-0002 to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-04-25 status sent 2026-04-25 status received 2026-05-01 }`,
            // Released after the as-of date: the rule 188 limit still ran then.
            'r.rog': `request REG-2026-0019 { kind provisional-arrest from Chamber "Pre-Trial Chamber II" to State "Uganda" situation ICC-02/04 classification under-seal
  dated 2026-02-01 status sent 2026-02-01 status arrested 2026-02-03 status released 2026-05-10 }`,
            // Not a request for surrender: its receipt does not answer rule 188 (in check as in the register).
            't.rog': `request REG-2026-0020 { kind transit follows REG-2026-0019 to State "Uganda" situation ICC-02/04 classification under-seal
  dated 2026-02-20 status sent 2026-02-20 status received 2026-02-21 }`
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-04-20', '.')).out);
        expect(register.overdue.map((r: { reference: string; overdueDays: number }) => [r.reference, r.overdueDays]))
            .toEqual([['OTP-2026-0001', 50], ['REG-2026-0019', 16], ['REG-2026-0002', 4]]);
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-04-20', '.')).out);
        const found = (code: string) => check.diagnostics.filter((d: { code: string }) => d.code === code)
            .map((d: { file: string; message: string }) => [d.file, d.message]);
        expect(found('followup-overdue')).toEqual([['a.rog', expect.stringContaining('The response was requested by 2026-03-01 and is 50 days overdue as of 2026-04-20 (latest status: acknowledged on 2026-01-20)')]]);
        expect(found('provisional-surrender-deadline-missed')).toEqual([
            ['b.rog', expect.stringContaining('had to receive the request for surrender by 2026-04-16, 60 days after the provisional arrest on 2026-02-15')],
            ['r.rog', expect.stringContaining('had to receive the request for surrender by 2026-04-04, 60 days after the provisional arrest on 2026-02-03')]
        ]);
        expect(found('provisional-surrender-deadline-missed')[0][1]).toContain('as of 2026-04-20 (64 days) no receipt is recorded');
        expect(found('followup-status-in-future').map(([file, message]: string[]) => `${file}: ${message.split(':')[0]}`)).toEqual([
            'a.rog: `status executed` is dated 2026-07-01, after 2026-04-20',
            'f.rog: `status sent` is dated 2026-04-25, after 2026-04-20',
            'f.rog: `status received` is dated 2026-05-01, after 2026-04-20',
            'r.rog: `status released` is dated 2026-05-10, after 2026-04-20'
        ]);
    });

    test('a provisional arrest answers its response date: the register shows rule 188\'s limit, not a response overdue for ever', async () => {
        const dir = workspace({
            // Response asked by 2026-02-20; arrested on 2026-03-01, after it: rule 188 runs to 2026-04-30.
            'p.rog': `request REG-2026-0030 { kind provisional-arrest from Chamber "Pre-Trial Chamber II" to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-02-01 respond-by 2026-02-20 status sent 2026-02-01 status arrested 2026-03-01 }`,
            // Not arrested: the response date is still what is awaited.
            'q.rog': `request REG-2026-0031 { kind provisional-arrest from Chamber "Pre-Trial Chamber II" to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-02-01 respond-by 2026-02-20 status sent 2026-02-01 }`
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-04-15', '.')).out);
        const row = (ref: string) => register.rows.find((r: { reference: string }) => r.reference === ref);
        expect(row('REG-2026-0030')).toMatchObject({ stage: 'open', nextDeadline: '2026-04-30', nextDeadlineProvision: 'rule 188', overdueDays: 0 });
        expect(row('REG-2026-0031')).toMatchObject({ stage: 'open', nextDeadline: '2026-02-20', overdueDays: 54 });
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-04-15', '.')).out);
        expect(check.diagnostics.filter((d: { code: string }) => d.code === 'followup-overdue').map((d: { file: string }) => d.file)).toEqual(['q.rog']);
    });

    test('consolidation: requests open on --at, same addressee and situation, not of one chain of `follows`', async () => {
        const surrender = `request REG-2026-0013 { kind arrest-and-surrender follows REG-2026-0002 to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-03-01 status sent 2026-03-01 status received 2026-03-05 }`;
        // Follows the surrender request, so the provisional arrest too (through it).
        const transit = `request REG-2026-0014 { kind transit follows REG-2026-0013 to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-04-01 status sent 2026-04-01 }`;
        // Sent while OTP-2026-0001 was open, but executed before --at.
        const closed = `request OTP-2026-0015 { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-15 status sent 2026-01-15 status executed 2026-03-01 }`;
        const draft = `request OTP-2026-0016 { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-05-01 status drafted 2026-05-01 }`;
        const consolidation = async (files: Record<string, string>) =>
            JSON.parse((await rogatory(workspace(files), 'register', '--format', 'json', '--at', '2026-06-01', '.')).out).consolidation;
        // A provisional arrest and the surrender request that follows it are one matter; a closed request and a draft are not open.
        expect(await consolidation({ 'b.rog': FILES['b.rog'], 'f.rog': surrender, 'g.rog': closed, 'h.rog': draft })).toEqual([]);
        expect(await consolidation({ 'a.rog': FILES['a.rog'], 'b.rog': FILES['b.rog'], 'f.rog': surrender, 't.rog': transit, 'g.rog': closed, 'h.rog': draft })).toEqual([{
            addressee: 'Kenya', situation: 'ICC-01/09',
            references: ['OTP-2026-0001', 'REG-2026-0002', 'REG-2026-0013', 'REG-2026-0014'],
            linked: [['REG-2026-0002', 'REG-2026-0013', 'REG-2026-0014']]
        }]);
        const { out } = await rogatory(workspace({ 'a.rog': FILES['a.rog'], 'b.rog': FILES['b.rog'], 'f.rog': surrender }), 'register', '--format', 'html', '--at', '2026-06-01', '.');
        expect(out).toContain('<li>Kenya, ICC-01/09: OTP-2026-0001, REG-2026-0002, REG-2026-0013 <small>(REG-2026-0002, REG-2026-0013: one chain of follow-ups, not with each other)</small></li>');
    });

    test('an executed temporary transfer keeps its return date (art. 93(7)(b)) until the person is returned', async () => {
        const transfer = (events: string) => ({ 't.rog': `request OTP-2026-0220 { kind temporary-transfer from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 respond-by 2026-10-01 return-by 2026-12-15 status sent 2026-09-05 status executed 2026-09-30 ${events} }` });
        const row = async (events: string, at: string) =>
            JSON.parse((await rogatory(workspace(transfer(events)), 'register', '--format', 'json', '--at', at, '.')).out).rows[0];
        expect(await row('', '2026-11-22')).toMatchObject({ status: 'executed', stage: 'open', nextDeadline: '2026-12-15', nextDeadlineProvision: 'art. 93(7)(b)', overdueDays: 0 });
        expect(await row('', '2026-12-20')).toMatchObject({ stage: 'open', nextDeadline: '2026-12-15', overdueDays: 5 });
        expect(await row('status returned 2026-12-10', '2026-12-20')).toMatchObject({ status: 'returned', stage: 'closed', nextDeadline: '', overdueDays: 0 });
        // Not before it happened.
        expect(await row('status returned 2026-12-10', '2026-12-01')).toMatchObject({ status: 'executed', stage: 'open', nextDeadline: '2026-12-15' });
        // The CSV says which deadline the date is: here the return, not the response the request asked for.
        const csv = (await rogatory(workspace(transfer('')), 'register', '--at', '2026-11-22', '.')).out;
        expect(csv).toContain(',executed,2026-09-30,,,,open,2026-12-15,return of the transferred person,art. 93(7)(b),0,t.rog,\n');
    });

    test('a temporary transfer sought as assistance (art. 93(1)(f)) is followed up to the return as `kind temporary-transfer` is', async () => {
        const dir = (events: string) => workspace({ 't.rog': `request OTP-2026-0221 { kind assistance art. 93(1)(f) from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 return-by 2026-12-15 status sent 2026-09-05 status executed 2026-09-30 ${events} }` });
        const both = async (events: string, at: string) => {
            const row = JSON.parse((await rogatory(dir(events), 'register', '--format', 'json', '--at', at, '.')).out).rows[0];
            const check = JSON.parse((await rogatory(dir(events), 'check', '--format', 'json', '--at', at, '.')).out);
            const codes = check.diagnostics.map((d: { code: string }) => d.code).filter((c: string) => c === 'transfer-return-overdue' || c === 'followup-status-impossible');
            return { stage: row.stage, nextDeadline: row.nextDeadline, overdueDays: row.overdueDays, codes };
        };
        expect(await both('', '2026-12-20')).toEqual({ stage: 'open', nextDeadline: '2026-12-15', overdueDays: 5, codes: ['transfer-return-overdue'] });
        expect(await both('status returned 2026-12-10', '2026-12-20')).toEqual({ stage: 'closed', nextDeadline: '', overdueDays: 0, codes: [] });
        // Assistance of another form is closed by its execution.
        const other = workspace({ 'o.rog': `request OTP-2026-0224 { kind assistance art. 93(1)(b) from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 status sent 2026-09-05 status executed 2026-09-30 }` });
        expect(JSON.parse((await rogatory(other, 'register', '--format', 'json', '--at', '2026-12-20', '.')).out).rows[0]).toMatchObject({ stage: 'closed' });
    });

    test('check warns transfer-return-overdue when the register counts the return date overdue', async () => {
        const transfer = (events: string) => workspace({ 't.rog': `request OTP-2026-0222 { kind temporary-transfer from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 return-by 2026-12-15 status sent 2026-09-05 ${events} }` });
        const agree = async (events: string, at: string) => {
            const dir = transfer(events);
            const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', at, '.')).out);
            const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', at, '.')).out);
            const found = check.diagnostics.filter((d: { code: string }) => d.code === 'transfer-return-overdue');
            return { overdueDays: register.rows[0].overdueDays, messages: found.map((d: { message: string; range: { start: { line: number; column: number } } }) => `${d.range.start.line}:${d.range.start.column} ${d.message}`) };
        };
        expect(await agree('status executed 2026-09-30', '2026-12-20')).toEqual({ overdueDays: 5, messages: [
            '2:30 The person transferred on 2026-09-30 was to be returned to Uganda by 2026-12-15, 5 days ago as of 2026-12-20, and no `status returned D` is recorded: when the purposes of the transfer have been fulfilled, the Court shall return the person without delay; record the return, or agree a new `return-by` (art. 93(7)(b))'
        ] });
        // Sent, the transfer not recorded: the register follows the return date up all the same.
        expect(await agree('status acknowledged 2026-09-12', '2026-12-16')).toEqual({ overdueDays: 1, messages: [
            '2:30 The return date 2026-12-15 passed 1 day ago as of 2026-12-16 and the transfer is not recorded as executed: record the transfer (`status executed D`) and the return (`status returned D`), or agree a new `return-by` (art. 93(7)(b))'
        ] });
        // Not yet due; returned; returned only after the as-of date (which does not count, as in the register).
        expect(await agree('status executed 2026-09-30', '2026-12-15')).toEqual({ overdueDays: 0, messages: [] });
        expect(await agree('status executed 2026-09-30 status returned 2026-12-18', '2026-12-20')).toEqual({ overdueDays: 0, messages: [] });
        expect((await agree('status executed 2026-09-30 status returned 2026-12-18', '2026-12-17')).overdueDays).toBe(2);
        expect((await agree('status executed 2026-09-30 status returned 2026-12-18', '2026-12-17')).messages).toHaveLength(1);
        // A draft's only deadline is its response date; a refused request is closed.
        expect(await agree('status refused 2026-09-20 "No agreement"', '2026-12-20')).toEqual({ overdueDays: 0, messages: [] });
    });

    test('a return date before the request\'s own date is to be corrected, not overdue: in the register as in `check`', async () => {
        const dir = workspace({ 't.rog': `request OTP-2026-0223 { kind temporary-transfer from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 return-by 2026-09-01 status sent 2026-09-05 status executed 2026-09-30 }` });
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-12-20', '.')).out);
        const codes = check.diagnostics.map((d: { code: string }) => d.code);
        expect(codes).toContain('transfer-return-before-request');
        expect(codes).not.toContain('transfer-return-overdue');
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-12-20', '.')).out);
        expect(register.rows[0]).toMatchObject({ stage: 'open', nextDeadline: '', overdueDays: 0 });
    });

    test('a return date on a request that transfers no one is no deadline in the register, and `check` says so', async () => {
        const dir = workspace({ 'a.rog': `request OTP-2026-0225 { kind assistance art. 93(1)(b) from Prosecutor to State "Uganda" situation ICC-02/04 classification confidential
  dated 2026-09-05 return-by 2026-12-15 status sent 2026-09-05 }` });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-12-20', '.')).out);
        expect(register.rows[0]).toMatchObject({ stage: 'open', nextDeadline: '', overdueDays: 0 });
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-12-20', '.')).out);
        const found = check.diagnostics.filter((d: { code: string }) => d.code.startsWith('transfer-'))
            .map((d: { code: string; severity: string; message: string; range: { start: { line: number; column: number } } }) => `${d.severity} ${d.code} ${d.range.start.line}:${d.range.start.column} ${d.message}`);
        expect(found).toEqual(['warning transfer-return-date-without-transfer 2:30 `return-by` is the date by which a person temporarily transferred to the Court is returned (art. 93(7)(b)), and this request (`kind assistance`) transfers no one: the documents do not state it and the register does not follow it up; remove it, or make the request a temporary transfer (`kind temporary-transfer`, or `kind assistance art. 93(1)(f)`).']);
    });

    test('a draft past its response date is overdue in the register as in `check` (followup-overdue)', async () => {
        const dir = workspace({ 'd.rog': `request OTP-2026-0017 { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status drafted 2026-01-05 }` });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(register.rows[0]).toMatchObject({ stage: 'draft', nextDeadline: '2026-03-01', nextDeadlineWhat: 'response requested by (the request is not recorded as sent)', overdueDays: 92 });
        expect(register.overdue.map((r: { reference: string }) => r.reference)).toEqual(['OTP-2026-0017']);
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(check.diagnostics.filter((d: { code: string }) => d.code === 'followup-overdue').map((d: { message: string }) => d.message))
            .toEqual([expect.stringContaining('The response date 2026-03-01 passed 92 days ago as of 2026-06-01 and no `status sent` is recorded')]);
        // Before the date, the draft shows it as its next deadline, not overdue.
        const before = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-02-01', '.')).out);
        expect(before.rows[0]).toMatchObject({ nextDeadline: '2026-03-01', overdueDays: 0 });
    });

    test('a response date before the request\'s own date is to be corrected, not overdue: in the register as in `check`', async () => {
        const dir = workspace({ 'w.rog': `request OTP-2026-0021 { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-03-10 respond-by 2026-01-10 status drafted 2026-03-01 status sent 2026-03-10 }` });
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-06-01', '.')).out);
        const codes = check.diagnostics.map((d: { code: string }) => d.code);
        expect(codes).toContain('followup-respond-by-before-date');
        expect(codes).not.toContain('followup-overdue');
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(register.rows[0]).toMatchObject({ respondBy: '2026-01-10', stage: 'open', nextDeadline: '', overdueDays: 0 });
        expect(register.overdue).toEqual([]);
    });

    test('a file with syntax errors is named on stderr and in the HTML page: its row may be incomplete', async () => {
        const dir = workspace({
            'a.rog': FILES['a.rog'],
            'broken.rog': `request OTP-2026-0018 { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 statuss sent 2026-01-12 }`,
            'unnamed.rog': 'request { kind assistance art. 93(1)(b) to State "Kenya" situation ICC-01/09 dated 2026-01-11 }\n'
        });
        const csv = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        expect(csv.code).toBe(0);
        expect(csv.err).toBe('rogatory: broken.rog: syntax errors: its requests may be missing from the register or their rows incomplete (rogatory check lists the errors)\n'
            + 'rogatory: unnamed.rog: syntax errors: its requests may be missing from the register or their rows incomplete (rogatory check lists the errors)\n');
        // The CSV, read away from the terminal, says which rows may be incomplete in its last column.
        const csvRows = csv.out.trim().split('\n');
        expect(csvRows[0].endsWith(',file,syntaxErrors')).toBe(true);
        expect(csvRows.find(l => l.startsWith('OTP-2026-0018,'))!.endsWith(',broken.rog,yes')).toBe(true);
        expect(csvRows.find(l => l.startsWith('OTP-2026-0001,'))!.endsWith(',a.rog,')).toBe(true);
        const json = await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.');
        // A request read without its reference keeps its row, its reference empty in the CSV and the JSON, said so on the page.
        expect(csvRows.find(l => l.startsWith(',assistance,'))!.endsWith(',unnamed.rog,yes')).toBe(true);
        expect(JSON.parse(json.out).syntaxErrors).toEqual(['broken.rog', 'unnamed.rog']);
        const html = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        expect(html.err.trim().split('\n')).toHaveLength(2);
        expect(html.out).toContain('<p class="syntax-errors-note"><strong>2 files have syntax errors</strong>');
        expect(html.out).toContain('<th scope="row">OTP-2026-0018 <small class="syntax-errors">(syntax errors: may be incomplete)</small></th>');
        expect(html.out).toContain('<th scope="row"><i>(request without a reference)</i> <small class="syntax-errors">(syntax errors: may be incomplete)</small></th>');
        expect(html.out).toMatch(/<th scope="row">OTP-2026-0001<\/th>/);
    });

    test('a reference given to two requests is said on stderr: both rows are listed, and check names the duplicate', async () => {
        const dir = workspace({ 'a.rog': FILES['a.rog'], 'copy/a.rog': FILES['a.rog'], 'c.rog': FILES['c.rog'] });
        const { code, out, err } = await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.');
        expect(code).toBe(0);
        expect(JSON.parse(out).rows.map((r: { reference: string }) => r.reference).sort()).toEqual(['OTP-2026-0001', 'OTP-2026-0001', 'OTP-2026-0003']);
        expect(err).toBe(`rogatory: OTP-2026-0001 names 2 requests (a.rog, ${path.join('copy', 'a.rog')}): the register lists each; rogatory check reports the name declared twice (declaration-duplicate-name)\n`);
    });

    test('a path with no request gives an empty register and says so on stderr (exit 0)', async () => {
        const dir = workspace({ 'declarations/people.rog': 'person P-A { name "A B" }', 'empty/.keep': '',
            'r.rog': 'request OTP-2026-0001 { kind assistance art. 93(1)(a) to State "Kenya" dated 2026-01-01 }' });
        const declarations = await rogatory(dir, 'register', '--format', 'json', 'declarations');
        expect(declarations.code).toBe(0);
        expect(JSON.parse(declarations.out).rows).toEqual([]);
        expect(declarations.err).toBe('rogatory: no request in declarations (the files hold declarations only, or nothing): the register is empty\n');
        const empty = await rogatory(dir, 'register', 'empty');
        expect(empty).toMatchObject({ code: 0, err: 'rogatory: no request in empty (no .rog file there): the register is empty\n' });
        expect(empty.out.trim()).toMatch(/^\uFEFF?reference,kind,/);
        const withRequest = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        expect(withRequest.err).toBe('');
    });

    test('the order of the summaries is the same on every machine, whatever its locale (a register committed to git does not churn)', () => {
        // In Czech, "ch" is a letter after "h": the machine's collation would put Chad after Hungary.
        const request = (n: number, state: string, situation: string) =>
            `request OTP-2026-000${n} { kind assistance art. 93(1)(b) to State "${state}" situation ${situation} classification public dated 2026-01-0${n} status sent 2026-01-0${n} }`;
        const dir = workspace({ 'a.rog': request(1, 'Hungary', 'ICC-01/22'), 'b.rog': request(2, 'Hungary', 'ICC-01/22'), 'c.rog': request(3, 'Chad', 'ICC-01/14'), 'd.rog': request(4, 'Chad', 'ICC-01/14') });
        const bin = path.resolve(__dirname, '../../packages/cli/bin/rogatory.js');
        const orders = ['C.UTF-8', 'cs_CZ.UTF-8'].map(locale => {
            const run = spawnSync(process.execPath, [bin, 'register', '--format', 'json', '--at', '2026-06-01'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: locale } });
            const register = JSON.parse(run.stdout) as { byState: Array<{ key: string }>; consolidation: Array<{ addressee: string }> };
            return { byState: register.byState.map(s => s.key), consolidation: register.consolidation.map(g => g.addressee) };
        });
        expect(orders).toEqual(orders.map(() => ({ byState: ['Chad', 'Hungary'], consolidation: ['Chad', 'Hungary'] })));
    });

    test('JSON: every key of the register and of a row is documented in docs/register.md', async () => {
        const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/register.md'), 'utf8');
        const section = doc.slice(doc.indexOf('The JSON (`--format json`)'));
        const documented = (text: string) => [...text.matchAll(/`([^`]+)`/g)].flatMap(m => m[1].match(/[a-zA-Z]+/g) ?? []);
        const table = section.slice(0, section.indexOf('A row:')), rowText = section.slice(section.indexOf('A row:'));
        const register = JSON.parse((await rogatory(workspace(FILES), 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(Object.keys(register).filter(k => !documented(table).includes(k))).toEqual([]);
        expect(Object.keys(register.rows[0]).filter(k => !documented(rowText).includes(k))).toEqual([]);
        for (const key of ['byState', 'consolidation', 'overTime'] as const) {
            const sample = register[key][0];
            expect(Object.keys(sample).filter(k => !documented(table).includes(k)), key).toEqual([]);
        }
    });

    test('CSV quotes what needs quoting', async () => {
        const dir = workspace({ 'x.rog': 'request OTP-2026-0009 { kind assistance art. 93(1)(a), art. 93(1)(b) from Chamber "Trial Chamber V(A), \\"B\\"" dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        const [header, line] = out.trim().split('\n');
        expect(header).toBe('reference,kind,forms,addressee,organ,situation,case,classification,exParte,dated,sent,respondBy,status,statusDate,statusNote,competing,redirect,stage,nextDeadline,nextDeadlineWhat,nextDeadlineProvision,overdueDays,file,syntaxErrors');
        expect(line).toBe('OTP-2026-0009,assistance,art. 93(1)(a); art. 93(1)(b),,"Trial Chamber V(A), ""B""",,,,,2026-01-01,,,drafted,,,,,draft,,,,0,x.rog,');
    });

    test('CSV and HTML: each row says whether the request is a draft, open or closed, which its latest status alone does not', async () => {
        const dir = workspace({
            // A consultation on the use of material provided, after the execution: closed all the same.
            'x.rog': `request OTP-2026-0051 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 status sent 2026-01-02 status executed 2026-03-10 status consulted 2026-04-02 }`,
            // The transfer is executed, the person not yet returned: open.
            't.rog': `request OTP-2026-0052 { kind temporary-transfer to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 return-by 2026-09-01 status sent 2026-01-02 status executed 2026-03-10 }`
        });
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        const [header, ...lines] = out.slice(1).trim().split('\n');
        const column = (name: string) => lines.map(l => l.split(',')[header.split(',').indexOf(name)]);
        expect([column('reference'), column('status'), column('stage')]).toEqual([['OTP-2026-0051', 'OTP-2026-0052'], ['consulted', 'executed'], ['closed', 'open']]);
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.')).out;
        const { document } = parseHTML(html);
        const headings = Array.from(document.querySelectorAll('#register thead th')).map(th => th.textContent);
        const cells = Array.from(document.querySelectorAll('#register tbody tr')).map(r => Array.from(r.children).map(c => c.textContent));
        expect(cells.map(c => [c[0], c[headings.indexOf('Status')], c[headings.indexOf('Stage')]])).toEqual([
            ['OTP-2026-0051', 'consulted 2026-04-02', 'closed'], ['OTP-2026-0052', 'executed 2026-03-10', 'open']
        ]);
    });

    test('the latest status event\'s note (a refusal\'s reasons) is in every format: quoted in the CSV, never a formula, escaped in the HTML', async () => {
        const dir = workspace({ 'r.rog': `request OTP-2026-0061 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 respond-by 2026-03-01 status sent 2026-01-02 status refused 2026-02-10 "=1+1 art. 93(3), a \\"fundamental legal principle\\";
 <b>see</b> the note of 2026-02-09" }`,
            'p.rog': `request OTP-2026-0062 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-01 status sent 2026-01-02 status postponed 2026-02-10 "national investigation (art. 94(1)), 6 months agreed" }` });
        const note = '=1+1 art. 93(3), a "fundamental legal principle";\n <b>see</b> the note of 2026-02-09';
        const json = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(json.rows.map((r: { statusNote: string }) => r.statusNote)).toEqual([note, 'national investigation (art. 94(1)), 6 months agreed']);
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        expect(out).toContain(',refused,2026-02-10,"\'=1+1 art. 93(3), a ""fundamental legal principle"";\n <b>see</b> the note of 2026-02-09",,,closed,');
        expect(out).toContain(',postponed,2026-02-10,"national investigation (art. 94(1)), 6 months agreed",,,open,');
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.')).out;
        const { document } = parseHTML(html);
        const statuses = Array.from(document.querySelectorAll('#register tbody tr')).map(r => r.children[8].textContent);
        expect(statuses).toEqual([`refused 2026-02-10 ${note}`, 'postponed 2026-02-10 national investigation (art. 94(1)), 6 months agreed']);
        expect(html).not.toContain('<b>see</b>');
    });

    test('a postponement for a period agreed with the Court (art. 94(1)): its last day is the next deadline, due on it and overdue from the day after; the passed response date is not', async () => {
        const dir = workspace({
            'p.rog': `request OTP-2026-0063 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status sent 2026-01-12 status postponed 2026-02-20 until 2026-06-30 "national prosecution of a different case" }`,
            // A later event ends the postponement's hold: the response date is followed up again.
            'c.rog': `request OTP-2026-0064 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status sent 2026-01-12 status postponed 2026-02-20 until 2026-06-30 status consulted 2026-06-10 }`,
            // A period written in the note alone holds nothing: the response date, as before.
            'n.rog': `request OTP-2026-0065 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status sent 2026-01-12 status postponed 2026-02-20 "agreed until 30 June 2026" }`
        });
        const rows = async (at: string) => JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', at, '.')).out);
        const fields = (r: Record<string, unknown>) => [r.reference, r.nextDeadline, r.nextDeadlineWhat, r.nextDeadlineProvision, r.overdueDays];
        // Before the postponement, the response date.
        expect((await rows('2026-02-19')).rows.map(fields)[0]).toEqual(['OTP-2026-0063', '2026-03-01', 'response requested by', '', 0]);
        const onLastDay = await rows('2026-06-30');
        expect(onLastDay.rows.map(fields)).toEqual([
            ['OTP-2026-0063', '2026-06-30', 'postponement agreed until', 'art. 94(1)', 0],
            ['OTP-2026-0064', '2026-03-01', 'response requested by', '', 121],
            ['OTP-2026-0065', '2026-03-01', 'response requested by', '', 121]
        ]);
        expect(onLastDay.overdue.map((r: { reference: string }) => r.reference)).toEqual(['OTP-2026-0064', 'OTP-2026-0065']);
        const dayAfter = await rows('2026-07-01');
        expect(dayAfter.rows.map(fields)[0]).toEqual(['OTP-2026-0063', '2026-06-30', 'postponement agreed until', 'art. 94(1)', 1]);
        expect(dayAfter.overdue.map((r: { reference: string }) => r.reference)).toEqual(['OTP-2026-0064', 'OTP-2026-0065', 'OTP-2026-0063']);
        const { out } = await rogatory(dir, 'register', '--at', '2026-07-01', 'p.rog');
        expect(out).toContain(',postponed,2026-02-20,national prosecution of a different case,,,open,2026-06-30,postponement agreed until,art. 94(1),1,');
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-07-01', 'p.rog')).out;
        const { document } = parseHTML(html);
        const headings = Array.from(document.querySelectorAll('#register thead th')).map(th => th.textContent);
        expect(document.querySelector('#register tbody tr')!.children[headings.indexOf('Next deadline')].textContent).toBe('2026-06-30 (art. 94(1))');
        expect(Array.from(document.querySelectorAll('section table.counts'))
            .find(t => t.querySelector('caption')!.textContent!.startsWith('Overdue'))!.querySelector('tbody tr')!.textContent)
            .toBe('OTP-2026-0063Kenyapostponement agreed until (art. 94(1))2026-06-301');
    });

    test('a postponement pending the Court\'s determination on admissibility (art. 95): no deadline and nothing overdue, and the row says why', async () => {
        const dir = workspace({
            'a.rog': `request OTP-2026-0066 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status sent 2026-01-12 status postponed 2026-02-20 until admissibility-determination }`,
            // On a request for surrender, art. 89(2) too.
            's.rog': `request REG-2026-0067 { kind arrest-and-surrender to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 status sent 2026-01-12 status postponed 2026-02-20 until admissibility-determination "ne bis in idem challenge" }`
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-11-22', '.')).out);
        const why = 'none while postponed pending the Court\'s determination on admissibility';
        expect(register.rows.map((r: Record<string, unknown>) => [r.reference, r.stage, r.nextDeadline, r.nextDeadlineWhat, r.nextDeadlineProvision, r.overdueDays])).toEqual([
            ['OTP-2026-0066', 'open', '', why, 'art. 95', 0],
            ['REG-2026-0067', 'open', '', why, 'art. 89(2), art. 95', 0]
        ]);
        expect(register.overdue).toEqual([]);
        expect(register.byState).toEqual([{ key: 'Kenya', total: 2, open: 2, overdue: 0 }]);
        const { out } = await rogatory(dir, 'register', '--at', '2026-11-22', 'a.rog');
        expect(out).toContain(`,postponed,2026-02-20,,,,open,,${why},art. 95,0,`);
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-11-22', 'a.rog')).out;
        const { document } = parseHTML(html);
        const headings = Array.from(document.querySelectorAll('#register thead th')).map(th => th.textContent);
        expect(document.querySelector('#register tbody tr')!.children[headings.indexOf('Next deadline')].textContent).toBe(`${why} (art. 95)`);
    });

    test('art. 95\'s exception: where the Court\'s order that the Prosecutor may pursue the collection of the evidence is annexed, a postponement pending the determination holds nothing from the order\'s date, in the register as in check', async () => {
        const order = (name: string) => `decision ${name} { number ICC-01/09-01/26-31 dated 2026-04-01 by "Pre-Trial Chamber II" subject evidence-collection }`;
        const dir = workspace({
            'o.rog': `request OTP-2026-0068 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 annex A1 "Order" { copy-of D-Order } status sent 2026-01-12 status postponed 2026-02-20 until admissibility-determination }
${order('D-Order')}`,
            // On a request for surrender, art. 89(2) lets the State postpone pending the determination with no such exception.
            's.rog': `request REG-2026-0069 { kind arrest-and-surrender to State "Kenya" situation ICC-01/09 classification public
  dated 2026-01-10 respond-by 2026-03-01 annex A1 "Order" { copy-of D-Order-S } status sent 2026-01-12 status postponed 2026-02-20 until admissibility-determination }
${order('D-Order-S')}`
        });
        const rows = async (at: string) => JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', at, '.')).out)
            .rows.map((r: Record<string, unknown>) => [r.reference, r.nextDeadline, r.nextDeadlineWhat, r.nextDeadlineProvision, r.overdueDays]);
        const why = 'none while postponed pending the Court\'s determination on admissibility';
        // Before the order, the postponement holds.
        expect(await rows('2026-03-31')).toEqual([
            ['OTP-2026-0068', '', why, 'art. 95', 0],
            ['REG-2026-0069', '', why, 'art. 89(2), art. 95', 0]
        ]);
        expect(await rows('2026-04-01')).toEqual([
            ['OTP-2026-0068', '2026-03-01', 'response requested by', '', 31],
            ['REG-2026-0069', '', why, 'art. 89(2), art. 95', 0]
        ]);
        const { code, out } = await rogatory(dir, 'check', '--at', '2026-04-01', 'o.rog', 's.rog');
        expect(code).toBe(1);
        const findings = out.split('\n').filter(l => / (warning|error) /.test(l)).map(l => l.replace(/^(\S+?):\d+:\d+ (\S+) (\S+) .*$/, '$1 $2 $3'));
        expect(findings.filter(l => /followup-/.test(l))).toEqual(['o.rog warning followup-overdue', 'o.rog warning followup-postponement-collection-ordered']);
    });

    test('a competing request for extradition (art. 90) is in every format, with the paragraphs that govern it, once notified by --at', async () => {
        const dir = workspace({ 's.rog': `request REG-2026-0071 { kind arrest-and-surrender to State "Kenya" situation ICC-01/09 classification public
  dated 2026-10-05 status sent 2026-10-06 status arrested 2026-10-20
  competing-extradition State "Rwanda" notified 2026-11-04 other-conduct
  competing-extradition State "Uganda" notified 2026-11-02 same-conduct "Uganda's note of 2026-10-30"
  competing-extradition State "Ethiopia" notified 2026-11-03 same-conduct }` });
        // Uganda's dates in the library are NOT VERIFIED (states-parties.csv): the status they give says so; Ethiopia is in no row.
        const competing = 'extradition requested by Uganda (State Party; its dates NOT VERIFIED), same conduct, notified 2026-11-02: art. 90(2)-(3); '
            + 'extradition requested by Ethiopia (not a State Party), same conduct, notified 2026-11-03: art. 90(4)-(6); '
            + 'extradition requested by Rwanda, other conduct, notified 2026-11-04: art. 90(7)';
        const json = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-12-01', '.')).out);
        expect(json.rows.map((r: { competing: string; status: string }) => [r.status, r.competing])).toEqual([['arrested', competing]]);
        const { out } = await rogatory(dir, 'register', '--at', '2026-12-01', '.');
        expect(out).toContain(`,arrested,2026-10-20,,"${competing}",,open,`);
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-12-01', '.')).out;
        const { document } = parseHTML(html);
        const headings = Array.from(document.querySelectorAll('#register thead th')).map(th => th.textContent);
        const status = document.querySelector('#register tbody tr')!.children[headings.indexOf('Status')].textContent;
        expect(status).toBe(`arrested 2026-10-20 competing: ${competing}`);
        // As of a date before a notification, it is not yet known.
        const before = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-11-02', '.')).out);
        expect(before.rows[0].competing).toBe('extradition requested by Uganda (State Party; its dates NOT VERIFIED), same conduct, notified 2026-11-02: art. 90(2)-(3)');
        const earlier = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-11-01', '.')).out);
        expect(earlier.rows[0].competing).toBe('');
    });

    test('art. 93(9): a competing request other than for surrender or extradition, and material under a third party\'s control, with the request directed there, once notified by --at', async () => {
        const dir = workspace({
            'a.rog': `request OTP-2026-0071 { kind assistance art. 93(1)(i) to State "Kenya" situation ICC-01/09 classification public
  dated 2026-10-05 status sent 2026-10-06
  competing-request State "Ethiopia" notified 2026-11-03
  competing-request State "Uganda" notified 2026-11-02 "Uganda's note of 2026-10-30"
  under-control-of organisation "United Nations" notified 2026-11-02 "records of the mission"
  under-control-of State "Uganda" notified 2026-11-04 }`,
            // Directed to the United Nations; the request to Rwanda, another addressee, directs nothing.
            'b.rog': `request OTP-2026-0072 { kind assistance art. 93(1)(i) to organisation "United Nations" situation ICC-01/09 classification public
  dated 2026-11-10 follows OTP-2026-0071 }
request OTP-2026-0073 { kind assistance art. 93(1)(i) to State "Rwanda" situation ICC-01/09 classification public
  dated 2026-11-10 follows OTP-2026-0071 }`
        });
        const competing = 'request by Uganda (State Party; its dates NOT VERIFIED) other than for surrender or extradition, notified 2026-11-02: art. 93(9)(a); '
            + 'request by Ethiopia (not a State Party) other than for surrender or extradition, notified 2026-11-03: art. 93(9)(a)';
        const redirect = 'under the control of the United Nations (organisation), notified 2026-11-02: directed there by OTP-2026-0072 (art. 93(9)(b)); '
            + 'under the control of Uganda (State), notified 2026-11-04: to be directed there (art. 93(9)(b))';
        const rowOf = (json: { rows: Array<{ reference: string; competing: string; redirect: string }> }) => json.rows.find(r => r.reference === 'OTP-2026-0071')!;
        const json = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-12-01', '.')).out);
        expect(rowOf(json)).toMatchObject({ competing, redirect });
        const { out } = await rogatory(dir, 'register', '--at', '2026-12-01', '.');
        expect(out).toContain(`,sent,2026-10-06,,"${competing}","${redirect}",open,`);
        const html = (await rogatory(dir, 'register', '--format', 'html', '--at', '2026-12-01', '.')).out;
        const { document } = parseHTML(html);
        const headings = Array.from(document.querySelectorAll('#register thead th')).map(th => th.textContent);
        const row = Array.from(document.querySelectorAll('#register tbody tr')).find(r => r.children[0].textContent === 'OTP-2026-0071')!;
        expect(row.children[headings.indexOf('Status')].textContent).toBe(`sent 2026-10-06 competing: ${competing} ${redirect}`);
        // Before the request to the United Nations is dated, it is still to be directed there; before the notifications, nothing.
        const before = rowOf(JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-11-02', '.')).out));
        expect(before).toMatchObject({
            competing: 'request by Uganda (State Party; its dates NOT VERIFIED) other than for surrender or extradition, notified 2026-11-02: art. 93(9)(a)',
            redirect: 'under the control of the United Nations (organisation), notified 2026-11-02: to be directed there (art. 93(9)(b))'
        });
        expect(rowOf(JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-11-01', '.')).out))).toMatchObject({ competing: '', redirect: '' });
    });

    test('art. 93(9) concerns requests under art. 93: on a transit or a request for surrender, the register shows neither clause', async () => {
        const dir = workspace({ 't.rog': `request REG-2026-0074 { kind transit to State "Kenya" dated 2026-10-05
  competing-request State "Uganda" notified 2026-11-02 under-control-of State "Uganda" notified 2026-11-02 }
request REG-2026-0075 { kind arrest-and-surrender to State "Kenya" dated 2026-10-05
  competing-request State "Uganda" notified 2026-11-02 under-control-of State "Uganda" notified 2026-11-02 }` });
        const json = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-12-01', '.')).out);
        expect(json.rows.map((r: { competing: string; redirect: string }) => [r.competing, r.redirect])).toEqual([['', ''], ['', '']]);
    });

    test('CSV: starts with a byte order mark, so that Excel reads "Côte d\'Ivoire" as UTF-8', async () => {
        const dir = workspace({ 'x.rog': 'request OTP-2026-0011 { kind assistance art. 93(1)(a) to State "Côte d\'Ivoire" situation ICC-02/11 dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        expect([...Buffer.from(out, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(out.slice(1).split('\n')[1]).toBe('OTP-2026-0011,assistance,art. 93(1)(a),Côte d\'Ivoire,,ICC-02/11,,,,2026-01-01,,,drafted,,,,,draft,,,,0,x.rog,');
    });

    test('rule 188 is no longer a deadline once the provisionally arrested person is released, as in `check`', async () => {
        const dir = workspace({ 'b.rog': FILES['b.rog'].replace('status arrested 2026-02-15', 'status arrested 2026-02-15 status released 2026-03-01') });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(register.rows[0]).toMatchObject({ status: 'released', nextDeadline: '', overdueDays: 0 });
        expect(register.overdue).toEqual([]);
        const check = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(check.diagnostics.map((d: { code: string }) => d.code)).not.toContain('provisional-surrender-deadline-missed');
    });

    test('a register of one folder sees the follow-ups filed elsewhere in the workspace (rule 188)', async () => {
        const dir = workspace({
            'provisional/b.rog': FILES['b.rog'],
            'surrender/f.rog': `request REG-2026-0013 { kind arrest-and-surrender follows REG-2026-0002 to State "Kenya" situation ICC-01/09 classification under-seal
  dated 2026-03-01 status sent 2026-03-01 status received 2026-03-05 }`
        });
        const register = JSON.parse((await rogatory(dir, 'register', '--format', 'json', '--at', '2026-06-01', 'provisional')).out);
        expect(register.rows.map((r: { reference: string }) => r.reference)).toEqual(['REG-2026-0002']);
        expect(register.rows[0]).toMatchObject({ status: 'arrested', nextDeadline: '', overdueDays: 0 });
        expect(register.overdue).toEqual([]);
    });

    test('HTML: a request that states no classification is not marked at a lower level', async () => {
        const request = (ref: string, classification: string) => `request ${ref} { kind assistance art. 93(1)(a) to State "Kenya" ${classification} dated 2026-01-01 }\n`;
        const marks = async (files: Record<string, string>) => {
            const { out } = await rogatory(workspace(files), 'register', '--format', 'html', '--at', '2026-06-01', '.');
            return out.match(/<p class="classification">([^<]*)<\/p>/g)!.map(m => m.replace(/<[^>]+>/g, ''));
        };
        expect(await marks({ 'a.rog': request('OTP-2026-0011', 'classification public'), 'b.rog': request('OTP-2026-0012', '') }))
            .toEqual(['CLASSIFICATION NOT STATED', 'CLASSIFICATION NOT STATED']);
        expect(await marks({ 'a.rog': request('OTP-2026-0011', 'classification secret'), 'b.rog': request('OTP-2026-0012', '') }))
            .toEqual(['SECRET', 'SECRET']);
        expect(await marks({ 'a.rog': request('OTP-2026-0011', 'classification public') })).toEqual(['PUBLIC', 'PUBLIC']);
    });

    test('HTML: the page carries the ex parte markers of the requests it lists, in the generator\'s words', async () => {
        const request = (ref: string, classification: string) => `request ${ref} { kind assistance art. 93(1)(a) to State "Kenya" ${classification} dated 2026-01-01 }\n`;
        const page = async (files: Record<string, string>) =>
            (await rogatory(workspace(files), 'register', '--format', 'html', '--at', '2026-06-01', '.')).out;
        const marks = (out: string) => out.match(/<p class="classification">([^<]*)<\/p>/g)!.map(m => m.replace(/<[^>]+>/g, ''));
        const one = await page({
            'a.rog': request('OTP-2026-0011', 'classification secret'),
            'b.rog': request('OTP-2026-0012', 'classification confidential ex-parte "Registry only"')
        });
        expect(marks(one)).toEqual(['SECRET / Ex parte Registry only', 'SECRET / Ex parte Registry only']);
        expect(one).toContain('@top-center{content:"SECRET / Ex parte Registry only"}');
        expect(one).toContain('<td data-sort="1">confidential <small>ex parte Registry only</small></td>');
        const two = await page({
            'a.rog': request('OTP-2026-0011', 'classification under-seal ex-parte "Prosecutor only"'),
            'b.rog': request('OTP-2026-0012', 'classification confidential ex-parte "Registry only"')
        });
        expect(marks(two)).toEqual(['UNDER SEAL / Ex parte Prosecutor only / Ex parte Registry only', 'UNDER SEAL / Ex parte Prosecutor only / Ex parte Registry only']);
        const json = JSON.parse((await rogatory(workspace({ 'b.rog': request('OTP-2026-0012', 'classification confidential ex-parte "Registry only"') }), 'register', '--format', 'json', '--at', '2026-06-01', '.')).out);
        expect(json).toMatchObject({ classification: 'confidential', exParte: ['Registry only'] });
        expect(json.rows[0].exParte).toBe('Registry only');
    });

    test('HTML: the printed pages\' running marks read as the page\'s: no HTML entities inside the style sheet', async () => {
        const dir = workspace({ 'a.rog': 'request OTP-2026-0011 { kind assistance art. 93(1)(a) to State "Kenya" classification confidential ex-parte "Prosecutor\'s office \\\\ \\"A\\" </style>" dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const { document } = parseHTML(out);
        const css = document.querySelector('style')!.textContent!;
        // CSS string tokens (CSS Syntax 4.3.5), escapes decoded (4.3.7): what the browser prints.
        const content = (box: string) => {
            const token = new RegExp(`@${box}\\{content:"((?:[^"\\\\\\n]|\\\\[\\s\\S])*)"`).exec(css)?.[1];
            return token?.replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex, c) => hex ? String.fromCodePoint(parseInt(hex, 16)) : c);
        };
        const mark = 'CONFIDENTIAL / Ex parte Prosecutor\'s office \\ "A" </style>';
        expect(document.querySelector('p.classification')!.textContent).toBe(mark);
        expect(content('top-center')).toBe(mark);
        expect(content('bottom-center')).toBe(`${mark} — page `);
    });

    test('HTML: the chart of requests per State shows every State, a long name cut with its full name as tooltip', async () => {
        const states = ['Afghanistan', 'Albania', 'Andorra', 'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Barbados', 'Belgium', 'Belize',
            'Benin', 'Bolivia (Plurinational State of)', 'Botswana', 'Brazil', 'Bulgaria', 'Burkina Faso', 'Cabo Verde', 'Cambodia', 'Canada',
            'Central African Republic', 'Chad', 'Chile', 'Colombia', 'Comoros', 'United Kingdom of Great Britain and Northern Ireland'];
        const dir = workspace(Object.fromEntries(states.map((state, i) => [`r${i}.rog`,
            `request OTP-2026-${String(100 + i)} { kind assistance art. 93(1)(a) to State "${state}" situation ICC-01/09 dated 2026-01-01 status sent 2026-01-02 }`])));
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const { document } = parseHTML(out);
        const chart = document.querySelector('svg[aria-label^="Requests per State"]')!;
        const bars = Array.from(chart.querySelectorAll('g')).map(g => ({ title: g.querySelector('title')!.textContent, label: g.querySelector('text')!.textContent }));
        expect(bars.map(b => b.title).sort()).toEqual(states.map(s => `${s}: 1 open of 1`).sort());
        expect(bars.find(b => b.title!.startsWith('United Kingdom'))!.label).toBe('United Kingdom of Great Bri…');
        expect(bars.find(b => b.title!.startsWith('Bolivia'))!.label).toBe('Bolivia (Plurinational Stat…');
        expect(bars.find(b => b.title!.startsWith('Central'))!.label).toBe('Central African Republic');
    });

    test('CSV: a cell a spreadsheet would read as a formula is prefixed with an apostrophe', async () => {
        const dir = workspace({ '@draft.rog': 'request OTP-2026-0010 { kind assistance art. 93(1)(a) to State "=HYPERLINK(\\"http://x\\")" dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        const line = out.trim().split('\n')[1];
        expect(line).toBe('OTP-2026-0010,assistance,art. 93(1)(a),"\'=HYPERLINK(""http://x"")",,,,,,2026-01-01,,,drafted,,,,,draft,,,,0,\'@draft.rog,');
    });

    test('CSV: rows end with LF (git diff --check passes on a committed register); a cell with a line break is quoted, and Python\'s csv reads it back', async () => {
        const dir = workspace({ 'a.rog': 'request OTP-2026-0011 { kind assistance art. 93(1)(a) from Chamber "Pre-Trial\nChamber II" to State "Côte d\'Ivoire" dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--at', '2026-06-01', '.');
        expect(out).not.toContain('\r');
        expect(out).toContain(`Côte d'Ivoire,"Pre-Trial\nChamber II",`);
        const csv = path.join(dir, 'register.csv');
        fs.writeFileSync(csv, out.slice(0, -1)); // without the line the test runner adds, as the command writes it
        const python = spawnSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', csv], { encoding: 'utf8' });
        if (python.error) return; // no Python here
        const rows = JSON.parse(python.stdout);
        expect(rows).toHaveLength(2);
        expect(rows[0][0]).toBe('reference');
        expect(rows[1].slice(3, 5)).toEqual(["Côte d'Ivoire", 'Pre-Trial\nChamber II']);
    });

    test('HTML: one self-contained page, classification marked, user text escaped, no remote content', async () => {
        const dir = workspace({ ...FILES, 'e.rog': 'request OTP-2026-0005 { from Chamber "<script>alert(1)</script>" classification public dated 2026-01-01 }' });
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        expect(out).toMatch(/^<!DOCTYPE html>/);
        expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(out).not.toContain('<script>alert(1)');
        expect(out.match(/<p class="classification">UNDER SEAL<\/p>/g)).toHaveLength(2);
        expect(out).toContain("default-src 'none'");
        expect(out).not.toMatch(/(src|href)="https?:/);
        expect(out).toMatch(/<svg [^>]*aria-label="Requests per State/);
        expect(out).toMatch(/<tr class="overdue">\s*<th scope="row">OTP-2026-0001<\/th>/);
        // The overdue follow-ups, most overdue first, each with what is due and by when.
        const overdue = out.slice(out.indexOf('<h2>Overdue follow-ups</h2>'), out.indexOf('<h2>Could be consolidated</h2>'));
        expect([...overdue.matchAll(/<tr><th scope="row">(.*?)<\/td><\/tr>/g)].map(m => m[1].split(/<\/t[dh]><td>/))).toEqual([
            ['OTP-2026-0001', 'Kenya', 'response requested by', '2026-03-01', '92'],
            ['REG-2026-0002', 'Kenya', 'surrender request to be received (60 days after the provisional arrest) (rule 188)', '2026-04-16', '46']
        ]);
    });

    test('HTML: sorting and filtering with the keyboard alone, the state of each said to a screen reader', async () => {
        const { out } = await rogatory(workspace(FILES), 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const { document, window } = parseHTML(out);
        // The page's own script, run as the browser runs it.
        new window.Function('document', document.querySelector('script')!.textContent!)(document);
        const headers = Array.from(document.querySelectorAll('#register thead th'));
        // Each heading is a native button: reached with Tab, pressed with Enter or Space.
        expect(headers.map(th => [th.getAttribute('scope'), th.querySelector('button')?.getAttribute('type')])).toEqual(headers.map(() => ['col', 'button']));
        const references = () => Array.from(document.querySelectorAll('#register tbody tr')).map(r => r.querySelector('th')!.textContent);
        expect(references()).toEqual(['OTP-2026-0003', 'OTP-2026-0001', 'REG-2026-0002', 'OTP-2026-0004']);
        const overdue = headers.find(th => th.textContent === 'Overdue (days)')!;
        overdue.querySelector('button')!.dispatchEvent(new window.Event('click'));
        expect([overdue.getAttribute('aria-sort'), references()]).toEqual(['ascending', ['OTP-2026-0003', 'OTP-2026-0004', 'REG-2026-0002', 'OTP-2026-0001']]);
        overdue.querySelector('button')!.dispatchEvent(new window.Event('click'));
        expect([overdue.getAttribute('aria-sort'), references()]).toEqual(['descending', ['OTP-2026-0001', 'REG-2026-0002', 'OTP-2026-0003', 'OTP-2026-0004']]);
        const reference = headers.find(th => th.textContent === 'Reference')!;
        reference.querySelector('button')!.dispatchEvent(new window.Event('click'));
        expect(headers.filter(th => th.hasAttribute('aria-sort')).map(th => [th.textContent, th.getAttribute('aria-sort')])).toEqual([['Reference', 'ascending']]);
        // The filter, a labelled search box; how many rows it leaves is announced (a status region).
        const filter = document.getElementById('filter')!;
        expect(filter.closest('label')!.textContent).toMatch(/^Filter:/);
        const status = document.getElementById('shown')!;
        expect([status.getAttribute('role'), status.textContent]).toEqual(['status', '4 of 4 requests shown']);
        (filter as unknown as { value: string }).value = 'kenya';
        filter.dispatchEvent(new window.Event('input'));
        expect(Array.from(document.querySelectorAll('#register tbody tr:not([hidden])')).map(r => r.querySelector('th')!.textContent)).toEqual(['OTP-2026-0001', 'REG-2026-0002']);
        expect(status.textContent).toBe('2 of 4 requests shown');
        // Without accents, as typed on any keyboard; never across two cells ("Kenya" then "ICC-01/09").
        (filter as unknown as { value: string }).value = 'KÉNYA';
        filter.dispatchEvent(new window.Event('input'));
        expect(status.textContent).toBe('2 of 4 requests shown');
        (filter as unknown as { value: string }).value = 'kenyaicc';
        filter.dispatchEvent(new window.Event('input'));
        expect(status.textContent).toBe('0 of 4 requests shown');
    });

    test('HTML: sorted by a date column, the rows without one (no deadline, not sent) come last either way', async () => {
        const { out } = await rogatory(workspace(FILES), 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const { document, window } = parseHTML(out);
        new window.Function('document', document.querySelector('script')!.textContent!)(document);
        const headers = Array.from(document.querySelectorAll('#register thead th'));
        const column = (name: string) => headers.findIndex(th => th.textContent === name);
        const sortBy = (name: string) => headers[column(name)].querySelector('button')!.dispatchEvent(new window.Event('click'));
        const cells = (name: string) => Array.from(document.querySelectorAll('#register tbody tr')).map(r => [r.querySelector('th')!.textContent, r.children[column(name)].textContent]);
        sortBy('Next deadline');
        expect(cells('Next deadline')).toEqual([
            ['OTP-2026-0001', '2026-03-01'], ['REG-2026-0002', '2026-04-16 (rule 188)'], ['OTP-2026-0003', ''], ['OTP-2026-0004', '']
        ]);
        sortBy('Next deadline');
        expect(cells('Next deadline')).toEqual([
            ['REG-2026-0002', '2026-04-16 (rule 188)'], ['OTP-2026-0001', '2026-03-01'], ['OTP-2026-0003', ''], ['OTP-2026-0004', '']
        ]);
        sortBy('Sent');
        expect(cells('Sent')).toEqual([['OTP-2026-0003', '2026-01-02'], ['OTP-2026-0001', '2026-01-12'], ['REG-2026-0002', '2026-02-10'], ['OTP-2026-0004', '']]);
    });

    test('HTML: to a screen reader, every table has a caption and headers for its columns and rows; each chart says what it shows and where its figures are', async () => {
        const { out } = await rogatory(workspace(FILES), 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const { document } = parseHTML(out);
        const tables = Array.from(document.querySelectorAll('table'));
        expect(tables.map(t => t.querySelector('caption')?.textContent)).toEqual([
            'Requests per State or organisation: open, overdue and total', 'Requests per situation: open, overdue and total', 'Requests per kind: open, overdue and total',
            'Requests at each month\'s end: draft, open and closed', 'Overdue follow-ups, most overdue first',
            'Every request as of 2026-06-01, by date; a column\'s heading sorts the rows by it (again: the other way)'
        ]);
        for (const table of tables) {
            const caption = table.querySelector('caption')!.textContent;
            expect(Array.from(table.querySelectorAll('thead th')).every(th => th.getAttribute('scope') === 'col' && th.textContent!.trim() !== ''), caption).toBe(true);
            expect(Array.from(table.querySelectorAll('tbody tr')).every(r => r.firstElementChild!.tagName === 'TH' && r.firstElementChild!.getAttribute('scope') === 'row'), caption).toBe(true);
        }
        expect(Array.from(tables[0].querySelectorAll('thead th')).map(th => th.textContent)).toEqual(['State or organisation', 'open', 'overdue', 'total']);
        const charts = Array.from(document.querySelectorAll('svg'));
        expect(charts.map(svg => [svg.getAttribute('role'), svg.getAttribute('aria-label')])).toEqual([
            ['img', 'Requests per State or organisation: open (dark) of total; the figures are in the table of requests per State or organisation'],
            ['img', 'Open, closed and draft requests per month, 2026-01 to 2026-06; the figures follow the chart']
        ]);
        // The figures of the status chart, in a table that opens with the keyboard (a <details>).
        const figures = charts[1].nextElementSibling!;
        expect([figures.tagName, figures.querySelector('summary')!.textContent]).toEqual(['DETAILS', 'The figures, month by month']);
        expect(Array.from(figures.querySelectorAll('tbody tr')).map(r => Array.from(r.children).map(c => c.textContent))).toEqual([
            ['2026-01', '0', '1', '1'], ['2026-02', '0', '2', '1'], ['2026-03', '0', '2', '1'], ['2026-04', '0', '2', '1'], ['2026-05', '1', '2', '1'], ['2026-06', '1', '2', '1']
        ]);
    });

    test.skipIf(!hasCommand('chromium') || SKIP_WITHOUT_POPPLER)('HTML printed (Chromium): every page carries the classification; the filter, of no use on paper, is left out', async () => {
        const states = ['Kenya', 'Uganda', 'Chad', 'Zambia', 'Senegal', 'Mali', 'Niger', 'Benin', 'Ghana', 'Togo'];
        const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`r${i}.rog`,
            `request OTP-2026-${String(100 + i)} { kind assistance art. 93(1)(a) to State "${states[i % 10]}" situation ICC-01/09 classification ${i === 7 ? 'secret' : 'confidential'} dated 2026-01-01 status sent 2026-01-02 }`]));
        const dir = workspace(files);
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const page = path.join(dir, 'register.html');
        fs.writeFileSync(page, out);
        const pdf = path.join(dir, 'register.pdf');
        const chromium = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`], { encoding: 'utf8', timeout: 60_000 });
        expect(fs.existsSync(pdf), `Chromium printed no PDF (exit ${chromium.status}): ${chromium.error ?? chromium.stderr}`).toBe(true);
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text.status, text.stderr).toBe(0);
        const pages = text.stdout.split('\f').filter(p => p.trim());
        expect(pages.length).toBeGreaterThan(2);
        pages.forEach((p, i) => {
            expect(p, `page ${i + 1}`).toMatch(/^\s*SECRET\s*$/m);
            expect(p, `page ${i + 1}`).toContain(`SECRET — page ${i + 1}`);
        });
        expect(text.stdout.match(/.*(Filter:|requests shown).*/g)).toBeNull();
    }, 90_000);

    test('HTML: invisible direction characters of a name are left out of the page', async () => {
        const dir = workspace({ 'r.rog': 'request OTP-2026-0301 { kind assistance art. 93(1)(a) from Chamber "Pre-Trial \u202EChamber II" to State "Kenya" situation ICC-01/09 dated 2026-01-01 status sent 2026-01-02 }' });
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        expect(out).toContain('Pre-Trial Chamber II');
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    });

    test('HTML: the classification column sorts by level, public to secret, not alphabetically', async () => {
        const request = (n: number, level: string) => `request OTP-2026-031${n} { kind assistance art. 93(1)(a) to State "Kenya" situation ICC-01/09 classification ${level} dated 2026-01-01 status sent 2026-01-02 }`;
        const dir = workspace({ 'a.rog': request(1, 'secret'), 'b.rog': request(2, 'public'), 'c.rog': request(3, 'under-seal'), 'd.rog': request(4, 'confidential') });
        const { out } = await rogatory(dir, 'register', '--format', 'html', '--at', '2026-06-01', '.');
        const keys = Object.fromEntries([...out.matchAll(/<td data-sort="(-?\d+)">(public|confidential|under-seal|secret)\b/g)].map(m => [m[2], Number(m[1])]));
        expect(keys).toEqual({ public: 0, confidential: 1, 'under-seal': 2, secret: 3 });
    });
});

