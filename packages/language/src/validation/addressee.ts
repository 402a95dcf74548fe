import type { AstNodeDescription, ValidationAcceptor } from 'langium';
import { AstUtils, MultiMap, UriUtils } from 'langium';
import { isState, type Annex, type Designation, type Organisation, type Request, type State } from '../generated/ast.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayOf, isValidDate } from '../states/dates.js';
import { sameLanguage } from '../languages.js';
import { designatedChannels, type StateLibrary } from '../states/state-library.js';
import { boundAsParty, stateStatusOn, type StateStatus } from '../states/state-status.js';
import { citationsOf, isWithin } from '../statute/provisions.js';
import { highestClassification, where } from './request.js';
import { workspaceMemo } from '../workspace/workspace-memo.js';
import type { ValidationArea } from './catalogue.js';
import { defineRule, quote, report, type Rule } from './rule.js';
import { englishName } from '../generator/names.js';
import { joinList } from '../generator/texts.js';
import { stringLiteral } from '../parser/value-converter.js';

/**
 * The requested State's or organisation's side of every request: party status on the
 * request's date (arts. 12(3), 87(5), 126, 127), organisations (art. 87(6), rules 176(4),
 * 177(2)), the channel (art. 87(1), rules 176(2)-(3), 180), the language (art. 87(2),
 * rules 178-180, art. 50(2)) and the confirmation of urgent requests (arts. 91(1), 96(1)).
 *
 * Status on the request date D follows the dossier's convention (README, "Conventions"):
 * a State Party when entry into force <= D and D < withdrawal effective. Party status reads
 * only the linked State, so it is `fast`; everything that rests on a designation
 * (StateLibrary.designationOn scans every document for `designation` blocks) is `slow`.
 */
