import type { AstNode, AstNodeDescription, LangiumDocument, LexerResult, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, DocumentState, GrammarAST } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import type { CompletionItem, CompletionList, CompletionParams, Diagnostic, Position } from 'vscode-languageserver';
import { CompletionItemKind, DiagnosticSeverity, InsertTextFormat } from 'vscode-languageserver';
import { isDesignation, isInvolvement, isJudgment, isModel, isOrganisation, isRecord, isRequest, isStatusEvent, isWarrant, type Request } from '../generated/ast.js';
import { knownSituations } from '../generator/situations.js';
import { canonicalLanguage, knownLanguages, languageName } from '../languages.js';
import { blockGrammar } from '../parser/clauses.js';
import { containerAt } from '../references/ast-walk.js';
import { namedOnce } from '../references/scope-provider.js';
import { stringLiteral } from '../parser/value-converter.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { describeStatus, verificationMark } from '../states/state-status.js';
import { stateJudgedOn } from '../register/follow-up.js';
import { allProvisions, formatProvisionForHover, type ProvisionEntry } from '../statute/provisions.js';
import { ALL_RULES, findRule } from '../validation/catalogue.js';
import { kindsExclude, type Rule } from '../validation/rule.js';
import { hasEffect } from '../validation/clause-effect.js';
import { stateHeading } from './hover-provider.js';
import { nextFreeReference, referencePrefix, REQUEST_KINDS, requestSkeleton, type RequestKindName } from '../skeleton.js';
import { legalBasisCalledFor } from '../validation/assistance.js';

/**
 * A keyword a State's or an organisation's name may follow (`to State`, `nationality`,
 * `official-of`, `sending-state`, `to organisation`), then what has been typed of the name: `"Ke`, `Ke` or
 * nothing. Names are written in quotes; whether a name is expected there is the grammar's call.
 */
