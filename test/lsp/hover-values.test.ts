import { afterEach, describe, test } from 'vitest';
import { expectHover } from 'langium/test';
import { setup } from '../helpers.js';

const { services, parse } = setup();
const asOf = (day: string | undefined) => { services.rogatory.Settings.asOf = day; };
afterEach(() => asOf(undefined));

const request = (clauses: string) => `request OTP-2026-0901 {\n  kind assistance art. 93(1)(b)\n  dated 2026-11-22\n  ${clauses}\n}`;

describe('hover on a date', () => {
    test("dated: the weekday and the date in words", async () => {
        await parse('');
        await expectHover(services)({ text: 'request OTP-2026-0900 {\n  dated 2026-11-<|>22\n}', index: 0, hover: '**Sunday 22 November 2026**' });
    });

    test("respond-by: its distance from the request's date, and whether it has passed as of the as-of date", async () => {
        await parse('');
        asOf('2027-01-05');
        await expectHover(services)({
            text: request('respond-by 2027-01-<|>15'), index: 0,
            hover: '**Friday 15 January 2027**\n\n54 days after the request (2026-11-22).\n\nResponse requested by this date: 10 days left as of 2027-01-05.'
        });
        asOf('2027-02-01');
        await expectHover(services)({
            text: request('respond-by 2027-01-<|>15\n  status sent 2026-11-25'), index: 0,
            hover: /\n\nResponse requested by this date: \*\*passed\*\* as of 2027-02-01, 17 days overdue\.$/
        });
        await expectHover(services)({
            text: request('respond-by 2027-01-<|>15\n  status sent 2026-11-25\n  status executed 2027-01-20'), index: 0,
            hover: /\n\nResponse requested by this date: answered as of 2027-02-01 \(`executed` 2027-01-20\)\.$/
        });
        await expectHover(services)({
            text: request('respond-by 2026-11-<|>02'), index: 0,
            hover: '**Monday 2 November 2026**\n\n20 days before the request (2026-11-22).\n\nBefore the request\'s own date: to be corrected, it is not followed up (followup-respond-by-before-date).'
        });
    });

    test('a status event: its distance from the request, and one dated after the as-of date', async () => {
        await parse('');
        asOf('2026-12-01');
        await expectHover(services)({ text: request('status sent 2026-11-<|>22'), index: 0, hover: '**Sunday 22 November 2026**\n\nThe day of the request (2026-11-22).' });
        await expectHover(services)({
            text: request('status sent 2026-12-<|>03T10:30Z'), index: 0,
            hover: '**Thursday 3 December 2026 at 10:30 UTC**\n\n11 days after the request (2026-11-22).\n\nAfter the as-of date (2026-12-01): the follow-up does not count this event yet (followup-status-in-future).'
        });
    });

    test('return-by of a temporary transfer: due, or not followed up on another request', async () => {
        await parse('');
        asOf('2027-03-10');
        await expectHover(services)({
            text: 'request OTP-2026-0902 {\n  kind temporary-transfer\n  dated 2026-11-22\n  return-by 2027-03-<|>01\n  status sent 2026-11-23\n  status executed 2027-01-10\n}', index: 0,
            hover: /\n\nReturn of the transferred person \(art\. 93\(7\)\(b\)\) due by this date: \*\*passed\*\* as of 2027-03-10, 9 days overdue\.$/
        });
        await expectHover(services)({
            text: request('return-by 2027-03-<|>01'), index: 0,
            hover: /\n\nOnly a temporary transfer has a return date \(art\. 93\(7\)\(b\)\): not followed up on this request \(transfer-return-date-without-transfer\)\.$/
        });
    });

    test("status arrested of a provisional arrest: rule 188's limit, as of the as-of date", async () => {
        await parse('');
        asOf('2026-12-20');
        const provisional = (more = '') => `request OTP-2026-0903 {\n  kind provisional-arrest\n  dated 2026-11-01\n  status sent 2026-11-02\n  status arrested 2026-11-<|>05\n${more}}`;
        await expectHover(services)({
            text: provisional(), index: 0,
            hover: '**Thursday 5 November 2026**\n\n4 days after the request (2026-11-01).\n\n'
                + "rule 188: the request for surrender to be received by 2027-01-04 (60 days after the provisional arrest, the compiler's reading): 15 days left as of 2026-12-20, no receipt recorded."
        });
        asOf('2027-01-10');
        await expectHover(services)({ text: provisional(), index: 0, hover: /: \*\*passed\*\* as of 2027-01-10, 6 days overdue, no receipt recorded\.$/ });
        await expectHover(services)({ text: provisional('  status released 2027-01-05\n'), index: 0, hover: /; no longer runs as of 2027-01-10: the provisional arrest is over\.$/ });
        await parse('request OTP-2026-0904 {\n  kind arrest-and-surrender\n  dated 2026-12-01\n  follows OTP-2026-0903\n  status sent 2026-12-02\n  status received 2027-01-06\n}',
            { uri: 'file:///ws/hover-surrender-following.rog' });
        await expectHover(services)({ text: provisional(), index: 0, hover: /\(60 days after the provisional arrest, the compiler's reading\); OTP-2026-0904 received 2027-01-06, 2 days late\.$/ });
    });
});

describe('hover on a situation or case number', () => {
    test('a situation of the reference list: its line on the cover, in English and French', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0910 {\n  situation ICC-01/<|>09\n}', index: 0,
            hover: '**Situation ICC-01/09**\n\nThe cover prints: SITUATION IN THE REPUBLIC OF KENYA (in French: SITUATION EN RÉPUBLIQUE DU KENYA).\n\nThe cover\'s "No." and the footer of every page carry ICC-01/09.'
        });
    });

    test('a situation not in the list, and a case: its situation, and the number the pages carry', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0911 {\n  situation ICC-03/<|>99\n  case ICC-03/99-01/26\n}', index: 0,
            hover: '**Situation ICC-03/99**\n\nNot among the situations of the reference list (situations.csv, incomplete): the cover prints SITUATION IN ICC-03/99; check the number.'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0912 {\n  situation ICC-01/04\n  case ICC-01/09-01/<|>26\n}', index: 0,
            hover: '**Case ICC-01/09-01/26** — in situation ICC-01/09 (THE REPUBLIC OF KENYA)\n\nThe request states situation ICC-01/04, not ICC-01/09.\n\nThe cover\'s "No." and the footer of every page carry ICC-01/09-01/26.'
        });
    });
});

