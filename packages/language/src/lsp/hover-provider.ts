import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isAnnex, isDecision, isDesignation, isJudgment, isOrganisation, isPerson, isProvisionRef, isRecord, isRequest, isState, isStatusEvent, isWarrant, type Annex, type Judgment, type Request, type State, type Warrant } from '../generated/ast.js';
import { annexClassification, documentNumber } from '../generator/page-marks.js';
import { situationName } from '../generator/situations.js';
import { classificationLevel, classificationLine, formatDateTime, kindTexts, REQUEST_TEXTS } from '../generator/texts.js';
import { languageName } from '../languages.js';
import { ANSWERING_EVENTS, beforeRequestDate, historyInOrder, involvesTemporaryTransfer, PROVISIONAL_ARREST_DAYS, provisionalArrest, responseDue, returnDue, stageOf } from '../register/follow-up.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayCount, dayOf, daysBetween, isValidDate } from '../states/dates.js';
import { boundAsParty, describeStatus, verificationMark } from '../states/state-status.js';
import { citationOf, formatProvisionForHover } from '../statute/provisions.js';
import { KIND_LEGAL_BASIS, rules as requestRules } from '../validation/request.js';
import { surrenderRequestsFollowing } from '../validation/surrender.js';

/**
 * Hovers: on a provision reference, its verbatim text from the dossier (or NOT VERIFIED);
 * on a State, its status on the request's date, its Rome Statute dates, codes, French name
 * and designation; on organisations, persons, warrants, judgments, decisions, records and
 * requests, what they declare; on an annex (its name, or a reference to it), its title,
 * classification and what it is; on a date of the request (`dated`, `respond-by`, `return-by`,
 * a `status` event), its weekday and its distance from the request's date, and for a deadline
 * whether it has passed as of the as-of date (as register/follow-up.ts counts it).
 */