export const rules = {
    // ------------------------------------------------------------ party status on the request date
    notYetInForce: defineRule({
        code: 'party-not-yet-in-force', severity: 'info', force: 'human', provision: 'art. 126(2)', also: ['art. 87(5)(a)'], digest: 'g1',
        summary: 'Checklist: on the request date the requested State has deposited its instrument but the Statute has not yet entered into force for it (art. 126(2)); until then the request is one to a State not party (art. 87(5)(a)) — consider whether to wait.'
    }),
    nonPartyBasisMissing: defineRule({
        code: 'non-party-basis-missing', clause: 'arrangement', severity: 'error', force: 'shall', provision: 'art. 87(5)(a)', also: ['art. 12(3)', 'art. 126(2)', 'art. 127'], digest: 'g1',
        summary: 'A request to a State that is not a State Party on the request date (never a party, not yet in force for it, or withdrawn) states the basis on which it is invited to assist: `arrangement ad-hoc-arrangement|agreement|other-basis [record]`, or `arrangement declaration-12-3` where the State lodged an art. 12(3) declaration.'
    }),
    nonPartyBasisUnspecified: defineRule({
        code: 'non-party-basis-unspecified', severity: 'error', force: 'shall', provision: 'art. 87(5)(a)', digest: 'g1',
        summary: 'A request to a State not party that relies on "any other appropriate basis" says what that basis is: `arrangement other-basis <record>` or `arrangement other-basis "..."`.'
    }),
    nonPartyInvitation: defineRule({
        code: 'non-party-invitation-wording', severity: 'info', force: 'human', provision: 'art. 87(5)(a)', also: ['art. 86', 'art. 87(7)', 'art. 89(1)', 'art. 93(1)'], digest: 'g1',
        summary: 'Checklist: a State not party is invited to assist (art. 87(5)(a)); the wording must invite and must not invoke the obligations of States Parties (arts. 86, 87(7), 89(1) last sentence, 93(1) chapeau).'
    }),
    declarationMissing: defineRule({
        code: 'non-party-declaration-missing', severity: 'error', force: 'shall', provision: 'art. 12(3)', digest: 'g3',
        summary: 'A request relying on an art. 12(3) declaration (`arrangement declaration-12-3`) is made to a State that had lodged such a declaration with the Registrar on or before the request date.'
    }),
    declarationScope: defineRule({
        code: 'non-party-declaration-scope', severity: 'warning', force: 'as applicable', provision: 'art. 12(3)', digest: 'g3',
        summary: 'The date of the crime (`crime-date D`), or the whole period of the crimes (`crime-date D to E`), of a request relying on an art. 12(3) declaration falls within the period for which a declaration lodged by the State accepts the Court\'s jurisdiction; a confirmation of an earlier declaration (Côte d\'Ivoire\'s of 14 December 2010, of its declaration of 2003) accepts it for the period of the declaration it confirms.'
    }),
    declarationUnverified: defineRule({
        code: 'non-party-declaration-unverified', severity: 'info', force: 'human', provision: 'art. 12(3)', digest: 'g3',
        summary: 'Checklist: a request relying on an art. 12(3) declaration (`arrangement declaration-12-3`) for which every declaration lodged by the request date, and covering the crime date where one is given, is one whose date, scope or effect the dossier marks NOT VERIFIED, UNCERTAIN or NOT given effect (the Palestinian National Authority\'s declaration of 2009, Côte d\'Ivoire\'s of 2003): check the declaration itself before relying on it. The message quotes the dossier\'s caveat.'
    }),
    withdrawnProceedingsMissing: defineRule({
        code: 'withdrawn-proceedings-missing', severity: 'error', force: 'shall', provision: 'art. 127(2)', also: ['art. 127(1)', 'art. 87(5)(a)'], digest: 'g10',
        summary: 'A request to a State whose withdrawal had taken effect on the request date relies on art. 127(2) only for investigations or proceedings commenced before the withdrawal took effect (`proceedings-commenced <date>`); otherwise the State is invited as a State not party (`arrangement ...`, art. 87(5)(a)).'
    }),
    withdrawnProceedingsLate: defineRule({
        code: 'withdrawn-proceedings-after-withdrawal', severity: 'error', force: 'shall', provision: 'art. 127(2)', digest: 'g10',
        summary: 'The proceedings a request to a withdrawn State relies on (`proceedings-commenced`) commenced before the date on which the withdrawal became effective; later proceedings are not covered by art. 127(2).'
    }),
    withdrawnCheck: defineRule({
        code: 'withdrawn-proceedings-check', severity: 'info', force: 'human', provision: 'art. 127(2)', digest: 'g10',
        summary: 'Checklist: the request is made to a State whose withdrawal has taken effect, relying on art. 127(2); check that it is made in connection with the investigation or proceedings commenced before the withdrawal became effective.'
    }),

    // ------------------------------------------------------------ intergovernmental organisations
    organisationAgreementMissing: defineRule({
        code: 'organisation-agreement-missing', severity: 'error', force: 'shall', provision: 'art. 87(6)', digest: 'g5',
        summary: 'An intergovernmental organisation may be asked for information or documents (art. 93(1)(a) identification and whereabouts, art. 93(1)(i) records and documents); any other form of cooperation rests on what was agreed with it: `arrangement agreement <record>` (or `arrangement ad-hoc-arrangement <record>`) naming a record of that agreement with the same organisation.'
    }),
    organisationMandate: defineRule({
        code: 'organisation-mandate-check', severity: 'info', force: 'human', provision: 'art. 87(6)', digest: 'g5',
        summary: 'Checklist: cooperation other than information or documents asked of an intergovernmental organisation is within what was agreed with it and within its competence or mandate.'
    }),
    organisationOrgan: defineRule({
        code: 'organisation-transmitting-organ', severity: 'error', force: 'shall', provision: 'rule 176(4)', also: ['rule 176(2)'], digest: 'g6',
        summary: 'A Chamber\'s request to an intergovernmental organisation is transmitted by the Registrar, the Prosecutor\'s by the Office of the Prosecutor (rule 176(2), applied to organisations by rule 176(4)).'
    }),
    organisationChannel: defineRule({
        code: 'organisation-channel-unverified', severity: 'info', force: 'human', provision: 'rule 177', also: ['rule 176(5)'], digest: 'g7',
        unverified: 'the text of rule 177 was not found; the dossier only indicates that its sub-rule 2 concerns the channel an organisation designates',
        summary: 'Checklist: the request to an intergovernmental organisation goes through the channel of communication the organisation designated (rule 177, sub-rule 2, to which rule 176(5) refers; its text is NOT VERIFIED).'
    }),

    // ------------------------------------------------------------ channel (X1, X5)
    channelMissing: defineRule({
        code: 'channel-missing', clause: 'via', severity: 'error', force: 'shall', provision: 'art. 87(1)(a)', digest: 'X1',
        summary: 'A request to a State says through which channel it is transmitted (art. 87(1)(a)): `via diplomatic-channel`, or `via designated-authority "..."` naming the authority the State designated. An authority left as empty quotes (`via designated-authority ""`, as the quick fix writes it) is reported at the quotes, to be filled in. INTERPOL or a regional organisation is used only in addition, when appropriate (art. 87(1)(b)).'
    }),
    channelNotDesignated: defineRule({
        code: 'channel-not-designated', severity: 'error', force: 'shall', provision: 'art. 87(1)(a)', also: ['rule 176(3)', 'rule 180(2)'], digest: 'X1', category: 'slow',
        summary: 'The channel (`via`) is the one the State designated, or one of the two where it designated a choice (`channel diplomatic-channel or designated-authority "..."`), as in force on the request date: a change takes effect on the date agreed with the Court or 45 days after the Court received it, without prejudice to current requests (rule 180(2)).'
    }),
    channelDesignationUnknown: defineRule({
        code: 'channel-designation-unknown', severity: 'info', force: 'human', provision: 'art. 87(1)(a)', also: ['rule 176(1)', 'rule 176(3)'], digest: 'X1', category: 'slow',
        summary: 'Checklist: the request goes to a designated authority but no designation by that State is recorded in the workspace; check the authority against the designation communicated to the Registrar, or record it (`designation for State "..." { ... }`).'
    }),
    channelAlternative: defineRule({
        code: 'channel-alternative', severity: 'info', force: 'human', provision: 'art. 87(1)(b)', also: ['art. 87(1)(a)'], digest: 'X1',
        summary: 'Checklist: transmission through INTERPOL or a regional organisation is possible "when appropriate", without prejudice to the channel of art. 87(1)(a); check that it is appropriate here.'
    }),
    channelOrgan: defineRule({
        code: 'channel-transmitting-organ', severity: 'error', force: 'shall', provision: 'rule 176(2)', digest: 'X1',
        summary: 'The Registrar transmits the requests of the Chambers and the Office of the Prosecutor those of the Prosecutor: `from Chamber` goes with `transmitted-by Registrar`, `from Prosecutor` with `transmitted-by Office-of-the-Prosecutor`.'
    }),

    // ------------------------------------------------------------ language (X2)
    languageMissing: defineRule({
        code: 'language-missing', clause: 'language', severity: 'error', force: 'shall', provision: 'art. 87(2)', also: ['rule 178', 'rule 179'], digest: 'X2',
        summary: 'A request to a State states the language it is in (`language English`), and any translations that accompany it (`translation French`). Rule 179 is cited for a request to a State not party (by its commonly used title, it concerns the language of such requests): its text is NOT VERIFIED in the dossier, which the finding on a request to a State not party says; a finding on a request to a State Party rests on art. 87(2) and rule 178, both in the dossier.'
    }),
    languageNotDesignated: defineRule({
        code: 'language-not-designated', severity: 'error', force: 'shall', provision: 'art. 87(2)', also: ['rule 178(1)', 'rule 180(2)'], digest: 'X2', category: 'slow',
        summary: 'The request is in, or accompanied by a translation into, one of the languages the State chose, as in force on the request date (`designation ... { language A or B }`; changes take effect as in rule 180(2)).'
    }),
    languageTranslationMissing: defineRule({
        code: 'language-translation-missing', severity: 'error', force: 'shall', provision: 'art. 87(2)', also: ['rule 180(2)'], digest: 'X2', category: 'slow',
        summary: 'Where the State asked for a translation into a language (`designation ... { translation-into X }`), the request is in X or lists it among its translations (`translation X`).'
    }),
    languageNotWorking: defineRule({
        code: 'language-not-working', severity: 'info', force: 'human', provision: 'rule 178(2)', also: ['art. 87(2)', 'art. 50(2)', 'rule 178(1)'], digest: 'X2', category: 'slow',
        summary: 'Checklist: no choice of language by the requested State Party is recorded (in the workspace or the built-in library), and the request, or a document supporting it, is neither in nor accompanied by a translation into English or French. Rule 178(2) requires a working language of the Court (art. 50(2)) only when the State "has not chosen a language" upon ratification or accession; a choice not recorded is not the same as no choice. Check the State\'s choice under art. 87(2): record it (`designation for State "..." { language ... }`), which the request is then checked against (language-not-designated), or, if the State chose none, add a translation into English or French.'
    }),
    annexLanguageNotDesignated: defineRule({
        code: 'annex-language-not-designated', severity: 'error', force: 'shall', provision: 'art. 87(2)', also: ['rule 178', 'rule 180(2)'], digest: 'X2', category: 'slow',
        summary: 'Each document supporting a request to a State (its annexes) is in, or accompanied by a translation into, a language the request itself could be in: one the State chose (with any translation it asked for), as in force on the request date (when no choice is recorded, a document in neither English nor French is language-not-working\'s checklist item). Annexes with the same `copy-of` or the same `document` number are versions of one document, judged together as a request and its translations are (a warrant annexed in English and, for the person, in Swahili); an annex without `language` is taken to be in the request\'s language. A translation for the person alone (rule 187) leaves the State without a copy in its language. The instruction on self-incrimination annexed for a witness (`self-incrimination-instruction <language> annex A1`, rule 190) is in the witness\'s language and is not counted.'
    }),
    languageNonParty: defineRule({
        code: 'language-non-party-unverified', severity: 'info', force: 'human', provision: 'rule 179', digest: 'g4',
        unverified: 'the text of rule 179 (language of requests to States not party) was not found',
        summary: 'Checklist: the language of a request to a State not party is governed by rule 179, whose text the dossier does not have; check the language agreed with the State.'
    }),

    // ------------------------------------------------------------ urgent requests by another medium (a2-a3, b1, d1-d2)
    mediumNotUrgent: defineRule({
        code: 'urgent-medium-not-urgent', severity: 'error', force: 'shall', provision: 'art. 96(1)', digest: 'd1',
        summary: 'A request for assistance under art. 93 (temporary transfer included) is made in writing; another medium capable of delivering a written record only in urgent cases (`urgent "..."`). Requests for arrest and surrender follow the same rule under art. 91(1); a request for provisional arrest may be made by any such medium (art. 92(2)).'
    }),
    surrenderNotConfirmed: defineRule({
        code: 'urgent-surrender-not-confirmed', severity: 'error', force: 'shall', provision: 'art. 91(1)', also: ['art. 87(1)(a)'], digest: 'a3',
        summary: 'An urgent request for arrest and surrender (or for the surrender of a convicted person) made by a medium other than writing is confirmed through the channel of art. 87(1)(a): `confirmed <date> via <channel>`.'
    }),
    assistanceNotConfirmed: defineRule({
        code: 'urgent-not-confirmed', severity: 'error', force: 'shall', provision: 'art. 96(1)', also: ['art. 87(1)(a)'], digest: 'd2',
        summary: 'An urgent request for assistance made by a medium other than writing is confirmed through the channel of art. 87(1)(a): `confirmed <date> via <channel>`.'
    }),
    confirmationChannel: defineRule({
        code: 'urgent-confirmation-channel', severity: 'error', force: 'shall', provision: 'art. 87(1)(a)', also: ['art. 91(1)', 'art. 96(1)', 'rule 180(2)'], digest: 'a3', category: 'slow',
        summary: 'The confirmation of an urgent request goes through the channel of art. 87(1)(a) — the diplomatic channel or the one the State designated, as in force on the request date — not through INTERPOL or a regional organisation (art. 87(1)(b)).'
    }),
    confirmationBeforeRequest: defineRule({
        code: 'urgent-confirmation-before-request', severity: 'error', force: 'language',
        summary: 'The confirmation of a request (`confirmed <date> via ...`) is not dated before the request itself.'
    }),

    // ------------------------------------------------------------ declarations of States and organisations
    stateDeclaredTwice: defineRule({
        code: 'state-declared-twice', severity: 'error', force: 'language', category: 'slow',
        summary: 'A State or an intergovernmental organisation is declared once. One of the built-in library is not declared again in a workspace file (`state "Kenya" {...}`): the library\'s declaration holds the dossier\'s Rome Statute dates, on which every finding about party status rests, and every `State "Kenya"` of the workspace names it, so the declaration in the workspace is without effect, though it reads as if it changed the State\'s dates or status; remove it (the quick fix does). A State or organisation the library lacks may be declared in the workspace, in one file: declared twice, a reference to it names the declaration in the file first by path.'
    })
};

