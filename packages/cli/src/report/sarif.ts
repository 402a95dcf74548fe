import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES, type Rule } from '@rogatory/language';
import { repositoryPath, type CheckResult, type Finding } from './diagnostics.js';
import { LANGUAGE_CODES } from './language-codes.js';

/**
 * SARIF 2.1.0 for code scanning: the rule catalogue as the driver's rules (with the
 * provision each enforces) and one result per finding. File URIs are relative to SRCROOT, the
 * top of the git repository (else the current folder): GitHub code scanning reads a relative URI
 * as a path from the checkout's root and ignores `uriBaseId`, so a check run in a folder of the
 * repository must still name its files from the top.
 */
export function formatSarif(result: CheckResult, version = '0.1.0'): string {
    const extra = new Set(result.findings.map(f => f.code).filter(code => !ALL_RULES.some(r => r.code === code)));
    const rules = [...ALL_RULES.map(sarifRule), ...[...extra].map(languageRule)];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'rogatory', version, rules } },
            // Columns are Langium's (LSP) positions: UTF-16 code units, 1-based here.
            columnKind: 'utf16CodeUnits',
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(result.repositoryRoot ?? process.cwd()).href.replace(/\/?$/, '/') } },
            results: result.findings.map(f => sarifResult(f, index.get(f.code)!, result.repositoryRoot))
        }]
    }, null, 2);
}

function sarifRule(rule: Rule) {
    return {
        id: rule.code,
        name: rule.code.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.summary}${rule.provision ? ` (${rule.provision})` : ''}${rule.unverified ? ` NOT VERIFIED: ${rule.unverified}` : ''}` },
        ...(rule.provision && provisionLink(rule.provision) ? { helpUri: provisionLink(rule.provision) } : {}),
        help: { text: rule.provision ? `Enforces ${rule.provision}${rule.also?.length ? `; see also ${rule.also.join(', ')}` : ''}.` : 'A rule of the Rogatory language.' },
        defaultConfiguration: { level: level(rule.severity) },
        properties: { provision: rule.provision ?? null, force: rule.force, category: rule.category, suppressible: rule.suppressible, tags: ['icc', 'part-9', rule.force] }
    };
}

function languageRule(code: string) {
    const summary = LANGUAGE_CODES[code] ?? code;
    return {
        id: code,
        shortDescription: { text: summary },
        fullDescription: { text: summary },
        help: { text: 'A rule of the Rogatory language.' },
        defaultConfiguration: { level: 'error' },
        properties: { provision: null, tags: ['icc', 'part-9', 'language'] }
    };
}

function sarifResult(f: Finding, ruleIndex: number, root: string | undefined) {
    return {
        ruleId: f.code,
        ruleIndex,
        level: level(f.severity),
        message: { text: f.message },
        locations: [{
            physicalLocation: {
                artifactLocation: artifactLocation(f.file, root),
                region: { startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column }
            }
        }],
        properties: { provision: f.provision, ...(f.unverified ? { unverified: f.unverified } : {}) }
    };
}

/**
 * Where a file is: relative to SRCROOT, or, for a file outside the repository, an absolute
 * `file:` URI (a relative URI would name a file of the repository that is not this one).
 */
function artifactLocation(file: string, root: string | undefined): { uri: string; uriBaseId?: string } {
    if (root === undefined) return { uri: relativeUri(file), uriBaseId: 'SRCROOT' };
    const inRepository = repositoryPath(file, root);
    return inRepository !== undefined ? { uri: relativeUri(inRepository), uriBaseId: 'SRCROOT' } : { uri: pathToFileURL(path.resolve(file)).href };
}

/**
 * A path relative to SRCROOT as a relative URI reference, as SARIF requires: each
 * segment percent-encoded (`sub dir/a#1.rog` → `sub%20dir/a%231.rog`; a `:` in a first segment
 * would otherwise read as a scheme). Segments are split at the system's separator (and at `/`, which
 * `repositoryPath` gives): on Linux a backslash is a character of the name (`a\b.rog`, `a%5Cb.rog`),
 * not a folder's end, which would name another file (`a/b.rog`).
 */
function relativeUri(file: string): string {
    return file.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function level(severity: string): 'error' | 'warning' | 'note' {
    return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A public page for an article of the Statute: the Nottingham Cooperation and Judicial
 * Assistance Database has one per paragraph (/en/RS/96/2/c), as the dossier notes. Rules
 * have no such verified address, so they get no link.
 */
export function provisionLink(provision: string): string | undefined {
    const m = /^art\. (\d+)((?:\([0-9a-z]+\))*)/.exec(provision);
    if (!m) return undefined;
    const labels = (m[2].match(/[0-9a-z]+/g) ?? []).join('/');
    return `https://cjad.nottingham.ac.uk/en/RS/${m[1]}${labels ? '/' + labels : ''}`;
}
