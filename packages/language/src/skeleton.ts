/**
 * The skeleton of a new request of a given kind: the clauses its statutory requirements
 * ask for, empty, in the order a legal officer fills them in. Used by the "New request"
 * command, completion and `rogatory new`; the validation rules then say what is still missing.
 */
export const REQUEST_KINDS = [
    { kind: 'arrest-and-surrender', label: 'Arrest and surrender', provisions: 'arts. 89(1), 91(2)' },
    { kind: 'surrender-of-convicted', label: 'Surrender of a convicted person', provisions: 'art. 91(3)' },
    { kind: 'provisional-arrest', label: 'Provisional arrest', provisions: 'art. 92, rule 188' },
    { kind: 'assistance', label: 'Other forms of assistance', provisions: 'arts. 93(1), 96' },
    { kind: 'transit', label: 'Transit', provisions: 'art. 89(3)' },
    { kind: 'temporary-transfer', label: 'Temporary transfer of a person in custody', provisions: 'arts. 93(1)(f), 93(7), 96' }
] as const;

export type RequestKindName = typeof REQUEST_KINDS[number]['kind'];

/**
 * The kinds whose skeleton is a Chamber's request, which the Registrar transmits (rule 176(2)): the arrest and the
 * surrender of a person, and the transit of a person surrendered (art. 89(3)), as `examples/` files them (REG-).
 */
function madeByChamber(kind: RequestKindName): boolean {
    return kind === 'arrest-and-surrender' || kind === 'surrender-of-convicted' || kind === 'provisional-arrest' || kind === 'transit';
}

/**
 * The prefix of a new request's reference, after the organ its skeleton names, as the examples are filed:
 * `REG-` for a Chamber's request the Registrar transmits, `OTP-` for the Prosecutor's.
 */
export function referencePrefix(kind: RequestKindName, year: string): string {
    return `${madeByChamber(kind) ? 'REG' : 'OTP'}-${year}-`;
}

/** A reference as a request's name may be written (letters, digits, `_`, joined by hyphens: `OTP-2026-0042`). */
export function isReferenceName(text: string): boolean {
    return /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/.test(text);
}