// ---------------------------------------------------------------------------- helpers

export const WORKING_LANGUAGES = ['English', 'French'];
/** art. 87(1)(a): the channels a request "shall" go through; 87(1)(b) channels are additional. */
export const CHANNELS_87_1_A: ReadonlySet<string> = new Set(['diplomatic-channel', 'designated-authority']);
/**
 * art. 87(6): "information or documents". Of the forms of art. 93(1), two ask an organisation
 * only for what it knows or holds: (a) the identification and whereabouts of persons or the
 * location of items (information) and (i) the provision of records and documents. Every other
 * form asks it to act (take evidence, serve, search, freeze, protect, transfer...).
 */
const INFORMATION_OR_DOCUMENTS = ['art. 93(1)(a)', 'art. 93(1)(i)'];
/**
 * Kinds whose other-than-written medium must be confirmed, with the provision that says so: "In
 * urgent cases, a request may be made by any medium capable of delivering a written record, provided
 * that the request shall be confirmed through the channel provided for in article 87, paragraph 1 (a)"
 * (arts. 91(1), 96(1)). A provisional arrest (art. 92(2)) needs no confirmation. The documents cite
 * the same provision when they state the confirmation (generator/page-marks.ts).
 */
export const CONFIRMATION_RULE: Readonly<Record<string, 'art. 91(1)' | 'art. 96(1)'>> = {
    'arrest-and-surrender': 'art. 91(1)',
    'surrender-of-convicted': 'art. 91(1)',
    'assistance': 'art. 96(1)',
    'temporary-transfer': 'art. 96(1)'
};

function requestDay(request: Request): string | undefined {
    return request.date && isValidDate(request.date) ? dayOf(request.date) : undefined;
}

/** The rule marked NOT VERIFIED when the State's dates are not verified in the dossier. */
function withStateVerification(rule: Rule, state: State, status: StateStatus): Rule {
    if (!status.verification || status.verification === 'verified') return rule;
    const level = status.verification === 'partly-verified' ? 'partly verified' : 'not verified';
    return { ...rule, unverified: `the dossier marks ${englishName(state.name)}'s dates as ${level} (see its entry in the built-in State library)` };
}

/** The rule marked NOT VERIFIED when the designation it rests on is not verified. */
function withDesignationVerification(rule: Rule, designation: Designation, state: State): Rule {
    const document = AstUtils.getDocument(designation);
    if (isBuiltinUri(document.uri)) {
        return { ...rule, unverified: `the designation of ${englishName(state.name)} is one of the dossier's examples from third-party sources, not checked against the UN Treaty Collection` };
    }
    if (!designation.verification || designation.verification === 'verified') return rule;
    const note = designation.verificationNote?.trim();
    const shortNote = note ? `: ${note.length > 120 ? note.slice(0, 117) + '...' : note}` : '';
    return { ...rule, unverified: `the designation of ${englishName(state.name)} is marked ${designation.verification}${shortNote}` };
}

function describeDesignation(designation: Designation, library: StateLibrary): string {
    const effective = library.effectiveDate(designation);
    if (designation.effective) return ` (in force since ${effective}, the date agreed with the Court)`;
    if (designation.received) return ` (received ${designation.received}, in force since ${effective}: 45 days later, rule 180(2))`;
    return '';
}

/**
 * How the requested State stands on the request date, for Part 9:
 * - `party`: a State Party (Part 9 obligations);
 * - `continuing`: withdrawn, but cooperation continues for proceedings commenced before (art. 127(2));
 * - `non-party`: never a party, not yet in force for it (art. 126(2)), or withdrawn without 127(2).
 */
type Regime =
    | { kind: 'party' }
    | { kind: 'continuing'; effective: string }
    | { kind: 'non-party'; why: string; withdrawnUnsupported: boolean };