export class RogatoryHoverProvider extends AstNodeHoverProvider {
    private readonly services: RogatoryServices;
    /** The request being hovered in, for "status on the request's date". */
    private context: AstNode | undefined;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        this.context = leaf?.astNode;
        const provision = leaf && AstUtils.getContainerOfType(leaf.astNode, isProvisionRef);
        if (provision) {
            const markdown = formatProvisionForHover(citationOf(provision));
            return markdown ? { contents: { kind: 'markdown', value: markdown }, range: provision.$cstNode?.range } : undefined;
        }
        const value = leaf && this.valueHover(leaf);
        if (value) return { contents: { kind: 'markdown', value }, range: leaf.range };
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isState(node)) return this.stateHover(node);
        if (isPerson(node)) {
            return [`**${node.name}** — ${node.fullName ?? '(no name given)'}`, node.born && `born ${node.born}${node.birthplace ? ` in ${node.birthplace}` : ''}`,
                node.nationality?.ref && `nationality: ${node.nationality.ref.name}`, node.languages.length && `languages: ${node.languages.join(', ')}`, node.description].filter(Boolean).join('\n\n');
        }
        if (isWarrant(node)) {
            return [`**Warrant of arrest ${node.name}** (art. 58)`, node.number && `No. ${node.number}`, node.issued && `issued ${node.issued}${node.chamber ? ` by ${node.chamber}` : ''}`,
                node.person?.ref && `for ${node.person.ref.fullName ?? node.person.ref.name}`, node.crimes.length && `crimes: ${node.crimes.join('; ')}`].filter(Boolean).join('\n\n');
        }
        if (isOrganisation(node)) {
            return [`**${node.name}**${node.abbreviation ? ` (${node.abbreviation})` : ''}${node.nameFr ? ` — ${node.nameFr}` : ''}`, 'Intergovernmental organisation (art. 87(6))',
                node.channelDetail && `channel: ${node.channelDetail}`].filter(Boolean).join('\n\n');
        }
        if (isJudgment(node) || isDecision(node)) {
            const what = isJudgment(node) ? 'Judgment' : `Decision${node.subject && node.subject !== 'other' ? ` (${node.subject})` : ''}`;
            return [`**${what} ${node.name}**`, node.number && `No. ${node.number}`, node.date && `dated ${node.date}${node.chamber ? ` by ${node.chamber}` : ''}`,
                isJudgment(node) && node.person?.ref && `for ${node.person.ref.fullName ?? node.person.ref.name}`,
                isJudgment(node) && node.convictedOf.length && `convicted of: ${node.convictedOf.join('; ')}`, isDecision(node) && node.summary].filter(Boolean).join('\n\n');
        }
        if (isRecord(node)) {
            const party = node.state?.ref?.name ?? node.organisation?.ref?.name;
            return [`**Record ${node.name}**${node.type ? ` — ${node.type.replace(/-/g, ' ')}` : ''}`, [node.date && `dated ${node.date}`, party && `with ${party}`].filter(Boolean).join(', '),
                node.person?.ref && `person: ${node.person.ref.fullName ?? node.person.ref.name}`, node.summary].filter(Boolean).join('\n\n');
        }
        if (isAnnex(node)) return annexHover(node);
        if (isRequest(node)) {
            const to = node.state?.ref?.name ?? node.organisation?.ref?.name;
            return [`**Request ${node.name}**${node.kind ? ` — ${node.kind}` : ''}`, [to && `to ${to}`, node.date && `dated ${node.date}`].filter(Boolean).join(', '), node.title].filter(Boolean).join('\n\n');
        }
        return undefined;
    }

    /**
     * A value written in a clause (not a name): a date of the request or of its status history, a
     * situation or case number, the kind of request, a classification.
     */
    private valueHover(leaf: CstNode): string | undefined {
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        const node = leaf.astNode;
        if (isRequest(node) && (feature === 'date' || feature === 'respondBy' || feature === 'returnBy')) return this.dateHover(node, feature, node[feature]);
        if (isRequest(node) && (feature === 'situation' || feature === 'case')) return numberHover(node, feature);
        if (isRequest(node) && feature === 'kind' && node.kind) return kindHover(node.kind);
        if (feature === 'classification' && (isRequest(node) || isAnnex(node) || isWarrant(node) || isJudgment(node)) && node.classification) return classificationHover(node);
        if (isStatusEvent(node) && feature === 'date' && isRequest(node.$container)) {
            const request = node.$container;
            const lines = [this.dateHover(request, 'status', node.date)];
            if (node.status === 'arrested' && lines[0]) lines.push(this.rule188(request, node));
            return lines.filter(Boolean).join('\n\n') || undefined;
        }
        return undefined;
    }

    /**
     * A date: its weekday and the date in words, its distance from the request's date, and for
     * `respond-by` and `return-by` where the deadline stands as of the as-of date.
     */
    private dateHover(request: Request, clause: 'date' | 'respondBy' | 'returnBy' | 'status', date: string | undefined): string | undefined {
        if (!date || !isValidDate(date)) return undefined; // the check reports a date that is not one
        const day = dayOf(date);
        const lines = [`**${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${formatDateTime(date, 'en')}**`];
        const requestDate = request.date && isValidDate(request.date) ? dayOf(request.date) : undefined;
        if (clause !== 'date' && requestDate) lines.push(`${distance(daysBetween(requestDate, day))} (${requestDate}).`);
        const asOf = this.services.rogatory.Settings.currentDate();
        if (clause === 'status' && day > asOf) lines.push(`After the as-of date (${asOf}): the follow-up does not count this event yet (followup-status-in-future).`);
        if (clause === 'respondBy') {
            if (beforeRequestDate(request, date)) lines.push('Before the request\'s own date: to be corrected, it is not followed up (followup-respond-by-before-date).');
            else if (!responseDue(request, asOf)) {
                const answer = historyInOrder(request, asOf).find(e => ANSWERING_EVENTS.has(e.status));
                lines.push(`Response requested by this date: answered as of ${asOf}${answer ? ` (\`${answer.status}\` ${dayOf(answer.date)})` : ''}.`);
            } else lines.push(`Response requested by this date: ${standing(day, asOf)}.`);
        }
        if (clause === 'returnBy') {
            if (!involvesTemporaryTransfer(request)) lines.push('Only a temporary transfer has a return date (art. 93(7)(b)): not followed up on this request (transfer-return-date-without-transfer).');
            else if (beforeRequestDate(request, date)) lines.push('Before the request\'s own date: to be corrected, it is not followed up (transfer-return-before-request).');
            else if (returnDue(request, asOf)) lines.push(`Return of the transferred person (art. 93(7)(b)) due by this date: ${standing(day, asOf)}.`);
            else lines.push(`Return of the transferred person (art. 93(7)(b)): not due as of ${asOf}, the request being ${stageOf(request, asOf) === 'draft' ? 'a draft' : 'closed'}.`);
        }
        return lines.join('\n\n');
    }

    /** rule 188 for the provisional arrest `arrest`, as the check and the register judge it as of the as-of date. */
    private rule188(request: Request, arrest: AstNode): string | undefined {
        const asOf = this.services.rogatory.Settings.currentDate();
        const state = request.name ? provisionalArrest(request, surrenderRequestsFollowing(this.services).get(request.name), asOf) : undefined;
        if (!state || state.arrest !== arrest) return undefined;
        const limit = `rule 188: the request for surrender to be received by ${state.deadline} (60 days after the provisional arrest, the compiler's reading)`;
        if (state.receipt) {
            const late = daysBetween(state.deadline, state.receipt.date);
            return `${limit}; ${state.receipt.request.name} received ${state.receipt.date}${late > 0 ? `, ${dayCount(late)} late` : ', in time'}.`;
        }
        if (state.ended) return `${limit}; no longer runs as of ${asOf}: the provisional arrest is over.`;
        return `${limit}: ${standing(state.deadline, asOf)}, no receipt recorded.`;
    }

    private stateHover(state: State): string {
        const request = this.context && AstUtils.getContainerOfType(this.context, isRequest);
        const date = request?.date ?? this.services.rogatory.Settings.currentDate();
        const library = this.services.rogatory.StateLibrary;
        const status = library.statusOn(state, date);
        const lines = [`**${state.name}** (${state.alpha2 ?? '?'} / ${state.alpha3 ?? '?'}) — ${state.nameFr ?? ''}`, `On ${date.slice(0, 10)}: ${describeStatus(status)}.`];
        // The dates of states-parties.csv, as the library holds them, marked as the dossier marks them.
        const dates = [state.deposited && `instrument deposited ${state.deposited}`, state.entryIntoForce && `in force ${state.entryIntoForce}`,
            state.withdrawalEffective && `withdrawal effective ${state.withdrawalEffective}`].filter(Boolean);
        const mark = verificationMark(state.verification);
        if (dates.length) lines.push(`Rome Statute: ${dates.join(', ')}${mark ? ` (${mark})` : ''}.`);
        if (mark && state.verificationNote) lines.push(`_${mark}:_ ${state.verificationNote}`);
        const designation = library.designationOn(state, date);
        if (designation && isDesignation(designation)) {
            const parts = [designation.channel && `channel: ${designation.channel}${designation.channelDetail ? ` (${designation.channelDetail})` : ''}`,
                designation.languages.length && `language: ${designation.languages.join(' or ')}`, designation.translationInto && `translation into ${designation.translationInto} required`,
                designation.focalPoint && `focal point: ${designation.focalPoint}`].filter(Boolean);
            const designationMark = verificationMark(designation.verification);
            lines.push(`Designation (art. 87(1)(a), 87(2))${designationMark ? ` — **${designationMark}**` : ''}: ${parts.join('; ')}`);
        } else if (boundAsParty(status, request?.proceedingsCommenced)) {
            lines.push('No designation recorded: a working language of the Court (rule 178(2), art. 50(2)).');
        } else {
            // rule 178(2) concerns a requested State Party; for a State not party, rule 179 (NOT VERIFIED).
            lines.push('No designation recorded: the language of a request to a State not party is governed by rule 179, whose text is NOT VERIFIED in the reference dossier.');
        }
        return lines.join('\n\n');
    }
}

/**
 * An annex: its title, its classification as the documents print it (its own, else the
 * request's, else not stated), and what it is (a copy of a declaration, a document of the
 * record, a file), in which language.
 */
function annexHover(annex: Annex): string {
    const request = annex.$container as Request;
    const level = annexClassification(annex, request);
    const classification = !level ? 'classification: not stated'
        : annex.classification ? `classification: ${level}` : `classification: ${level} (the request's)`;
    const copy = annex.copyOf?.ref;
    const kind = isWarrant(copy) ? 'warrant of arrest' : copy?.$type.toLowerCase();
    const what = [copy && `copy of ${kind} ${copy.name}${'number' in copy && copy.number ? ` (No. ${copy.number})` : ''}`,
        annex.document && `document ${annex.document}`, annex.file && `file ${annex.file}`, annex.language && `in ${languageName(annex.language, 'en')}`].filter(Boolean).join(', ');
    return [`**Annex ${annex.name}** — ${annex.title ?? '(no title)'}`, `Annex to request ${request.name}; ${classification}.`, what].filter(Boolean).join('\n\n');
}

/**
 * A situation or case number: the situation line the cover prints (generator/situations.ts), or that
 * the number is not in the dossier's list; which number the cover's "No." and every footer carry.
 */
function numberHover(request: Request, clause: 'situation' | 'case'): string | undefined {
    const number = request[clause];
    if (!number) return undefined;
    const lines: string[] = [];
    if (clause === 'situation') {
        const [en, fr] = [situationName(number, 'en'), situationName(number, 'fr')];
        lines.push(`**Situation ${number}**`, en && fr ? `The cover prints: ${REQUEST_TEXTS.en.situation(en)} (in French: ${REQUEST_TEXTS.fr.situation(fr)}).`
            : `Not among the situations of the reference list (situations.csv, incomplete): the cover prints ${REQUEST_TEXTS.en.situation(number)}; check the number.`);
    } else {
        const situation = /^ICC-\d{2}\/\d{2}/.exec(number)?.[0];
        const name = situationName(number, 'en');
        lines.push(`**Case ${number}**${situation ? ` — in situation ${situation}${name ? ` (${name})` : ', not among the situations of the reference list'}` : ''}`);
        if (situation && request.situation && request.situation !== situation) lines.push(`The request states situation ${request.situation}, not ${situation}.`);
    }
    if (documentNumber(request) === number) lines.push(`The cover's "No." and the footer of every page carry ${number}.`);
    return lines.join('\n\n');
}

/**
 * A kind of request: the title its documents give it and the provisions it is made under, as the
 * checks cite them (validation/request.ts KIND_LEGAL_BASIS; for art. 93 requests, the assistance area).
 */
function kindHover(kind: string): string {
    const lines = [`**${kind}** — ${kindTexts(kind, 'en').title(undefined)}`];
    const basis = KIND_LEGAL_BASIS[kind];
    if (basis) lines.push(`Made under ${basis.join(' or ')}: its \`legal-basis\` cites ${basis.length > 1 ? 'one of them' : 'it'} (request-legal-basis-mismatch).`);
    else if (kind === 'assistance') lines.push('Made under art. 93(1): its `legal-basis` cites each form sought, art. 93(1)(x) or art. 93(1) as a whole (art. 96(2)(a)); the forms follow the kind (`kind assistance art. 93(1)(b)`), and art. 96(2) says what the request contains.');
    else if (kind === 'temporary-transfer') lines.push('The form art. 93(1)(f) as a kind of its own: its `legal-basis` cites art. 93(1)(f) or art. 93(7) (art. 96(2)(a)); checked as `assistance art. 93(1)(f)` is, under art. 96(2) and art. 93(7).');
    if (kind === 'provisional-arrest') lines.push(`rule 188: the request for surrender (which \`follows\` this one) is to be received within ${PROVISIONAL_ARREST_DAYS} days of the provisional arrest.`);
    return lines.join('\n\n');
}

/**
 * A classification: what the documents print with it (generator/page-marks.ts, texts.ts), and for a
 * warrant or judgment what it asks of a request that relies on it (classification-below-material).
 */
function classificationHover(node: Request | Annex | Warrant | Judgment): string {
    const level = node.classification;
    const [en, fr] = [classificationLevel(level, 'en'), classificationLevel(level, 'fr')];
    const printed = `**${en}**${fr !== en ? ` (French documents: ${fr})` : ''}`;
    if (isRequest(node)) {
        const line = classificationLine(level, node.exParte, node.urgency !== undefined, 'en');
        return [printed, `Every page of the request and of its note verbale carries it: in the header ${line}, in the footer ${en}.`,
            'An annex without a classification of its own has this one.'].join('\n\n');
    }
    if (isAnnex(node)) {
        const request = node.$container as Request;
        return [printed, `The annex table of request ${request.name} prints it for annex ${node.name}; the request's pages carry the request's own (${classificationLevel(request.classification, 'en')}).`].join('\n\n');
    }
    const rule = requestRules.classificationBelowMaterial;
    return [printed, `A request that relies on this ${isWarrant(node) ? 'warrant' : 'judgment'} is classified at least ${en} (${rule.code}, ${rule.provision}; public < confidential < under seal < secret).`,
        rule.unverified ? `_NOT VERIFIED:_ ${rule.unverified}.` : undefined].filter(Boolean).join('\n\n');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "45 days after the request", "the day of the request", "3 days before the request". */
function distance(days: number): string {
    if (days === 0) return 'The day of the request';
    const n = Math.abs(days);
    return `${dayCount(n)} ${days > 0 ? 'after' : 'before'} the request`;
}

/** Whether a deadline `day` has passed as of `asOf`, as register/follow-up.ts counts it (overdue the day after). */
function standing(day: string, asOf: string): string {
    const days = daysBetween(day, asOf);
    if (days > 0) return `**passed** as of ${asOf}, ${dayCount(days)} overdue`;
    if (days === 0) return `due today (${asOf})`;
    return `${dayCount(-days)} left as of ${asOf}`;
}
