// PLACEHOLDER until scripts/build-statute.mjs runs.
export interface ProvisionEntry {
    /** Canonical citation: `art. 93(1)(b)`, `rule 188`. */
    readonly citation: string;
    /** Title of the article or rule. */
    readonly title: string;
    /** Verbatim text of this provision and everything under it; absent when the dossier has none. */
    readonly text?: string;
    /** false where the dossier marks the text NOT VERIFIED. */
    readonly verified: boolean;
    /** The dossier's note on verification, when there is one. */
    readonly note?: string;
}
export const STATUTE_PROVISIONS: Record<string, ProvisionEntry> = {
    'art. 93': { citation: 'art. 93', title: 'Other forms of cooperation', verified: true },
    'art. 93(1)': { citation: 'art. 93(1)', title: 'Other forms of cooperation', verified: true },
    'art. 93(1)(b)': { citation: 'art. 93(1)(b)', title: 'Other forms of cooperation', verified: true },
    'rule 188': { citation: 'rule 188', title: 'Time limit', verified: true }
};