function regimeOf(request: Request, state: State, status: StateStatus, day: string): Regime {
    const p = status.party;
    switch (p.kind) {
        case 'party':
            return { kind: 'party' };
        case 'not-yet-party':
            return { kind: 'non-party', why: `is not a State Party on ${day}: the Statute enters into force for it on ${p.entryIntoForce} (art. 126(2))`, withdrawnUnsupported: false };
        case 'withdrawn': {
            if (boundAsParty(status, request.proceedingsCommenced)) return { kind: 'continuing', effective: p.effective };
            return { kind: 'non-party', why: `had withdrawn from the Statute with effect from ${p.effective} (art. 127(1))`, withdrawnUnsupported: !request.arrangement };
        }
        case 'non-party':
            return { kind: 'non-party', why: `is not a party to the Statute on ${day}`, withdrawnUnsupported: false };
    }
}

// ---------------------------------------------------------------------------- fast checks

/** g1, g3, g10, art. 126(2): the requested State's status on the request date. */
function checkPartyStatus(request: Request, accept: ValidationAcceptor): void {
    const state = request.state?.ref;
    const day = requestDay(request);
    if (!state || !day) return;
    const status = stateStatusOn(state, day);
    const regime = regimeOf(request, state, status, day);
    const at = { node: request, property: 'state' } as const;
    const marked = (rule: Rule) => withStateVerification(rule, state, status);
    const p = status.party;

    if (p.kind === 'not-yet-party' && p.deposited <= day) {
        report(accept, marked(rules.notYetInForce),
            `${englishName(state.name, { start: true })} deposited its instrument on ${p.deposited}, but the Statute enters into force for it only on ${p.entryIntoForce}: on ${day} the request is one to a State not party, made on the basis of an arrangement or declaration; consider dating it on or after ${p.entryIntoForce}.`,
            at, { entryIntoForce: p.entryIntoForce });
    }

    if (p.kind === 'withdrawn') {
        const commenced = request.proceedingsCommenced;
        if (regime.kind === 'continuing') {
            report(accept, marked(rules.withdrawnCheck),
                `${englishName(state.name, { start: true })}'s withdrawal took effect on ${p.effective}; cooperation continues for the investigation or proceedings commenced on ${dayOf(commenced!)}: check that the request is made in connection with them.`,
                { node: request, property: 'proceedingsCommenced' }, { withdrawalEffective: p.effective });
        } else if (commenced && isValidDate(commenced) && !request.arrangement) {
            report(accept, marked(rules.withdrawnProceedingsLate),
                `The proceedings the request relies on commenced on ${dayOf(commenced)}, not before ${englishName(state.name)}'s withdrawal took effect (${p.effective}): art. 127(2) does not cover them. Give the date proceedings commenced before ${p.effective}, or invite ${englishName(state.name)} as a State not party (\`arrangement ad-hoc-arrangement <record>\`, art. 87(5)(a)).`,
                { node: request, property: 'proceedingsCommenced' }, { withdrawalEffective: p.effective });
        } else if (!commenced) {
            if (!request.arrangement) {
                report(accept, marked(rules.withdrawnProceedingsMissing),
                    `${englishName(state.name, { start: true })}'s withdrawal from the Statute took effect on ${p.effective}, before this request (${day}): state the investigation or proceedings commenced before then that it concerns (\`proceedings-commenced <date>\`, art. 127(2)), or invite ${englishName(state.name)} as a State not party (\`arrangement ad-hoc-arrangement <record>\`, art. 87(5)(a)).`,
                    at, { withdrawalEffective: p.effective });
            }
        }
    }

    if (regime.kind === 'non-party') {
        const has123 = request.arrangement === 'declaration-12-3' && !!status.declaration123;
        if (!request.arrangement && !regime.withdrawnUnsupported) {
            const hint = status.declaration123
                ? `\`arrangement declaration-12-3\` (${englishName(state.name, { start: true })} lodged an art. 12(3) declaration on ${status.declaration123.lodged}), or \`arrangement ad-hoc-arrangement <record>\``
                : '`arrangement ad-hoc-arrangement <record>` (or `arrangement agreement <record>`, or `arrangement other-basis "..."`)';
            report(accept, marked(rules.nonPartyBasisMissing),
                `${englishName(state.name, { start: true })} ${regime.why}; the Court may only invite it to assist on the basis of an ad hoc arrangement, an agreement or any other appropriate basis: add ${hint}.`,
                at, { expected: status.declaration123 ? 'declaration-12-3' : 'ad-hoc-arrangement' });
        } else if (request.arrangement === 'other-basis' && !request.arrangementRecord && !request.arrangementNote?.trim()) {
            report(accept, rules.nonPartyBasisUnspecified,
                `The request relies on "any other appropriate basis" without saying which: name the record (\`arrangement other-basis <record>\`) or describe it (\`arrangement other-basis "..."\`).`,
                { node: request, property: 'arrangement' });
        }
        if (!has123 && !regime.withdrawnUnsupported) {
            const cited = citationsOf(request.legalBasis)
                .filter(c => c === 'art. 86' || c.startsWith('art. 87(7)'));
            const citedNote = cited.length ? ` The legal basis cites ${cited.join(', ')}, which concern(s) States Parties.` : '';
            report(accept, marked(rules.nonPartyInvitation),
                `${englishName(state.name, { start: true })} ${regime.why}. Word the request as an invitation (art. 87(5)(a)); do not invoke the obligations of States Parties (arts. 86, 87(7), 89(1), 93(1)).${citedNote}`,
                request.arrangement ? { node: request, property: 'arrangement' } : at);
        }
    }

    if (request.arrangement === 'declaration-12-3') {
        checkDeclaration123(request, state, status, day, accept);
        if (status.declaration123) checkDeclaration123Caveats(request, state, day, accept);
    }
}

/** g3: an art. 12(3) declaration lodged on or before the request date, covering the crime date. */
function checkDeclaration123(request: Request, state: State, status: StateStatus, day: string, accept: ValidationAcceptor): void {
    const marked = (rule: Rule) => withStateVerification(rule, state, status);
    if (!status.declaration123) {
        const later = state.declarations.filter(d => d.lodged > day).map(d => d.lodged);
        const laterNote = later.length ? ` (its declaration was lodged only on ${later[0]})` : '';
        report(accept, marked(rules.declarationMissing),
            `The request relies on an art. 12(3) declaration, but ${englishName(state.name)} had lodged none with the Registrar by ${day}${laterNote}: choose the basis on which it is invited (\`arrangement ad-hoc-arrangement <record>\`, art. 87(5)(a)).`,
            { node: request, property: 'arrangement' });
        return;
    }
    const crime = crimePeriod(request);
    if (!crime) return;
    const lodged = state.declarations.filter(d => d.lodged <= day);
    if (!lodged.some(d => covers(d, crime))) {
        const periods = lodged.map(d => `${d.from ?? '…'} to ${d.to ?? 'no end date'} (lodged ${d.lodged})`).join('; ');
        const dates = crime.from === crime.to ? `The crime date ${crime.from} is outside` : `The period of the crimes, ${crime.from} to ${crime.to}, is not within`;
        report(accept, marked(rules.declarationScope),
            `${dates} the period for which ${englishName(state.name)}'s art. 12(3) declaration(s) accept the Court's jurisdiction: ${periods}. Check the date or the basis of the request, or suppress this warning with the reason.`,
            { node: request, property: 'crimeDate' });
    }
}

