import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isAnnex, isDecision, isDesignation, isJudgment, isOrganisation, isPerson, isProvisionRef, isRecord, isRequest, isState, isWarrant, type Annex, type Request, type State } from '../generated/ast.js';
import { annexClassification } from '../generator/page-marks.js';
import { languageName } from '../languages.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { boundAsParty, describeStatus, verificationMark } from '../states/state-status.js';
import { citationOf, formatProvisionForHover } from '../statute/provisions.js';

/**
 * Hovers: on a provision reference, its verbatim text from the dossier (or NOT VERIFIED);
 * on a State, its status on the request's date, its Rome Statute dates, codes, French name
 * and designation; on organisations, persons, warrants, judgments, decisions, records and
 * requests, what they declare; on an annex (its name, or a reference to it), its title,
 * classification and what it is.
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
