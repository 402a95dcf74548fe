import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { rogatory, workspace } from '../cli-runner.js';

// Linux allows any character in a file name but `/` and NUL: a line feed, a tab, the characters
// GitHub's workflow commands reserve (`,` `:` `%`), an escape, and U+202E, which makes a terminal
// show the rest of the line reversed.
const ODD = 'a\nb,c:d\t%e\u001b[31m\u202E.rog';
const SHOWN = 'a\\nb,c:d\\t%e\\u001b[31m\\u202e.rog';
const REQUEST = 'request OTP-2026-0001 {\n  kind assistance\n}\n';

describe('a file named with control characters', () => {
    test('text: one line per finding, the name escaped as JSON writes it; JSON names the file itself', async () => {
        const dir = workspace({ [ODD]: REQUEST });
        expect(fs.readdirSync(dir)).toContain(ODD); // a real file of that name
        const findings = JSON.parse((await rogatory(dir, 'check', '--format', 'json', '.')).out).diagnostics;
        expect(findings.length).toBeGreaterThan(2);
        expect(findings.every((f: { file: string }) => f.file === ODD)).toBe(true);
        const { code, out } = await rogatory(dir, 'check', '.');
        expect(code).toBe(1);
        const lines = out.trimEnd().split('\n');
        expect(lines).toHaveLength(findings.length);
        for (const line of lines) expect(line.startsWith(`${SHOWN}:`), line).toBe(true);
        expect(lines[0]).toBe(`${SHOWN}:1:9 error ${findings[0].code} ${findings[0].message}`);
    });

    test('github: one workflow command per finding, the file property escaped as the Actions toolkit does', async () => {
        const dir = workspace({ [ODD]: REQUEST });
        const { out } = await rogatory(dir, 'check', '--format', 'github', '.');
        const lines = out.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines) {
            expect(line).toMatch(/^::(error|warning|notice) file=a%0Ab%2Cc%3Ad\t%25e\u001b\[31m\u202E\.rog,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::/);
        }
    });

    test('SARIF: the artifact URI resolves to the file', async () => {
        const dir = workspace({ [ODD]: REQUEST });
        const run = JSON.parse((await rogatory(dir, 'check', '--format', 'sarif', '.')).out).runs[0];
        const { artifactLocation } = run.results[0].locations[0].physicalLocation;
        expect(fileURLToPath(new URL(artifactLocation.uri, run.originalUriBaseIds[artifactLocation.uriBaseId].uri))).toBe(path.join(fs.realpathSync(dir), ODD));
    });

    // Linux allows a backslash in a name: SARIF named `a\b.rog` as `a/b.rog`, a file in a folder `a` that does not exist.
    test('SARIF: a backslash in a name is part of the name, not a folder\'s end', async () => {
        const dir = workspace({ 'sub/a\\b.rog': REQUEST });
        const run = JSON.parse((await rogatory(dir, 'check', '--format', 'sarif', '.')).out).runs[0];
        const { artifactLocation } = run.results[0].locations[0].physicalLocation;
        expect(artifactLocation.uri).toBe('sub/a%5Cb.rog');
        expect(fileURLToPath(new URL(artifactLocation.uri, run.originalUriBaseIds[artifactLocation.uriBaseId].uri))).toBe(path.join(fs.realpathSync(dir), 'sub', 'a\\b.rog'));
    });

    test('JUnit: an XML parser reads the suite\'s name back as the file\'s (a tab or line break in an attribute as a reference)', async () => {
        const tabbed = 'a\nb\tc.rog';
        const dir = workspace({ [tabbed]: REQUEST });
        const { out } = await rogatory(dir, 'check', '--format', 'junit', '.');
        expect(out).toContain('<testsuite name="a&#10;b&#9;c.rog"');
        const python = spawnSync('python3', ['-c', 'import json, sys, xml.etree.ElementTree as E; print(json.dumps([s.get("name") for s in E.fromstring(sys.stdin.read()).iter("testsuite")]))'], { input: out, encoding: 'utf8' });
        if (python.error) return; // no Python here
        expect(JSON.parse(python.stdout)).toEqual([tabbed]);
    });

    test('the lines on stderr and format\'s list of files are one line per file, escaped alike', async () => {
        const dir = workspace({ [ODD]: 'request OTP-2026-0001 {\n kind   assistance\n  from {\n}\n', 'b\nc.rog': 'person P-1 {\n name "A"\n}\n' });
        const formatted = await rogatory(dir, 'format', '--check', '.');
        expect(formatted.out).toBe('b\\nc.rog\n');
        expect(formatted.err).toContain(`${SHOWN}: not formatted: it has syntax errors`);
        const register = await rogatory(dir, 'register', '.');
        expect(register.err).toContain(`rogatory: ${SHOWN}: syntax errors:`);
        const missing = await rogatory(dir, 'check', 'no\nsuch.rog');
        expect(missing).toMatchObject({ code: 2, out: '', err: "rogatory: cannot read 'no\\nsuch.rog': no such file or directory\n" });
    });
});
