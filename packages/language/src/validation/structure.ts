import type { AstNode, ValidationAcceptor } from 'langium';
import { CstUtils, type CstNode } from 'langium';
import { isModel, isRequest, type Involvement, type Model, type ProvisionRef, type Request, type Suppression } from '../generated/ast.js';
import { repeatedClauses } from '../parser/repeated-clauses.js';
import { misspeltLanguage } from '../languages.js';
import { isValidDate } from '../states/dates.js';
import { checkProvision, citationOf, citationsOf, isWhole } from '../statute/provisions.js';
import type { ValidationArea } from './catalogue.js';
import { defineRule, hasSilenced, isClauseKeyword, kindsExclude, report, whyNotSuppressible } from './rule.js';
import { ALL_RULES } from './catalogue.js';

/**
 * Rules of the language itself: one request per file, each clause once, each person once, real dates,
 * well-formed ICC numbers, provisions that exist, suppressions that name a rule.
 */
export const rules = {
    duplicateClause: defineRule({
        code: 'duplicate-clause', severity: 'error', force: 'language',
        summary: 'A clause that takes one value is written twice in the same block (the second would silently replace the first).'
    }),
    personNamedTwice: defineRule({
        code: 'person-named-twice', severity: 'error', force: 'language',
        summary: 'A request names each person once, in one `person` clause with one role: `person P as witness` and `person P as suspect` in the same request would list the person twice in its documents, in two roles. Keep one clause, with the role this request gives the person and everything said about them in its block.'
    }),
    bidiControl: defineRule({
        code: 'text-bidi-control', severity: 'warning', force: 'language',
        summary: 'The file holds an invisible character that changes the direction in which text is displayed (U+202A to U+202E, U+2066 to U+2069): it can make a name or a sentence read otherwise than it is written. Right-to-left names need none; the documents leave them out.'
    }),
    multipleRequests: defineRule({
        code: 'one-request-per-file', severity: 'error', force: 'language',
        summary: 'A file holds at most one request (declarations of persons, warrants... may stand beside it).'
    }),
    invalidDate: defineRule({
        code: 'invalid-date', severity: 'error', force: 'language',
        summary: 'A date is not a real calendar date (YYYY-MM-DD, optionally with a time such as T14:30Z).'
    }),
    malformedNumber: defineRule({
        code: 'malformed-icc-number', severity: 'error', force: 'language',
        summary: 'A situation number has the form ICC-01/22, a case number ICC-01/22-01/23 within that situation.'
    }),
    misspeltLanguage: defineRule({
        code: 'language-name-misspelt', severity: 'info', force: 'language',
        summary: 'A language is named as Rogatory knows it (`English`, `français`, `Kiswahili`): a name that is not one, but one or two letters away from one (`Englsh`), is taken for a slip. Checked wherever a language is named: the request\'s language and translations, a person\'s languages and block, an annex, a designation.'
    }),
    unknownProvision: defineRule({
        code: 'unknown-provision', severity: 'error', force: 'language',
        summary: 'A cited article, rule, paragraph or sub-paragraph does not exist in the Rome Statute or the Rules of Procedure and Evidence.'
    }),
    provisionOutsideDossier: defineRule({
        code: 'provision-not-in-dossier', severity: 'info', force: 'language',
        summary: 'A cited article or rule exists, but its paragraphs are outside the reference dossier, or it is a rule whose text the dossier marks NOT VERIFIED (`rule 177(2)`), and the citation cannot be checked.'
    }),
    formsOutsideAssistance: defineRule({
        code: 'forms-outside-assistance', severity: 'error', force: 'language',
        summary: 'Forms of assistance (`art. 93(1)(b)`...) follow `kind assistance` only (a temporary transfer may name its own, `art. 93(1)(f)`): after another kind they would be listed in the register but neither checked nor asked for in the documents (a temporary transfer with other assistance is `kind assistance art. 93(1)(b), art. 93(1)(f)`).'
    }),
    unusedSuppression: defineRule({
        code: 'suppression-unused', severity: 'warning', force: 'language',
        summary: 'A `suppress` clause silences nothing: the request no longer breaks the rule it names (judged when every check has run — the CLI, and the editor on each edit — on a file without syntax errors or names that resolve to nothing), or the rule checks only other kinds of request (`suppress assistance-purpose-missing` in a request for arrest and surrender: judged at once). Remove it, so that it does not hide the warning if it comes back for another reason.'
    }),
    unknownSuppression: defineRule({
        code: 'invalid-suppression', severity: 'error', force: 'language',
        summary: 'A `suppress` clause names a rule that does not exist, that is neither an "as applicable" warning nor one that reads the author\'s prose, or gives no reason.'
    })
};

