import type { AstNode, IndexManager, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, RegExpUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { isAnnex, isInvolvement, isJudgment, isOrganisation, isRecord, isState, isWarrant, isRequest, isSuppression, type Annex, type Involvement, type Judgment, type Warrant, type Record as RecordDeclaration, type Organisation, type Request, type State, type StatusEvent } from '../generated/ast.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayOf, instantOf, isValidDate } from '../states/dates.js';
import { historyInOrder } from '../register/follow-up.js';
import { designationStanding, freeAnnexName, WORKING_LANGUAGES, type DesignationStanding } from '../validation/addressee.js';
import { CLASSIFICATION_LEVELS, highestClassification } from '../validation/request.js';
import { englishName } from '../generator/names.js';
import { verificationMark } from '../states/state-status.js';
import { designatedChannels, type StateLibrary } from '../states/state-library.js';
import { findRule } from '../validation/catalogue.js';
import { containerAt, ownLeaves } from '../references/ast-walk.js';
import { isClauseKeyword } from '../validation/rule.js';
import { stringLiteral } from '../parser/value-converter.js';
import { IN_NAME, SPACED_NAME, standsFor } from '../parser/messages.js';
import { blockGrammar } from '../parser/clauses.js';
import { RogatoryGrammar } from '../generated/grammar.js';
import { languageName, sameLanguage } from '../languages.js';
import { REQUEST_TEXTS } from '../generator/texts.js';

/** What a diagnostic's `data` may carry for its fix (set by the rule that reports it, or the linker). */
interface FixData { fillIn?: string; unsought?: string; person?: string; expected?: string; detail?: string; suggestions?: string[]; declared?: string[]; clause?: string; warrants?: string[]; languages?: string[]; crimes?: string[]; from?: string }

/**
 * Missing-clause fixes: the clause to insert for a rule's code (one line each; `undefined`
 * when the request lacks what the clause would need). Quick fixes switch on the diagnostic's
 * code, as in Langium's arithmetics example.
 */
const INSERTIONS: Record<string, (request: Request, data: FixData) => string | undefined> = {
    'arrest-national-requirements-missing': () => 'national-requirements none-known',
    'arrest-warrant-copy-missing': r => r.warrant?.ref && `annex ${freeAnnexName(r)} "${copyTitle(r, 'warrant')}" { copy-of ${r.warrant.ref.name} }`,
    'convicted-judgment-copy-missing': r => r.judgment?.ref && `annex ${freeAnnexName(r)} "${copyTitle(r, 'judgment')}" { copy-of ${r.judgment.ref.name} }`,
    'convicted-warrant-copy-missing': (r, d) => d.warrants?.[0] && `annex ${freeAnnexName(r)} "${copyTitle(r, 'warrant')}" { copy-of ${d.warrants[0]} }`,
    'convicted-identification-missing': () => 'identification ""',
    // The situation and case of the warrant or judgment relied on, read off its number by the check.
    'request-situation-missing': (_, d) => d.clause,
    // The person the warrant or judgment relied on is issued against, with the location to fill in
    // (not when the request names that person in another role: which role is right is the officer's to say).
    'arrest-person-sought-missing': (r, d) => (unnamed(r, d.person) ? `person ${d.person} as sought { location "" }` : undefined),
    'provisional-person-sought-missing': (r, d) => (unnamed(r, d.person) ? `person ${d.person} as sought { location "" }` : undefined),
    'transit-person-description-missing': (r, d) => (unnamed(r, d.person) ? `person ${d.person} as transported` : undefined),
    'provisional-urgency-missing': () => 'urgent ""',
    'provisional-facts-missing': () => 'facts ""',
    'provisional-crime-place-missing': () => 'crime-place ""',
    'provisional-surrender-statement-missing': () => 'surrender-request-will-follow',
    // The translation annex of a document (its `copy-of` or `document`), worded by the check.
    'annex-language-not-designated': (_, d) => d.clause,
    // Likewise when no choice of language is recorded (rule 178(2)): its English or French translation.
    'language-not-working': (_, d) => d.clause,
    // The rule 187 translation for the person, annexed as a version of the warrant or judgment.
    'arrest-translation-not-annexed': (_, d) => d.clause,
    'convicted-translation-not-annexed': (_, d) => d.clause,
    'assistance-purpose-missing': () => 'purpose ""',
    'assistance-grounds-missing': () => 'grounds ""',
    'assistance-facts-missing': () => 'facts ""',
    'assistance-legal-basis-missing': (_, d) => `legal-basis ${d.expected ?? 'art. 93(1)'}, art. 96(1)`,
    'assistance-procedure-missing': () => 'procedure ""',
    'assistance-national-requirements-missing': () => 'national-requirements none-known',
    'assistance-protection-measures-missing': () => 'protective-measures ""',
    'request-protective-measures-missing': () => 'protective-measures ""',
    'assistance-assets-missing': () => 'assets ""',
    'transit-facts-missing': () => 'facts ""',
    'transit-legal-characterization-missing': () => 'legal-characterization ""',
    'transfer-purpose-missing': () => 'purpose ""'
};

/**
 * The crimes left out of a request for arrest and surrender (art. 101(1)) or provisional arrest (art. 92(2)(b)): those of the
 * warrant or judgment relied on, as the check lists them (`data.crimes`, `data.from`), else a clause to fill in.
 */
const CRIMES: ReadonlySet<string> = new Set(['arrest-crimes-missing', 'provisional-crimes-missing']);

/** Longest line a clause of several texts is written on; past it, one text a line, aligned on the first (as `examples/`). */
const LINE_WIDTH = 100;

/**
 * `crimes "a", "b"`, each text as the STRING terminal writes it; on one line when it fits after `indent`,
 * else each further text on a line of its own, aligned on the first, as the formatter leaves it.
 */
function listClause(keyword: string, texts: readonly string[], indent: string | undefined): string {
    const items = texts.map(stringLiteral);
    const line = `${keyword} ${items.join(', ')}`;
    if (indent === undefined || indent.length + line.length <= LINE_WIDTH) return line;
    return `${keyword} ${items.join(`,\n${indent}${' '.repeat(keyword.length + 1)}`)}`;
}

/** A person the request does not name yet. */
function unnamed(request: Request, person: string | undefined): person is string {
    return person !== undefined && !request.persons.some(p => p.person?.$refText === person);
}

/**
 * A value for a missing clause the officer chooses among the few the grammar allows: one fix each.
 * `why` marks the likeliest, when the request (or the requested State's designation) tells which:
 * it comes first and is the preferred fix.
 */
interface Choice { clause: string; why?: string }

/** Clauses only one kind of request has: the kind a request without `kind` is likeliest to be. */
const KIND_CLUES: ReadonlyArray<{ kind: string; clue: (r: Request) => string | undefined }> = [
    { kind: 'provisional-arrest', clue: r => (r.surrenderWillFollow ? 'surrender-request-will-follow' : undefined) },
    { kind: 'surrender-of-convicted', clue: r => (r.timeServed ? 'time-served' : r.identification !== undefined ? 'identification' : undefined) },
    { kind: 'transit', clue: r => (r.transport ? 'transport' : undefined) },
    { kind: 'temporary-transfer', clue: r => (r.stateAgreement ? 'state-agreement' : r.returnBy ? 'return-by' : undefined) }
];

const KINDS = ['arrest-and-surrender', 'surrender-of-convicted', 'provisional-arrest', 'assistance', 'transit', 'temporary-transfer'];

/**
 * The missing clauses whose value comes from a small closed set (the grammar's), keyed on the rule's
 * code: the kind, the organ, the classification, the channel of art. 87(1)(a), the language, the basis
 * on which a State not party is invited. Open values (dates, names, references) are not guessed.
 */
const CHOICES: Record<string, (request: Request, data: FixData, library: StateLibrary, records: () => RecordDeclaration[]) => Choice[]> = {
    'request-kind-missing': request => {
        const clues = KIND_CLUES.map(c => ({ kind: c.kind, clue: c.clue(request) })).filter(c => c.clue);
        const likeliest = clues.length === 1 ? clues[0] : undefined;
        return KINDS.map(kind => ({ clause: `kind ${kind}`, why: kind === likeliest?.kind ? `the request has \`${likeliest.clue}\`` : undefined }));
    },
    'request-issuer-missing': request => {
        // rule 176(2): the Registrar transmits the Chambers' requests, the Office of the Prosecutor the Prosecutor's.
        const likeliest = request.transmittedBy === 'Registrar' ? 'Chamber' : request.transmittedBy === 'Office-of-the-Prosecutor' ? 'Prosecutor'
            : request.directExecution ? 'Prosecutor' : undefined;
        const why = request.transmittedBy ? `transmitted by the ${request.transmittedBy.replace(/-/g, ' ')}, rule 176(2)` : 'direct execution by the Prosecutor';
        return ['Prosecutor', 'Chamber', 'Presidency', 'Registry'].map(organ => ({
            clause: organ === 'Chamber' ? 'from Chamber ""' : `from ${organ}`, why: organ === likeliest ? why : undefined
        }));
    },
    'request-classification-missing': request => {
        // classification-below-material: at least as high as the warrant or judgment the request reproduces.
        const material = [request.warrant?.ref, request.judgment?.ref].filter(m => m?.classification);
        const level = highestClassification(material.map(m => m!.classification));
        const from = material.find(m => m!.classification === level);
        // The message's order: confidential (art. 87(3)), then public, under seal, secret.
        const order = ['confidential', ...CLASSIFICATION_LEVELS.filter(l => l !== 'confidential')];
        return order.map(l => ({ clause: `classification ${l}`, why: l === level && from ? `as ${from.$type.toLowerCase()} ${from.name}` : undefined }));
    },
    'channel-missing': (request, _, library) => {
        const standing = designationStanding(request, library);
        const designation = standing?.designation;
        const choices: Choice[] = [{ clause: 'via diplomatic-channel' }, { clause: 'via designated-authority ""' }];
        // art. 87(1)(a): the diplomatic channel, unless the State designated another.
        if (!designation?.channel) return request.state ? [{ ...choices[0], why: 'art. 87(1)(a), no other channel designated is recorded' }, choices[1]] : choices;
        if (!standing) return choices;
        // One choice per channel the State designated (two where it designated a choice).
        const channels = designatedChannels(designation);
        const designated = channels.map(d => ({ clause: `via ${d.channel}${d.detail ? ` ${stringLiteral(d.detail)}` : ''}`, why: byDesignation(standing) }));
        return [...designated, ...choices.filter(c => !channels.some(d => c.clause.startsWith(`via ${d.channel}`)))];
    },
    'language-missing': (request, _, library) => {
        const standing = designationStanding(request, library);
        const designation = standing?.designation;
        const chosen = designation?.languages ?? [];
        const into = designation?.translationInto;
        // As languageGaps judges: one of the languages chosen (else a working language), with the translation asked for.
        const base = chosen.length ? chosen : into ? [into, ...WORKING_LANGUAGES] : WORKING_LANGUAGES;
        const clauses = [...new Set(base.map(l => (into && l !== into ? `language ${l} translation ${into}` : `language ${l}`)))];
        const why = standing?.designation && clauses.length === 1 ? byDesignation(standing) : undefined;
        return clauses.map(clause => ({ clause, why }));
    },
    'non-party-basis-missing': (request, data, _, records) => {
        // art. 87(5)(a); an art. 12(3) declaration only where the State lodged one by the request's date (the check's `expected`).
        const lodged = data.expected === 'declaration-12-3' ? [{ clause: 'arrangement declaration-12-3', why: 'the State lodged an art. 12(3) declaration' }] : [];
        return [...lodged, ...recordedArrangements(request, records(), !lodged.length),
            { clause: 'arrangement ad-hoc-arrangement' }, { clause: 'arrangement agreement' }, { clause: 'arrangement other-basis ""' }];
    },
    // art. 93(7)(a)(ii): the record of the requested State's agreement to the transfer.
    'transfer-state-agreement-missing': (request, _, __, records) => {
        if (request.stateAgreement || !request.state?.ref) return [];
        const agreements = records().filter(r => r.type === 'state-agreement' && r.state?.ref === request.state!.ref);
        return agreements.map(r => ({ clause: `state-agreement ${r.name}`, why: agreements.length === 1 ? `the only agreement to a transfer recorded with ${englishName(r.state!.ref!.name)}` : undefined }));
    },
    // art. 87(6): the agreement with the organisation, named by its record.
    'organisation-agreement-missing': (request, _, __, records) => (request.arrangement ? [] : recordedArrangements(request, records(), true))
};

/**
 * `arrangement ad-hoc-arrangement R` / `agreement R` for each record of that type with the requested State or
 * organisation (the record of the arrangement art. 87(5)(a) or 87(6) asks for); the likeliest when it is the only one.
 */
function recordedArrangements(request: Request, records: RecordDeclaration[], likeliest: boolean): Choice[] {
    const addressee = request.state?.ref ?? request.organisation?.ref;
    if (!addressee) return [];
    const recorded = records.filter(r => (r.type === 'ad-hoc-arrangement' || r.type === 'agreement') && (r.state?.ref ?? r.organisation?.ref) === addressee);
    return recorded.map(r => ({ clause: `arrangement ${r.type} ${r.name}`, why: likeliest && recorded.length === 1 ? `the only ${r.type!.replace(/-/g, ' ')} recorded with ${englishName(addressee.name)}` : undefined }));
}

/** Why a value is the likeliest when the designation in force gives it: "Kenya's designation", marked as the dossier marks it. */
function byDesignation(standing: DesignationStanding): string {
    const mark = standing.designation && verificationMark(standing.designation.verification);
    return `${englishName(standing.state.name)}'s designation${mark ? `, ${mark}` : ''}`;
}

/** The title of an annexed copy, in the request's language: the annex table prints it as written. */
function copyTitle(request: Request, of: 'warrant' | 'judgment'): string {
    const french = request.language !== undefined && sameLanguage(request.language, 'French');
    if (of === 'warrant') return french ? "Copie du mandat d'arrêt" : 'Copy of the warrant of arrest';
    return french ? 'Copie du jugement de condamnation' : 'Copy of the judgment of conviction';
}

/**
 * Fixes that add a clause to the block of the person the diagnostic marks (`person P as sought { ... }`):
 * the probable location to fill in (art. 91(2)(a), 92(2)(a)); a translation into each language the
 * person is declared to understand (rule 187), one fix each; the art. 55(2) rights notice, whose only
 * complete value is all four rights; the record of the person's consent to a temporary transfer
 * (art. 93(7)(a)(i)), the likeliest when it is the only one declared.
 */
interface PersonClause { clause: string; preferred: boolean }
const location = (involvement: Involvement): PersonClause[] => (involvement.location === undefined ? [{ clause: 'location ""', preferred: true }] : []);
const translation = (involvement: Involvement, data: FixData): PersonClause[] =>
    (involvement.translation === undefined ? (data.languages ?? []).map(l => ({ clause: `translation ${l}`, preferred: false })) : []);
const PERSON_CLAUSES: Record<string, (involvement: Involvement, data: FixData, records: () => RecordDeclaration[]) => PersonClause[]> = {
    'arrest-location-missing': location,
    'provisional-location-missing': location,
    'arrest-translation-missing': translation,
    'convicted-translation-missing': translation,
    'assistance-rights-notice-missing': involvement => (involvement.rightsNotice.length ? []
        : [{ clause: `rights-notice ${['a', 'b', 'c', 'd'].map(l => `art. 55(2)(${l})`).join(', ')}`, preferred: true }]),
    'transfer-consent-missing': (involvement, _, records) => {
        if (involvement.consent || !involvement.person?.ref) return [];
        const consents = records().filter(r => r.type === 'consent' && r.person?.ref === involvement.person!.ref);
        return consents.map(r => ({ clause: `consent ${r.name}`, preferred: consents.length === 1 }));
    }
};

/**
 * Replacement fixes: the diagnostic's range holds a value the rule says must be another one
 * (`data.expected`): the designated channel or language, the transmitting organ, `written`...
 */
const REPLACEMENTS: ReadonlySet<string> = new Set([
    'channel-not-designated', 'language-not-designated', 'language-not-working', 'channel-transmitting-organ',
    'organisation-transmitting-organ', 'urgent-confirmation-channel', 'urgent-medium-not-urgent',
    'assistance-self-incrimination-language', 'classification-below-material', 'arrest-not-in-writing', 'convicted-not-in-writing',
    // an annex that is not a version of a named document: its language (when there is no `data.clause`)
    'annex-language-not-designated'
]);

/** Fixes that name, instead of the record given, a record of consultations with the requested State. */
const CONSULTATIONS: ReadonlySet<string> = new Set([
    'arrest-national-requirements-consultation-mismatch', 'assistance-national-requirements-consultation-mismatch'
]);

/**
 * The warrant or judgment a request relies on, missing: the roles in which the request names the person it
 * concerns, and what may be named for them (art. 91(2), 91(3)(b), 92(2)(c), 89(3)(b)(iii)).
 */
const INSTRUMENTS: Readonly<Record<string, { roles: readonly string[]; clauses: ReadonlyArray<'warrant' | 'judgment'> }>> = {
    'arrest-warrant-missing': { roles: ['sought'], clauses: ['warrant'] },
    'transit-warrant-missing': { roles: ['transported'], clauses: ['warrant'] },
    'convicted-judgment-missing': { roles: ['sought', 'convicted'], clauses: ['judgment'] },
    'provisional-warrant-or-judgment-missing': { roles: ['sought'], clauses: ['warrant', 'judgment'] }
};

/** Fixes that add the expected citation to the legal basis. */
const CITATIONS: ReadonlySet<string> = new Set(['request-legal-basis-mismatch', 'assistance-legal-basis-mismatch']);

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

export class RogatoryCodeActionProvider implements CodeActionProvider {
    private readonly index: IndexManager;
    private readonly library: StateLibrary;

    constructor(services: RogatoryServices) {
        this.index = services.shared.workspace.IndexManager;
        this.library = services.rogatory.StateLibrary;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? '');
            if (code === 'duplicate-clause') {
                actions.push(quickFix(document, diagnostic, 'Remove the repeated clause', [{ range: this.clauseWithItsSpace(document, diagnostic.range), newText: '' }], true));
                continue;
            }
            // Every status event rewritten in its place, the history then in the order the check asks; one fix for the
            // whole history, offered at each event out of order.
            if (code === 'followup-status-out-of-order') {
                const request = containerAt(document, document.textDocument.offsetAt(diagnostic.range.start), isRequest);
                const edits = request && this.historyPutInOrder(document, request);
                if (edits) actions.push(quickFix(document, diagnostic, 'Put the status events in the order they happened', edits, true));
                continue;
            }
            // The error covers the second `person` clause naming the same person: removing it leaves the first, whose role
            // the author may still have to change; not preferred, as the clause removed may say what the first does not.
            if (code === 'person-named-twice') {
                actions.push(quickFix(document, diagnostic, 'Remove the second `person` clause', [{ range: this.clauseWithItsSpace(document, diagnostic.range), newText: '' }], false));
                continue;
            }
            // The warning covers the clause that has no effect where it is written (validation/clause-effect.ts).
            if (code === 'clause-without-effect') {
                const keyword = (diagnostic.data as { clause?: string } | undefined)?.clause ?? 'clause';
                actions.push(quickFix(document, diagnostic, `Remove \`${keyword}\``, [{ range: this.clauseWithItsSpace(document, diagnostic.range), newText: '' }], true));
                continue;
            }
            // A State or organisation of the built-in library declared again in the workspace, without effect: removing
            // it changes nothing the checks or the documents read; not preferred, as what it says may be meant for the library.
            if (code === 'state-declared-twice') {
                const declaration = containerAt(document, document.textDocument.offsetAt(diagnostic.range.start), (n): n is State | Organisation => isState(n) || isOrganisation(n));
                if ((diagnostic.data as { builtin?: string } | undefined)?.builtin && declaration?.$cstNode) {
                    actions.push(quickFix(document, diagnostic, `Remove this declaration (the built-in library's ${isState(declaration) ? 'State' : 'organisation'} is the one used)`,
                        [{ range: this.clauseWithItsSpace(document, declaration.$cstNode.range), newText: '' }], false));
                }
                continue;
            }
            if (code === 'suppression-unused') {
                const clause = this.suppressionAt(document, diagnostic);
                if (clause) actions.push(quickFix(document, diagnostic, 'Remove the suppression', [{ range: this.clauseWithItsSpace(document, clause), newText: '' }], true));
                continue;
            }
            // A name that resolves to nothing, or a language name one or two letters off a known one (`Englsh`).
            if (code === 'unresolved-reference' || code === 'language-name-misspelt') {
                actions.push(...this.replaceName(document, diagnostic));
                continue;
            }
            // A syntax error that names the keyword probably meant (`kindd`: "did you mean `kind`?").
            if (code === 'syntax-error') {
                actions.push(...this.meantKeyword(document, diagnostic), ...this.synonymReplaced(document, diagnostic), ...this.writtenAsSaid(document, diagnostic));
                continue;
            }
            if (code === 'text-bidi-control') {
                actions.push(quickFix(document, diagnostic, 'Remove the invisible direction character', [{ range: diagnostic.range, newText: '' }], true));
                continue;
            }
            const at = document.textDocument.offsetAt(diagnostic.range.start);
            const request = containerAt(document, at, isRequest);
            if (!request) continue;
            const data = (diagnostic.data ?? {}) as FixData;
            if (REPLACEMENTS.has(code) && data.expected) {
                actions.push(this.replace(document, request, code, data, diagnostic));
            }
            if (CONSULTATIONS.has(code) && request.state?.ref) {
                const records = this.consultationsWith(request.state.ref);
                for (const record of records.slice(0, 3)) {
                    actions.push(quickFix(document, diagnostic, `Replace with \`${record.name}\` (consultations with ${request.state.ref.name}${record.date ? ` of ${dayOf(record.date)}` : ''})`, [{ range: diagnostic.range, newText: record.name }], records.length === 1));
                }
            }
            // A form of assistance cited that the request does not seek (assistance-legal-basis-mismatch, at the citation):
            // cited in its place the form it seeks and does not cite, when there is one; else removed, with its comma.
            if (code === 'assistance-legal-basis-mismatch' && data.unsought) {
                const index = request.legalBasis.findIndex(ref => ref.$cstNode && samePosition(ref.$cstNode.range.start, diagnostic.range.start));
                if (index < 0) continue;
                const citations = request.legalBasis.map(ref => ref.$cstNode!.range);
                if (data.expected) {
                    actions.push(quickFix(document, diagnostic, `Replace ${data.unsought} with ${data.expected}`, [{ range: citations[index], newText: data.expected }], true));
                }
                if (citations.length > 1) {
                    const range = index > 0 ? { start: citations[index - 1].end, end: citations[index].end } : { start: citations[0].start, end: citations[1].start };
                    actions.push(quickFix(document, diagnostic, `Remove ${data.unsought} from the legal basis`, [{ range, newText: '' }], !data.expected));
                }
                continue;
            }
            if (CITATIONS.has(code) && data.expected && request.legalBasis.length) {
                const end = request.legalBasis[request.legalBasis.length - 1].$cstNode!.range.end;
                actions.push(quickFix(document, diagnostic, `Add ${data.expected} to the legal basis`, [{ range: { start: end, end }, newText: `, ${data.expected}` }], true));
            }
            if (code === 'language-translation-missing' && data.expected) {
                actions.push(this.addTranslation(document, request, data.expected, diagnostic));
            }
            const records = () => this.index.allElements('Record').map(d => d.node).filter(isRecord).toArray();
            const involvement = PERSON_CLAUSES[code] && containerAt(document, at, isInvolvement);
            for (const { clause, preferred } of involvement ? PERSON_CLAUSES[code](involvement, data, records) : []) {
                const action = this.insertInPerson(document, involvement!, clause, diagnostic, preferred);
                if (action) actions.push(action);
            }
            if (INSTRUMENTS[code] && !request.warrant && !request.judgment) {
                const choices = this.instrumentsFor(request, INSTRUMENTS[code].roles, INSTRUMENTS[code].clauses);
                for (const choice of choices) actions.push(this.insert(document, request, choice.clause, `Add \`${choice.clause}\` (${choice.why})`, diagnostic, choices.length === 1));
            }
            if (code === 'assistance-self-incrimination-instruction-missing') {
                const witness = containerAt(document, at, isInvolvement);
                if (witness) actions.push(...this.selfIncriminationInstruction(document, request, witness, data, diagnostic));
            }
            // A clause written with empty quotes is there to be filled in: adding it again would not do that.
            const choices = data.fillIn ? [] : CHOICES[code]?.(request, data, this.library, records) ?? [];
            for (const choice of [...choices.filter(c => c.why), ...choices.filter(c => !c.why)]) {
                actions.push(this.insert(document, request, choice.clause, `Add \`${inTitle(choice.clause)}\`${choice.why ? ` (${choice.why})` : ''}`, diagnostic, !!choice.why));
            }
            if (CRIMES.has(code) && !data.fillIn) {
                const crimes = (data.crimes ?? []).filter(c => c.trim());
                const layout = (indent: string | undefined) => (crimes.length ? listClause('crimes', crimes, indent) : 'crimes ""');
                const title = crimes.length ? `Add \`${inTitle(layout(undefined))}\` (as ${data.from} lists them)` : 'Add `crimes ""`';
                actions.push(quickFix(document, diagnostic, title, [this.requestEdit(document, request, layout)], true));
            }
            // art. 93(7)(a)(ii): the conditions agreed, written after the record of the State's agreement, to fill in.
            if (code === 'transfer-conditions-missing' && !data.fillIn && request.transferConditions === undefined) {
                const agreement = GrammarUtils.findNodeForProperty(request.$cstNode, 'stateAgreement');
                if (agreement) {
                    const end = agreement.range.end;
                    actions.push(quickFix(document, diagnostic, `Add \`conditions ""\` to \`state-agreement ${agreement.text}\``, [{ range: { start: end, end }, newText: ' conditions ""' }], true));
                }
            }
            const clause = data.fillIn ? undefined : INSERTIONS[code]?.(request, data);
            if (clause) actions.push(this.insert(document, request, clause, `Add \`${clause.split(' {')[0]}\``, diagnostic, true));
            if (findRule(code)?.suppressible) {
                // The reason is the officer's to write: an empty one suppresses nothing, and
                // `invalid-suppression` asks for it at the quotes (a placeholder would count as one).
                actions.push(this.insert(document, request, `suppress ${code} ""`, 'Suppress for this request (then write the reason between the quotes)', diagnostic, false));
            }
        }
        return actions;
    }

    /**
     * The edits that write `request`'s status events in the order followup-status-out-of-order asks: by day, and within
     * a day the events that give their time by time, in the places such events hold (one without its time keeps its
     * place among that day's events, as the check and the register take them in written order). Each event's text moves
     * whole, its note and any comment in it or ending its line with it; the `status` keywords stay. None when an event has no real date
     * (where it belongs is for the officer to say), or when the history is already in order.
     */
    private historyPutInOrder(document: LangiumDocument, request: Request): TextEdit[] | undefined {
        const events = request.history;
        if (!events.every(e => e.$cstNode && e.status && typeof e.date === 'string' && isValidDate(e.date))) return undefined;
        // By day, written order within a day: the register's order.
        const ordered = historyInOrder(request);
        for (let from = 0; from < ordered.length;) {
            let to = from;
            while (to < ordered.length && dayOf(ordered[to].date) === dayOf(ordered[from].date)) to++;
            const slots = [];
            for (let i = from; i < to; i++) if (ordered[i].date.includes('T')) slots.push(i);
            const timed = slots.map(i => ordered[i]).sort((a, b) => instantOf(a.date) - instantOf(b.date));
            slots.forEach((slot, k) => { ordered[slot] = timed[k]; });
            from = to;
        }
        if (ordered.every((event, i) => event === events[i])) return undefined;
        // A comment that ends an event's line is about that event (`status acknowledged D // by e-mail`): it moves with it,
        // when every event ends its line (moved after an event followed by another on its line, it would comment that one out).
        const text = document.textDocument.getText();
        const restOfLine = (event: StatusEvent) => {
            const end = event.$cstNode!.end;
            const newline = text.indexOf('\n', end);
            return text.slice(end, newline < 0 ? text.length : newline).replace(/\r$/, '');
        };
        const endsLine = (rest: string) => /^[ \t]*(\/\/.*|\/\*(?:(?!\*\/).)*\*\/[ \t]*)?$/.test(rest);
        const withComments = events.every(e => endsLine(restOfLine(e)));
        const span = (event: StatusEvent) => {
            const { offset, end } = event.$cstNode!;
            return { start: offset, end: withComments ? end + restOfLine(event).trimEnd().length : end };
        };
        return events.map((event, i) => {
            const slot = span(event);
            const moved = span(ordered[i]);
            return { range: { start: document.textDocument.positionAt(slot.start), end: document.textDocument.positionAt(slot.end) }, newText: text.slice(moved.start, moved.end) };
        });
    }

    /** Replace the offending value with the expected one (a channel together with its detail string). */
    private replace(document: LangiumDocument, request: Request, code: string, data: FixData, diagnostic: Diagnostic): CodeAction {
        let range = diagnostic.range;
        let newText = data.expected!;
        if (code === 'channel-not-designated') {
            // The detail written right after this channel (`via designated-authority "..."`), not that of another
            // clause: a channel written twice is checked at its second clause, and the first detail lies before it.
            const text = document.textDocument.getText();
            const end = document.textDocument.offsetAt(range.end);
            const detail = GrammarUtils.findNodesForProperty(request.$cstNode, 'channelDetail').find(d => d.offset >= end && !text.slice(end, d.offset).trim());
            if (detail) range = { start: range.start, end: detail.range.end };
            if (data.detail) newText += ` ${stringLiteral(data.detail)}`;
        }
        const shown = newText.length > 40 ? newText.slice(0, 37) + '...' : newText;
        return quickFix(document, diagnostic, `Replace with \`${shown}\``, [{ range, newText }], true);
    }

    /** The translation the requested State's designation asks for, added to the request's `language` clause (after its last translation). */
    private addTranslation(document: LangiumDocument, request: Request, language: string, diagnostic: Diagnostic): CodeAction {
        const cst = request.$cstNode!;
        const after = GrammarUtils.findNodesForProperty(cst, 'translations').at(-1) ?? GrammarUtils.findNodeForProperty(cst, 'language');
        const end = (after ?? diagnostic).range.end;
        const newText = request.translations.length ? `, ${language}` : ` translation ${language}`;
        return quickFix(document, diagnostic, `Add \`translation ${language}\``, [{ range: { start: end, end }, newText }], true);
    }

    /**
     * A clause to remove and the whitespace that goes with it: its whole line when it stands
     * alone on it; else the spaces after it when it starts the line, before it otherwise. The only
     * clause of a person's or an annex's block goes with the block's braces, which the grammar lets
     * such a block leave out (`person P as witness`, not `person P as witness { }`).
     */
    private clauseWithItsSpace(document: LangiumDocument, range: Range): Range {
        const doc = document.textDocument;
        const text = doc.getText();
        let start = doc.offsetAt(range.start);
        let end = doc.offsetAt(range.end);
        const block = this.emptiedBlock(document, start, end);
        if (block) return { start: doc.positionAt(block.start), end: doc.positionAt(block.end) };
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const newline = text.indexOf('\n', end);
        const lineEnd = newline === -1 ? text.length : newline;
        const startsLine = text.slice(lineStart, start).trim() === '';
        if (startsLine && text.slice(end, lineEnd).trim() === '') {
            return { start: doc.positionAt(lineStart), end: doc.positionAt(newline === -1 ? lineEnd : newline + 1) };
        }
        if (startsLine) while (end < lineEnd && /[ \t]/.test(text.charAt(end))) end++;
        else while (start > lineStart && /[ \t]/.test(text.charAt(start - 1))) start--;
        return { start: doc.positionAt(start), end: doc.positionAt(end) };
    }

    /**
     * The braces of the person's or annex's block around `start`..`end`, with the space before the `{`,
     * when that text is all the block holds (nothing else but spaces and line breaks: no other clause,
     * no comment).
     */
    private emptiedBlock(document: LangiumDocument, start: number, end: number): { start: number; end: number } | undefined {
        const leaf = document.parseResult.value.$cstNode && CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode, start);
        const block = leaf && AstUtils.getContainerOfType(leaf.astNode, (n): n is Involvement | Annex => isInvolvement(n) || isAnnex(n));
        const cst = block?.$cstNode;
        const open = cst && GrammarUtils.findNodeForKeyword(cst, '{');
        const close = cst && GrammarUtils.findNodeForKeyword(cst, '}');
        if (!open || !close || open.end > start || close.offset < end) return undefined;
        const text = document.textDocument.getText();
        if (text.slice(open.end, start).trim() !== '' || text.slice(end, close.offset).trim() !== '') return undefined;
        let from = open.offset;
        while (from > 0 && /\s/.test(text.charAt(from - 1))) from--;
        return { start: from, end: close.end };
    }

    /** A name replaced by one its check suggests (the linker's, a known language's; quoted where the name was). */
    private replaceName(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as FixData | undefined;
        const suggestions = data?.suggestions ?? [];
        const quoted = document.textDocument.getText(diagnostic.range).startsWith('"');
        const replace = (name: string, preferred: boolean, why = '') => {
            const newText = quoted ? stringLiteral(name) : name;
            return quickFix(document, diagnostic, `Replace with \`${newText}\`${why}`, [{ range: diagnostic.range, newText }], preferred);
        };
        // A name close to none (a placeholder): the few declared, never preferred, as none is more likely meant than another.
        if (!suggestions.length) return (data?.declared ?? []).map(name => replace(name, false, ' (declared)'));
        return suggestions.map(name => replace(name, suggestions.length === 1));
    }

    /**
     * The warrants (judgments) declared in the workspace for the person the request names in one of `roles`,
     * issued (delivered) by the request's date when both are known, latest first: one choice each, preferred
     * when it is the only one (a warrant issued after the request is `arrest-warrant-inconsistent`).
     */
    private instrumentsFor(request: Request, roles: readonly string[], clauses: ReadonlyArray<'warrant' | 'judgment'>): Choice[] {
        const person = request.persons.find(p => roles.includes(p.role ?? ''))?.person?.ref;
        if (!person) return [];
        const by = (date: string | undefined) => !date || !request.date || !isValidDate(date) || !isValidDate(request.date) || dayOf(date) <= dayOf(request.date);
        // A warrant's date of issue, a judgment's of delivery.
        const dateOf = (n: Warrant | Judgment) => (isWarrant(n) ? n.issued : n.date);
        const choices: Choice[] = [];
        for (const clause of clauses) {
            const found = this.index.allElements(clause === 'warrant' ? 'Warrant' : 'Judgment').map(d => d.node)
                .filter((n): n is Warrant | Judgment => (isWarrant(n) || isJudgment(n)) && n.person?.ref === person && by(dateOf(n))).toArray()
                .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? ''));
            for (const instrument of found) {
                const date = dateOf(instrument);
                choices.push({ clause: `${clause} ${instrument.name}`, why: `${clause === 'warrant' ? 'issued' : 'delivered'} against ${person.name}${date ? ` on ${dayOf(date)}` : ''}` });
            }
        }
        return choices;
    }

    /**
     * The word a syntax error marks, replaced by the keyword its message asks "did you mean" (parser/messages.ts:
     * a keyword misspelt, `purpse`, `Dated`, `secrett`; its first word alone, `rights`; `article` or `r.` for `art.`
     * or `rule`), one fix per keyword named; with the second word of a keyword written as two (`legal basis`,
     * `under seal`), and the dot of `r.`. Only where the message names the word marked.
     */
    private meantKeyword(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const message = String(diagnostic.message);
        const meant = /: did you mean ((?:`[^`]+`(?: or )?)+)\?$/.exec(message);
        const doc = document.textDocument;
        const text = doc.getText();
        const start = doc.offsetAt(diagnostic.range.start);
        const end = doc.offsetAt(diagnostic.range.end);
        const word = text.slice(start, end);
        if (!meant || !/^[\p{L}\p{N}_-]+$/u.test(word) || !message.includes(`\`${word}\``)) return [];
        const keywords = [...meant[1].matchAll(/`([^`]+)`/g)].map(k => k[1]);
        return keywords.map(keyword => {
            const second = /^[ \t\u2013\u2014-]+([\p{L}]+)/u.exec(text.slice(end));
            const to = second && `${word}-${second[1]}`.toLowerCase() === keyword.toLowerCase() ? end + second[0].length
                : text.charAt(end) === '.' && !keyword.endsWith('.') ? end + 1 : end;
            return quickFix(document, diagnostic, `Replace with \`${keyword}\``, [{ range: { start: diagnostic.range.start, end: doc.positionAt(to) }, newText: keyword }], keywords.length === 1);
        });
    }

    /**
     * A word the language writes otherwise, whose syntax error says which keyword to write (parser/messages.ts's
     * synonyms: `via embassy`, "write `diplomatic-channel`"; `deadline 2027-01-31`, "write `respond-by 2027-01-31`"):
     * the word becomes that keyword. Only where what the message writes after the keyword is already there, so
     * that the fix changes the word alone (not `addressee "Kenya"`, which needs `State` too).
     */
    private synonymReplaced(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const said = /: write ((?:`[^`]+`(?:, | or )?)+)\.$/.exec(String(diagnostic.message));
        const doc = document.textDocument;
        const word = doc.getText(diagnostic.range);
        if (!said || !/^[\p{L}\p{N}_-]+$/u.test(word)) return [];
        const after = doc.getText().slice(doc.offsetAt(diagnostic.range.end));
        const keywords = [...said[1].matchAll(/`([^`]+)`/g)].map(([, written]) => {
            const [keyword, ...rest] = written.split(' ');
            const value = rest.join(' ');
            // A long text is shown shortened, ending in an ellipsis.
            return standsFor(word, keyword) && (!value || after.startsWith(` ${value.replace(/…$/, '')}`)) ? keyword : undefined;
        }).filter((k): k is string => k !== undefined);
        return keywords.map(keyword => quickFix(document, diagnostic, `Replace with \`${keyword}\``, [{ range: diagnostic.range, newText: keyword }], keywords.length === 1));
    }

    /**
     * A name or an ICC number a syntax error writes out as it should be (parser/messages.ts), written so: an ICC
     * number written otherwise (`ICC/01/09`, `ICC-1/09`: "...: ICC-01/09."), a name written with spaces
     * (`request OTP 2026 0202 {`, marked from its second word: "write `OTP-2026-0202`"), with slashes or an
     * apostrophe ("in the name `OTP/2026/0201`: ... write `OTP-2026-0201`"). Only where the text around the mark
     * is what the message names, so that the fix changes nothing but how the name is written. So too what a message
     * says to write in place of the word it marks: a word to leave out (`as a witness`), the keyword a value follows
     * (`person P-X witness`), the number of a situation named by its State (`situation Kenya`), `State` before an
     * addressee's name (`to Kenya`).
     */
    private writtenAsSaid(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const message = String(diagnostic.message);
        const doc = document.textDocument;
        const text = doc.getText();
        const start = doc.offsetAt(diagnostic.range.start);
        const end = doc.offsetAt(diagnostic.range.end);
        const fix = (from: number, to: number, written: string): CodeAction[] => [quickFix(document, diagnostic, `Write \`${written}\``, [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, newText: written }], true)];
        const icc = /^An ICC number is written .*\): (ICC-[\w/-]+)\.$/.exec(message);
        if (icc) return /^icc/i.test(text.slice(start, end)) ? fix(start, end, icc[1]) : [];
        const spaced = new RegExp(`${RegExpUtils.escapeRegExp(SPACED_NAME)}\`([^\`]+)\`\\.?$`).exec(message);
        if (spaced) {
            const first = /([\p{L}\p{N}_-]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 200), start));
            const words = text.slice(start, end).split(/[ \t]+/);
            return first && [first[1], ...words].join('-') === spaced[1] ? fix(start - first[0].length, end, spaced[1]) : [];
        }
        const word = text.slice(start, end);
        // A word to leave out (`as a witness`, `dated on 2026-01-01`: "..., without `a`"): removed with the space after it.
        const without = /, without `([^`]+)`\.$/.exec(message);
        if (without) {
            const space = /^[ \t]*/.exec(text.slice(end))![0].length;
            return without[1] === word ? [quickFix(document, diagnostic, `Remove \`${word}\``, [{ range: { start: diagnostic.range.start, end: doc.positionAt(end + space) }, newText: '' }], true)] : [];
        }
        // A value written without the keyword it follows (`person P-X witness`: "write `as witness`"), where what it
        // makes is a clause (`classification under-seal`) or goes on the one the line has open (`as witness`).
        const introduced = /^`([^`]+)` is not a clause of [^:]+: write `(\S+) \1`\.$/.exec(message);
        if (introduced && introduced[1] === word) {
            const opens = [...blockGrammar(RogatoryGrammar()).clauseKeywords.values()].some(keywords => keywords.some(k => k.value === introduced[2]));
            const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
            // Not a second clause of the block (`classification` written already): that is the officer's to merge.
            // (The word itself the parser skipped: the block is the innermost node around it.)
            const around = (node: { $cstNode?: { offset: number; end: number } }) => !!node.$cstNode && node.$cstNode.offset <= start && end <= node.$cstNode.end;
            const block = AstUtils.streamAst(document.parseResult.value).filter(around).reduce<AstNode | undefined>((_, node) => node, undefined);
            const twice = opens && !!block && ownLeaves(block).some(leaf => leaf.text === introduced[2] && isClauseKeyword(leaf));
            return (opens && !twice) || (!opens && before.trim()) ? fix(start, end, `${introduced[2]} ${word}`) : [];
        }
        // A situation named by its State, which the message numbers when the dossier knows only one by that name.
        const situations = [...message.matchAll(/ is `situation (ICC-\d{2}\/\d{2})`/g)];
        if (situations.length === 1 && /after `situation`/.test(message)) return fix(start, end, situations[0][1]);
        // An addressee named without `State` (`to Kenya`, `to "Kenya"`): "write `to State "Kenya"`".
        const addressee = /: write `\S+ State ("(?:[^"\\]|\\.)*")` \(for an international organisation/.exec(message);
        if (addressee && (word === addressee[1] || `"${word}"` === addressee[1])) return fix(start, end, `State ${addressee[1]}`);
        const named = new RegExp(`${RegExpUtils.escapeRegExp(IN_NAME)}\`([^\`]+)\`: .*write \`([^\`]+)\`\\.$`).exec(message);
        if (named) {
            // The name around the mark (the mark is its first slash or apostrophe).
            const from = Math.max(0, start - named[1].length);
            const at = text.slice(from, end + named[1].length).indexOf(named[1]);
            if (at < 0 || from + at > start || from + at + named[1].length < end) return [];
            return fix(from + at, from + at + named[1].length, named[2]);
        }
        return [];
    }

    /** The records of consultations with this State declared in the workspace, latest first. */
    private consultationsWith(state: State): RecordDeclaration[] {
        return this.index.allElements('Record').map(d => d.node).filter(isRecord)
            .filter(r => r.type === 'consultation' && r.state?.ref === state)
            .toArray().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    }

    /** The whole `suppress code "reason"` clause whose code the diagnostic marks (the keyword belongs to the request). */
    private suppressionAt(document: LangiumDocument, diagnostic: Diagnostic): Range | undefined {
        const suppression = containerAt(document, document.textDocument.offsetAt(diagnostic.range.start), isSuppression);
        const keyword = suppression?.$cstNode && CstUtils.getPreviousNode(suppression.$cstNode, true);
        return keyword?.text === 'suppress' ? { start: keyword.range.start, end: suppression!.$cstNode!.range.end } : undefined;
    }

    /**
     * rule 190: the instruction on self-incrimination annexed for a witness "in a language that the person
     * fully understands and speaks": one fix per language the witness's declaration lists (none when it
     * lists none: which language is the officer's to find out). Its annex is one already in that language
     * that is no version of a document (`copy-of`, `document`) nor another witness's instruction, else a new
     * one, titled as the documents title the instruction, with its file to name (`file ""`). When the
     * instruction is written without its annex, the annex is added after its language.
     */
    private selfIncriminationInstruction(document: LangiumDocument, request: Request, witness: Involvement, data: FixData, diagnostic: Diagnostic): CodeAction[] {
        const written = witness.selfIncriminationLanguage;
        if (written !== undefined && witness.selfIncriminationAnnex) return [];
        const languageNode = written !== undefined ? GrammarUtils.findNodeForProperty(witness.$cstNode, 'selfIncriminationLanguage') : undefined;
        if (written !== undefined && !languageNode) return [];
        const taken = new Set(request.persons.filter(p => p !== witness).map(p => p.selfIncriminationAnnex?.ref));
        const lang = request.language !== undefined && sameLanguage(request.language, 'French') ? 'fr' : 'en';
        const who = witness.person?.$refText ?? 'the witness';
        const fixes: Array<{ title: string; edits: TextEdit[] }> = [];
        for (const language of written !== undefined ? [written] : data.languages ?? []) {
            const inLanguage = request.annexes.filter(a => a.language !== undefined && sameLanguage(a.language, language)
                && !a.copyOf && a.document === undefined && !taken.has(a));
            const annexes = inLanguage.length ? inLanguage.map(a => a.name) : [freeAnnexName(request)];
            for (const annex of annexes) {
                const clause = written !== undefined ? `annex ${annex}` : `self-incrimination-instruction ${language} annex ${annex}`;
                const inPerson = languageNode
                    ? { range: { start: languageNode.range.end, end: languageNode.range.end }, newText: ` ${clause}` }
                    : this.personEdit(document, witness, clause);
                if (!inPerson) continue;
                const edits = [inPerson];
                if (!inLanguage.length) {
                    const title = REQUEST_TEXTS[lang].selfIncriminationInstruction(languageName(language, lang));
                    edits.push(this.requestEdit(document, request, `annex ${annex} ${stringLiteral(title)} { language ${language} file "" }`));
                }
                const what = written !== undefined ? `\`${clause}\` to ${who}'s instruction` : `\`${clause}\` for ${who}`;
                fixes.push({ title: `Add ${what}${inLanguage.length ? ` (annex ${annex} is in ${language})` : `, and annex ${annex} to hold it`}`, edits });
            }
        }
        return fixes.map(({ title, edits }) => quickFix(document, diagnostic, title, edits, fixes.length === 1));
    }

    /**
     * A clause added to a person's block: before its `}` (on a line of its own when the brace stands
     * alone on its line), or in a new block `{ ... }` when the person has none. Not in a block left open.
     */
    private insertInPerson(document: LangiumDocument, involvement: Involvement, clause: string, diagnostic: Diagnostic, preferred: boolean): CodeAction | undefined {
        const edit = this.personEdit(document, involvement, clause);
        return edit && quickFix(document, diagnostic, `Add \`${clause}\` for ${involvement.person?.$refText ?? 'the person'}`, [edit], preferred);
    }

    private personEdit(document: LangiumDocument, involvement: Involvement, clause: string): TextEdit | undefined {
        const cst = involvement.$cstNode;
        if (!cst) return undefined;
        const doc = document.textDocument;
        const text = doc.getText();
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        const close = GrammarUtils.findNodeForKeyword(cst, '}');
        let offset: number;
        let newText: string;
        if (!open) {
            offset = cst.end;
            newText = ` { ${clause} }`;
        } else if (!close) {
            return undefined;
        } else {
            const lineStart = text.lastIndexOf('\n', close.offset - 1) + 1;
            const braceIndent = text.slice(lineStart, close.offset);
            if (close.range.start.line > open.range.start.line && braceIndent.trim() === '') {
                offset = lineStart;
                newText = `${braceIndent}  ${clause}\n`;
            } else {
                offset = close.offset;
                newText = /\s/.test(text.charAt(close.offset - 1)) ? `${clause} ` : ` ${clause} `;
            }
        }
        const position = doc.positionAt(offset);
        return { range: { start: position, end: position }, newText };
    }

    /**
     * A clause on its own line just before the request's closing brace, indented like its first clause;
     * in a request not yet closed (the file ends inside it), on a line of its own after its last token,
     * never inside that token (a text, a date).
     */
    private insert(document: LangiumDocument, request: Request, clause: string, title: string, diagnostic: Diagnostic, preferred: boolean): CodeAction {
        return quickFix(document, diagnostic, title, [this.requestEdit(document, request, clause)], preferred);
    }

    /**
     * `clause` may be laid out according to where it goes: given the indentation of its line when it has
     * a line of its own, `undefined` when it is written after other text.
     */
    private requestEdit(document: LangiumDocument, request: Request, clause: string | ((indent: string | undefined) => string)): TextEdit {
        const text = document.textDocument.getText();
        const cst = request.$cstNode!;
        const indent = /\n([ \t]+)\S/.exec(text.slice(cst.offset))?.[1] ?? '  ';
        // The request's own brace: a file ending inside it may end with a person's or an annex's `}`.
        const last = CstUtils.findLeafNodeAtOffset(cst, cst.end - 1);
        const closed = last?.text === '}' && last.astNode === request;
        let position: Position;
        let newText: string;
        if (closed) {
            const closeOffset = cst.end - 1;
            const lineStart = text.lastIndexOf('\n', closeOffset - 1) + 1;
            const braceAlone = text.slice(lineStart, closeOffset).trim() === '';
            position = document.textDocument.positionAt(braceAlone ? lineStart : closeOffset);
            newText = braceAlone ? `${indent}${laid(clause, indent)}\n` : ` ${laid(clause, undefined)} `;
        } else {
            position = document.textDocument.positionAt(cst.end);
            newText = `\n${indent}${laid(clause, indent)}`;
        }
        return { range: { start: position, end: position }, newText };
    }
}

/** A clause as a fix's title shows it: past 48 characters, its first 45 and an ellipsis. */
function inTitle(clause: string): string {
    return clause.length > 48 ? clause.slice(0, 45) + '...' : clause;
}

function laid(clause: string | ((indent: string | undefined) => string), indent: string | undefined): string {
    return typeof clause === 'string' ? clause : clause(indent);
}

/** A quick fix for `diagnostic`: `edits` to the document, preferred (what "fix all" applies) or not. */
function quickFix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [document.textDocument.uri]: edits } } };
}