const NAME_BEFORE_CURSOR = /(?:\bState|\bnationality|\bofficial-of|\bsending-state|\borganisation)\s+("[^"]*|[^\s"]*)$/;

/**
 * What has been typed of a provision reference just before the cursor: `a`, `rul`, `art.`,
 * `art. 9`, `art. 93(1`, `rule 176(2)`; empty when nothing has (a provision may still be expected
 * there: after `legal-basis `, `, `, `kind assistance `...). A complete reference followed by a
 * space is not a partial one.
 */
const PROVISION_BEFORE_CURSOR = /(?<![\w.-])(?:(?:art\.|rule)(?:\s*\d+(?:\s*\(\s*[0-9A-Za-z]*\s*\)?)*|\s*)|a(?:rt?)?|r(?:u(?:le?)?)?)$/;

/** The keywords a provision reference (`ProvisionRef` in the grammar) starts with. */
const PROVISION_KEYWORDS = new Set(['art.', 'rule']);

/**
 * Completion of State names wherever a State is expected, each item showing the State's
 * Rome Statute status on the request's date (after `competing-extradition` and `competing-request`, on the date of the notification
 * once written: art. 90 turns on it) and matching English and French names and
 * ISO codes, and of organisations' names; both inserted in quotes, typed or not; of the
 * provisions of the Statute and the Rules wherever the grammar expects a provision reference
 * (`legal-basis`, the forms after `kind`, `rights-notice`, `costs`); of language names where a
 * language is expected (the designated ones first); of the rules a request may `suppress`; of the
 * situation numbers the dossier names after `situation`;
 * everything else (keywords, kinds of request, persons, warrants...) is Langium's, without the
 * keywords of single-valued clauses the block already has. Nothing inside a text in quotes or a
 * comment (but the State or organisation name being typed in its quotes).
 */
/**
 * The provisions a citation may name after each clause that takes only some (any other is an error
 * there): the forms of assistance of art. 93(1)(a) to (l) after `kind assistance` (`assistance-form-invalid`),
 * its own form after `kind temporary-transfer` and none after another kind (`forms-outside-assistance`),
 * art. 55(2) or its rights after `rights-notice`, a letter of art. 100(1) after `costs` (`costs-provision-invalid`).
 */
const PROVISIONS_ONLY: Readonly<Record<string, (citation: string) => boolean>> = {
    'kind assistance': c => /^art\. 93\(1\)\([a-l]\)$/.test(c),
    'kind temporary-transfer': c => c === 'art. 93(1)(f)',
    'rights-notice': c => /^art\. 55\(2\)(?:\([a-d]\))?$/.test(c),
    costs: c => /^art\. 100\(1\)\([a-f]\)$/.test(c)
};

/** Which provisions may follow the last clause open on the line before a citation (`undefined`: any). */
function provisionsAfter(line: string): ((citation: string) => boolean) | undefined {
    const clause = /.*\b(kind\s+[\w-]+|rights-notice|costs|legal-basis)\b[^{}"]*$/.exec(line)?.[1].replace(/\s+/, ' ');
    if (!clause || clause === 'legal-basis') return undefined;
    return PROVISIONS_ONLY[clause] ?? (clause.startsWith('kind ') ? () => false : undefined);
}

/** What a skeleton offered by completion is written with in place of its reference and its State, then made snippet stops. */
const SKELETON_REFERENCE = 'SKELETON-REFERENCE';
const SKELETON_STATE = 'SKELETON-STATE';

/** The type of record each reference to a record must name (what its check asks): records of another type are not offered. */
const RECORD_TYPE_OF: Readonly<Record<string, string>> = {
    consent: 'consent', stateAgreement: 'state-agreement', waiver: 'waiver',
    consultation: 'consultation', nationalRequirementsConsultation: 'consultation'
};

export class RogatoryCompletionProvider extends DefaultCompletionProvider {
    private readonly services: RogatoryServices;
    /** For each clause keyword, the blocks (`Request`, `Involvement`...) whose clauses it starts. */
    private readonly blocksOfClause = new Map<GrammarAST.Keyword, Set<string>>();
    /** For each clause keyword's text, the blocks whose clauses it starts. */
    private readonly blocksOfKeyword = new Map<string, Set<string>>();
    /** The last text lexed and its tokens: one completion asks for them up to three times. */
    private lexed?: { text: string; result: LexerResult };

    /**
     * Whether the client writes snippets (`${1:...}` stops). Neovim's built-in client, for one, says it does not:
     * the skeleton is then offered as plain text, not written with its stops spelt out.
     */
    private snippetSupport = true;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport ?? false;
        });
        for (const [block, keywords] of blockGrammar(services.Grammar).clauseKeywords) {
            for (const keyword of keywords) {
                const blocks = this.blocksOfClause.get(keyword) ?? new Set<string>();
                this.blocksOfClause.set(keyword, blocks.add(block));
                this.blocksOfKeyword.set(keyword.value, (this.blocksOfKeyword.get(keyword.value) ?? new Set<string>()).add(block));
            }
        }
    }

    /**
     * Language names where the grammar expects one (`LanguageName`), instead of its keyword
     * `french`; the codes of the rules a request may suppress after `suppress`.
     */
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (isLanguageNameFeature(next.feature)) return this.languageCompletion(context, acceptor);
        if (isSuppressionCode(next.feature)) return this.suppressionCompletion(context, acceptor);
        if (isNumberAfter(next.feature, 'situation')) return this.situationCompletion(context, acceptor);
        if (isNumberAfter(next.feature, 'case')) return this.caseCompletion(context, acceptor);
        if (isDayOfWriting(next.feature)) return this.asOfDateCompletion(context, acceptor);
        if (this.isMisplacedReference(context, next)) return;
        return super.completionFor(context, next, acceptor);
    }

    /**
     * The declarations a reference may name, less those its check would refuse: after `consent`,
     * `state-agreement`, `waiver` or `consultation`, records of another type; after `follows`, the
     * request itself; after a request's `person`, the persons its other `person` clauses name already.
     */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const recordType = RECORD_TYPE_OF[refInfo.property];
        if (recordType) return candidates.filter(d => !isRecord(d.node) || d.node.type === undefined || d.node.type === recordType);
        if (refInfo.property === 'follows') {
            const self = AstUtils.getContainerOfType(refInfo.container, isRequest);
            const uri = context.document.uri.toString();
            return candidates.filter(d => !(self && d.name === self.name && d.documentUri.toString() === uri));
        }
        if (refInfo.property === 'person' && isInvolvement(refInfo.container)) {
            const request = AstUtils.getContainerOfType(refInfo.container, isRequest);
            const elsewhere = (request?.persons ?? []).filter(p => p.$cstNode && !(p.$cstNode.offset <= context.offset && context.offset <= p.$cstNode.end));
            const named = new Set(elsewhere.map(p => p.person?.$refText).filter(Boolean));
            return candidates.filter(d => !named.has(d.name));
        }
        return candidates;
    }

    /**
     * After a request's `warrant` or `judgment`, first those against a person the request names, which its
     * checks ask for (the warrant for the person sought, art. 91(2); the judgment of conviction, art. 91(3)(b)),
     * with that person's name beside them.
     */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        if ((refInfo.property !== 'warrant' && refInfo.property !== 'judgment') || !isRequest(refInfo.container)) return item;
        const named = new Set(refInfo.container.persons.map(p => p.person?.ref).filter(Boolean));
        const node = description.node;
        const person = (isWarrant(node) || isJudgment(node)) && node.person?.ref && named.has(node.person.ref) ? node.person.ref : undefined;
        return { ...item, sortText: `${person ? 0 : 1}${description.name}`, ...(person ? { detail: `${item.detail ?? description.type} against ${person.name}` } : {}) };
    }

    /**
     * A reference the grammar expects next, where the node the parser recovered at the cursor has no
     * such reference (`copy-of` of an annex read into a citation left open, `art. 89( {`): Langium
     * would ask the scope for it on that node, which throws (logged as an error), and offer nothing.
     */
    private isMisplacedReference(context: CompletionContext, next: NextFeature): boolean {
        if (!GrammarAST.isCrossReference(next.feature) || !context.node || next.type) return false;
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (!assignment) return false;
        return !this.astReflection.getTypeMetaData(context.node.$type).properties[assignment.feature]?.referenceType;
    }

    /**
     * After `suppress`: the rules a request may suppress (the "as applicable" warnings, as
     * `validation/rule.ts` defines them), those this request breaks first, each with its summary
     * and provision; not those the request already suppresses with a reason, nor those that check
     * only other kinds of request (`kinds`).
     */
    private async suppressionCompletion(context: CompletionContext, acceptor: CompletionAcceptor): Promise<void> {
        const request = context.node && AstUtils.getContainerOfType(context.node, isRequest);
        const suppressed = new Set((request?.suppressions ?? [])
            .filter(s => (s.reason ?? '').trim() && !(s.$cstNode && s.$cstNode.offset <= context.offset && context.offset <= s.$cstNode.end))
            .map(s => s.code));
        const firing = request ? await this.warningsIn(context.document, request) : new Set<string>();
        const range = typedRange(context);
        for (const rule of ALL_RULES) {
            // Not the rules of other kinds of request: suppressed here, they would silence nothing.
            if (!rule.suppressible || suppressed.has(rule.code) || kindsExclude(rule, request)) continue;
            const fires = firing.has(rule.code);
            const unverified = rule.unverified ? `\n\n**NOT VERIFIED:** ${rule.unverified}` : '';
            acceptor(context, {
                label: rule.code,
                kind: CompletionItemKind.EnumMember,
                detail: `${rule.provision}${fires ? ' — reported in this request' : ''}`,
                documentation: { kind: 'markdown', value: `**${rule.code}** (${rule.provision}), "as applicable" warning\n\n${rule.summary}${unverified}\n\nSuppress it only where it does not apply, with the reason: \`suppress ${rule.code} "..."\`.` },
                sortText: `${fires ? 0 : 1}${rule.code}`,
                textEdit: { range, newText: rule.code }
            });
        }
    }

    /**
     * After a request's `dated` and a status event's keyword (`status sent`): the as-of date (today,
     * or `rogatory.asOf`), the day an officer most often records there.
     */
    private asOfDateCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const settings = this.services.rogatory.Settings;
        const date = settings.currentDate();
        const range = typedRange(context);
        acceptor(context, { label: date, kind: CompletionItemKind.Value, detail: settings.asOf ? 'the as-of date (rogatory.asOf)' : 'today', textEdit: { range, newText: date } });
    }

    /** After `situation`: the situation numbers the dossier names, each with its name as the cover prints it. */
    private situationCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const range = typedRange(context);
        for (const item of situationItems(range)) acceptor(context, item);
    }

    private caseCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const range = typedRange(context);
        const request = context.node && AstUtils.getContainerOfType(context.node, isRequest);
        for (const item of this.caseItems(request, range)) acceptor(context, item);
    }

    /**
     * The case numbers the workspace knows (requests' `case`, and the case part of warrants' and
     * judgments' numbers), those of the request's situation only when it states one; a title where a
     * request gives the case one.
     */
    private caseItems(request: Request | undefined, range: { start: Position; end: Position }): CompletionItem[] {
        const cases = new Map<string, string | undefined>();
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const root = document.parseResult.value;
            if (!isModel(root)) continue;
            for (const element of root.elements) {
                if (isRequest(element) && element.case && element !== request) {
                    cases.set(element.case, element.caseTitle ?? cases.get(element.case));
                } else if ((isWarrant(element) || isJudgment(element)) && element.number) {
                    const number = /^ICC-\d{2}\/\d{2}-\d{2}\/\d{2}/.exec(element.number)?.[0];
                    if (number && !cases.has(number)) cases.set(number, undefined);
                }
            }
        }
        const situation = request?.situation;
        return [...cases].filter(([number]) => !situation || number.startsWith(`${situation}-`)).map(([number, title]) => ({
            label: number, kind: CompletionItemKind.Value, detail: title,
            filterText: title ? `${number} ${title}` : number, textEdit: { range, newText: number }
        }));
    }

    /**
     * The codes of the warnings reported in `request`: from the document's diagnostics once it is
     * validated (all its checks), else from its fast checks, run for this
     * (completion only waits for the document to be linked).
     */
    private async warningsIn(document: LangiumDocument, request: Request): Promise<Set<string>> {
        const diagnostics = await this.diagnosticsOf(document);
        const cst = request.$cstNode;
        if (!cst) return new Set();
        return new Set(diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning)
            .filter(d => { const at = document.textDocument.offsetAt(d.range.start); return at >= cst.offset && at <= cst.end; })
            .map(d => String(d.code ?? '')));
    }

    /** The document's diagnostics once it is validated, else those of its fast checks, run for this. */
    private async diagnosticsOf(document: LangiumDocument): Promise<Diagnostic[]> {
        return document.state >= DocumentState.Validated && document.diagnostics
            ? document.diagnostics
            : this.services.validation.DocumentValidator.validateDocument(document, { categories: ['fast'] });
    }

    /**
     * The languages a request, a person or a designation may name, as IDs (`French`, never the
     * keyword `french`), those most likely wanted first: in a person's block within a request,
     * the languages that person speaks; the languages the requested State designated (art. 87(2),
     * NOT VERIFIED where the designation is) and any translation it requires; English and French,
     * the working languages of the Court (art. 50(2)), which a request is in when the State made
     * no choice (rule 178(2)); the languages of the other persons the request names; then, in
     * alphabetical order, every language `languages.ts` knows. Each replaces the word being typed, matched on its English
     * and French names.
     */
    private languageCompletion(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const request = context.node && AstUtils.getContainerOfType(context.node, isRequest);
        const involvement = context.node && AstUtils.getContainerOfType(context.node, isInvolvement);
        const offered = new Map<string, { group: number; notes: string[] }>();
        const offer = (name: string, group: number, note?: string) => {
            const label = canonicalLanguage(name);
            const entry = offered.get(label) ?? { group, notes: [] };
            entry.group = Math.min(entry.group, group);
            if (note && !entry.notes.includes(note)) entry.notes.push(note);
            offered.set(label, entry);
        };
        const person = involvement?.person?.ref;
        for (const language of person?.languages ?? []) offer(language, 0, `spoken by ${person!.fullName ?? person!.name}`);
        const state = request?.state?.ref;
        if (state) {
            const date = request!.date ?? this.services.rogatory.Settings.currentDate();
            const designation = this.services.rogatory.StateLibrary.designationOn(state, date);
            if (designation && isDesignation(designation)) {
                const mark = verificationMark(designation.verification);
                const unverified = mark ? ` — ${mark}` : '';
                for (const language of designation.languages) offer(language, 1, `designated by ${state.name} (art. 87(2))${unverified}`);
                if (designation.translationInto) offer(designation.translationInto, 1, `translation into it required by ${state.name}'s designation (art. 87(2))${unverified}`);
            }
        }
        for (const language of ['English', 'French']) offer(language, 2, 'working language of the Court (art. 50(2))');
        for (const involved of request?.persons ?? []) {
            const other = involved.person?.ref;
            if (other && other !== person) for (const language of other.languages) offer(language, 3, `spoken by ${other.fullName ?? other.name}`);
        }
        for (const { english } of knownLanguages()) offer(english, 4);
        const range = typedRange(context);
        [...offered].forEach(([label, { group, notes }], index) => {
            const french = languageName(label, 'fr');
            acceptor(context, {
                label,
                kind: CompletionItemKind.Value,
                detail: notes.join('; ') || undefined,
                labelDetails: french !== label ? { description: french } : undefined,
                filterText: french !== label ? `${label} ${french}` : label,
                // The languages known to `languages.ts` alone in alphabetical order, the others as found.
                sortText: group === 4 ? `4${label}` : `${group}${String(index).padStart(3, '0')}`,
                textEdit: { range, newText: label }
            });
        });
    }

    /**
     * No keyword of a clause that takes one value and is already in the block: it would be a `duplicate-clause`;
     * nor of a clause that has no effect in the block, given the request's kind and the person's role
     * (`validation/clause-effect.ts`); nor `until` after a status other than `postponed`. The clauses the checks report missing
     * in the block come first, with the rule that asks for them.
     */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (this.clauseAlreadyGiven(context.node, keyword)) return;
        // `until` says until when a postponement runs: after another status it would be followup-until-without-postponement.
        if (keyword.value === 'until' && statusBefore(context) !== 'postponed') return;
        const blocks = this.blocksOfClause.get(keyword);
        const block = blocks && context.node ? AstUtils.getContainerOfType(context.node, (n: AstNode): n is AstNode => blocks.has(n.$type)) : undefined;
        const request = block && AstUtils.getContainerOfType(block, isRequest);
        if (!block || !request) return super.completionForKeyword(context, keyword, acceptor);
        // Nor a clause that would have no effect there (clause-without-effect, transfer-return-date-without-transfer).
        if (!hasEffect(request, keyword.value, isInvolvement(block) ? block : undefined)) return;
        return this.missingClauses(context.document, request).then(missing => {
            const rule = missing.find(m => m.block === block && m.keyword === keyword.value)?.rule;
            if (!rule) return super.completionForKeyword(context, keyword, acceptor);
            const detail = `missing: ${rule.code}${rule.provision ? ` (${rule.provision})` : ''}`;
            // Before the other keywords ('1'), after the provisions a clause open on the line cites ('0!...', '0...').
            return super.completionForKeyword(context, keyword, (c, item) => acceptor(c, { ...item, detail, sortText: '0~' }));
        });
    }

    /** The request whose missing clauses were last looked up, and them: once per completion, however many keywords are offered. */
    private missing?: { request: Request; clauses: Promise<Array<{ block: AstNode; keyword: string; rule: Rule }>> };

    /**
     * The clauses the checks report missing in `request` (errors and warnings of the rules that name their
     * clause, `rule.clause`; not a clause written with its quotes empty, which is there), each with the
     * block it is missing from (the request, a person's block...), the one around the diagnostic, and its rule.
     */
    private missingClauses(document: LangiumDocument, request: Request): Promise<Array<{ block: AstNode; keyword: string; rule: Rule }>> {
        if (this.missing?.request === request) return this.missing.clauses;
        const clauses = this.diagnosticsOf(document).then(diagnostics => {
            const found: Array<{ block: AstNode; keyword: string; rule: Rule }> = [];
            const cst = request.$cstNode;
            for (const d of diagnostics) {
                const rule = findRule(String(d.code ?? ''));
                if (!cst || !rule?.clause || !rule.code.endsWith('-missing') || (d.data as { fillIn?: string } | undefined)?.fillIn) continue;
                if (d.severity !== DiagnosticSeverity.Error && d.severity !== DiagnosticSeverity.Warning) continue;
                const at = document.textDocument.offsetAt(d.range.start);
                const types = this.blocksOfKeyword.get(rule.clause);
                const block = types && at >= cst.offset && at <= cst.end ? containerAt(document, at, (n: AstNode): n is AstNode => types.has(n.$type)) : undefined;
                if (block) found.push({ block, keyword: rule.clause, rule });
            }
            return found;
        });
        this.missing = { request, clauses };
        return clauses;
    }

    /**
     * Whether `keyword` starts a single-valued clause (`dated D`, `to State "..."`,
     * `urgent-replies`; not `person`, `annex`, `status`, `legal-basis`) that the block around
     * `node` already has a value for.
     */
    private clauseAlreadyGiven(node: AstNode | undefined, keyword: GrammarAST.Keyword): boolean {
        const blocks = this.blocksOfClause.get(keyword);
        if (!blocks || !node) return false;
        const block = AstUtils.getContainerOfType(node, (n: AstNode): n is AstNode => blocks.has(n.$type)) as unknown as Record<string, unknown> | undefined;
        if (!block) return false;
        const assignments = clauseAssignments(keyword);
        if (assignments.length === 0 || assignments.some(a => a.operator === '+=')) return false;
        return assignments.some(a => block[a.feature] !== undefined && block[a.feature] !== false);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        this.missing = undefined;
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const typed = NAME_BEFORE_CURSOR.exec(text.slice(lineStart, offset));
        const named = typed ? this.quotedNameExpected(document, offset - typed[1].length) : undefined;
        if (typed && named === 'State') return this.stateCompletion(document, offset, typed[1]);
        if (typed && named === 'Organisation') return this.organisationCompletion(document, offset, typed[1]);
        // Text in quotes and comments is free: no clause keyword or name belongs there.
        if (this.inStringOrComment(document, offset)) return { isIncomplete: false, items: [] };
        // A situation or case number half typed (`ICC-01/`) is no token yet: the grammar's feature
        // is not found at it, so the numbers are offered here, replacing what was typed.
        const number = /\b(situation|case)\s+(ICC-[\w/-]*)$/.exec(text.slice(lineStart, offset));
        if (number) {
            const range = { start: document.textDocument.positionAt(offset - number[2].length), end: params.position };
            const request = containerAt(document, Math.max(0, offset - number[0].length), isRequest);
            return { isIncomplete: false, items: number[1] === 'situation' ? situationItems(range) : this.caseItems(request, range) };
        }
        // A name or a keyword typed as far as a hyphen (`person P-`, `kind arrest-`): the lexer reads the word before
        // the hyphen as a whole name and the hyphen as no token, so the grammar would offer what follows a name, or
        // nothing. What is offered where the word starts, that begins with it, replacing it.
        const hyphened = /(?<![\w.-])[A-Za-z_]\w*(?:-\w+)*-$/.exec(text.slice(lineStart, offset));
        if (hyphened) {
            const start = document.textDocument.positionAt(offset - hyphened[0].length);
            const list = await super.getCompletion(document, { ...params, position: start });
            const typedWord = hyphened[0].toLowerCase();
            const items = (list?.items ?? []).filter(i => (i.textEdit?.newText ?? i.label).toLowerCase().startsWith(typedWord))
                .map(i => ({ ...i, textEdit: { range: { start, end: params.position }, newText: i.textEdit?.newText ?? i.label } }));
            return { isIncomplete: false, items };
        }
        const provisions = this.provisionCompletion(document, offset);
        if (!provisions) return this.withSkeletons(document, offset, await this.inPlaceOfUnresolved(document, params, offset, await super.getCompletion(document, params)));
        if (provisions.exclusive) return { isIncomplete: false, items: provisions.items };
        // Nothing typed yet, or only a letter or two: a new clause may follow too (`kind
        // assistance ` then `annex`...). The bare `art.` / `rule` keywords are left out: the items
        // are whole citations.
        const others = await super.getCompletion(document, params);
        const rest = (others?.items ?? []).filter(i => !(i.kind === CompletionItemKind.Keyword && PROVISION_KEYWORDS.has(i.label)));
        return { isIncomplete: others?.isIncomplete ?? false, items: [...provisions.items, ...rest] };
    }

    /**
     * Where a `request` may start (outside every block, the keyword offered): besides the keyword, one item per kind
     * that writes the "New request" skeleton (skeleton.ts, as the VS Code command does), for any editor: the reference
     * (the next free `REG-<year>-NNNN` for a Chamber's request, `OTP-<year>-NNNN` for the Prosecutor's) selected to be changed, then the cursor in the requested State's quotes, where
     * the State names are offered (plain text, the State's quotes empty, for a client without snippets). Replaces the
     * word being typed (`req`).
     */
    private withSkeletons(document: LangiumDocument, offset: number, list: CompletionList | undefined): CompletionList | undefined {
        if (!list?.items.some(i => i.kind === CompletionItemKind.Keyword && i.label === 'request')) return list;
        const text = document.textDocument.getText();
        const depth = this.tokensOf(text).tokens.filter(t => t.startOffset < offset)
            .reduce((n, t) => n + (t.image === '{' ? 1 : t.image === '}' ? -1 : 0), 0);
        if (depth > 0) return list;
        const typed = /[\w-]*$/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))![0];
        const range = { start: document.textDocument.positionAt(offset - typed.length), end: document.textDocument.positionAt(offset) };
        const date = this.services.rogatory.Settings.currentDate();
        // Escaped for a snippet (`$`, `}` and `\\` are its own), then the reference and the State made its stops.
        const snippet = (kind: RequestKindName, reference: string) => requestSkeleton({ reference: SKELETON_REFERENCE, kind, state: SKELETON_STATE, date })
            .replace(/[$}\\]/g, c => `\\${c}`)
            .replace(SKELETON_REFERENCE, () => `\${1:${reference}}`).replace(`"${SKELETON_STATE}"`, () => '"$2"');
        // One scan of the workspace's requests per prefix, not per kind.
        const free = new Map<string, string>();
        const referenceFor = (kind: RequestKindName) => {
            const prefix = referencePrefix(kind, date.slice(0, 4));
            if (!free.has(prefix)) free.set(prefix, this.freeReference(prefix));
            return free.get(prefix)!;
        };
        const skeletons: CompletionItem[] = REQUEST_KINDS.map(({ kind, label, provisions }, index) => {
            const reference = referenceFor(kind);
            return {
                label: `request ${kind}`,
                kind: CompletionItemKind.Snippet,
                detail: `New request: ${label} (${provisions})`,
                documentation: { kind: 'markdown', value: `The skeleton of a request of kind \`${kind}\`: the clauses its requirements ask for, to fill in; the checks then say what is still missing.\n\n\`\`\`rogatory\n${requestSkeleton({ reference, kind, state: '...', date })}\`\`\`` },
                filterText: `request ${kind}`,
                sortText: `0~${index}`,
                insertTextFormat: this.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                textEdit: { range, newText: this.snippetSupport ? snippet(kind, reference) : requestSkeleton({ reference, kind, state: '', date }) }
            };
        });
        return { ...list, items: [...list.items, ...skeletons] };
    }

    /** The next `<prefix>NNNN` (`OTP-2026-`) no request of the workspace is named. */
    private freeReference(prefix: string): string {
        return nextFreeReference(prefix, this.services.shared.workspace.IndexManager.allElements('Request').map(d => d.name));
    }

    /**
     * At a name that resolves to nothing and begins none offered (a placeholder such as the skeleton's `W-TODO`, where
     * the list was empty until the name was deleted): what the grammar offers where the name starts, the declared
     * names of its type, each replacing the whole name; matched against what is written, so the editor shows them all,
     * and asked again as the officer types (`isIncomplete`).
     */
    private async inPlaceOfUnresolved(document: LangiumDocument, params: CompletionParams, offset: number, list: CompletionList | undefined): Promise<CompletionList | undefined> {
        if (list?.items.some(i => i.kind !== CompletionItemKind.Keyword)) return list;
        const name = document.references.find(r => r.$refNode && r.$refNode.offset < offset && offset <= r.$refNode.end && r.error)?.$refNode;
        if (!name || name.text.startsWith('"')) return list;
        const atStart = await super.getCompletion(document, { ...params, position: document.textDocument.positionAt(name.offset) });
        const items = (atStart?.items ?? []).filter(i => i.kind !== CompletionItemKind.Keyword)
            .map(i => ({ ...i, filterText: name.text, textEdit: { range: name.range, newText: i.textEdit?.newText ?? i.label } }));
        return items.length ? { isIncomplete: true, items } : list;
    }

    /**
     * Whether the cursor is inside a string literal or a comment (the text there is free), by
     * the tokens: a string where the grammar expects none is not in the syntax tree.
     */
    private inStringOrComment(document: LangiumDocument, offset: number): boolean {
        const text = document.textDocument.getText();
        const { tokens, hidden, errors } = this.tokensOf(text);
        const end = (t: (typeof tokens)[number]) => t.startOffset + t.image.length;
        const at = (list: typeof tokens) => list.find(t => t.startOffset < offset && offset <= end(t));
        const comment = at(hidden);
        if (comment) return offset < end(comment) || comment.image.startsWith('//');
        const token = at(tokens);
        if (token?.tokenType.name === 'STRING') return offset < end(token);
        // An unterminated string: its opening quote is a lexing error earlier on the line.
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return errors.some(e => e.offset >= lineStart && e.offset < offset && text.charAt(e.offset) === '"');
    }

    private tokensOf(text: string): LexerResult {
        if (this.lexed?.text !== text) this.lexed = { text, result: this.lexer.tokenize(text) };
        return this.lexed.result;
    }

    /**
     * Which declaration a name written in quotes at `start` refers to (`State`, `Organisation`),
     * if the grammar expects one there (not in a string, a comment, or the library's own
     * `organisation "..." {` declaring one).
     */
    private quotedNameExpected(document: LangiumDocument, start: number): string | undefined {
        if (this.inStringOrComment(document, start)) return undefined;
        const reference = this.findFeaturesAt(document.textDocument, start).map(next => next.feature).find(GrammarAST.isCrossReference);
        const terminal = reference?.terminal;
        if (!GrammarAST.isRuleCall(terminal) || terminal.rule.ref?.name !== 'STRING') return undefined;
        return reference!.type.ref?.name;
    }

    /**
     * The range a chosen name replaces: from the start of what has been typed to the end of the
     * text in quotes it starts (when the lexer reads one there), else of the word at the cursor;
     * never past the end of the line (a completion's range is one line, and a lone carriage return,
     * which the lexer reads inside a text, ends a line for the editor).
     */
    private nameRange(document: LangiumDocument, offset: number, typed: string): { start: Position; end: Position } {
        const text = document.textDocument.getText();
        const start = offset - typed.length;
        let end = offset + (/^[^\s"]*/.exec(text.slice(offset))?.[0].length ?? 0);
        if (typed.startsWith('"')) {
            const literal = this.tokensOf(text).tokens.find(t => t.startOffset === start && t.tokenType.name === 'STRING');
            end = literal ? start + literal.image.length : offset;
        }
        const position = document.textDocument.positionAt(offset);
        if (document.textDocument.positionAt(end).line !== position.line) end = offset + /^[^\r\n]*/.exec(text.slice(offset))![0].length;
        return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
    }

    /**
     * The provisions of the Statute and the Rules the dossier holds, where the grammar expects
     * a provision reference at the start of what has been typed of one (not in a text or a
     * comment: `getCompletion` has already returned); each replaces that text.
     * `exclusive` when what has been typed can only be a citation.
     */
    private provisionCompletion(document: LangiumDocument, offset: number): { items: CompletionItem[]; exclusive: boolean } | undefined {
        const text = document.textDocument.getText();
        const before = text.slice(Math.max(0, offset - 40), offset);
        const typed = PROVISION_BEFORE_CURSOR.exec(before)?.[0] ?? '';
        // Right after a word (`legal-basis|`, `assistance|`), the word is what is being typed.
        if (!typed && offset > 0 && !/[\s,(]/.test(text.charAt(offset - 1))) return undefined;
        const start = offset - typed.length;
        const features = this.findFeaturesAt(document.textDocument, start);
        const expected = features.some(next =>
            GrammarAST.isKeyword(next.feature) && PROVISION_KEYWORDS.has(next.feature.value)
            && AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === 'ProvisionRef');
        if (!expected) return undefined;
        const exclusive = /^(?:art\.|rule\s)/.test(typed);
        // Where only some provisions belong (the forms after `kind assistance`...), only those, first:
        // the clause is the one the line has open before the citation (the grammar's features name
        // ProvisionRef's own assignment, not the clause's).
        const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
        // Nothing typed on a line of its own, where a clause may start (after `kind arrest-and-surrender`, which the
        // grammar lets forms follow): the clauses, not the provisions of the Statute, unless a list goes on from a comma
        // ending the line before (nor the bare keywords `art.` and `rule`, left out below). A letter typed may begin either.
        if (!typed && !line.trim() && !/,\s*$/.test(text.slice(Math.max(0, start - 1000), start)) && features.some(next => GrammarAST.isKeyword(next.feature) && this.blocksOfClause.has(next.feature))) return { items: [], exclusive };
        const only = provisionsAfter(line);
        // After `legal-basis`: first what the checks of the request's kind and forms ask it to cite (`legalBasisCalledFor`).
        const clause = line.search(/\blegal-basis\b[^{}"]*$/);
        const request = clause >= 0 ? containerAt(document, start - line.length + clause, isRequest) : undefined;
        const calledFor = new Set(request ? legalBasisCalledFor(request) : []);
        // Inside a citation being typed, what follows the cursor of it is replaced too: the `)` the editor closed
        // when `(` was typed (`art. 93(1)(|)`), else the citation chosen would keep it (`art. 93(1)(b))`).
        const rest = typed ? /^[\p{L}\p{N}()]*/u.exec(text.slice(offset))![0].length : 0;
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(offset + rest) };
        const items = sortedProvisions().filter(({ entry }) => !only || only(entry.citation)).map(({ entry, sortText: inOrder }): CompletionItem => ({
            label: entry.citation,
            kind: CompletionItemKind.Reference,
            detail: calledFor.has(entry.citation) ? `${provisionDetail(entry)} — cited for kind ${request!.kind}` : provisionDetail(entry),
            labelDetails: isTopLevel(entry) ? undefined : { description: entry.title },
            documentation: { kind: 'markdown', value: formatProvisionForHover(entry.citation) ?? '' },
            // `!` sorts before the digits of the others' sort texts.
            sortText: only || calledFor.has(entry.citation) ? `0!${inOrder}` : inOrder,
            filterText: entry.citation,
            textEdit: { range, newText: entry.citation }
        }));
        // `art.` or `rule ` typed: a citation, nothing else.
        return { items, exclusive };
    }

    private stateCompletion(document: LangiumDocument, offset: number, typed: string): CompletionList {
        const start = offset - typed.length;
        const range = this.nameRange(document, offset, typed);
        // What the editor matches against what has been typed, quote included if one was.
        const quote = typed.startsWith('"') ? '"' : '';
        // The request around the name: from the token before it (`State`), not the space between them, which no node holds.
        const text = document.textDocument.getText();
        let before = start - 1;
        while (before > 0 && /\s/.test(text.charAt(before))) before--;
        const { date } = stateJudgedOn(containerAt(document, Math.max(0, before), (node): node is AstNode => true), this.services.rogatory.Settings.currentDate());
        const library = this.services.rogatory.StateLibrary;
        const items: CompletionItem[] = library.allStates().map(state => {
            const status = describeStatus(library.statusOn(state, date));
            return {
                label: state.name,
                kind: CompletionItemKind.Constant,
                detail: status,
                labelDetails: { description: [state.alpha2, state.nameFr !== state.name ? state.nameFr : undefined].filter(Boolean).join(' · ') },
                documentation: { kind: 'markdown', value: `${stateHeading(state)}\n\nOn ${date.slice(0, 10)}: ${status}.` },
                filterText: nameFilter(quote, state.name, state.nameFr, state.alpha2, state.alpha3),
                textEdit: { range, newText: stringLiteral(state.name) }
            };
        });
        return { isIncomplete: false, items };
    }

    /** The intergovernmental organisations of the library (art. 87(6)), matched by name, French name or abbreviation. */
    private organisationCompletion(document: LangiumDocument, offset: number, typed: string): CompletionList {
        const range = this.nameRange(document, offset, typed);
        const quote = typed.startsWith('"') ? '"' : '';
        const items: CompletionItem[] = namedOnce(this.services.shared.workspace.IndexManager.allElements('Organisation').toArray())
            .map(d => d.node).filter(isOrganisation)
            .map(organisation => ({
                label: organisation.name,
                kind: CompletionItemKind.Constant,
                detail: 'intergovernmental organisation (art. 87(6))',
                labelDetails: organisation.abbreviation ? { description: organisation.abbreviation } : undefined,
                filterText: nameFilter(quote, organisation.name, organisation.nameFr, organisation.abbreviation),
                textEdit: { range, newText: stringLiteral(organisation.name) }
            }));
        return { isIncomplete: false, items };
    }
}

/**
 * The assignments a clause makes right after its keyword: `date` for `'dated' date=DATE`, `state`
 * and `organisation` for `'to' ('State' state=... | 'organisation' organisation=...)`, the flag of
 * `urgentReplies?='urgent-replies'`.
 */
/**
 * What the editor matches a State's or an organisation's name against: each of its names, also without
 * their accents, as an officer types them on a keyboard without them (`Cote d'Ivoire`, `Etats-Unis`,
 * `Turkiye`): the editor's filter compares letters as they are. Each once, after the quote if one was typed.
 */
function nameFilter(quote: string, ...names: Array<string | undefined>): string {
    const forms = names.filter((n): n is string => !!n).flatMap(n => [n, n.normalize('NFD').replace(/\p{M}/gu, '')]);
    return [...new Set(forms)].map(n => `${quote}${n}`).join(' ');
}

function clauseAssignments(keyword: GrammarAST.Keyword): GrammarAST.Assignment[] {
    const container: AstNode | undefined = keyword.$container;
    if (GrammarAST.isAssignment(container)) return [container];
    if (!GrammarAST.isGroup(container) || container.elements[0] !== keyword) return [];
    const firstOf = (element: GrammarAST.AbstractElement | undefined): GrammarAST.Assignment[] => {
        if (GrammarAST.isAssignment(element)) return [element];
        if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(firstOf);
        if (GrammarAST.isGroup(element)) return element.elements.slice(0, 2).flatMap(e => (GrammarAST.isKeyword(e) ? [] : firstOf(e))).slice(0, 1);
        return [];
    };
    return firstOf(container.elements[1]);
}

/** A place where the grammar expects a language name: the datatype rule `LanguageName` or one of its alternatives (`ID`, the keyword `french`). */
function isLanguageNameFeature(feature: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'LanguageName') return true;
    return AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'LanguageName';
}

/** The number of a request's `situation` clause (`situation=ICC_NUMBER`). */
/** The number of `situation` or of `case` (the ICC_NUMBER assigned to that property). */
function isNumberAfter(feature: GrammarAST.AbstractElement, property: 'situation' | 'case'): boolean {
    return AstUtils.getContainerOfType(feature, GrammarAST.isAssignment)?.feature === property;
}

/** The status of the event being written at the cursor (`status postponed 2026-03-01 |`), if any. */
function statusBefore(context: CompletionContext): string | undefined {
    return (context.node && AstUtils.getContainerOfType(context.node, isStatusEvent))?.status;
}

/** The date of a request (`dated`, in `RequestClause`) or of a status event: not a judgment's, a birth's or a deadline. */
function isDayOfWriting(feature: GrammarAST.AbstractElement): boolean {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name;
    return assignment?.feature === 'date' && (rule === 'RequestClause' || rule === 'StatusEvent');
}

/** What has been typed of the token being completed: the range an item replaces. */
function typedRange(context: CompletionContext): { start: Position; end: Position } {
    return { start: context.textDocument.positionAt(context.tokenOffset), end: context.position };
}

/** The situation numbers the dossier names, with their names, replacing `range`. */
function situationItems(range: { start: Position; end: Position }): CompletionItem[] {
    return knownSituations().map(({ number, name }) => ({
        label: number, kind: CompletionItemKind.Value, detail: `SITUATION IN ${name}`,
        filterText: `${number} ${name}`, textEdit: { range, newText: number }
    }));
}

/** The code of a `suppress` clause (`Suppression: code=ID reason=STRING`). */
function isSuppressionCode(feature: GrammarAST.AbstractElement): boolean {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    return assignment?.feature === 'code' && AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name === 'Suppression';
}

let sorted: Array<{ entry: ProvisionEntry; sortText: string }> | undefined;

/** Articles before rules, by number; within an article or rule, the dossier's order. */
function sortedProvisions(): Array<{ entry: ProvisionEntry; sortText: string }> {
    if (sorted) return sorted;
    const entries = Object.values(allProvisions());
    const key = (entry: ProvisionEntry) => {
        const m = /^(art\.|rule) (\d+)/.exec(entry.citation);
        return m ? (m[1] === 'art.' ? 0 : 1000) + Number(m[2]) : 9999;
    };
    sorted = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => key(a.entry) - key(b.entry) || a.index - b.index)
        .map(({ entry }, i) => ({ entry, sortText: `0${String(i).padStart(4, '0')}` }));
    return sorted;
}

function isTopLevel(entry: ProvisionEntry): boolean {
    return /^(art\.|rule) \d+$/.test(entry.citation);
}

/**
 * An article or rule: its heading. A paragraph or sub-paragraph: the first words of its text
 * (the heading is the label's description). NOT VERIFIED where the dossier says so.
 */
export function provisionDetail(entry: ProvisionEntry): string {
    const flags = [entry.titleVerified === false ? 'title NOT VERIFIED' : undefined, entry.verified ? undefined : 'text NOT VERIFIED'].filter(Boolean);
    const suffix = flags.length ? ` — ${flags.join(', ')}` : '';
    if (isTopLevel(entry) || !entry.text) return `${entry.title}${suffix}`;
    return `${firstWords(entry.text)}${suffix}`;
}

function firstWords(text: string, max = 60): string {
    const line = text.split('\n')[0].replace(/^(?:\d+\.|\([0-9a-z]+\))\s*/, '').trim();
    if (line.length <= max) return line;
    const cut = line.slice(0, max);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : max).replace(/[,;:]$/, '')}…`;
}
