import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isAnnex, isCompetingRequest, isDecision, isDesignation, isJudgment, isOrganisation, isPerson, isProvisionRef, isRecord, isRequest, isState, isStatusEvent, isSuppression, isWarrant, type Annex, type Judgment, type Request, type State, type StatusEvent, type Warrant } from '../generated/ast.js';
import { officialStateName } from '../builtin/builtin-library.js';
import { annexClassification, documentNumber } from '../generator/page-marks.js';
import { situationName } from '../generator/situations.js';
import { classificationLevel, classificationLine, formatDateTime, kindTexts, REQUEST_TEXTS } from '../generator/texts.js';
import { languageName } from '../languages.js';
import { answersResponse, ARREST_ENDING_EVENTS, beforeRequestDate, closes, endsBeforePostponement, historyInOrder, involvesTemporaryTransfer, postponementDespiteOrder, postponementHolding, PROVISIONAL_ARREST_DAYS, provisionalArrest, responseDue, returnDue, stageOf, stateJudgedOn, SURRENDER_KINDS, underArticle93 } from '../register/follow-up.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { dayCount, dayOf, daysBetween, isValidDate } from '../states/dates.js';
import { boundAsParty, describeStatus, verificationMark } from '../states/state-status.js';
import { citationOf, formatProvisionForHover, isUnverified } from '../statute/provisions.js';
import { DIGEST_ITEMS } from '../statute/digest.generated.js';
import { englishName } from '../generator/names.js';
import { CHANNELS_87_1_A, designationStanding, WORKING_LANGUAGES } from '../validation/addressee.js';
import { designatedChannels } from '../states/state-library.js';
import { KIND_LEGAL_BASIS, rules as requestRules, where } from '../validation/request.js';
import { ALL_RULES, findRule } from '../validation/catalogue.js';
import { kindsExclude, whyNotSuppressible } from '../validation/rule.js';
import { blockGrammar, type BlockGrammar } from '../parser/clauses.js';
import { surrenderRequestsFollowing } from '../validation/surrender.js';

/**
 * Hovers: on a provision reference, its verbatim text from the dossier (or NOT VERIFIED);
 * on a State, its status on the request's date, its Rome Statute dates, codes, French and full names
 * and designation (the State of a competing request, for extradition or under art. 93(9)(a): its status on the date of the
 * notification, without designation); on organisations, persons, warrants, judgments, decisions, records and
 * requests, what they declare; on an annex (its name, or a reference to it), its title,
 * classification and what it is; on a date of the request (`dated`, `respond-by`, `return-by`, a postponement's `until`,
 * a `status` event), its weekday and its distance from the request's date, and for a deadline
 * whether it has passed as of the as-of date (as register/follow-up.ts counts it); on a status event,
 * what it records and what the follow-up makes of it; on a channel or a language of a request (or
 * the keyword `via`, `language`, `translation`), art. 87(1) or 87(2) quoted through the statute module
 * and what the designation in force on the request's date asks, as the checks judge it; on the code of a
 * `suppress` clause, the rule it silences; on the organs of `from` and `transmitted-by`, an `arrangement`, a `medium`,
 * `none-known` and a transfer's `conditions`, what the clause says and the provision that governs it, quoted; on another
 * clause keyword, the rules that check the clause.
 */
