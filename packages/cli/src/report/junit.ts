import type { CheckResult, Finding } from './diagnostics.js';

/**
 * JUnit XML, for CI systems that show test reports: one test suite per checked file, one
 * failing test case per error or warning, and one passing case for a file without any.
 * Information items are not failures and are left out.
 */
export function formatJunit(result: CheckResult, files: readonly string[]): string {
    const byFile = new Map<string, Finding[]>(files.map(f => [f, []]));
    for (const f of result.findings) {
        if (f.severity === 'error' || f.severity === 'warning') {
            (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
        }
    }
    const suites = [...byFile.entries()].map(([file, findings]) => {
        const cases = findings.length === 0
            ? [`    <testcase classname="${xml(file)}" name="no errors or warnings"/>`]
            : findings.map(f => [
                `    <testcase classname="${xml(file)}" name="${xml(`${f.code} at ${f.range.start.line}:${f.range.start.column}`)}">`,
                `      <failure type="${xml(f.code)}" message="${xml(f.message)}">${xml(`${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.code}${f.provision ? ` [${f.provision}]` : ''}\n${f.message}`)}</failure>`,
                '    </testcase>'
            ].join('\n'));
        return [
            `  <testsuite name="${xml(file)}" tests="${Math.max(1, findings.length)}" failures="${findings.length}" errors="0">`,
            ...cases,
            '  </testsuite>'
        ].join('\n');
    });
    const failures = [...byFile.values()].reduce((n, f) => n + f.length, 0);
    const tests = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0);
    return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="rogatory check" tests="${tests}" failures="${failures}" errors="0">`, ...suites, '</testsuites>'].join('\n');
}

function xml(text: string): string {
    return text.replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
        // Characters XML 1.0 cannot carry at all (a parser refuses the whole report): control
        // characters, the noncharacters U+FFFE and U+FFFF, and halves of a surrogate pair left alone.
        // A message quotes what the file says, and a file may hold any of them.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