/**
 * Forms of art. 93(1) after a kind other than assistance: the grammar reads them after any kind.
 * A temporary transfer naming its own form, art. 93(1)(f), says what its kind says: not a finding.
 */
function checkForms(request: Request, accept: ValidationAcceptor): void {
    if (request.forms.length === 0 || !request.kind || request.kind === 'assistance') return;
    const transfer = request.kind === 'temporary-transfer';
    const others = citationsOf(request.forms).filter(form => !(transfer && form === TRANSFER_FORM));
    if (others.length === 0) return;
    const written = others.join(', ');
    const instead = transfer
        ? `write \`kind assistance ${written}, ${TRANSFER_FORM}\` to seek them with the transfer, or remove them`
        : 'remove them, and seek that assistance in a request of its own (`kind assistance ...`)';
    report(accept, rules.formsOutsideAssistance,
        `Forms of assistance follow \`kind assistance\` only; after \`kind ${request.kind}\` ${written} would be neither checked nor sought: ${instead}.`,
        { node: request, property: 'forms', index: request.forms.findIndex(form => citationOf(form) === others[0]) });
}

/**
 * The same person in two `person` clauses of one request: the documents would list them twice, with
 * two roles (or the same one twice), and each check would read one of the two. Reported on the second
 * clause, from its `person` keyword, so that the quick fix removes the whole clause. Persons are told
 * apart by the name written, which also holds a name that resolves to nothing.
 */
function checkPersonsNamedOnce(request: Request, accept: ValidationAcceptor): void {
    const first = new Map<string, Involvement>();
    for (const involvement of request.persons) {
        const name = involvement.person?.$refText;
        if (!name) continue;
        const earlier = first.get(name);
        if (!earlier) {
            first.set(name, involvement);
            continue;
        }
        const role = (p: Involvement) => (p.role ? `as ${p.role}` : 'without a role');
        const again = earlier.role === involvement.role ? `again ${role(involvement)}` : `${role(involvement)} (first ${role(earlier)})`;
        const keyword = involvement.$cstNode && CstUtils.getPreviousNode(involvement.$cstNode, true);
        const range = involvement.$cstNode && keyword?.text === 'person'
            ? { start: keyword.range.start, end: involvement.$cstNode.range.end } : undefined;
        report(accept, rules.personNamedTwice,
            `${name} is named a second time in this request, ${again}: name each person once, in one \`person\` clause with one role; remove this clause, keeping in the first one the role and anything it says about ${name}.`,
            range ? { node: involvement, range } : { node: involvement, property: 'person' });
    }
}

/** "the temporary transfer of persons as provided in paragraph 7" */
const TRANSFER_FORM = 'art. 93(1)(f)';

function checkModel(model: Model, accept: ValidationAcceptor): void {
    const requests = model.elements.filter(isRequest);
    for (const extra of requests.slice(1)) {
        report(accept, rules.multipleRequests, `${extra.name ? `Request '${extra.name}'` : 'This request'} is the second request in this file; put each request in a file of its own.`, { node: extra, property: 'name' });
    }
    checkDuplicateClauses(model, accept);
    checkBidiControls(model, accept);
}

/** Unicode's directional embeddings, overrides and isolates, and what each is called. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_NAMES: Readonly<Record<string, string>> = {
    '\u202A': 'LEFT-TO-RIGHT EMBEDDING', '\u202B': 'RIGHT-TO-LEFT EMBEDDING', '\u202C': 'POP DIRECTIONAL FORMATTING',
    '\u202D': 'LEFT-TO-RIGHT OVERRIDE', '\u202E': 'RIGHT-TO-LEFT OVERRIDE', '\u2066': 'LEFT-TO-RIGHT ISOLATE',
    '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE'
};

/**
 * Directional controls anywhere in the file (in a text, a comment): invisible, they reorder what the
 * editor and a document show ("Trojan source"), and a name pasted from elsewhere may carry one.
 * Found on the file's text, one regular expression, rather than on every text of the tree.
 */
function checkBidiControls(model: Model, accept: ValidationAcceptor): void {
    const document = model.$document;
    if (!document) return;
    const text = document.textDocument.getText();
    for (const match of text.matchAll(BIDI_CONTROLS)) {
        const code = match[0].charCodeAt(0).toString(16).toUpperCase();
        const range = { start: document.textDocument.positionAt(match.index), end: document.textDocument.positionAt(match.index + 1) };
        report(accept, rules.bidiControl,
            `An invisible U+${code} ${BIDI_NAMES[match[0]]} is here: it changes the order in which the text after it is displayed, so what is read is not what is written. Remove it (right-to-left names need none; the documents leave it out).`,
            { node: model, range });
    }
}

