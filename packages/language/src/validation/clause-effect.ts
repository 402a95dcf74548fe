import type { Involvement, Request } from '../generated/ast.js';
import { article93ToAState, involvesTemporaryTransfer, SURRENDER_KINDS } from '../register/follow-up.js';

/**
 * Clauses the grammar reads after any kind of request (or for a person in any role) but that only
 * some kinds or roles give a meaning: where they have none, no check reads them and the documents
 * do not state them (`clause-without-effect` says so). The one table of which kind or role uses
 * which clause: the check, the documents (`generator/build-request-document.ts`) and completion
 * (`lsp/completion-provider.ts`) all ask `hasEffect`.
 *
 * Each entry: the clause's keyword, the property that holds its value (where the warning points),
 * the provision that gives the clause its meaning and what the clause is for in its words, whether
 * it has an effect in the request (for a person's clause, for that person), and why not.
 * A person's `rights-notice` is not listed: it protects the person it names, and is stated whatever
 * the request or the role (art. 55(2) speaks of a person questioned by national authorities "pursuant to a
 * request made under Part 9", not only under art. 93(1)(c)).
 */
export interface ClauseEffect {
    readonly keyword: string;
    readonly block: 'Request' | 'Involvement';
    readonly property: string;
    /** The properties the clause sets when written another way (`national-requirements none-known`), if any. */
    readonly alsoSets?: readonly string[];
    readonly provision: string;
    /** What the clause is for, completing "It ...". */
    readonly meaning: string;
    /** Whether the clause has an effect where it is written. */
    effective(request: Request, involvement?: Involvement): boolean;
    /** Why it has none, completing "`keyword` has no effect ...". */
    why(request: Request, involvement?: Involvement): string;
    /** What to write instead, when the officer may have meant the clause: completes "remove it". */
    instead?(request: Request, involvement?: Involvement): string | undefined;
    /** A clause another rule already reports where it has no effect (`return-by`: transfer-return-date-without-transfer). */
    readonly reportedBy?: string;
}

const kindOf = (request: Request) => `\`kind ${request.kind}\``;
const TRANSFER_KINDS = '`kind temporary-transfer`, or `kind assistance art. 93(1)(f)`';
/** Why art. 93(9) does not concern the request: not under art. 93, or to an organisation (art. 93(9) speaks of a State Party). */
const notArticle93ToAState = (request: Request) => request.organisation
    ? 'in this request to an organisation (art. 87(6)): art. 93(9) speaks of a State Party that receives competing requests and of the requested States'
    : `in this request (${kindOf(request)}), which is not a request for assistance under art. 93`;

export const CLAUSE_EFFECTS: readonly ClauseEffect[] = [
    {
        keyword: 'state-agreement', block: 'Request', property: 'stateAgreement', provision: 'art. 93(7)(a)(ii)',
        meaning: 'names the record of the requested State\'s agreement to the temporary transfer of a person in custody to the Court, and the conditions agreed',
        effective: involvesTemporaryTransfer,
        why: request => `in this request (${kindOf(request)}), which transfers no one`,
        instead: () => `make the request a temporary transfer (${TRANSFER_KINDS})`
    },
    {
        keyword: 'return-by', block: 'Request', property: 'returnBy', provision: 'art. 93(7)(b)',
        meaning: 'gives the date by which a person temporarily transferred to the Court is returned',
        effective: involvesTemporaryTransfer,
        why: request => `in this request (${kindOf(request)}), which transfers no one`,
        reportedBy: 'transfer-return-date-without-transfer'
    },
    {
        keyword: 'time-served', block: 'Request', property: 'timeServed', provision: 'art. 91(3)(d)',
        meaning: 'states, in a request for the surrender of a person already convicted, the time already served and the time remaining of the sentence of imprisonment',
        // The documents state it under the judgment the request names, whatever its kind.
        effective: request => request.kind === 'surrender-of-convicted' || request.judgment !== undefined,
        why: request => `in this request (${kindOf(request)}), which is not for the surrender of a person already convicted and names no judgment`,
        instead: () => 'make the request one for the surrender of a person already convicted (`kind surrender-of-convicted`), naming the judgment (`judgment J`)'
    },
    {
        keyword: 'surrender-request-will-follow', block: 'Request', property: 'surrenderWillFollow', provision: 'art. 92(2)(d)',
        meaning: 'is the statement, in a request for provisional arrest, that a request for surrender will follow',
        effective: request => request.kind === 'provisional-arrest',
        why: request => `in this request (${kindOf(request)}), which is not for provisional arrest`
    },
    {
        keyword: 'competing-extradition', block: 'Request', property: 'competing', provision: 'art. 90(1)',
        meaning: 'records that the requested State notified a request from another State for the extradition of the person whose surrender the Court seeks under art. 89',
        effective: request => SURRENDER_KINDS.includes(request.kind!),
        why: request => `in this request (${kindOf(request)}), which is not a request for the surrender of a person under art. 89`,
        instead: request => request.kind === 'provisional-arrest' ? 'record it on the request for surrender that follows this one (`follows`)' : undefined
    },
    {
        keyword: 'competing-request', block: 'Request', property: 'competingAssistance', provision: 'art. 93(9)(a)',
        meaning: 'records that the requested State notified a competing request from another State, other than for surrender or extradition, made pursuant to an international obligation',
        effective: article93ToAState,
        why: notArticle93ToAState,
        instead: request => SURRENDER_KINDS.includes(request.kind!) ? 'record a competing request for extradition with `competing-extradition` (art. 90)' : undefined
    },
    {
        keyword: 'under-control-of', block: 'Request', property: 'thirdPartyControl', provision: 'art. 93(9)(b)',
        meaning: 'records that the requested State informed the Court that the request concerns information, property or persons subject to the control of a third State or an international organization by virtue of an international agreement',
        effective: article93ToAState,
        why: notArticle93ToAState
    },
    {
        // The requirements-missing rules ask for it only in a request to a State; the project's reading of art. 87(6).
        keyword: 'national-requirements', block: 'Request', property: 'nationalRequirements', alsoSets: ['nationalRequirementsNoneKnown'], provision: 'art. 96(2)(e)',
        meaning: 'gives the information the law of the requested State requires to execute the request, or says that none is known',
        effective: request => !request.organisation,
        why: () => 'in this request to an organisation (art. 87(6)), which has no national law: arts. 91(2)(c) and 96(2)(e) speak of the law of the requested State',
        instead: request => request.nationalRequirements?.trim() ? 'give what the organisation\'s own rules require, if anything, as `other-information "..."`' : undefined
    },
    {
        keyword: 'consent', block: 'Involvement', property: 'consent', provision: 'art. 93(7)(a)(i)',
        meaning: 'names the record of the free and informed consent of the person in custody to their temporary transfer to the Court',
        // In a transfer, on any person: which of them is transferred is the officer's to say (a role may be missing).
        effective: involvesTemporaryTransfer,
        why: request => `in this request (${kindOf(request)}), which transfers no one`
    }
];

const byKeyword = new Map(CLAUSE_EFFECTS.map(effect => [`${effect.block} ${effect.keyword}`, effect]));

/**
 * Whether the clause `keyword` has an effect in `request` (in `involvement`'s block for a person's
 * clause): true for any clause the table does not list, and for any clause of a request without a
 * kind (request-kind-missing: what the request is remains to be said).
 */
export function hasEffect(request: Request, keyword: string, involvement?: Involvement): boolean {
    const effect = byKeyword.get(`${involvement ? 'Involvement' : 'Request'} ${keyword}`);
    return !effect || !request.kind || effect.effective(request, involvement);
}