export class RogatoryHoverProvider extends AstNodeHoverProvider {
    private readonly services: RogatoryServices;
    private readonly clauses: BlockGrammar;
    /** The request being hovered in, for "status on the request's date". */
    private context: AstNode | undefined;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
        this.clauses = blockGrammar(services.Grammar);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        // A clause given twice (`duplicate-clause`) leaves its first value out of the tree: its references
        // cannot be resolved (no document), so there is nothing to show on it.
        if (leaf && AstUtils.findRootNode(leaf.astNode) !== document.parseResult.value) return undefined;
        this.context = leaf?.astNode;
        const provision = leaf && AstUtils.getContainerOfType(leaf.astNode, isProvisionRef);
        if (provision) {
            const markdown = formatProvisionForHover(citationOf(provision));
            return markdown ? { contents: { kind: 'markdown', value: markdown }, range: provision.$cstNode?.range } : undefined;
        }
        // The keyword of a clause that takes one value (`status`, `via`, `language`, `translation`) hovers as its value.
        const next = leaf && VALUE_KEYWORDS.has(leaf.text) && !GrammarUtils.findAssignment(leaf) ? CstUtils.getNextNode(leaf) : undefined;
        const valueLeaf = next && root ? CstUtils.findLeafNodeAtOffset(root, next.offset) ?? leaf : leaf;
        const value = valueLeaf && this.valueHover(valueLeaf);
        if (value) return { contents: { kind: 'markdown', value }, range: valueLeaf.range };
        const clause = leaf && this.clauseHover(leaf);
        if (clause) return { contents: { kind: 'markdown', value: clause }, range: leaf.range };
        const ambiguous = root && await this.ambiguousHover(document, root, offset);
        if (ambiguous) return ambiguous;
        return super.getHoverContent(document, params);
    }

    /**
     * On a name referred to that is declared more than once in the workspace (reference-ambiguous), what each
     * declaration says and where it is, in the order go-to-definition lists them, one after the other.
     */
    private async ambiguousHover(document: LangiumDocument, root: CstNode, offset: number): Promise<Hover | undefined> {
        const source = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        const targets = source && source.end > offset ? this.references.findDeclarations(source) : [];
        if (targets.length < 2) return undefined;
        const parts: string[] = [];
        for (const target of targets) {
            const at = where(this.services, document.uri, { documentUri: AstUtils.getDocument(target).uri, nameSegment: this.services.references.NameProvider.getNameNode(target) });
            parts.push(`${await this.getAstNodeHoverContent(target) ?? ''}\n\n*declared ${at}*`);
        }
        const count = targets.length === 2 ? 'twice' : `${targets.length} times`;
        const heading = `**${source!.text} is declared ${count} in the workspace** (reference-ambiguous): which one is meant is ambiguous.`;
        return { contents: { kind: 'markdown', value: [heading, ...parts].join('\n\n---\n\n') }, range: source!.range };
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isState(node)) return this.stateHover(node);
        if (isPerson(node)) {
            return [`**${node.name}** — ${node.fullName ?? '(no name given)'}`, node.born && `born ${node.born}${node.birthplace ? ` in ${node.birthplace}` : ''}`,
                node.nationality?.ref && `nationality: ${node.nationality.ref.name}`, node.languages.length && `languages: ${node.languages.join(', ')}`,
                node.officialOf?.ref && `official of ${node.officialOf.ref.name} (immunity: art. 98(1))`,
                node.sendingState?.ref && `sending State: ${node.sendingState.ref.name} (consent to surrender: art. 98(2))`,
                node.iccSentenced && 'sentenced by the Court (rule 193)', node.description].filter(Boolean).join('\n\n');
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
     * On the keyword of a clause the checks ask for (`dated`, `crimes`, `location` in a person's block, `copy-of` in an
     * annex's), the rules that report it missing or its value wanting (a rule's `clause`), as the catalogue states them:
     * each summary says which requests it concerns. A keyword a request shares with its nested blocks (`language`, `classification`) is asked for of the
     * request only; in another block, or for a clause no check asks for, nothing.
     */
    private clauseHover(leaf: CstNode): string | undefined {
        const keyword = leaf.grammarSource;
        if (!GrammarAST.isKeyword(keyword) || !this.clauses.clauseStarts.has(keyword)) return undefined;
        const block = [...this.clauses.clauseKeywords].find(([, keywords]) => keywords.includes(keyword))?.[0];
        const ofRequest = this.clauses.clauseKeywords.get('Request')?.some(k => k.value === keyword.value);
        if (!block || !REQUEST_BLOCKS.has(block) || (block !== 'Request' && ofRequest)) return undefined;
        const asking = ALL_RULES.filter(rule => rule.clause === keyword.value);
        if (!asking.length) return undefined;
        const lines = asking.map(rule => `- \`${rule.code}\`${rule.provision ? ` (${rule.provision})` : ''}, ${rule.severity}: ${rule.summary}${rule.unverified ? ` **NOT VERIFIED:** ${rule.unverified}` : ''}`);
        return [`**${keyword.value}** — a clause of ${block === 'Request' ? 'a request' : block === 'Annex' ? "an annex's block" : "a person's block in a request"}, checked by:`, ...lines].join('\n');
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
        if (isRequest(node) && feature === 'channel' && node.channel) return this.channelHover(node);
        if (isRequest(node) && (feature === 'language' || feature === 'translations') && node.language) return this.languageHover(node);
        if (isStatusEvent(node) && feature === 'status' && node.status && isRequest(node.$container)) return this.statusHover(node.$container, node);
        if (isSuppression(node) && feature === 'code' && node.code) return suppressionHover(node.code, node.$container);
        if (isStatusEvent(node) && feature === 'until' && isRequest(node.$container)) return this.untilHover(node.$container, node);
        if (isRequest(node)) {
            const clause = requestValueHover(node, feature ?? (leaf.text === 'conditions' ? 'transferConditions' : undefined));
            if (clause) return clause;
        }
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
    private dateHover(request: Request, clause: 'date' | 'respondBy' | 'returnBy' | 'status' | 'until', date: string | undefined): string | undefined {
        if (!date || !isValidDate(date)) return undefined; // the check reports a date that is not one
        const day = dayOf(date);
        const lines = [`**${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${formatDateTime(date, 'en')}**`];
        const requestDate = request.date && isValidDate(request.date) ? dayOf(request.date) : undefined;
        if (clause !== 'date' && requestDate) lines.push(`${distance(daysBetween(requestDate, day))} (${requestDate}).`);
        const asOf = this.services.rogatory.Settings.currentDate();
        if (clause === 'status' && day > asOf) lines.push(`After the as-of date (${asOf}): the follow-up does not count this event yet (followup-status-in-future).`);
        if (clause === 'respondBy') {
            const postponement = postponementHolding(request, asOf);
            if (beforeRequestDate(request, date)) lines.push('Before the request\'s own date: to be corrected, it is not followed up (followup-respond-by-before-date).');
            else if (postponement) {
                lines.push(`Response requested by this date: not followed up as of ${asOf} while the postponement of ${postponement.day} holds (${postponement.until ? `agreed until ${postponement.until}` : 'pending the Court\'s determination on admissibility'}, ${postponement.provision}).`);
            } else if (!responseDue(request, asOf)) {
                const answer = historyInOrder(request, asOf).find(e => answersResponse(request, e.status));
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

    /**
     * The last day of a postponement's agreed period (`until E`): as another date of the request, and where it
     * stands as of the as-of date (the follow-up's postponementHolding), or why it is not followed up.
     */
    private untilHover(request: Request, event: StatusEvent): string | undefined {
        const date = event.until;
        if (!date || !isValidDate(date)) return undefined;
        const lines = [this.dateHover(request, 'until', date)];
        const asOf = this.services.rogatory.Settings.currentDate();
        const holding = postponementHolding(request, asOf);
        if (event.status !== 'postponed') lines.push('Only a postponement says until when: not followed up (followup-until-without-postponement).');
        else if (endsBeforePostponement(event)) lines.push('Before the postponement\'s own date: to be corrected, it is not followed up (followup-postponement-end-before-date).');
        else if (holding?.event === event) lines.push(`Last day of the period of the postponement agreed with the Court (art. 94(1)): ${standing(dayOf(date), asOf)}.`);
        else lines.push(`Last day of the period of the postponement agreed with the Court (art. 94(1)): not followed up as of ${asOf}, ${event.date && isValidDate(event.date) && dayOf(event.date) > asOf ? 'the postponement being dated after it' : 'a later status event having ended the postponement\'s hold'}.`);
        return lines.filter(Boolean).join('\n\n');
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

    /**
     * A status event: what it records, and what the follow-up (register/follow-up.ts) and the checks
     * make of it: whether it closes the request, answers the response date, starts or ends rule 188's
     * time limit, counts for the return of a transferred person or for the rule of speciality.
     */
    private statusHover(request: Request, event: StatusEvent): string {
        const status = event.status;
        const lines = [`**status ${status}** — ${STATUS_RECORDS[status] ?? 'a status of the request'}.`];
        const effects: string[] = [];
        const asOf = this.services.rogatory.Settings.currentDate();
        const transfer = involvesTemporaryTransfer(request);
        if (status === 'drafted') effects.push('The register counts the request as a draft until an event after it other than `consulted` (`sent`, or anything the requested State did); only `consulted` may be dated before it');
        if (status === 'sent') effects.push('From then the register follows the request as open; nothing from the requested State, and no `confirmed`, is dated before it, nor is it dated before the request (followup-status-impossible)');
        if (status === 'executed' && transfer) {
            effects.push('On a temporary transfer it records the transfer itself: the request stays open until `returned`, and the return date (`return-by`, art. 93(7)(b)) is followed up from then');
        } else if (closes(request, status)) {
            effects.push('Closes the request: the register stops following it, and nothing after it reopens it');
        }
        if (status === 'withdrawn') effects.push('Nothing can be dated after it');
        if (answersResponse(request, status)) {
            const respondBy = request.respondBy && isValidDate(request.respondBy) ? ` (\`respond-by ${dayOf(request.respondBy)}\`)` : '';
            effects.push(`Answers the response date${respondBy}: no longer overdue once recorded (followup-overdue)${status === 'partially-executed' ? '; the request stays open for the rest' : ''}`);
        }
        if (status === 'arrested' && request.kind === 'provisional-arrest') {
            const arrest = provisionalArrest(request, [], asOf);
            const deadline = arrest?.arrest === event ? ` (by ${arrest.deadline})` : '';
            effects.push(`Starts rule 188's time limit: the request for surrender (which \`follows\` this one) is to be received within ${PROVISIONAL_ARREST_DAYS} days of the provisional arrest${deadline}`);
        } else if (status === 'arrested') {
            effects.push('`released` and `surrendered` are not dated before it');
        }
        if (ARREST_ENDING_EVENTS.has(status) && request.kind === 'provisional-arrest') effects.push('Ends the provisional arrest: rule 188\'s time limit no longer runs');
        if (status === 'received') effects.push(...this.receiptEffects(request, event, asOf));
        if (status === 'acknowledged') effects.push('Not dated before `received`');
        if (status === 'surrendered' && request.kind && SURRENDER_KINDS.includes(request.kind)) {
            effects.push('A later request concerning the person for other conduct names the surrendering State\'s waiver (art. 101(1), speciality-waiver-missing)');
        }
        if (status === 'returned') {
            effects.push(transfer ? 'Ends the return date of the transferred person (art. 93(7)(b))' : 'Only a temporary transfer has a `returned` (art. 93(7)(b)): not on this request (followup-status-impossible)');
        }
        if (status === 'refused' && underArticle93(request)) {
            effects.push('The reasons the State gave go in the event\'s note (art. 93(6), followup-refusal-reasons)');
        }
        if (status === 'postponed') effects.push(...this.postponementEffects(request, event, asOf));
        if (effects.length) lines.push(effects.map(e => `${e}.`).join(' '));
        return lines.join('\n\n');
    }

    /**
     * `status postponed`: where its period and ground go (followup-postponement-ground), and whether it holds the
     * follow-up as of the as-of date, as register/follow-up.ts's postponementHolding judges it (not, pending the
     * determination, where the Court ordered that the Prosecutor may pursue the collection of the evidence: art. 95).
     */
    private postponementEffects(request: Request, event: StatusEvent, asOf: string): string[] {
        const effects = ['Does not close the request. The last day of the period agreed with the Court goes after `until` (`until 2026-06-30`, art. 94(1)), or `until admissibility-determination` pending the Court\'s determination of an admissibility challenge (art. 95; art. 89(2) on a request for surrender); the ground goes in the event\'s note (followup-postponement-ground). While it is the latest event, the response date is not followed up: the end of the period is the next deadline (followup-postponement-ended once passed), and pending the determination nothing is due; any later event ends that'];
        const holding = postponementHolding(request, asOf);
        if (holding?.event === event) {
            effects.push(holding.until ? `As of ${asOf} it holds the follow-up: the period agreed ends ${holding.until}, ${standing(holding.until, asOf)}`
                : `As of ${asOf} it holds the follow-up: nothing is due until the Court's determination on admissibility (${holding.provision})`);
        }
        const despite = postponementDespiteOrder(request, asOf);
        if (despite?.event === event) {
            effects.push(`As of ${asOf} it does not hold the follow-up: annex ${despite.order.annex.name} is a copy of the Court's order that the Prosecutor may pursue the collection of the evidence (decision ${despite.order.decision.name}), and art. 95 allows a postponement pending the determination "unless the Court has specifically ordered that the Prosecutor may pursue the collection of such evidence pursuant to article 18 or 19" (followup-postponement-collection-ordered)`);
        }
        return effects;
    }

    /**
     * `status received`: the receipt that rule 188 times for a request for surrender following a
     * provisional arrest (as provisionalArrest() reads it), and art. 89(3)(e)'s 96 hours for a transit.
     */
    private receiptEffects(request: Request, event: StatusEvent, asOf: string): string[] {
        if (!isValidDate(event.date)) return [];
        const followed = request.follows?.ref;
        if (followed && request.kind && SURRENDER_KINDS.includes(request.kind)) {
            const arrest = provisionalArrest(followed, [], asOf);
            if (arrest) {
                const late = daysBetween(arrest.deadline, dayOf(event.date));
                return [`The receipt rule 188 times: within ${PROVISIONAL_ARREST_DAYS} days of the provisional arrest under ${followed.name} (${arrest.arrested}), by ${arrest.deadline}: ${late > 0 ? `**${dayCount(late)} late**` : 'in time'}`];
            }
        }
        if (request.kind === 'transit' && request.landing === 'unscheduled') {
            return ['After an unscheduled landing, detention in the transit State may not be extended beyond 96 hours from the landing unless the request is received within them (art. 89(3)(e), transit-landing-late)'];
        }
        return ['Nothing the requested State does (`acknowledged`, `arrested`, `executed`...) is dated before `sent`'];
    }

    /**
     * A channel (`via`): the provision that governs it, quoted from the statute module, and whether it is
     * the channel the requested State designated, as in force on the request's date (channel-not-designated).
     */
    private channelHover(request: Request): string {
        const channel = request.channel!;
        const additional = !CHANNELS_87_1_A.has(channel);
        const lines = [`**via ${channel}** — ${CHANNEL_WORDS[channel] ?? channel}`];
        if (request.organisation && !request.state) {
            // art. 87(1) concerns States; the organisation's channel is rule 177(2)'s, which the dossier may not hold.
            lines.push('To an organisation: through the channel of communication it designated (rule 177(2), to which rule 176(5) refers; organisation-channel-unverified).');
            const rule177 = formatProvisionForHover('rule 177(2)');
            if (rule177) lines.push(rule177);
            return lines.join('\n\n');
        } else if (additional) {
            lines.push('Only in addition to the channel of art. 87(1)(a), when appropriate (channel-alternative).');
        } else {
            const standing = designationStanding(request, this.services.rogatory.StateLibrary);
            const designation = standing?.designation;
            if (standing && designation?.channel) {
                const mark = verificationMark(designation.verification);
                const choices = designatedChannels(designation);
                const designated = choices.map(d => `${d.channel}${d.detail ? ` "${d.detail}"` : ''}`).join('` or `');
                const matches = choices.some(d => d.channel === channel);
                lines.push(`${englishName(standing.state.name, { start: true })} designated \`${designated}\` for requests on ${standing.day}${standing.inForce}${mark ? ` — **${mark}**` : ''}: `
                    + (matches ? 'the channel written matches it.' : `**not the channel written** (channel-not-designated).`));
            } else if (standing) {
                lines.push(`No channel designated by ${englishName(standing.state.name)} in force on ${standing.day} is recorded: the diplomatic channel, or the authority the State designated`
                    + `${channel === 'designated-authority' ? '; check the authority against its designation (channel-designation-unknown)' : ''}.`);
            }
        }
        const text = formatProvisionForHover(additional ? 'art. 87(1)(b)' : 'art. 87(1)(a)');
        if (text) lines.push(text);
        return lines.join('\n\n');
    }

    /**
     * The language of a request and its translations: art. 87(2), quoted from the statute module, and
     * the language(s) the requested State chose, as in force on the request's date, as the checks judge them.
     */
    private languageHover(request: Request): string {
        const translations = request.translations.length ? `, accompanied by a translation into ${request.translations.map(l => languageName(l, 'en')).join(', ')}` : '';
        const lines = [`**language ${request.language}** — the request is in ${languageName(request.language!, 'en')}${translations}.`];
        const standing = designationStanding(request, this.services.rogatory.StateLibrary);
        if (standing) {
            const state = englishName(standing.state.name, { start: true });
            const designation = standing.designation;
            const gaps = standing.languageGaps;
            if (designation && (designation.languages.length || designation.translationInto)) {
                const mark = verificationMark(designation.verification);
                const chose = [designation.languages.length && designation.languages.join(' or '), designation.translationInto && `a translation into ${designation.translationInto}`].filter(Boolean).join(' (with ') + (designation.languages.length && designation.translationInto ? ')' : '');
                const findings = gaps.map(g => g.kind === 'not-designated' ? `**not in ${g.languages.join(' or ')}**, nor translated into it (language-not-designated)`
                    : g.kind === 'translation-missing' ? `**no translation into ${g.into}** (language-translation-missing)` : '');
                lines.push(`${state} chose ${chose} for requests on ${standing.day}${standing.inForce}${mark ? ` — **${mark}**` : ''}: ${findings.length ? findings.join('; ') : 'the request meets it'}.`);
            } else if (standing.nonParty) {
                const rule179 = isUnverified('rule 179') ? ', whose text is NOT VERIFIED in the reference dossier' : '';
                lines.push(`${state} is not a State Party on ${standing.day} and no choice of language is recorded: rule 179 governs the language of a request to a State not party${rule179}; check that the language is agreed with it (language-non-party-unverified).`);
            } else {
                lines.push(`No choice of language by ${englishName(standing.state.name)} in force on ${standing.day} is recorded; if it chose none, the request is in, or accompanied by a translation into, a working language of the Court, ${WORKING_LANGUAGES.join(' or ')} (rule 178(2)): `
                    + (gaps.length ? '**it is neither**: check the language the State chose (language-not-working).' : 'it is.'));
            }
        }
        const text = formatProvisionForHover('art. 87(2)');
        if (text) lines.push(text);
        return lines.join('\n\n');
    }

    private stateHover(state: State): string {
        const request = this.context && AstUtils.getContainerOfType(this.context, isRequest);
        const { date, competing, notified } = stateJudgedOn(this.context, this.services.rogatory.Settings.currentDate());
        const library = this.services.rogatory.StateLibrary;
        const status = library.statusOn(state, date);
        const lines = [stateHeading(state)];
        // The name the note verbale's opening and closing formulas give the State (iso-codes' official name).
        const official = officialStateName(state.alpha2, 'en');
        if (official) lines.push(`Full name: ${official} — ${officialStateName(state.alpha2, 'fr') ?? state.nameFr ?? official}`);
        lines.push(`On ${date.slice(0, 10)}: ${describeStatus(status)}.`);
        // The dates of states-parties.csv, as the library holds them, marked as the dossier marks them.
        const dates = [state.deposited && `instrument deposited ${state.deposited}`, state.entryIntoForce && `in force ${state.entryIntoForce}`,
            state.withdrawalEffective && `withdrawal effective ${state.withdrawalEffective}`].filter(Boolean);
        const mark = verificationMark(state.verification);
        if (dates.length) lines.push(`Rome Statute: ${dates.join(', ')}${mark ? ` (${mark})` : ''}.`);
        if (mark && state.verificationNote) lines.push(`_${mark}:_ ${state.verificationNote}`);
        // The Court makes no request to the State whose request competes with it: its designation is beside the point.
        if (competing) {
            const partyOn = `${status.party.kind === 'party' ? 'a State Party' : 'not a State Party'} on the date of the notification${notified ? '' : ' (not written yet: the request\'s date is shown)'}`;
            // Other conduct is art. 90(7)'s, which does not turn on the requesting State's status.
            lines.push(isCompetingRequest(competing) ? `Made a competing request, other than for surrender or extradition (art. 93(9)(a)): ${partyOn}.`
                : competing.conduct === 'other-conduct' ? 'Requests the extradition of the person for other conduct (art. 90(7), which does not turn on whether it is a State Party).'
                    : `Requests the extradition of the person${competing.conduct === 'same-conduct' ? ' for the same conduct' : ''} (art. 90(1)): ${partyOn}.`);
            return lines.join('\n\n');
        }
        const designation = library.designationOn(state, date);
        if (designation && isDesignation(designation)) {
            const parts = [designation.channel && `channel: ${designatedChannels(designation).map(d => `${d.channel}${d.detail ? ` (${d.detail})` : ''}`).join(' or ')}`,
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
    return [`**Annex ${annex.name}** — ${annex.title ?? '(no title)'}`, `Annex to ${request.name ? `request ${request.name}` : 'a request without a reference'}; ${classification}.`, what].filter(Boolean).join('\n\n');
}

/**
 * A situation or case number: the situation line the cover prints (generator/situations.ts), or that
 * the number is not in the dossier's list; which number the cover's "No." and the request's footer carry.
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
    if (documentNumber(request) === number) lines.push(`The cover's "No." and the footer of every page of the request carry ${number}.`);
    return lines.join('\n\n');
}

/**
 * What a value of a request's clause says in Rogatory (docs/language.md's words), with the provision that governs it
 * quoted through the statute module: the organ that makes the request and the one that transmits it (rule 176(2));
 * the basis of a request to a State not party or an organisation, a declaration under art. 12(3) quoted; the medium,
 * under the article of the request's kind that asks for writing (arts. 91(1), 92(2), 96(1)); `none-known` of
 * `national-requirements` (arts. 91(2)(c), 96(2)(e)); the conditions of a State's agreement to a transfer (art. 93(7)(a)(ii)).
 */
function requestValueHover(request: Request, feature: string | undefined): string | undefined {
    const quoted = (...citations: string[]) => citations.map(c => formatProvisionForHover(c)).filter((t): t is string => !!t);
    const kind = request.kind;
    switch (feature) {
        case 'organ':
            return request.organ ? [`**from ${request.organ}** — the organ of the Court that makes the request (rule 176(2)).`, ...quoted('rule 176(2)')].join('\n\n') : undefined;
        case 'transmittedBy':
            return request.transmittedBy ? [`**transmitted-by ${request.transmittedBy}** — the organ that transmits the request: \`Registrar\` (Chambers' requests) or \`Office-of-the-Prosecutor\` (rule 176(2)).`, ...quoted('rule 176(2)')].join('\n\n') : undefined;
        case 'arrangement': {
            const arrangement = request.arrangement;
            if (!arrangement) return undefined;
            return [`**arrangement ${arrangement}** — the basis for a request to a State not party or to an organisation: \`ad-hoc-arrangement\`, \`agreement\`, \`declaration-12-3\`, \`other-basis\` (arts. 87(5)(a), 12(3), 87(6)).`,
                ...(arrangement === 'declaration-12-3' ? quoted('art. 12(3)') : [])].join('\n\n');
        }
        case 'medium': {
            if (!request.medium) return undefined;
            const provision = kind && SURRENDER_KINDS.includes(kind) ? 'art. 91(1)' : kind === 'provisional-arrest' ? 'art. 92(2)' : underArticle93(request) ? 'art. 96(1)' : undefined;
            return [`**medium ${request.medium}** — the medium by which the request is made: \`written\`, \`electronic-mail\`, \`fax\`, \`INTERPOL-notice\`, \`other-written-record\` (arts. 91(1), 92(2), 96(1)).`,
                ...(provision ? quoted(provision) : [])].join('\n\n');
        }
        case 'nationalRequirementsNoneKnown': {
            if (!request.nationalRequirementsNoneKnown) return undefined;
            const provision = kind && SURRENDER_KINDS.includes(kind) ? 'art. 91(2)(c)' : underArticle93(request) ? 'art. 96(2)(e)' : undefined;
            return [`**national-requirements none-known** — says that no requirement of the requested State's law is known, in place of what it requires (\`national-requirements "..."\`).`,
                ...(provision ? quoted(provision) : [])].join('\n\n');
        }
        case 'transferConditions':
            return ['**conditions** — the conditions on which the requested State agrees to the temporary transfer, with the record of its agreement (`state-agreement R`, art. 93(7)).', ...quoted('art. 93(7)(a)(ii)')].join('\n\n');
        default:
            return undefined;
    }
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
        return [printed, `Every page of the request and of its note verbale carries it: in the header ${line}; the note verbale's footer too, ${en}.`,
            'An annex without a classification of its own has this one.'].join('\n\n');
    }
    if (isAnnex(node)) {
        const request = node.$container as Request;
        return [printed, `The annex table of ${request.name ? `request ${request.name}` : 'the request'} prints it for annex ${node.name}; the request's pages carry the request's own (${classificationLevel(request.classification, 'en')}).`].join('\n\n');
    }
    const rule = requestRules.classificationBelowMaterial;
    return [printed, `A request that relies on this ${isWarrant(node) ? 'warrant' : 'judgment'} is classified at least ${en} (${rule.code}, ${rule.provision}; public < confidential < under seal < secret).`,
        rule.unverified ? `_NOT VERIFIED:_ ${rule.unverified}.` : undefined].filter(Boolean).join('\n\n');
}

/** What each status event records (the grammar's `Status`; the order of events is followup-status-impossible's). */
const STATUS_RECORDS: Readonly<Record<string, string>> = {
    'drafted': 'the request was drafted',
    'sent': 'the Court sent the request to the requested State',
    'received': 'the requested State received the request',
    'acknowledged': 'the requested State acknowledged receipt of the request',
    'consulted': 'consultations were held with the requested State',
    'confirmed': 'the request, made first by another medium, was confirmed',
    'arrested': 'the person sought was arrested',
    'postponed': 'the requested State postponed the execution of the request',
    'executed': 'the requested State executed the request',
    'partially-executed': 'the requested State executed part of the request',
    'refused': 'the requested State refused the request',
    'withdrawn': 'the Court withdrew the request',
    'released': 'the person arrested was released',
    'surrendered': 'the person was surrendered to the Court',
    'returned': 'the Court returned the transferred person to the requested State'
};

/** The channels of `via`, in the words of art. 87(1). */
const CHANNEL_WORDS: Readonly<Record<string, string>> = {
    'diplomatic-channel': 'transmitted through the diplomatic channel',
    'designated-authority': 'transmitted through the channel the State designated',
    'INTERPOL': 'transmitted through the International Criminal Police Organization',
    'regional-organisation': 'transmitted through an appropriate regional organization'
};

/** Keywords whose hover is their value's. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set(['status', 'via', 'language', 'translation', 'medium', 'transmitted-by']);

/** A request and the blocks nested in it, whose clauses the checks of a request ask for. */
const REQUEST_BLOCKS: ReadonlySet<string> = new Set(['Request', 'Involvement', 'Annex']);

/**
 * On the code of a `suppress` clause, the rule it silences as `rogatory rules` states it: its provision, what it
 * checks (NOT VERIFIED where the rule rests on what the dossier marks so), the digest item it was made for, whether it can be suppressed, and
 * whether it can silence anything in a request of this kind, as `validation/structure.ts` judges it (a code that
 * names no rule is the diagnostic's to say).
 */
function suppressionHover(code: string, request: Request): string | undefined {
    const rule = findRule(code);
    if (!rule) return undefined;
    const unverified = rule.unverified ? `\n\n**NOT VERIFIED:** ${rule.unverified}` : '';
    const other = kindsExclude(rule, request);
    const can = !rule.suppressible ? `Cannot be suppressed: ${whyNotSuppressible(rule)}.`
        : other ? `Silences nothing here: ${other}.`
            : 'Suppressed in this request with the reason between the quotes; until one is given, the warning is still reported.';
    // The item of the dossier's digest the rule was made for, in the digest's words (docs/rules.md goes through them all).
    const item = rule.digest ? DIGEST_ITEMS.find(i => i.id === rule.digest) : undefined;
    const digest = item ? `\n\nDigest item ${item.id}${item.force ? ` (${item.force})` : ''}: ${item.element}` : '';
    return `**${rule.code}**${rule.provision ? ` (${rule.provision})` : ''}\n\n${rule.summary}${unverified}${digest}\n\n${can}`;
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

/**
 * A State as hover and completion head it: its name, its ISO codes and its French name, as far as it has them
 * ("**Kenya** (KE / KEN) — Kenya"; a State declared in a workspace file may give none of them).
 */
export function stateHeading(state: State): string {
    const codes = [state.alpha2, state.alpha3].filter(Boolean).join(' / ');
    return [`**${state.name}**`, codes && `(${codes})`, state.nameFr && `— ${state.nameFr}`].filter(Boolean).join(' ');
}