/**
 * Single-valued properties assigned more than once in one block (the grammar's clause loops
 * allow it). The parser notes each repeated value (parser/repeated-clauses.ts); the node of the
 * enclosing rule owns it (a repeated contained clause leaves an orphan node, so the node it
 * builds cannot tell).
 */
function checkDuplicateClauses(model: Model, accept: ValidationAcceptor): void {
    for (const value of repeatedClauses(model)) {
        reportDuplicate(value.container!.astNode, value, accept);
    }
}

function reportDuplicate(node: AstNode, value: CstNode, accept: ValidationAcceptor): void {
    // Name the clause by its keyword (`dated`; `to` for `to State "..."`), which is what the author
    // wrote, and cover it from there: the quick fix removes the whole clause.
    const before = CstUtils.getPreviousNode(value, true);
    let keyword = before;
    while (keyword && !isClauseKeyword(keyword) && keyword.grammarSource?.$type === 'Keyword') keyword = CstUtils.getPreviousNode(keyword, true);
    if (!keyword || !isClauseKeyword(keyword)) keyword = before;
    const isKeyword = keyword?.grammarSource?.$type === 'Keyword';
    const range = isKeyword ? { start: keyword!.range.start, end: value.range.end } : value.range;
    const name = isKeyword ? keyword!.text : (value.grammarSource?.$container as { feature?: string })?.feature;
    report(accept, rules.duplicateClause, `\`${name}\` is given more than once here; keep one.`, { node, range });
}

const DATE_PROPERTIES = ['date', 'respondBy', 'confirmedOn', 'proceedingsCommenced', 'crimeDate', 'crimeDateEnd', 'timeAsOf', 'landingAt', 'returnBy', 'until',
    'born', 'issued', 'received', 'effective', 'deposited', 'entryIntoForce', 'withdrawalEffective', 'lodged', 'from', 'to'] as const;

function checkDates(node: AstNode, accept: ValidationAcceptor): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of DATE_PROPERTIES) {
        const value = record[property];
        if (typeof value === 'string' && /^\d{4}-/.test(value) && !isValidDate(value)) {
            report(accept, rules.invalidDate, `'${value}' is not a real date.`, { node, property: property as never });
        }
    }
}

function checkNumbers(request: Request, accept: ValidationAcceptor): void {
    if (request.situation && !/^ICC-\d{2}\/\d{2}$/.test(request.situation)) {
        report(accept, rules.malformedNumber, `'${request.situation}' is not a situation number (ICC-01/22).`, { node: request, property: 'situation' });
    }
    if (request.case) {
        if (!/^ICC-\d{2}\/\d{2}-\d{2}\/\d{2}$/.test(request.case)) {
            report(accept, rules.malformedNumber, `'${request.case}' is not a case number (ICC-01/22-01/23).`, { node: request, property: 'case' });
        } else if (request.situation && !request.case.startsWith(request.situation + '-')) {
            report(accept, rules.malformedNumber, `Case ${request.case} does not belong to situation ${request.situation}.`, { node: request, property: 'case' });
        }
    }
}

/** Where a node names languages: its properties that hold one or a list. */
const LANGUAGE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
    Request: ['language', 'translations'], Annex: ['language'], Person: ['languages'], Designation: ['languages', 'translationInto'],
    Involvement: ['questioningLanguage', 'interpreter', 'translation', 'selfIncriminationLanguage']
};

/**
 * A language name that is a slip of a known one. The checks would take `Englsh` for a language of its own
 * (a request "in Englsh" is in no language the State chose), and the documents would print it.
 */
function checkLanguageNames(node: AstNode, accept: ValidationAcceptor): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of LANGUAGE_PROPERTIES[node.$type] ?? []) {
        const value = record[property];
        const names = Array.isArray(value) ? value : [value];
        names.forEach((name, index) => {
            const meant = typeof name === 'string' ? misspeltLanguage(name) : undefined;
            if (!meant) return;
            report(accept, rules.misspeltLanguage, `\`${name}\` is not a language Rogatory knows: did you mean \`${meant}\`?`,
                { node, property: property as never, index: Array.isArray(value) ? index : undefined }, { suggestions: [meant] });
        });
    }
}