/**
 * The days of the crimes the request gives (`crime-date D`, or the period `crime-date D to E`), when they are real
 * dates in order; a period written backwards is request-crime-date-end-before-start's to report.
 */
function crimePeriod(request: Request): { from: string; to: string } | undefined {
    if (!request.crimeDate || !isValidDate(request.crimeDate)) return undefined;
    const from = dayOf(request.crimeDate);
    if (!request.crimeDateEnd) return { from, to: from };
    if (!isValidDate(request.crimeDateEnd) || dayOf(request.crimeDateEnd) < from) return undefined;
    return { from, to: dayOf(request.crimeDateEnd) };
}

/** Whether an art. 12(3) declaration accepts the Court's jurisdiction over the whole of the crimes' days. */
function covers(declaration: { from?: string; to?: string }, crime: { from: string; to: string }): boolean {
    return (!declaration.from || declaration.from <= crime.from) && (!declaration.to || crime.to <= declaration.to);
}

/**
 * g3, with the dossier's caveats: the declarations a request may rely on (lodged by its date, covering
 * its crime date when it gives one), when the dossier doubts every one of them (its notes say NOT
 * VERIFIED, UNCERTAIN or NOT given effect). Relying on such a declaration is not an error, but the officer
 * is shown what the dossier could not confirm.
 */
function checkDeclaration123Caveats(request: Request, state: State, day: string, accept: ValidationAcceptor): void {
    const crime = crimePeriod(request);
    const lodged = state.declarations.filter(d => d.lodged <= day);
    const covering = crime ? lodged.filter(d => covers(d, crime)) : lodged;
    const relied = covering.length ? covering : lodged;
    const caveats = relied.map(d => ({ declaration: d, caveats: declarationCaveats(d.note) }));
    if (!caveats.length || caveats.some(c => !c.caveats.length)) return;
    const which = relied.map(d => `lodged ${d.lodged}${d.from ? `, from ${d.from}` : ''}${d.to ? ` to ${d.to}` : ''}`).join('; ');
    report(accept, { ...rules.declarationUnverified, unverified: caveats.map(c => `declaration lodged ${c.declaration.lodged}: ${c.caveats.join(' ')}`).join(' ') },
        `The request relies on ${englishName(state.name)}'s art. 12(3) declaration (${which}), which the reference dossier does not confirm: check the declaration itself (its date, its scope, and that it was given effect) before relying on it.`,
        { node: request, property: 'arrangement' });
}

/** The sentences of a declaration's dossier note that doubt it: NOT VERIFIED, UNCERTAIN, NOT given effect. */
function declarationCaveats(note: string | undefined): string[] {
    if (!note) return [];
    const text = note.replace(/^[^:]*:\s*/, '');
    return text.split(/(?<=\.)\s+(?=[A-Z])/).filter(s => /NOT VERIFIED|UNCERTAIN|NOT given effect/.test(s)).map(s => s.trim());
}

/** g5, g6, g7: requests to intergovernmental organisations. */
function checkOrganisation(request: Request, accept: ValidationAcceptor): void {
    if (!request.organisation) return;
    const organisation = request.organisation.ref;
    const name = organisation?.name ?? request.organisation.$refText;
    const at = { node: request, property: 'organisation' } as const;

    // A transit is requested of the transit State, not of an organisation (transit-to-organisation): no agreement makes it one.
    const other: string[] = !request.kind || request.kind === 'transit' ? []
        : request.kind !== 'assistance' ? [request.kind]
        : citationsOf(request.forms).filter(c => !INFORMATION_OR_DOCUMENTS.some(f => isWithin(c, f)));
    if (other.length) {
        const record = request.arrangementRecord?.ref;
        const agreed = request.arrangement === 'agreement' || request.arrangement === 'ad-hoc-arrangement';
        const sought = request.kind === 'assistance' ? `assistance under ${other.join(', ')}` : other[0].replace(/-/g, ' ');
        const whatFor = `asks the ${name} for ${sought}, which is more than information or documents`;
        if (!agreed || !request.arrangementRecord) {
            report(accept, rules.organisationAgreementMissing,
                `The request ${whatFor}: such cooperation rests on an agreement with the organisation; add \`arrangement agreement <record>\` naming the record of that agreement.`,
                request.arrangement ? { node: request, property: 'arrangement' } : at, { expected: 'agreement' });
        } else if (record && organisation && record.organisation?.ref && record.organisation.ref !== organisation) {
            report(accept, rules.organisationAgreementMissing,
                `The request ${whatFor}, but record ${record.name} is an agreement with the ${record.organisation.ref.name}, not with the ${name}: name the record of the agreement with the ${name}.`,
                { node: request, property: 'arrangementRecord' });
        } else {
            report(accept, rules.organisationMandate,
                `Check that ${sought} is within what was agreed with the ${name} (${request.arrangementRecord.$refText}) and within its competence or mandate.`,
                { node: request, property: 'arrangementRecord' });
        }
    }

    const declared = organisation?.channelDetail ? ` The ${name} is recorded as receiving requests through: ${organisation.channelDetail}.` : '';
    report(accept, rules.organisationChannel,
        `Check that the request goes through the channel of communication the ${name} designated.${declared}`, at);
}

/** rule 176(2), and 176(4) for organisations: the issuing organ and the transmitting organ. */
function checkTransmittingOrgan(request: Request, accept: ValidationAcceptor): void {
    if (!request.organ || !request.transmittedBy) return;
    const expected = request.organ === 'Chamber' ? 'Registrar' : request.organ === 'Prosecutor' ? 'Office-of-the-Prosecutor' : undefined;
    if (!expected || request.transmittedBy === expected) return;
    const rule = request.organisation && !request.state ? rules.organisationOrgan : rules.channelOrgan;
    const who = request.organ === 'Chamber' ? 'a Chamber\'s request is transmitted by the Registrar' : 'the Prosecutor\'s request is transmitted by the Office of the Prosecutor';
    report(accept, rule,
        `The request is made by the ${request.organ} but transmitted by the ${request.transmittedBy.replace(/-/g, ' ')}: ${who}; write \`transmitted-by ${expected}\`.`,
        { node: request, property: 'transmittedBy' }, { expected });
}

