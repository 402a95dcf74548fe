import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createRogatoryServices, findRule, isRequest, loadBuiltinDocuments, type Model, type RequestKind, type RogatoryServices } from '../packages/language/src/index.js';

/**
 * Data-driven validation fixtures in the Safe-DS style.
 *
 * A fixture is a `.rog` file, or a folder of `.rog` files forming one workspace, under
 * test/fixtures/validation/. In it:
 *
 *     // $TEST$ error arrest-warrant-missing
 *     request »OTP-2026-0101« { ... }
 *
 * - `// $TEST$ <severity> <code>` expects a diagnostic with that severity and code on the
 *   next `»...«` range of the same file (the markers are removed before parsing);
 * - `// $TEST$ <severity> <code> "words"` expects, besides, that its message contains those words
 *   (what the officer reads: a State named as a sentence names it, a provision marked NOT VERIFIED...);
 * - `// $TEST$ no <code>` expects no diagnostic with that code in the same file (the code must be a rule's,
 *   `syntax-error` or `unresolved-reference`: the absence of a code nothing reports would prove nothing);
 * - `// $AT$ 2026-11-22` judges deadlines as of that date (the CLI's --at); in a folder fixture, in any of its
 *   files, for the whole workspace. Without it they are judged as of the day the suite runs.
 *
 * A line that mentions `$TEST$` or `$AT$` in any other form is an error of the fixture, not a comment.
 * A finding of a rule that names the kinds of request it checks (`kinds`) must be on a request of one of them.
 * Every error and every warning the fixture produces must be expected, each diagnostic answering one marker:
 * a fixture breaks one thing at a time, and a fixture that judges deadlines says as of when (`$AT$`), so that
 * what it produces does not depend on the day the suite runs. Information items (the checklists, which prompt
 * a person whatever the request says) and hints may stay unmarked.
 */
export interface Expectation {
    file: string;
    severity: string;
    code: string;
    range?: { start: { line: number; character: number }; end: { line: number; character: number } };
    absent?: boolean;
    /** Words the message contains (`// $TEST$ info <code> "words"`). */
    says?: string;
}

export interface FixtureResult {
    expectations: Expectation[];
    diagnostics: Array<{ file: string; diagnostic: Diagnostic }>;
    services: RogatoryServices;
    documents: LangiumDocument[];
}

export const FIXTURE_ROOT = path.resolve(__dirname, 'fixtures/validation');

/** Fixture ids (paths relative to FIXTURE_ROOT): each .rog file not inside a folder fixture, and each folder fixture. */
export function listFixtures(root = FIXTURE_ROOT): string[] {
    const fixtures: string[] = [];
    const walk = (dir: string, area: boolean) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (area) walk(full, false); else fixtures.push(path.relative(root, full));
            } else if (entry.name.endsWith('.rog')) {
                fixtures.push(path.relative(root, full));
            }
        }
    };
    if (fs.existsSync(root)) walk(root, true);
    return fixtures;
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];
/** The codes of syntax and linking problems (validation/document-validator.ts), which are no rule's. */
const BUILT_IN_CODES = ['syntax-error', 'unresolved-reference'];

export async function runFixture(id: string, root = FIXTURE_ROOT): Promise<FixtureResult> {
    const full = path.join(root, id);
    const files = fs.statSync(full).isDirectory()
        ? fs.readdirSync(full).filter(f => f.endsWith('.rog')).sort().map(f => path.join(full, f))
        : [full];
    const { Rogatory: services, shared } = createRogatoryServices();
    const builtins = loadBuiltinDocuments(shared);
    const expectations: Expectation[] = [];
    const documents: LangiumDocument[] = [];
    for (const file of files) {
        const { text, expectations: found, asOf } = extractMarkers(fs.readFileSync(file, 'utf8'), path.relative(root, file));
        expectations.push(...found);
        if (asOf) services.rogatory.Settings.asOf = asOf;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.join('/fixtures', path.relative(root, file))));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build([...builtins, ...documents], { validation: false });
    const diagnostics: FixtureResult['diagnostics'] = [];
    for (const document of documents) {
        const found = await services.validation.DocumentValidator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
        diagnostics.push(...found.map(diagnostic => ({ file: path.relative('/fixtures', document.uri.path), diagnostic })));
    }
    return { expectations, diagnostics, services, documents };
}

