import type { CheckResult, Finding } from './diagnostics.js';

/**
 * JUnit XML, for CI systems that show test reports: one test suite per checked file, one test
 * case per error or warning, and one passing case for a file without any. The report agrees with
 * the exit code: an error is a failure; a warning is a failure only when warnings fail the run
 * (more of them than --max-warnings), and otherwise a skipped case, the status between passed and
 * failed that GitLab, Jenkins and GitHub's JUnit reporters count apart and show with its message
 * (a passing case's output GitLab shows for failed tests only). Information items are left out.
 */
export function formatJunit(result: CheckResult, files: readonly string[], warningsFail = false): string {
    const byFile = new Map<string, Finding[]>(files.map(f => [f, []]));
    for (const f of result.findings) {
        if (f.severity === 'error' || f.severity === 'warning') {
            (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
        }
    }
    const fails = (f: Finding) => f.severity === 'error' || warningsFail;
    const suites = [...byFile.entries()].map(([file, findings]) => {
        const cases = findings.length === 0
            ? [`    <testcase classname="${xml(file)}" name="no errors or warnings"/>`]
            : findings.map(f => {
                const detail = xml(`${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.code}${f.provision ? ` [${f.provision}]` : ''}\n${f.message}`);
                return [
                    `    <testcase classname="${xml(file)}" name="${xml(`${f.code} at ${f.range.start.line}:${f.range.start.column}`)}">`,
                    fails(f)
                        ? `      <failure type="${xml(f.code)}" message="${xml(f.message)}">${detail}</failure>`
                        : `      <skipped message="${xml(`warning: ${f.message}`)}">${detail}</skipped>`,
                    '    </testcase>'
                ].join('\n');
            });
        const failures = findings.filter(fails).length;
        return [
            `  <testsuite name="${xml(file)}" tests="${Math.max(1, findings.length)}" failures="${failures}" errors="0" skipped="${findings.length - failures}">`,
            ...cases,
            '  </testsuite>'
        ].join('\n');
    });
    const all = [...byFile.values()].flat();
    const failures = all.filter(fails).length;
    const tests = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0);
    return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="rogatory check" tests="${tests}" failures="${failures}" errors="0" skipped="${all.length - failures}">`, ...suites, '</testsuites>'].join('\n');
}

function xml(text: string): string {
    // A tab, a line feed or a carriage return as a character reference: a parser reads an attribute's
    // as a space (XML 1.0 § 3.3.3), and any carriage return as a line feed (§ 2.11), so that a file
    // named `a<TAB>b.rog` would come back as `a b.rog`, a suite named after no file.
    return text.replace(/[<>&"'\t\n\r]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!)
        // Characters XML 1.0 cannot carry at all (a parser refuses the whole report): control
        // characters, the noncharacters U+FFFE and U+FFFF, and halves of a surrogate pair left alone.
        // A message quotes what the file says, and a file may hold any of them.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