/** X1 (the parts that need no designation) and X2's presence check. */
function checkChannelAndLanguage(request: Request, accept: ValidationAcceptor): void {
    if (!request.state) return;
    if (!request.channel) {
        report(accept, rules.channelMissing,
            'The request does not say through which channel it is transmitted: add `via diplomatic-channel` (or `via designated-authority "..."`, as the State designated).',
            { node: request, property: 'state' }, { expected: 'diplomatic-channel' });
    } else if (request.channelDetail !== undefined && !request.channelDetail.trim()) {
        // `via designated-authority ""`, as the quick fix above inserts it: the authority is still to be named
        // (report() points at the empty quotes and says to fill them in).
        report(accept, rules.channelMissing,
            `The request does not name the authority through which it is transmitted: add \`via ${request.channel} "..."\`, the authority as the State designated it.`,
            { node: request, property: 'channelDetail' });
    } else if (!CHANNELS_87_1_A.has(request.channel)) {
        report(accept, rules.channelAlternative,
            `Transmission through ${request.channel === 'INTERPOL' ? 'INTERPOL' : 'a regional organisation'} is possible when appropriate, without prejudice to the diplomatic or designated channel: check that it is appropriate here.`,
            { node: request, property: 'channel' });
    }

    const state = request.state.ref;
    const day = requestDay(request);
    const regime = state && day ? regimeOf(request, state, stateStatusOn(state, day), day) : undefined;
    if (!request.language) {
        const nonParty = regime?.kind === 'non-party' ? ' (for a State not party, rule 179 applies; its text is NOT VERIFIED in the dossier)' : '';
        report(accept, rules.languageMissing,
            `The request does not state its language: add \`language English\` (or the language the State chose), with \`translation ...\` for any translation that accompanies it${nonParty}.`,
            { node: request, property: 'state' }, { expected: 'English' });
    } else if (regime?.kind === 'non-party' && !regime.withdrawnUnsupported) {
        report(accept, rules.languageNonParty,
            `${englishName(state!.name, { start: true })} is not a State Party on the request date: check that ${request.language} is a language agreed with it.`,
            { node: request, property: 'language' });
    }
}

/** a2-a3, b1, d1-d2: another medium than writing only when urgent, then confirmed. */
function checkUrgentMedium(request: Request, accept: ValidationAcceptor): void {
    const day = requestDay(request);
    if (request.confirmedOn && day && isValidDate(request.confirmedOn) && dayOf(request.confirmedOn) < day) {
        report(accept, rules.confirmationBeforeRequest,
            `The confirmation is dated ${dayOf(request.confirmedOn)}, before the request itself (${day}): a confirmation follows the request it confirms.`,
            { node: request, property: 'confirmedOn' });
    }
    if (request.organisation && !request.state) return;
    const provision = request.kind ? CONFIRMATION_RULE[request.kind] : undefined;
    if (!provision || !request.medium || request.medium === 'written') return;
    if (!request.urgency?.trim()) {
        // art. 91(1) for arrest and surrender is the surrender area's (arrest-not-in-writing, convicted-not-in-writing).
        if (provision === 'art. 96(1)') {
            report(accept, rules.mediumNotUrgent,
                `The request is sent by ${request.medium} but is not marked urgent: write \`medium written\`, or state why it is urgent (\`urgent "..."\`) and confirm it through the art. 87(1)(a) channel.`,
                { node: request, property: 'medium' }, { expected: 'written' });
        }
        return;
    }
    if (!request.confirmedOn) {
        const expected = request.channel && CHANNELS_87_1_A.has(request.channel) ? request.channel : 'diplomatic-channel';
        report(accept, provision === 'art. 91(1)' ? rules.surrenderNotConfirmed : rules.assistanceNotConfirmed,
            `The urgent request is sent by ${request.medium}; it must be confirmed through the art. 87(1)(a) channel: add \`confirmed <date> via ${expected}\`.`,
            { node: request, property: 'medium' }, { expected });
    }
}

// ---------------------------------------------------------------------------- slow checks (designations)

/** X1, X2, X5 against the designation in force on the request date (rule 180(2)). */
function checkDesignation(request: Request, accept: ValidationAcceptor, library: StateLibrary): void {
    const state = request.state?.ref;
    const day = requestDay(request);
    if (!state || !day) return;
    const designation = library.designationOn(state, day);
    const regime = regimeOf(request, state, stateStatusOn(state, day), day);
    const inForce = designation ? describeDesignation(designation, library) : '';
    // The channel the State designated, or the two where it designated a choice.
    const designated = designatedChannels(designation);

    // X1: the channel.
    if (request.channel && CHANNELS_87_1_A.has(request.channel)) {
        if (designation && designated.length && !designated.some(d => d.channel === request.channel)) {
            const detail = designation.channelDetail ? ` ${quote(designation.channelDetail)}` : '';
            const named = designated.map(d => `the ${d.channel.replace(/-/g, ' ')}${d.detail ? ` ${quote(d.detail)}` : ''}`).join(' or ');
            report(accept, withDesignationVerification(rules.channelNotDesignated, designation, state),
                `${englishName(state.name, { start: true })} designated ${named} for requests on ${day}${inForce}, not the ${request.channel.replace(/-/g, ' ')}: write \`via ${designation.channel}${detail}\`.`,
                { node: request, property: 'channel' }, { expected: designation.channel, detail: designation.channelDetail });
        } else if (!designation?.channel && request.channel === 'designated-authority') {
            report(accept, rules.channelDesignationUnknown,
                `No designation by ${englishName(state.name)} in force on ${day} is recorded: check ${request.channelDetail ? quote(request.channelDetail) : 'the authority'} against the channel ${englishName(state.name)} designated, or record it in a \`designation for State "${state.name}"\` block.`,
                { node: request, property: 'channel' });
        }
    }

    // a3, b1, d2: the confirmation of an urgent request goes through the 87(1)(a) channel.
    const provision = request.kind ? CONFIRMATION_RULE[request.kind] : undefined;
    if (provision && request.confirmedVia && request.medium && request.medium !== 'written') {
        const expected = designation?.channel ?? (request.channel && CHANNELS_87_1_A.has(request.channel) ? request.channel : 'diplomatic-channel');
        if (!CHANNELS_87_1_A.has(request.confirmedVia)) {
            report(accept, rules.confirmationChannel,
                `The request is confirmed via ${request.confirmedVia}, a channel of art. 87(1)(b); ${provision} requires confirmation through the channel of art. 87(1)(a): write \`via ${expected}\`.`,
                { node: request, property: 'confirmedVia' }, { expected });
        } else if (designation?.channel && !designated.some(d => d.channel === request.confirmedVia)) {
            const named = designated.map(d => `the ${d.channel.replace(/-/g, ' ')}`).join(' or ');
            report(accept, withDesignationVerification(rules.confirmationChannel, designation, state),
                `The request is confirmed via the ${request.confirmedVia.replace(/-/g, ' ')}, but ${englishName(state.name)} designated ${named}${inForce} (${provision}): write \`via ${designation.channel}\`.`,
                { node: request, property: 'confirmedVia' }, { expected: designation.channel });
        }
    }

    // X2: the language of the request, then of each document supporting it (art. 87(2)).
    if (request.language) {
        const offered = [request.language, ...request.translations];
        for (const gap of languageGaps(offered, designation, regime)) {
            if (gap.kind === 'not-designated') {
                report(accept, withDesignationVerification(rules.languageNotDesignated, designation!, state),
                    `${englishName(state.name, { start: true })} chose ${gap.languages.join(' or ')} for requests${inForce}; the request is in ${request.language}${request.translations.length ? ` with translations into ${request.translations.join(', ')}` : ''}: write \`language ${gap.languages[0]}\` or add \`translation ${gap.languages[0]}\`.`,
                    { node: request, property: 'language' }, { expected: gap.languages[0], alternatives: gap.languages });
            } else if (gap.kind === 'translation-missing') {
                report(accept, withDesignationVerification(rules.languageTranslationMissing, designation!, state),
                    `${englishName(state.name, { start: true })} asks for requests to be accompanied by a translation into ${gap.into}${inForce}: add \`translation ${gap.into}\` after \`language ${request.language}\`.`,
                    { node: request, property: 'language' }, { expected: gap.into });
            } else {
                report(accept, rules.languageNotWorking,
                    `No choice of language by ${englishName(state.name)} is recorded, and the request is in ${request.language}${request.translations.length ? ` with translations into ${request.translations.join(', ')}` : ''}, neither English nor French: if ${englishName(state.name)} chose no language upon ratification or accession, rule 178(2) requires the request to be in, or accompanied by a translation into, English or French (add \`translation English\`); if it chose one, record its designation (\`designation for State "${state.name}" { language ... }\`) and the request is checked against it.`,
                    { node: request, property: 'language' }, { expected: 'English', alternatives: WORKING_LANGUAGES });
            }
        }
    }
    checkAnnexLanguages(request, state, designation, regime, inForce, accept);
}

