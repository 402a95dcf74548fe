import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isRequest } from '../generated/ast.js';

/**
 * How the digest (requirements.md, "Legend") words an element, which fixes the severity:
 * a missing `shall` element is an error; a missing `as applicable` element a warning
 * the author may suppress in the file with a stated reason; `human` items are
 * information-level checklist prompts, never errors.
 */
export type Force = 'shall' | 'as applicable' | 'should' | 'human' | 'language';

export type RuleSeverity = 'error' | 'warning' | 'info';

export interface RuleDefinition {
    /** Stable code, shown in diagnostics and used by `suppress` and quick fixes. */
    readonly code: string;
    readonly severity: RuleSeverity;
    readonly force: Force;
    /**
     * The provision the rule enforces, cited as `art. 96(2)(c)` or `rule 188`. Only rules
     * of the language itself (force `language`: duplicate clauses, malformed dates...) have none.
     */
    readonly provision?: string;
    /** Further provisions the rule rests on. */
    readonly also?: readonly string[];
    /** Item of ../shared/reference/requirements.md (a1, c7, X2...), when there is one. */
    readonly digest?: string;
    /** What the rule checks, in a legal officer's words (for `rogatory rules`). */
    readonly summary: string;
    /** `slow` rules look across the workspace: run on save and in the CLI, not on every keystroke. */
    readonly category?: 'fast' | 'slow';
    /** Set when the rule rests on data or text the dossier marks NOT VERIFIED. */
    readonly unverified?: string;
}

export interface Rule extends RuleDefinition {
    readonly suppressible: boolean;
    readonly category: 'fast' | 'slow';
}

/** The `data` every Rogatory diagnostic carries (quick fixes switch on `code`). */
export interface RogatoryDiagnosticData {
    code: string;
    provision?: string;
    unverified?: string;
}

export function defineRule(definition: RuleDefinition): Rule {
    return {
        ...definition,
        category: definition.category ?? 'fast',
        suppressible: definition.severity === 'warning' && definition.force === 'as applicable'
    };
}

/**
 * Reports a breach of `rule` on `info.node`. The message names the provision it enforces
 * (and says so when that provision or the data behind it is NOT VERIFIED in the dossier).
 * A warning the request suppresses with `suppress <code> "reason"` is not reported.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: Rule, message: string, info: Omit<DiagnosticInfo<N>, 'code' | 'data'>, extraData?: Record<string, unknown>): void {
    if (rule.suppressible && isSuppressed(info.node, rule.code)) {
        return;
    }
    const unverified = rule.unverified ? ` [NOT VERIFIED: ${rule.unverified}]` : '';
    const data: RogatoryDiagnosticData & Record<string, unknown> = { code: rule.code, provision: rule.provision, ...extraData };
    if (rule.unverified) data.unverified = rule.unverified;
    const cited = rule.provision ? ` (${rule.provision})` : '';
    // One line: the CLI prints a finding per line, and CI tools read them so.
    accept(rule.severity, `${message}${cited}${unverified}`.replace(/\s*[\r\n]+\s*/g, ' '), { ...info, code: rule.code, data } as DiagnosticInfo<N>);
}

/** User text quoted in a message: on one line, and shortened past 80 characters. */
export function quote(text: string | undefined): string {
    const line = (text ?? '').replace(/\s+/g, ' ').trim();
    return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}

export function isSuppressed(node: AstNode, code: string): boolean {
    const request = AstUtils.getContainerOfType(node, isRequest);
    return !!request?.suppressions.some(s => s.code === code && (s.reason ?? "").trim().length > 0);
}