/** Removes »« markers and reads $TEST$ / $AT$ comments. */
export function extractMarkers(source: string, file: string): { text: string; expectations: Expectation[]; asOf?: string } {
    const expectations: Expectation[] = [];
    const pending: Expectation[] = [];
    let asOf: string | undefined;
    let text = '';
    let line = 0;
    let character = 0;
    let open: Array<{ line: number; character: number }> = [];
    const lines = source.split('\n');
    for (let l = 0; l < lines.length; l++) {
        const raw = lines[l];
        const test = /\/\/\s*\$TEST\$\s+(error|warning|info|hint|no)\s+([\w-]+)(?:\s+"([^"]*)")?\s*$/.exec(raw);
        if (/\$(TEST|AT)\$/i.test(raw) && !test && !/\/\/\s*\$AT\$\s+\d{4}-\d{2}-\d{2}\s*$/.test(raw)) {
            throw new Error(`${file}:${l + 1}: malformed marker: write // $TEST$ <error|warning|info|hint|no> <code> ["words"] or // $AT$ YYYY-MM-DD`);
        }
        if (test) {
            if (test[1] === 'no') expectations.push({ file, severity: 'any', code: test[2], absent: true });
            else pending.push({ file, severity: test[1], code: test[2], ...(test[3] !== undefined ? { says: test[3] } : {}) });
        }
        const at = /\/\/\s*\$AT\$\s+(\d{4}-\d{2}-\d{2})/.exec(raw);
        if (at) asOf = at[1];
        for (const ch of raw) {
            if (ch === '»') { open.push({ line, character }); continue; }
            if (ch === '«') {
                const start = open.pop();
                const expectation = pending.shift();
                if (!start || !expectation) throw new Error(`${file}:${l + 1}: '«' without a '»' or without a $TEST$ comment before it`);
                expectation.range = { start, end: { line, character } };
                expectations.push(expectation);
                continue;
            }
            text += ch;
            character += ch.length;
        }
        if (l < lines.length - 1) { text += '\n'; line++; character = 0; }
    }
    if (pending.length) throw new Error(`${file}: $TEST$ ${pending[0].severity} ${pending[0].code} has no »range« after it`);
    if (open.length) throw new Error(`${file}: '»' is never closed`);
    return { text, expectations, asOf };
}

/** Human-readable problems with a fixture's result; empty when it holds. */
export function checkFixture(result: FixtureResult): string[] {
    const problems: string[] = [];
    const describe = (d: { file: string; diagnostic: Diagnostic }) =>
        `${d.file}:${d.diagnostic.range.start.line + 1}:${d.diagnostic.range.start.character + 1}-${d.diagnostic.range.end.line + 1}:${d.diagnostic.range.end.character + 1} ${SEVERITY[(d.diagnostic.severity ?? 1) - 1]} ${d.diagnostic.code} ${d.diagnostic.message}`;
    const matched = new Set<object>();
    for (const e of result.expectations) {
        const sameCode = result.diagnostics.filter(d => d.file === e.file && String(d.diagnostic.code) === e.code);
        if (e.absent) {
            if (!findRule(e.code) && !BUILT_IN_CODES.includes(e.code)) problems.push(`$TEST$ no ${e.code}: no rule has that code`);
            if (sameCode.length) problems.push(`expected no ${e.code}, got: ${sameCode.map(describe).join('; ')}`);
            continue;
        }
        const hit = sameCode.find(d => !matched.has(d) && SEVERITY[(d.diagnostic.severity ?? 1) - 1] === e.severity
            && d.diagnostic.range.start.line === e.range!.start.line && d.diagnostic.range.start.character === e.range!.start.character
            && d.diagnostic.range.end.line === e.range!.end.line && d.diagnostic.range.end.character === e.range!.end.character);
        const where = `${e.file}:${e.range!.start.line + 1}:${e.range!.start.character + 1}-${e.range!.end.line + 1}:${e.range!.end.character + 1}`;
        if (!hit) {
            problems.push(`expected ${e.severity} ${e.code} at ${where}; ${sameCode.length ? 'got ' + sameCode.map(describe).join('; ') : 'no diagnostic with that code'}`);
            continue;
        }
        matched.add(hit);
        const rule = findRule(e.code);
        if (!rule) problems.push(`${e.code} is not in the rule catalogue`);
        else {
            // A finding whose provision depends on the case (the request's kind) names it in `data.provision`, as `report` does.
            const data = hit.diagnostic.data as { provision?: unknown } | undefined;
            const cited = typeof data?.provision === 'string' ? data.provision : rule.provision;
            if (cited && !String(hit.diagnostic.message).includes(cited)) problems.push(`${describe(hit)}: message does not cite ${cited}`);
        }
        if (e.says !== undefined && !String(hit.diagnostic.message).includes(e.says)) problems.push(`${describe(hit)}: message does not say "${e.says}"`);
    }
    for (const d of result.diagnostics) {
        if ((d.diagnostic.severity ?? 1) <= 2 && !matched.has(d)) problems.push(`unexpected ${describe(d)}`);
        // A rule that names the kinds of request it checks (`kinds`) is reported on those only, information too:
        // completion, the hover and suppression-unused take it that it cannot be reported on another.
        const kinds = findRule(String(d.diagnostic.code))?.kinds;
        const kind = kinds && requestKind(result, d.file);
        if (kind && !kinds.includes(kind)) problems.push(`${describe(d)}: reported on a request of kind ${kind}, not one of its rule's kinds (${kinds.join(', ')})`);
    }
    return problems;
}

/** The kind of the request in a fixture's file, if it has one. */
function requestKind(result: FixtureResult, file: string): RequestKind | undefined {
    const document = result.documents.find(d => path.relative('/fixtures', d.uri.path) === file);
    return (document?.parseResult.value as Model | undefined)?.elements.find(isRequest)?.kind;
}