function checkProvisionRef(ref: ProvisionRef, accept: ValidationAcceptor): void {
    if (!isWhole(ref)) return;
    const citation = citationOf(ref);
    const result = checkProvision(citation);
    switch (result.kind) {
        case 'ok': return;
        case 'outside-dossier':
            report(accept, rules.provisionOutsideDossier, ref.labels.length
                ? `${citation}: the paragraphs of ${ref.source} ${ref.number} are not in the reference dossier; the citation was not checked.`
                : `${citation} is not in the reference dossier: its text is not quoted and the citation was not checked.`, { node: ref });
            return;
        case 'unverified':
            report(accept, rules.provisionOutsideDossier, `${citation}: the text of ${result.rule.citation} is NOT VERIFIED in the reference dossier, so its sub-rules are unknown; the citation was not checked.`, { node: ref });
            return;
        case 'no-such-article':
            report(accept, rules.unknownProvision, `The Rome Statute has no article ${ref.number} (it has articles 1 to 128).`, { node: ref });
            return;
        case 'no-such-rule':
            report(accept, rules.unknownProvision, `The Rules of Procedure and Evidence have no rule ${ref.number} (rules 1 to 225).`, { node: ref });
            return;
        case 'no-such-paragraph': {
            const options = result.available.length ? ` It has: ${result.available.map(a => a.slice(result.parent.length)).join(', ')}.` : ` ${result.parent} has no sub-divisions.`;
            report(accept, rules.unknownProvision, `${citation} does not exist.${options}`, { node: ref });
        }
    }
}

function checkSuppression(suppression: Suppression, accept: ValidationAcceptor): void {
    // No code read (`suppress "reason"`): the syntax error says what to write.
    if (!suppression.code) return;
    const rule = ALL_RULES.find(r => r.code === suppression.code);
    const otherKinds = rule && kindsExclude(rule, suppression.$container);
    if (!rule) {
        report(accept, rules.unknownSuppression, `There is no rule '${suppression.code}' (see \`rogatory rules\`).`, { node: suppression, property: 'code' });
    } else if (!rule.suppressible) {
        report(accept, rules.unknownSuppression, `'${rule.code}' cannot be suppressed: ${whyNotSuppressible(rule)}; only "as applicable" warnings, and warnings that read the author's prose, can.`, { node: suppression, property: 'code' });
    } else if (otherKinds) {
        // Known from the kind alone, whatever else the file holds: said at once, not once every check has run.
        report(accept, rules.unusedSuppression, `\`suppress ${rule.code}\` silences nothing: ${otherKinds} (${rule.provision ?? 'no provision'}). Remove the clause.`, { node: suppression, property: 'code' });
    } else if ((suppression.reason ?? '').trim().length === 0) {
        report(accept, rules.unknownSuppression, `Give the reason for suppressing '${rule.code}' between the quotes: until one is given, the warning is still reported.`, { node: suppression, property: 'reason' });
    }
}

/**
 * `suppress` clauses that silenced no finding in this validation. Called by the document validator
 * once every check of the document has run (not from a check of its own: Langium runs checks in no
 * order the rule could rely on); a file the parser read only in part, or with a name that resolves
 * to nothing, is left alone, as its rules may not have run.
 */
export function checkUnusedSuppressions(root: AstNode, accept: ValidationAcceptor): void {
    if (!isModel(root)) return;
    for (const request of root.elements.filter(isRequest)) {
        for (const suppression of request.suppressions) {
            const rule = ALL_RULES.find(r => r.code === suppression.code);
            // An unknown code, an error or a missing reason is invalid-suppression's; a rule of other kinds of request, checkSuppression's.
            if (!rule?.suppressible || (suppression.reason ?? '').trim().length === 0 || hasSilenced(suppression, accept) || kindsExclude(rule, request)) continue;
            report(accept, rules.unusedSuppression,
                `\`suppress ${rule.code}\` silences nothing: this request does not break that rule (${rule.provision ?? 'no provision'}). Remove the clause.`,
                { node: suppression, property: 'code' });
        }
    }
}

export const structureArea: ValidationArea = {
    name: 'structure',
    description: 'The language itself: one request per file, clauses given once, each person named once, real dates and numbers, existing provisions.',
    rules: Object.values(rules),
    afterAll: checkUnusedSuppressions,
    checks: () => ({
        fast: {
            Model: checkModel,
            // Dates are checked on the nodes that have them, as the validator visits each node.
            Request: [checkNumbers, checkDates, checkForms, checkLanguageNames, checkPersonsNamedOnce], Person: [checkDates, checkLanguageNames],
            Annex: checkLanguageNames, Involvement: checkLanguageNames, Warrant: checkDates, Judgment: checkDates,
            Decision: checkDates, Record: checkDates, Designation: [checkDates, checkLanguageNames], State: checkDates, Declaration123: checkDates, StatusEvent: checkDates,
            ProvisionRef: checkProvisionRef,
            Suppression: checkSuppression
        }
    })
};