/**
 * The requested State's side of a request's channel and language as the designation checks above
 * judge them (for the hover on `via` and `language`): the State, the request's day, the designation
 * in force on it (rule 180(2)) and how it came into force, whether the State is bound as a party, and
 * what art. 87(2) leaves unmet by the request's language and translations (`languageGaps`).
 */
export interface DesignationStanding {
    readonly state: State;
    readonly day: string;
    readonly designation?: Designation;
    /** " (received D, in force since E: 45 days later, rule 180(2))", or empty. */
    readonly inForce: string;
    readonly nonParty: boolean;
    readonly languageGaps: readonly LanguageGap[];
}

export function designationStanding(request: Request, library: StateLibrary): DesignationStanding | undefined {
    const state = request.state?.ref;
    const day = requestDay(request);
    if (!state || !day) return undefined;
    const designation = library.designationOn(state, day);
    const regime = regimeOf(request, state, stateStatusOn(state, day), day);
    const offered = request.language ? [request.language, ...request.translations] : [];
    return {
        state, day, designation, inForce: designation ? describeDesignation(designation, library) : '', nonParty: regime.kind === 'non-party',
        languageGaps: offered.length ? languageGaps(offered, designation, regime) : []
    };
}

/** What art. 87(2) leaves unmet by a text in, or accompanied by translations into, the `offered` languages. */
export type LanguageGap =
    | { kind: 'not-designated'; languages: readonly string[] }
    | { kind: 'translation-missing'; into: string }
    | { kind: 'not-working' };

/**
 * The one notion of an acceptable language, for the request and for each document supporting it
 * (art. 87(2): "Requests for cooperation and any documents supporting the request"): one of the
 * languages the State chose, and the translation it asked for, as in force on the request date
 * (rule 180(2)); when no choice is recorded, a working language of the Court (rule 178(2),
 * art. 50(2)). A State not party without a recorded choice is left to rule 179 (NOT VERIFIED):
 * no gap, as the fast check's information item says.
 */
function languageGaps(offered: readonly string[], designation: Designation | undefined, regime: Regime): LanguageGap[] {
    const offers = (language: string) => offered.some(l => sameLanguage(l, language));
    if (designation && (designation.languages.length > 0 || !!designation.translationInto)) {
        const gaps: LanguageGap[] = [];
        if (designation.languages.length && !designation.languages.some(offers)) gaps.push({ kind: 'not-designated', languages: designation.languages });
        if (designation.translationInto && !offers(designation.translationInto)) gaps.push({ kind: 'translation-missing', into: designation.translationInto });
        return gaps;
    }
    if (regime.kind === 'non-party') return [];
    return WORKING_LANGUAGES.some(offers) ? [] : [{ kind: 'not-working' }];
}

/**
 * X2 for the documents supporting the request: its annexes, grouped into the versions of one
 * document (the same `copy-of` target or the same `document` number; any other annex stands
 * alone). A group is fine when one version is in an acceptable language, or has no `language`
 * (taken to be in the request's, which the request's own check judges). The instruction on
 * self-incrimination annexed for a witness (rule 190: "in a language that the person fully
 * understands and speaks") is the witness's, not counted.
 */
function checkAnnexLanguages(request: Request, state: State, designation: Designation | undefined, regime: Regime, inForce: string, accept: ValidationAcceptor): void {
    const forWitness = new Set(request.persons.map(p => p.selfIncriminationAnnex?.ref).filter(a => a !== undefined));
    for (const group of annexGroups(request.annexes)) {
        if (group.some(a => !a.language || forWitness.has(a))) continue;
        const gaps = languageGaps(group.map(a => a.language!), designation, regime);
        if (!gaps.length) continue;
        const first = group[0];
        const needed = gaps.map(g => (g.kind === 'not-designated' ? g.languages[0] : g.kind === 'translation-missing' ? g.into : 'English'));
        const reasons = gaps.map(g => g.kind === 'not-designated'
            ? `${englishName(state.name, { start: true })} chose ${g.languages.join(' or ')} for requests and the documents supporting them${inForce}`
            : g.kind === 'translation-missing'
                ? `${englishName(state.name, { start: true })} asks for a translation into ${g.into}${inForce}`
                : `no choice of language by ${englishName(state.name)} is recorded, so the documents supporting the request must be in, or accompanied by a translation into, English or French`);
        const languages = [...new Set(group.map(a => a.language!))];
        const key = first.copyOf?.$refText ?? first.document;
        const of = first.copyOf ? `copy of ${first.copyOf.$refText}` : `document ${first.document}`;
        const what = group.length > 1
            ? `Annexes ${joinList(group.map(a => a.name), 'en')} (versions of ${first.copyOf ? first.copyOf.$refText : `document ${first.document}`}) are in ${joinList(languages, 'en')}`
            : `Annex ${first.name}${key ? ` (${of})` : ''} is in ${first.language}`;
        // A version in the request's own language is the State's copy, whoever else reads that language; only without one is the annex a rule 187 translation for the person.
        const inRequestLanguage = !!request.language && languages.some(l => sameLanguage(l, request.language!));
        const person = inRequestLanguage ? undefined : personWhoseLanguage(request, languages);
        const personal = person ? `, the language of ${person} (a translation for the person, rule 187, gives the State no copy in its language)` : '';
        const none = key || group.length > 1 ? ', and no version is in a language the State accepts' : ', not a language the State accepts';
        let fix: string;
        let data: Record<string, unknown>;
        if (key) {
            const title = stringLiteral(`${first.title ?? ''} (${needed[0]} translation)`);
            // A translation is classified as the most protected version it translates, when one says so.
            const level = highestClassification(group.map(a => a.classification));
            const line = `annex ${freeAnnexName(request)} ${title} { ${first.copyOf ? `copy-of ${first.copyOf.$refText}` : `document ${first.document}`} language ${needed[0]}${level ? ` classification ${level}` : ''} }`;
            const more = needed.length > 1 ? `, and likewise one in ${needed.slice(1).join(' and ')}` : '';
            fix = `add a translation, \`${line}\`${more}`;
            data = { clause: line };
        } else {
            fix = `annex it in ${needed.join(' and in ')} (\`language ${needed[0]}\`), or give it and its translation the same \`document\` number`;
            data = { expected: needed[0] };
        }
        if (gaps[0].kind === 'not-working') {
            // Rule 178(2) binds only a State that chose no language; a choice not recorded is a checklist item, not an error.
            report(accept, rules.languageNotWorking,
                `${what}${personal}, neither English nor French, and no choice of language by ${englishName(state.name)} is recorded: if ${englishName(state.name)} chose no language upon ratification or accession, rule 178(2) requires the documents supporting the request to be in, or accompanied by a translation into, English or French (${fix}); if it chose one, record its designation (\`designation for State "${state.name}" { language ... }\`).`,
                { node: first, property: 'language' }, data);
            continue;
        }
        const rule = designation ? withDesignationVerification(rules.annexLanguageNotDesignated, designation, state) : rules.annexLanguageNotDesignated;
        report(accept, rule, `${what}${personal}${none}: ${reasons.join('; and ')}; ${fix}.`, { node: first, property: 'language' }, data);
    }
}