/** The next `<prefix>NNNN` (`OTP-2026-0043`) that none of `taken` (the workspace's request names) is. */
export function nextFreeReference(prefix: string, taken: Iterable<string>): string {
    let highest = 0;
    for (const name of taken) {
        const number = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
        if (Number.isInteger(number) && number > highest) highest = number;
    }
    return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/**
 * Whom a new request is made to: a State, or an intergovernmental organisation (art. 87(6)), by its name in the built-in library.
 * `invitation`: the State is not a party on the request's date (never, or not yet, art. 126(2)), so it is invited to
 * cooperate (art. 87(5)(a)), on the basis of the art. 12(3) declaration it lodged (`declaration-12-3`) or of an
 * arrangement or agreement still to be chosen (`arrangement`): new-request-file.ts's invitationOf judges it.
 */
export type SkeletonAddressee =
    | { state: string; invitation?: 'declaration-12-3' | 'arrangement'; organisation?: undefined }
    | { organisation: string; state?: undefined; invitation?: undefined };

export function requestSkeleton(options: { reference: string; kind: RequestKindName; date: string; forms?: string[] } & SkeletonAddressee): string {
    const { reference, kind, date } = options;
    const quote = (s: string) => `"${s.replace(/["\\]/g, c => '\\' + c)}"`;
    const lines = [`request ${reference} {`];
    const add = (...clauses: string[]) => lines.push(...clauses.map(c => '  ' + c));
    const chamber = madeByChamber(kind);
    const organisation = options.organisation;
    // The forms of assistance sought, when the caller knows them; else none is chosen for the officer (the check
    // asks for them, completion offers them), and the legal basis cites art. 93(1) as a whole, which covers any.
    const forms = options.forms?.length ? options.forms.join(', ') : undefined;
    add(kind === 'assistance' ? `kind assistance${forms ? ` ${forms}` : ''}` : `kind ${kind}`);
    // Which Chamber and which situation are facts the officer has not chosen: the Chamber's name is left to fill
    // in, the situation out (a `situation` without its number would be a syntax error); the checks ask for both,
    // where a value filled in for them would be printed in the documents unchecked.
    add(chamber ? 'from Chamber "" transmitted-by Registrar' : 'from Prosecutor transmitted-by Office-of-the-Prosecutor');
    // An organisation has no channel of art. 87(1)(a) (organisation-channel-unverified asks for the one it designated).
    add(organisation === undefined ? `to State ${quote(options.state)} via diplomatic-channel language English` : `to organisation ${quote(organisation)} language English`,
        'classification confidential', `dated ${date}`);
    // Anything but information or documents asked of an organisation rests on an agreement with it (art. 87(6)):
    // the record of that agreement, to declare, as the warrant and the person are. (Assistance may be either: the
    // forms, once chosen, say; organisation-agreement-missing asks for the record then.)
    if (organisation !== undefined && kind !== 'assistance') {
        add('arrangement agreement R-TODO');
    }
    // A State not party that lodged an art. 12(3) declaration cooperates under it (as examples/non-party/ Ukraine in 2024);
    // which arrangement or agreement another rests on is the officer's choice, asked by non-party-basis-missing, whose
    // quick fix offers those recorded with the State.
    if (options.invitation === 'declaration-12-3') add('arrangement declaration-12-3');
    // To an organisation, the legal basis adds art. 87(6) and rule 176(4), as examples/organisations/ cite them,
    // and no national requirements: an organisation has no national law (clause-effect.ts). To a State not party, it
    // leads with what the invitation rests on: art. 12(3) or art. 87(5)(a), as examples/non-party/ cite them.
    const invitedUnder = options.invitation === 'declaration-12-3' ? ['art. 12(3)'] : options.invitation === 'arrangement' ? ['art. 87(5)(a)'] : [];
    const basis = (...provisions: string[]) => `legal-basis ${(organisation === undefined ? [...invitedUnder, ...provisions] : ['art. 87(6)', ...provisions, 'rule 176(4)']).join(', ')}`;
    const nationalRequirements = organisation === undefined ? ['national-requirements ""'] : [];
    switch (kind) {
        case 'arrest-and-surrender':
            add(basis('art. 89(1)', 'art. 91(2)'), 'warrant W-TODO', 'person P-TODO as sought { location "" }', 'annex A1 "Copy of the warrant of arrest" { copy-of W-TODO }', ...nationalRequirements);
            break;
        case 'surrender-of-convicted':
            add(basis('art. 89(1)', 'art. 91(3)'), 'judgment J-TODO', 'identification ""', 'person P-TODO as sought { location "" }', 'annex A1 "Copy of the judgment of conviction" { copy-of J-TODO }');
            break;
        case 'provisional-arrest':
            add(basis('art. 92'), 'urgent ""', 'warrant W-TODO', 'person P-TODO as sought { location "" }', 'crimes ""', 'facts ""', 'crime-place ""', 'surrender-request-will-follow');
            break;
        case 'assistance':
            add(organisation === undefined ? basis(forms ?? 'art. 93(1)', 'art. 96(1)') : basis(forms ?? 'art. 93(1)'), 'purpose ""', 'grounds ""', 'facts ""', 'procedure ""', ...nationalRequirements);
            break;
        case 'transit':
            add(basis('art. 89(3)'), 'warrant W-TODO', 'person P-TODO as transported', 'facts ""', 'legal-characterization ""', 'transport air landing scheduled');
            break;
        case 'temporary-transfer':
            // The form art. 93(1)(f): art. 96(2) asks of it what it asks of any request for assistance.
            add(basis('art. 93(1)(f)', 'art. 93(7)', 'art. 96(1)'), 'purpose ""', 'grounds ""', 'facts ""',
                'person P-TODO as detained { location "" consent R-TODO }', 'state-agreement R-TODO conditions ""', 'procedure ""', ...nationalRequirements);
            break;
    }
    add(`status drafted ${date}`);
    lines.push('}', '');
    return lines.join('\n');
}
