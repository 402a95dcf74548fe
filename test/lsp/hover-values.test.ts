import { afterEach, describe, expect, test } from 'vitest';
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

    test("a postponement's `until`: the last day of the agreed period, due or passed while it holds, else why it is not followed up", async () => {
        await parse('');
        const postponed = (clauses: string) => request(`respond-by 2026-12-15\n  status sent 2026-11-23\n  ${clauses}`);
        asOf('2027-03-31');
        await expectHover(services)({
            text: postponed('status postponed 2026-12-01 until 2027-03-<|>31 "national prosecution"'), index: 0,
            hover: '**Wednesday 31 March 2027**\n\n129 days after the request (2026-11-22).\n\nLast day of the period of the postponement agreed with the Court (art. 94(1)): due today (2027-03-31).'
        });
        asOf('2027-04-01');
        await expectHover(services)({
            text: postponed('status postponed 2026-12-01 until 2027-03-<|>31'), index: 0,
            hover: /\n\nLast day of the period of the postponement agreed with the Court \(art\. 94\(1\)\): \*\*passed\*\* as of 2027-04-01, 1 day overdue\.$/
        });
        await expectHover(services)({
            text: postponed('status postponed 2026-12-01 until 2027-03-<|>31\n  status consulted 2027-02-01'), index: 0,
            hover: /: not followed up as of 2027-04-01, a later status event having ended the postponement's hold\.$/
        });
        await expectHover(services)({
            text: postponed('status postponed 2026-12-01 until 2026-11-<|>30'), index: 0,
            hover: /\n\nBefore the postponement's own date: to be corrected, it is not followed up \(followup-postponement-end-before-date\)\.$/
        });
        await expectHover(services)({
            text: postponed('status acknowledged 2026-12-01 until 2027-03-<|>31'), index: 0,
            hover: /\n\nOnly a postponement says until when: not followed up \(followup-until-without-postponement\)\.$/
        });
    });

    test('respond-by held by a postponement: not followed up while it holds', async () => {
        await parse('');
        asOf('2027-02-01');
        await expectHover(services)({
            text: request('respond-by 2026-12-<|>15\n  status sent 2026-11-23\n  status postponed 2026-12-01 until 2027-03-31'), index: 0,
            hover: /\n\nResponse requested by this date: not followed up as of 2027-02-01 while the postponement of 2026-12-01 holds \(agreed until 2027-03-31, art\. 94\(1\)\)\.$/
        });
        await expectHover(services)({
            text: request('respond-by 2026-12-<|>15\n  status sent 2026-11-23\n  status postponed 2026-12-01 until admissibility-determination'), index: 0,
            hover: /\n\nResponse requested by this date: not followed up as of 2027-02-01 while the postponement of 2026-12-01 holds \(pending the Court's determination on admissibility, art\. 95\)\.$/
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
            hover: '**Situation ICC-01/09**\n\nThe cover prints: SITUATION IN THE REPUBLIC OF KENYA (in French: SITUATION EN RÉPUBLIQUE DU KENYA).\n\nThe cover\'s "No." and the footer of every page of the request carry ICC-01/09.'
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
            hover: '**Case ICC-01/09-01/26** — in situation ICC-01/09 (THE REPUBLIC OF KENYA)\n\nThe request states situation ICC-01/04, not ICC-01/09.\n\nThe cover\'s "No." and the footer of every page of the request carry ICC-01/09-01/26.'
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

    test('a classification: what every page prints, in the header (and the note verbale\'s footer)', async () => {
        await parse('');
        await expectHover(services)({
            text: 'request OTP-2026-0923 {\n  classification under-<|>seal ex-parte "Registry only"\n  urgent "flight risk"\n}', index: 0,
            hover: '**UNDER SEAL** (French documents: SOUS SCELLÉS)\n\nEvery page of the request and of its note verbale carries it: in the header UNDER SEAL / Ex parte Registry only / URGENT; the note verbale\'s footer too, UNDER SEAL.\n\n'
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

describe('hover on a status, a channel, a language', () => {
    const toKenya = (clauses: string) => `request OTP-2026-0930 {\n  kind arrest-and-surrender\n  to State "Kenya" via diplomatic-channel language English\n  dated 2026-11-22\n  respond-by 2027-01-15\n${clauses}}`;

    test('a status: what it records and what the follow-up makes of it, also on the keyword `status`', async () => {
        await parse('');
        await expectHover(services)({
            text: toKenya('  status sent 2026-11-23\n  status exe<|>cuted 2026-12-20\n'), index: 0,
            hover: '**status executed** — the requested State executed the request.\n\n'
                + 'Closes the request: the register stops following it, and nothing after it reopens it. Answers the response date (`respond-by 2027-01-15`): no longer overdue once recorded (followup-overdue).'
        });
        await expectHover(services)({ text: toKenya('  sta<|>tus sent 2026-11-23\n'), index: 0, hover: /^\*\*status sent\*\* — the Court sent the request to the requested State\.\n\nFrom then the register follows the request as open;/ });
        // A temporary transfer stays open after `executed`, until the person is returned (art. 93(7)(b)).
        await expectHover(services)({
            text: 'request OTP-2026-0931 {\n  kind temporary-transfer\n  dated 2026-11-22\n  status exec<|>uted 2026-12-20\n}', index: 0,
            hover: /^\*\*status executed\*\* — the requested State executed the request\.\n\nOn a temporary transfer it records the transfer itself: the request stays open until `returned`, and the return date \(`return-by`, art\. 93\(7\)\(b\)\) is followed up from then\. Answers the response date:/
        });
    });

    test('`postponed`: where its period and ground go, and whether it holds the follow-up as of the as-of date', async () => {
        await parse('');
        asOf('2027-02-01');
        const effects = 'Does not close the request. The last day of the period agreed with the Court goes after `until` (`until 2026-06-30`, art. 94(1)), or `until admissibility-determination` pending the Court\'s determination of an admissibility challenge (art. 95; art. 89(2) on a request for surrender); the ground goes in the event\'s note (followup-postponement-ground). While it is the latest event, the response date is not followed up: the end of the period is the next deadline (followup-postponement-ended once passed), and pending the determination nothing is due; any later event ends that.';
        await expectHover(services)({
            text: toKenya('  status sent 2026-11-23\n  status post<|>poned 2026-12-01 until 2027-03-31 "national prosecution"\n'), index: 0,
            hover: `**status postponed** — the requested State postponed the execution of the request.\n\n${effects} As of 2027-02-01 it holds the follow-up: the period agreed ends 2027-03-31, 58 days left as of 2027-02-01.`
        });
        // On a request for surrender, pending the determination is art. 89(2)'s as well as art. 95's.
        await expectHover(services)({
            text: toKenya('  status sent 2026-11-23\n  status post<|>poned 2026-12-01 until admissibility-determination\n'), index: 0,
            hover: `**status postponed** — the requested State postponed the execution of the request.\n\n${effects} As of 2027-02-01 it holds the follow-up: nothing is due until the Court's determination on admissibility (art. 89(2), art. 95).`
        });
        await expectHover(services)({
            text: toKenya('  status sent 2026-11-23\n  status post<|>poned 2026-12-01 "national prosecution"\n  status consulted 2027-01-10\n'), index: 0,
            hover: `**status postponed** — the requested State postponed the execution of the request.\n\n${effects}`
        });
        // Art. 95's exception: the Court's order that the Prosecutor may pursue the collection of the evidence, annexed.
        const ordered = (order: string, decided: string) => request(`status sent 2026-11-23\n  status post<|>poned 2026-12-01 until admissibility-determination\n  annex A1 "Order" { copy-of ${order} }`)
            + `\ndecision ${order} { dated ${decided} subject evidence-collection }`;
        await expectHover(services)({
            text: ordered('D-Collect', '2027-01-15'), index: 0,
            hover: `**status postponed** — the requested State postponed the execution of the request.\n\n${effects} As of 2027-02-01 it does not hold the follow-up: annex A1 is a copy of the Court's order that the Prosecutor may pursue the collection of the evidence (decision D-Collect), and art. 95 allows a postponement pending the determination "unless the Court has specifically ordered that the Prosecutor may pursue the collection of such evidence pursuant to article 18 or 19" (followup-postponement-collection-ordered).`
        });
        await expectHover(services)({
            text: ordered('D-Collect-Later', '2027-03-15'), index: 0,
            hover: `**status postponed** — the requested State postponed the execution of the request.\n\n${effects} As of 2027-02-01 it holds the follow-up: nothing is due until the Court's determination on admissibility (art. 95).`
        });
    });

    test("a status of rule 188: `arrested` starts the 60 days, the surrender request's `received` is timed by them", async () => {
        await parse('request OTP-2026-0932 {\n  kind provisional-arrest\n  dated 2026-11-01\n  status sent 2026-11-02\n  status arrested 2026-11-05\n}', { uri: 'file:///ws/hover-status-provisional.rog' });
        await expectHover(services)({
            text: 'request OTP-2026-0933 {\n  kind provisional-arrest\n  dated 2026-11-01\n  status sent 2026-11-02\n  status arr<|>ested 2026-11-05\n  status released 2026-11-20\n}', index: 0,
            hover: '**status arrested** — the person sought was arrested.\n\n'
                + 'Answers the response date: no longer overdue once recorded (followup-overdue). '
                + 'Starts rule 188\'s time limit: the request for surrender (which `follows` this one) is to be received within 60 days of the provisional arrest (by 2027-01-04).'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0933 {\n  kind provisional-arrest\n  dated 2026-11-01\n  status sent 2026-11-02\n  status arrested 2026-11-05\n  status rel<|>eased 2026-11-20\n}', index: 0,
            hover: '**status released** — the person arrested was released.\n\nEnds the provisional arrest: rule 188\'s time limit no longer runs.'
        });
        await expectHover(services)({
            text: 'request OTP-2026-0934 {\n  kind arrest-and-surrender\n  dated 2026-12-01\n  follows OTP-2026-0932\n  status sent 2026-12-02\n  status rece<|>ived 2027-01-06\n}', index: 0,
            hover: '**status received** — the requested State received the request.\n\n'
                + 'The receipt rule 188 times: within 60 days of the provisional arrest under OTP-2026-0932 (2026-11-05), by 2027-01-04: **2 days late**.'
        });
    });

    const ARTICLE_87_1_A = '**art. 87(1)(a)** — Requests for cooperation: general provisions · Rome Statute\n\n> (a) The Court shall have the authority to make requests to States Parties for cooperation. '
        + 'The requests shall be transmitted through the diplomatic channel or any other appropriate channel as may be designated by each State Party upon ratification, acceptance, approval or accession.\n>\n'
        + '> Subsequent changes to the designation shall be made by each State Party in accordance with the Rules of Procedure and Evidence.';
    const ARTICLE_87_2 = '**art. 87(2)** — Requests for cooperation: general provisions · Rome Statute\n\n> 2. Requests for cooperation and any documents supporting the request shall either be in or be accompanied by a translation';

    test('a channel: art. 87(1)(a) quoted, and whether it is the one the State designated as in force on the request\'s date', async () => {
        // Kenya: no designation in force on 2026-11-22 yet (received 2026-11-01, in force 45 days later).
        await parse('designation for State "Kenya" { channel designated-authority "Office of the Attorney-General" language English or Swahili received 2026-11-01 }',
            { uri: 'file:///ws/hover-designation-kenya.rog' });
        await expectHover(services)({
            text: toKenya('').replace('via diplomatic-channel', 'via diplomatic-<|>channel'), index: 0,
            hover: '**via diplomatic-channel** — transmitted through the diplomatic channel\n\n'
                + 'No channel designated by Kenya in force on 2026-11-22 is recorded: the diplomatic channel, or the authority the State designated.\n\n' + ARTICLE_87_1_A
        });
        const later = (text: string) => text.replace('dated 2026-11-22', 'dated 2027-01-10');
        await expectHover(services)({
            text: later(toKenya('').replace('via diplomatic-channel', 'v<|>ia diplomatic-channel')), index: 0,
            hover: '**via diplomatic-channel** — transmitted through the diplomatic channel\n\n'
                + 'Kenya designated `designated-authority "Office of the Attorney-General"` for requests on 2027-01-10 (received 2026-11-01, in force since 2026-12-16: 45 days later, rule 180(2)): **not the channel written** (channel-not-designated).\n\n' + ARTICLE_87_1_A
        });
        await expectHover(services)({
            text: later(toKenya('').replace('via diplomatic-channel', 'via designated-<|>authority "Office of the Attorney-General"')), index: 0,
            hover: /^\*\*via designated-authority\*\* — transmitted through the channel the State designated\n\nKenya designated `designated-authority "Office of the Attorney-General"` for requests on 2027-01-10 \(received 2026-11-01, in force since 2026-12-16: 45 days later, rule 180\(2\)\): the channel written matches it\.\n\n\*\*art\. 87\(1\)\(a\)\*\*/
        });
        await expectHover(services)({
            text: later(toKenya('').replace('language English', 'language Eng<|>lish translation Swahili')), index: 0,
            hover: /^\*\*language English\*\* — the request is in English, accompanied by a translation into Swahili\.\n\nKenya chose English or Swahili for requests on 2027-01-10 \(received 2026-11-01, in force since 2026-12-16: 45 days later, rule 180\(2\)\): the request meets it\.\n\n\*\*art\. 87\(2\)\*\*/
        });
    });

    test('a channel of art. 87(1)(b), and the channel of a request to an organisation: rule 177 NOT VERIFIED, not quoted', async () => {
        await parse('');
        await expectHover(services)({
            text: toKenya('').replace('via diplomatic-channel', 'via INTER<|>POL'), index: 0,
            hover: '**via INTERPOL** — transmitted through the International Criminal Police Organization\n\nOnly in addition to the channel of art. 87(1)(a), when appropriate (channel-alternative).\n\n'
                + '**art. 87(1)(b)** — Requests for cooperation: general provisions · Rome Statute\n\n> (b) When appropriate, without prejudice to the provisions of subparagraph (a), requests may also be transmitted through the International Criminal Police Organization or any appropriate regional organization.'
        });
        await expectHover(services)({
            text: toKenya('').replace('State "Kenya" via diplomatic-channel language English', 'organisation "United Nations" via diplo<|>matic-channel'), index: 0,
            hover: '**via diplomatic-channel** — transmitted through the diplomatic channel\n\nTo an organisation: through the channel of communication it designated (rule 177(2), to which rule 176(5) refers; organisation-channel-unverified).\n\n'
                + '**rule 177(2)** — Channels of communication (title NOT VERIFIED) · Rules of Procedure and Evidence\n\n**NOT VERIFIED** — the text of rule 177 was not found in the reference dossier; rule 177(2) is not quoted and could not be checked.'
        });
    });

    test('a language: art. 87(2) quoted, and the designation, the working languages or rule 179 (NOT VERIFIED)', async () => {
        await parse('');
        // Albania's designation is one of the dossier's examples, marked NOT VERIFIED.
        await expectHover(services)({
            text: toKenya('').replace('"Kenya"', '"Albania"').replace('language English', 'language <|>English'), index: 0,
            hover: '**language English** — the request is in English.\n\nAlbania chose English or French (with a translation into Albanian) for requests on 2026-11-22 — **NOT VERIFIED**: **no translation into Albanian** (language-translation-missing).\n\n'
                + ARTICLE_87_2 + ' into an official language of the requested State or one of the working languages of the Court, in accordance with the choice made by that State upon ratification, acceptance, approval or accession.\n>\n> Subsequent changes to this choice shall be made in accordance with the Rules of Procedure and Evidence.'
        });
        await expectHover(services)({
            text: toKenya('').replace('"Kenya"', '"Uganda"').replace('language English', 'language Swa<|>hili'), index: 0,
            hover: /^\*\*language Swahili\*\* — the request is in Swahili\.\n\nNo choice of language by Uganda in force on 2026-11-22 is recorded; if it chose none, the request is in, or accompanied by a translation into, a working language of the Court, English or French \(rule 178\(2\)\): \*\*it is neither\*\*: check the language the State chose \(language-not-working\)\.\n\n\*\*art\. 87\(2\)\*\*/
        });
        await expectHover(services)({
            text: toKenya('').replace('"Kenya"', '"United States of America"').replace('language English', 'language English trans<|>lation French'), index: 0,
            hover: /^\*\*language English\*\* — the request is in English, accompanied by a translation into French\.\n\nThe United States of America is not a State Party on 2026-11-22 and no choice of language is recorded: rule 179 governs the language of a request to a State not party, whose text is NOT VERIFIED in the reference dossier; check that the language is agreed with it \(language-non-party-unverified\)\.\n\n\*\*art\. 87\(2\)\*\*/
        });
    });
});

describe('hover on the code of a suppress clause', () => {
    test('the rule it silences: its provision, what it checks, the digest item it was made for, and whether it can be suppressed', async () => {
        await parse('');
        const arrest = (clause: string) => request(clause).replace('kind assistance art. 93(1)(b)', 'kind arrest-and-surrender');
        await expectHover(services)({
            text: arrest('suppress arrest-crimes-mis<|>sing "The crimes are in the annexed warrant."'), index: 0,
            hover: '**arrest-crimes-missing** (art. 101(1))\n\nA request for arrest and surrender lists the crimes for which surrender is sought: they fix the scope of the rule of speciality.'
                + '\n\nDigest item a13: Crimes/conduct listed precisely (they fix the scope of the rule of speciality)'
                + '\n\nSuppressed in this request with the reason between the quotes; until one is given, the warning is still reported.'
        });
        // A rule of other kinds of request: as suppression-unused says it.
        await expectHover(services)({
            text: request('suppress arrest-crimes-mis<|>sing "The crimes are in the annexed warrant."'), index: 0,
            hover: /\n\nSilences nothing here: it checks only `kind arrest-and-surrender` requests, and this request is `kind assistance`\.$/
        });
        // With the digest's force of the item: a4 is a "shall".
        await expectHover(services)({
            text: arrest('suppress arrest-person-identity-miss<|>ing "x"'), index: 0,
            hover: /\n\nDigest item a4 \(shall\): Information describing the person sought, sufficient to identify the person\n\nCannot be suppressed/
        });
        await expectHover(services)({
            text: request('suppress request-date-mis<|>sing "x"'), index: 0,
            hover: /^\*\*request-date-missing\*\*\n\n.+\n\nCannot be suppressed: it is a rule of the language itself \(error\)\.$/
        });
        await expectHover(services)({
            text: request('suppress arrest-crimes-missing "x"\n  suppress request-addressee-mis<|>sing "x"'), index: 0,
            hover: /\n\nCannot be suppressed: it enforces a "shall" requirement \(error\)\.$/
        });
        // A checklist item: information, which fails nothing, not a "human" requirement.
        await expectHover(services)({
            text: request('suppress arrest-location-assess<|>ment "x"'), index: 0,
            hover: /\n\nCannot be suppressed: it is information, a point for a person to check, which never fails a check: there is nothing to suppress\.$/
        });
        // A code that names no rule: the diagnostic says so, the hover nothing.
        await expectHover(services)({ text: request('suppress no-such-ru<|>le "x"'), index: 0, hover: undefined });
    });
});

describe('hover on the keyword of a clause', () => {
    test('the rules that ask for it, as the catalogue states them; nothing where no check asks for it', async () => {
        await parse('');
        await expectHover(services)({
            text: request('cri<|>mes "Murder"'), index: 0,
            hover: '**crimes** — a clause of a request, checked by:\n'
                + '- `arrest-crimes-missing` (art. 101(1)), warning: A request for arrest and surrender lists the crimes for which surrender is sought: they fix the scope of the rule of speciality.\n'
                + '- `provisional-crimes-missing` (art. 92(2)(b)), error: A request for provisional arrest states the crimes for which arrest is sought (`crimes "..."`).'
        });
        // A clause that is a statement alone, without a value: a provisional arrest's that a request for surrender will follow.
        await expectHover(services)({
            text: request('surrender-request-will-fol<|>low'), index: 0,
            hover: '**surrender-request-will-follow** — a clause of a request, checked by:\n'
                + '- `provisional-surrender-statement-missing` (art. 92(2)(d)), error: A request for provisional arrest states that a request for surrender will follow (`surrender-request-will-follow`).'
        });
        // In a person's block and in an annex's, their own clauses.
        await expectHover(services)({ text: request('person P-X as sought { loca<|>tion "Arusha" }'), index: 0, hover: /^\*\*location\*\* — a clause of a person's block in a request, checked by:\n- `arrest-location-missing` \(art\. 91\(2\)\(a\)\)/ });
        await expectHover(services)({ text: request('annex A1 "Warrant" { copy<|>-of W-X }'), index: 0, hover: /^\*\*copy-of\*\* — a clause of an annex's block, checked by:\n- `arrest-warrant-copy-missing`/ });
        // The basis of a request to a State not party.
        await expectHover(services)({ text: request('arrange<|>ment declaration-12-3'), index: 0, hover: /^\*\*arrangement\*\* — a clause of a request, checked by:\n- `non-party-basis-missing` \(art\. 87\(5\)\(a\)\), error: A request to a State that is not a State Party/ });
        // `language` is asked for of the request, not of an annex; `recipient` by no check.
        await expectHover(services)({ text: request('annex A1 "Warrant" { langu<|>age English }'), index: 0, hover: undefined });
        await expectHover(services)({ text: request('recip<|>ient "Embassy"'), index: 0, hover: undefined });
    });
});

describe('hover on the values of a request\'s clauses that had none: what the clause does, and the provision that governs it quoted', () => {
    /** The hover at `<|>` in `text`, as the editor shows it. */
    const hoverOf = async (text: string) => {
        const document = await parse(text.replace('<|>', ''));
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(text.indexOf('<|>')) });
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        return (hover?.contents as { value: string } | undefined)?.value;
    };
    const RULE_176_2 = '> 2. The Registrar shall transmit the requests for cooperation made by the Chambers and shall receive the responses, information and documents from requested States.';

    test('the organs (rule 176(2)), a declaration under art. 12(3), the medium by kind, none-known by kind, a transfer\'s conditions', async () => {
        await parse('');
        const from = await hoverOf('request OTP-2026-0950 {\n  from Pros<|>ecutor transmitted-by Office-of-the-Prosecutor\n}');
        expect(from).toMatch(/^\*\*from Prosecutor\*\* — the organ of the Court that makes the request \(rule 176\(2\)\)\.\n\n\*\*rule 176\(2\)\*\*/);
        expect(from).toContain(RULE_176_2);
        for (const at of ['transmitted-by Regis<|>trar', 'transmitted-<|>by Registrar']) {
            const by = await hoverOf(`request REG-2026-0951 {\n  from Chamber "Pre-Trial Chamber II" ${at}\n}`);
            expect(by, at).toMatch(/^\*\*transmitted-by Registrar\*\* — the organ that transmits the request: `Registrar` \(Chambers' requests\) or `Office-of-the-Prosecutor` \(rule 176\(2\)\)\./);
            expect(by, at).toContain(RULE_176_2);
        }
        const declaration = await hoverOf('request REG-2026-0952 {\n  kind provisional-arrest\n  arrangement declaration-12<|>-3\n}');
        expect(declaration).toMatch(/^\*\*arrangement declaration-12-3\*\* — the basis for a request to a State not party or to an organisation/);
        expect(declaration).toContain('> 3. If the acceptance of a State which is not a Party to this Statute is required under paragraph 2, that State may, by declaration lodged with the Registrar, accept the exercise of jurisdiction');
        for (const [kind, quote] of [
            ['arrest-and-surrender', '> 1. A request for arrest and surrender shall be made in writing.'],
            ['provisional-arrest', '> 2. The request for provisional arrest shall be made by any medium capable of delivering a written record'],
            ['assistance', '> 1. A request for other forms of assistance referred to in article 93 shall be made in writing.']
        ]) {
            for (const at of ['medium electronic-<|>mail', 'med<|>ium electronic-mail']) {
                const medium = await hoverOf(`request REG-2026-0953 {\n  kind ${kind}\n  ${at}\n}`);
                expect(medium, `${kind} ${at}`).toMatch(/^\*\*medium electronic-mail\*\* — the medium by which the request is made/);
                expect(medium, kind).toContain(quote);
            }
        }
        const noneKnown = await hoverOf('request OTP-2026-0954 {\n  kind assistance art. 93(1)(b)\n  national-requirements none-kn<|>own\n}');
        expect(noneKnown).toMatch(/^\*\*national-requirements none-known\*\* — says that no requirement of the requested State's law is known/);
        expect(noneKnown).toContain('> (e) Such information as may be required under the law of the requested State in order to execute the request');
        const surrender = await hoverOf('request REG-2026-0955 {\n  kind arrest-and-surrender\n  national-requirements none-kn<|>own\n}');
        expect(surrender).toContain('> (c) Such documents, statements or information as may be necessary to meet the requirements for the surrender process');
        const conditions = await hoverOf('request OTP-2026-0956 {\n  kind temporary-transfer\n  state-agreement R-1 condi<|>tions "In custody."\n}');
        expect(conditions).toMatch(/^\*\*conditions\*\* — the conditions on which the requested State agrees to the temporary transfer/);
        expect(conditions).toContain('> (ii) The requested State agrees to the transfer, subject to such conditions as that State and the Court may agree.');
    });
});