/** Annexes grouped as versions of one document: the same `copy-of` target or `document` number, transitively; in text order. */
function annexGroups(annexes: readonly Annex[]): Annex[][] {
    const parent = annexes.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
    const seen = new Map<string, number>();
    annexes.forEach((annex, i) => {
        for (const key of [annex.copyOf && `copy-of ${annex.copyOf.$refText}`, annex.document && `document ${annex.document}`]) {
            if (!key) continue;
            const other = seen.get(key);
            if (other === undefined) seen.set(key, i);
            else parent[root(i)] = root(other);
        }
    });
    const groups = new Map<number, Annex[]>();
    annexes.forEach((annex, i) => {
        const r = root(i);
        groups.set(r, [...(groups.get(r) ?? []), annex]);
    });
    return [...groups.values()];
}

/** The person of the request in whose language (declared, or of their rule 187 translation) every one of `languages` is. */
function personWhoseLanguage(request: Request, languages: readonly string[]): string | undefined {
    for (const involvement of request.persons) {
        const own = [involvement.translation, ...(involvement.person?.ref?.languages ?? [])].filter((l): l is string => !!l);
        if (own.length && languages.every(l => own.some(o => sameLanguage(o, l)))) return involvement.person?.ref?.name ?? involvement.person?.$refText;
    }
    return undefined;
}

/** The name for a new annex of the request: the next `A<n>` no annex of it already has (quick fixes insert annexes so named). */
export function freeAnnexName(request: Request): string {
    const taken = new Set(request.annexes.map(a => a.name));
    let n = request.annexes.length + 1;
    while (taken.has(`A${n}`)) n++;
    return `A${n}`;
}


/** The States and organisations declared in the workspace and the built-in library, by type and name. */
const statesByName = workspaceMemo(services => {
    const byName = new MultiMap<string, AstNodeDescription>();
    const index = services.shared.workspace.IndexManager;
    for (const type of ['State', 'Organisation']) {
        for (const d of index.allElements(type)) byName.add(`${type} ${d.name}`, d);
    }
    return byName;
});

/**
 * A `state` or `organisation` declared in a workspace file under a name the built-in library or another
 * declaration of the workspace already bears. The library's is always the one named (references/scope-provider.ts),
 * so a declaration over it is without effect.
 */
function checkStateDeclaredTwice(services: RogatoryServices, declaration: State | Organisation, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(declaration);
    if (isBuiltinUri(document.uri) || !declaration.name) return;
    const path = services.workspace.AstNodeLocator.getAstNodePath(declaration);
    const others = statesByName(services).get(`${declaration.$type} ${declaration.name}`)
        .filter(d => !(UriUtils.equals(d.documentUri, document.uri) && d.path === path));
    if (others.length === 0) return;
    const what = isState(declaration) ? 'State' : 'organisation';
    const named = `${what} "${declaration.name}"`;
    const Named = named.charAt(0).toUpperCase() + named.slice(1);
    const builtin = others.find(d => isBuiltinUri(d.documentUri));
    const at = { node: declaration, property: 'name' } as const;
    if (builtin) {
        const holds = isState(declaration) ? ', with its Rome Statute dates from the dossier' : '';
        report(accept, rules.stateDeclaredTwice,
            `${Named} is declared in the built-in library (builtin:///${UriUtils.basename(builtin.documentUri)})${holds}: declared again here, it is without effect (\`${named}\` names the library's declaration everywhere in the workspace${isState(declaration) ? ', and its party status is judged on the library\'s dates' : ''}). Remove this declaration; ${isState(declaration) ? 'a State' : 'an organisation'} the library lacks is declared under a name of its own.`,
            at, { builtin: builtin.documentUri.toString() });
        return;
    }
    const list = others.map(d => where(services, document.uri, d)).join('; ');
    report(accept, rules.stateDeclaredTwice,
        `${Named} is also declared ${list}: ${isState(declaration) ? 'a State' : 'an organisation'} is declared once, and \`${named}\` names the declaration in the file first by path. Keep one.`,
        at, { others: others.map(d => d.documentUri.toString()) });
}

export const addresseeArea: ValidationArea = {
    name: 'addressee',
    description: 'The requested State or organisation: party status on the request date (arts. 12(3), 87(5)-(6), 126, 127), channel and language (art. 87(1)-(2), rules 176-180).',
    rules: Object.values(rules),
    checks: (services: RogatoryServices) => {
        const library = services.rogatory.StateLibrary;
        return {
            fast: {
                Request: [checkPartyStatus, checkOrganisation, checkTransmittingOrgan, checkChannelAndLanguage, checkUrgentMedium]
            },
            slow: {
                Request: (request: Request, accept: ValidationAcceptor) => checkDesignation(request, accept, library),
                State: (state: State, accept: ValidationAcceptor) => checkStateDeclaredTwice(services, state, accept),
                Organisation: (organisation: Organisation, accept: ValidationAcceptor) => checkStateDeclaredTwice(services, organisation, accept)
            }
        };
    }
};