describe('hover on a keyword value', () => {
    test('a kind of request: its title in the documents and the provisions the checks cite for it', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0920 {\n  kind provisional-arr<|>est\n}', index: 0,
            hover: '**provisional-arrest** — Request for the provisional arrest of a person\n\nMade under art. 92: its `legal-basis` cites it (request-legal-basis-mismatch).\n\n'
                + 'rule 188: the request for surrender (which `follows` this one) is to be received within 60 days of the provisional arrest.'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0921 {\n  kind arrest-and-<|>surrender\n}', index: 0,
            hover: '**arrest-and-surrender** — Request for the arrest and surrender of a person\n\nMade under art. 89(1) or art. 91(2): its `legal-basis` cites one of them (request-legal-basis-mismatch).'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0922 {\n  kind assis<|>tance art. 93(1)(b)\n}', index: 0,
            hover: /^\*\*assistance\*\* — Request for assistance\n\nMade under art\. 93\(1\): its `legal-basis` cites each form sought, art\. 93\(1\)\(x\) or art\. 93\(1\) as a whole \(art\. 96\(2\)\(a\)\)/
        });
    });

    test('a classification: what every page prints, in the header and the footer', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0923 {\n  classification under-<|>seal ex-parte "Registry only"\n  urgent "flight risk"\n}', index: 0,
            hover: '**UNDER SEAL** (French documents: SOUS SCELLÉS)\n\nEvery page of the request and of its note verbale carries it: in the header UNDER SEAL / Ex parte Registry only / URGENT, in the footer UNDER SEAL.\n\n'
                + 'An annex without a classification of its own has this one.'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0924 {\n  classification public\n  annex A1 "Photographs" { classification confi<|>dential }\n}', index: 0,
            hover: '**CONFIDENTIAL** (French documents: CONFIDENTIEL)\n\nThe annex table of request OTP-2026-0924 prints it for annex A1; the request\'s pages carry the request\'s own (PUBLIC).'
        });
    });

    test("a warrant's classification: the request relying on it is classified as high, marked NOT VERIFIED as the rule is", async () => {
        await parse('');
        await expectHover(services)({
            text: 'warrant W-Hover-Class {\n  classification confi<|>dential\n}', index: 0,
            hover: /^\*\*CONFIDENTIAL\*\* \(French documents: CONFIDENTIEL\)\n\nA request that relies on this warrant is classified at least CONFIDENTIAL \(classification-below-material, art\. 87\(3\); public < confidential < under seal < secret\)\.\n\n_NOT VERIFIED:_ that a document reproducing classified material/
        });
    });
});
