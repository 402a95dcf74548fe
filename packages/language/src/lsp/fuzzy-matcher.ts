import { DefaultFuzzyMatcher } from 'langium/lsp';

const HYPHEN = '-'.charCodeAt(0);

/**
 * What completion and the workspace's symbols match a typed word against. Names are written in parts
 * joined by hyphens (P-Wanjiru, R-Consent-Mugisha, OTP-2026-0501): each part starts a word, as after
 * `_` in Langium's matcher, so that `Wanj` finds P-Wanjiru, and `Mugisha` R-Consent-Mugisha.
 */
export class RogatoryFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current) || (previous === HYPHEN && current !== HYPHEN);
    }
}
