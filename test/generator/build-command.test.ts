import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
// The output folder as the CLI loads it (the compiled package), to make one of its writes fail.
import { OutputFolder as CliOutputFolder } from '@rogatory/language';
import { rogatory } from '../cli-runner.js';
import { MANIFEST_NAME, OutputFolder, writeAtomically } from '../../packages/language/src/index.js';
import { parseHTML } from 'linkedom';
import { docxParts, hasCommand, REPO, SKIP_WITHOUT_POPPLER, tempDir } from './helpers.js';


const dirs: string[] = [];
afterAll(() => dirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

/** A workspace with the shared declarations, a valid request, one with an error and one whose annex leaves the workspace. */
function workspace(): string {
    const dir = tempDir('build');
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'ws', '.git'), { recursive: true });
    const ws = path.join(dir, 'ws');
    const example = fs.readFileSync(path.join(REPO, 'examples/arrest-and-surrender/REG-2026-0101.rog'), 'utf8');
    fs.copyFileSync(path.join(REPO, 'examples/declarations/surrender.rog'), path.join(ws, 'declarations.rog'));
    fs.writeFileSync(path.join(ws, 'good.rog'), example);
    fs.copyFileSync(path.join(REPO, 'examples/invalid/arrest-warrant-missing.rog'), path.join(ws, 'bad.rog'));
    fs.writeFileSync(path.join(ws, 'escape.rog'), example.replace('REG-2026-0101', 'REG-2026-0500').replace('{ classification under-seal }', '{ file "../../outside/identification.pdf" classification under-seal }'));
    return dir;
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

/** What a reader finds in a built file of REG-2026-0101: which document, in which language, under which classification. */
function readBack(file: string): [string, string, string] {
    const format = path.extname(file).slice(1);
    if (format === 'json') {
        const { meta } = JSON.parse(fs.readFileSync(file, 'utf8'));
        return [meta.document, meta.lang, meta.classification.line];
    }
    const text = (raw: string) => raw.replace(/\s+/g, ' ');
    const pages = format === 'pdf' ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter(p => p.trim()).map(text)
        : format === 'docx' ? [Object.entries(docxParts(fs.readFileSync(file))).filter(([name]) => /^word\/(document|header\d*)\.xml$/.test(name))
            .map(([, xml]) => xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '')
                .replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]!)).join(' ')].map(text)
            : format === 'html' ? [parseHTML(fs.readFileSync(file, 'utf8')).document.body.textContent!].map(text)
                : [fs.readFileSync(file, 'utf8')].map(text);
    const all = pages.join(' ');
    const openings: Record<string, [string, string]> = {
        'request en': ['request', 'en'], 'note en': ['note-verbale', 'en'], 'request fr': ['request', 'fr'], 'note fr': ['note-verbale', 'fr']
    };
    const found = Object.entries({
        'request en': 'requests the United Republic of Tanzania to arrest and surrender',
        'note en': 'presents its compliments to the Embassy of the United Republic of Tanzania',
        'request fr': "demande à la République-Unie de Tanzanie de procéder à l'arrestation",
        'note fr': "présente ses compliments à l'Ambassade de la République-Unie de Tanzanie"
    }).filter(([, opening]) => all.includes(opening)).map(([key]) => openings[key]);
    const classifications = ['UNDER SEAL', 'SOUS SCELLÉS'].filter(line => pages.every(page => page.includes(line)));
    return [found.map(f => f[0]).join(' and ') || 'neither document', found.map(f => f[1]).join(' and ') || 'no language', classifications.join(' and ') || 'no classification on every page'];
}

/** strace is there and allowed to trace (a container may forbid ptrace). */
const CAN_STRACE = spawnSync('strace', ['-o', '/dev/null', 'true']).status === 0;

describe('rogatory build', () => {
    test('writes the request and its note verbale in each language and format, atomically, with a manifest', async () => {
        const dir = workspace();
        const { code, out, err } = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'docx,pdf,html,md,json', '--lang', 'en,fr', '--out', 'out');
        expect(err).not.toContain('not built');
        expect(code).toBe(0);
        const files = listing(path.join(dir, 'out'));
        expect(files).toHaveLength(21);
        expect(files).toContain('REG-2026-0101.en.docx');
        expect(files).toContain('REG-2026-0101.note-verbale.fr.pdf');
        expect(files.filter(f => f.endsWith('.tmp'))).toEqual([]);
        expect(out.trim().split('\n')).toHaveLength(20);
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', MANIFEST_NAME), 'utf8'));
        expect(manifest.files['REG-2026-0101.fr.md']).toMatchObject({ request: 'REG-2026-0101', source: 'good.rog' });
        // Each file is the document and the language its name says, with the request's classification (on every page of a PDF;
        // PDFs are read with pdftotext, skipped as in pdf.test.ts on a machine without it, outside CI).
        const readable = files.filter(f => f !== MANIFEST_NAME && !(f.endsWith('.pdf') && SKIP_WITHOUT_POPPLER));
        expect(readable.length).toBe(SKIP_WITHOUT_POPPLER ? 16 : 20);
        expect(readable.map(f => [f, ...readBack(path.join(dir, 'out', f))])).toEqual(readable.map(f => {
            const lang = f.includes('.fr.') ? 'fr' : 'en';
            const document = f.includes('.note-verbale.') ? 'note-verbale' : 'request';
            return [f, document, lang, lang === 'en' ? 'UNDER SEAL' : 'SOUS SCELLÉS'];
        }));
        // Building again replaces its own outputs, and says which earlier ones it did not rebuild.
        const fewer = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--lang', 'en,fr', '--out', 'out');
        expect(fewer.code).toBe(0);
        const stale = files.filter(f => f !== MANIFEST_NAME && !f.endsWith('.md'));
        expect(stale).toHaveLength(16);
        expect(fewer.err).toContain(`rogatory: warning: REG-2026-0101: ${stale.join(', ')} are from an earlier build, not rebuilt now, and may be out of date (delete, or build those formats and languages too)\n`);
        fs.rmSync(path.join(dir, 'out', 'REG-2026-0101.en.docx'));
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--lang', 'en,fr', '--out', 'out')).err).toContain(`REG-2026-0101: ${stale.slice(1).join(', ')} are from an earlier build`);
    });

    test('an --out outside the current folder is said as typed, not as ../../ from here', async () => {
        const dir = workspace();
        const elsewhere = tempDir('build-out');
        dirs.push(elsewhere);
        const { code, out, err } = await rogatory(path.join(dir, 'ws'), 'build', 'good.rog', '--to', 'md', '--out', elsewhere);
        expect(code).toBe(0);
        expect(out.trim().split('\n').sort()).toEqual([path.join(elsewhere, 'REG-2026-0101.en.md'), path.join(elsewhere, 'REG-2026-0101.note-verbale.en.md')]);
        expect(err).toBe(`2 file(s) written to ${elsewhere}\n`);
        // Under the current folder, relative to it.
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', path.join(dir, 'out'))).err).toBe('2 file(s) written to out\n');
    });

    test('refuses a request with errors and prints its diagnostics; --draft builds it with DRAFT on every page', async () => {
        const dir = workspace();
        const refused = await rogatory(dir, 'build', 'ws/bad.rog', '--to', 'md', '--out', 'out');
        expect(refused.code).toBe(1);
        expect(refused.err).toMatch(/bad\.rog:2:9 error arrest-warrant-missing .*\(art\. 91\(2\)\)/);
        expect(refused.err).toContain('REG-2026-0150 not built');
        expect(listing(path.join(dir, 'out')).filter(f => f.startsWith('REG'))).toEqual([]);
        const draft = await rogatory(dir, 'build', 'ws/bad.rog', '--to', 'md,html', '--out', 'out', '--draft');
        expect(draft.code).toBe(0);
        const md = fs.readFileSync(path.join(dir, 'out', 'REG-2026-0150.en.md'), 'utf8');
        expect(md.split('\n')[0]).toContain('DRAFT');
        expect(fs.readFileSync(path.join(dir, 'out', 'REG-2026-0150.en.html'), 'utf8')).toContain('@top-right { content: "DRAFT"');
    });

    test('refuses a request that names a person declared twice, whichever declaration the documents would have stated; nothing is written', async () => {
        const dir = workspace();
        // Another person under the name the request gives the person sought (declared in declarations.rog).
        fs.writeFileSync(path.join(dir, 'ws', 'other-people.rog'), 'person P-Kilonzo {\n  name "Peter Kilonzo Mwangi"\n  born 1990-01-01 in "Mombasa, Kenya"\n}\n');
        const refused = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(refused.code).toBe(1);
        expect(refused.err.split('\n')).toEqual([
            `${path.join('ws', 'good.rog')}:16:10 error reference-ambiguous P-Kilonzo is declared twice in the workspace (person in line 6 of declarations.rog; person in line 1 of other-people.rog): `
            + 'it is ambiguous which declaration this request names, and its documents would state the details of one of them, the declaration in the file first by path. Keep one declaration of the name (rename or remove the others); until then the request is built only as a draft.',
            // The declarations the request relies on say it too, where they are: the warrant names the person, who is declared twice.
            `${path.join('ws', 'declarations.rog')}:19:10 error reference-ambiguous P-Kilonzo is declared twice in the workspace (person at line 6 of this file; person in line 1 of other-people.rog): `
            + 'it is ambiguous which declaration this warrant names, and the requests relying on it would be checked against the details of one of them, the declaration in the file first by path. Keep one declaration of the name (rename or remove the others), and see that this reference names the one meant.',
            `${path.join('ws', 'declarations.rog')}:6:8 error declaration-duplicate-name The name P-Kilonzo is also declared elsewhere (person P-Kilonzo in line 1 of other-people.rog): names are shared by the whole workspace, so references to it are ambiguous; rename one.`,
            `rogatory: REG-2026-0101 not built: 3 error(s), 2 of them in declarations it relies on: W-Kilonzo (${path.join('ws', 'declarations.rog')}:19), P-Kilonzo (${path.join('ws', 'declarations.rog')}:6); fix them or build with --draft`,
            '0 file(s) written to out; 1 request(s) refused',
            ''
        ]);
        expect(listing(path.join(dir, 'out')).filter(f => f.startsWith('REG'))).toEqual([]);
        // Renamed, the person is the declarations' again: built.
        fs.writeFileSync(path.join(dir, 'ws', 'other-people.rog'), 'person P-Mwangi {\n  name "Peter Kilonzo Mwangi"\n}\n');
        const built = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect([built.code, built.err]).toEqual([0, '2 file(s) written to out\n']);
        expect(fs.readFileSync(path.join(dir, 'out', 'REG-2026-0101.en.md'), 'utf8')).toContain('*Date of birth:* 11 April 1976');
    });

    test('refuses a request whose warrant or person, declared in another file, has an error, saying which and where; an error in a declaration it does not rely on does not count', async () => {
        const dir = workspace();
        const declarations = path.join(dir, 'ws', 'declarations.rog');
        const original = fs.readFileSync(declarations, 'utf8');
        const declare = (...edits: Array<[string, string]>) => fs.writeFileSync(declarations, edits.reduce((text, [from, to]) => {
            expect(text).toContain(from);
            return text.replace(from, to);
        }, original));
        const file = path.join('ws', 'declarations.rog');
        // A second request relying on the same warrant: the error is printed once.
        fs.writeFileSync(path.join(dir, 'ws', 'second.rog'), fs.readFileSync(path.join(dir, 'ws', 'good.rog'), 'utf8').replace('REG-2026-0101', 'REG-2026-0103'));

        // The warrant's date of issue is no day: its documents would have said "issued … on 31 June 2026".
        declare(['issued 2026-06-18', 'issued 2026-06-31']);
        const refused = await rogatory(dir, 'build', 'ws/good.rog', 'ws/second.rog', '--to', 'md', '--out', 'out');
        expect([refused.code, refused.err.split('\n')]).toEqual([1, [
            `${file}:17:10 error invalid-date '2026-06-31' is not a real date.`,
            `rogatory: REG-2026-0101 not built: 1 error(s), in a declaration it relies on: W-Kilonzo (${file}:17); fix them or build with --draft`,
            `rogatory: REG-2026-0103 not built: 1 error(s), in a declaration it relies on: W-Kilonzo (${file}:17); fix them or build with --draft`,
            '0 file(s) written to out; 2 request(s) refused',
            ''
        ]]);
        expect(listing(path.join(dir, 'out')).filter(f => f.startsWith('REG'))).toEqual([]);
        const draft = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--draft');
        expect(draft.code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'out', 'REG-2026-0101.en.md'), 'utf8').split('\n')[0]).toContain('DRAFT');

        // A clause of the warrant the parser could not read (its number: the documents would have named it by its symbol).
        declare(['  number ICC-01/09-01/26-14-US-Exp', '  numbr ICC-01/09-01/26-14-US-Exp']);
        const unread = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(unread.code).toBe(1);
        expect(unread.err).toContain(`${file}:16:3 error syntax-error \`numbr\` is not a clause of a warrant: did you mean \`number\`?`);
        expect(unread.err).toContain(`REG-2026-0101 not built: 1 error(s), in a declaration it relies on: W-Kilonzo (${file}:16)`);

        // The person sought's date of birth is no day (the documents would have said "11 14 1976").
        declare(['born 1976-04-11', 'born 1976-14-11']);
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out')).err)
            .toContain(`REG-2026-0101 not built: 1 error(s), in a declaration it relies on: P-Kilonzo (${file}:9)`);

        // The designation in force for the requested State, from which the note verbale takes its channel.
        declare();
        fs.writeFileSync(path.join(dir, 'ws', 'designation.rog'), 'designation for State "United Republic of Tanzania" {\n  channel diplomatic-channel "through its Embassy in The Hague"\n'
            + '  language English\n  received 2026-02-30\n  verification not-verified "a test"\n  source "A test"\n}\n');
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out')).err)
            .toContain(`REG-2026-0101 not built: 1 error(s), in a declaration it relies on: designation for State "United Republic of Tanzania" (${path.join('ws', 'designation.rog')}:4)`);
        fs.rmSync(path.join(dir, 'ws', 'designation.rog'));

        // An invalid date in a person the request does not rely on (P-Abonga, another warrant's): built.
        declare(['born 1971-09-02', 'born 1971-19-02']);
        const built = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect([built.code, built.err]).toEqual([0, '2 file(s) written to out\n']);
        expect(fs.readFileSync(path.join(dir, 'out', 'REG-2026-0101.en.md'), 'utf8').split('\n')[0]).not.toContain('DRAFT');
    });

    test('refuses a request whose warrant names a person declared twice, though the request itself does not name that person', async () => {
        const dir = workspace();
        const ws = path.join(dir, 'ws');
        // The warrant names P-Kilonzo; the request names the person sought otherwise (P-Otieno, the same man declared apart).
        fs.writeFileSync(path.join(ws, 'otieno.rog'), 'person P-Otieno {\n  name "Daniel Otieno Kilonzo"\n}\nperson P-Kilonzo {\n  name "Someone Else"\n}\n');
        fs.writeFileSync(path.join(ws, 'good.rog'), fs.readFileSync(path.join(ws, 'good.rog'), 'utf8').replace('person P-Kilonzo as sought', 'person P-Otieno as sought'));
        const refused = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(refused.code).toBe(1);
        expect(refused.err).toMatch(new RegExp(`${path.join('ws', 'declarations.rog').replace(/[.\\]/g, '\\$&')}:\\d+:\\d+ error reference-ambiguous P-Kilonzo is declared twice`));
        expect(refused.err).toMatch(/REG-2026-0101 not built: \d+ error\(s\), (\d+ of them )?in declarations? it relies on: W-Kilonzo/);
    });

    test('--draft builds a request that the parser read only in part (a cost item or an annex still being written)', async () => {
        const dir = workspace();
        fs.writeFileSync(path.join(dir, 'ws', 'partial.rog'), `request OTP-2026-0901 {
  kind assistance art. 93(1)(a)
  to State "Kenya"
  dated 2026-10-01
  costs art. 100(1)(b)
  annex A1
}
`);
        const draft = await rogatory(dir, 'build', 'ws/partial.rog', '--to', 'md', '--out', 'out', '--draft');
        expect(draft.err).not.toContain('internal error');
        expect(draft.code).toBe(0);
        const md = fs.readFileSync(path.join(dir, 'out', 'OTP-2026-0901.en.md'), 'utf8');
        expect(md).toContain('The following cost will be borne by the Court:');
        expect(md).toMatch(/\| A1 \|/);
    });

    test('a request the parser read without its reference (`request {`) is refused, said by its file and line, even as a draft: its files are named after it (found by rendering fuzzed requests)', async () => {
        const dir = workspace();
        fs.writeFileSync(path.join(dir, 'ws', 'unnamed.rog'), 'person P-Unnamed { name "A. Person" }\n\nrequest {\n  kind assistance art. 93(1)(a)\n  to State "Kenya"\n}\n');
        const refused = await rogatory(dir, 'build', 'ws/unnamed.rog', '--to', 'md', '--out', 'out');
        expect(refused.code).toBe(1);
        expect(refused.err).toMatch(/^ws\/unnamed\.rog:3:9 error syntax-error /m);
        expect(refused.err).toMatch(/^rogatory: the request without a reference on line 3 of ws\/unnamed\.rog not built: \d+ error\(s\); fix them or build with --draft$/m);
        const draft = await rogatory(dir, 'build', 'ws/unnamed.rog', '--to', 'md', '--out', 'out', '--draft');
        expect(draft.err).not.toContain('internal error');
        expect(draft.err).toContain('rogatory: the request without a reference on line 3 of ws/unnamed.rog not built: it has no reference (`request OTP-2026-NNNN {`), which its files are named after\n');
        expect(draft.code).toBe(1);
        expect(listing(path.join(dir, 'out')).filter(f => f.endsWith('.md'))).toEqual([]);
    });

    test('never replaces a file it did not write (or that was changed since) without --force', async () => {
        const dir = workspace();
        fs.mkdirSync(path.join(dir, 'out'));
        const foreign = path.join(dir, 'out', 'REG-2026-0101.en.md');
        fs.writeFileSync(foreign, 'my own notes');
        const refused = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(refused.code).toBe(1);
        expect(refused.err).toMatch(/'REG-2026-0101\.en\.md' exists and was not written by rogatory \(use --force/);
        expect(fs.readFileSync(foreign, 'utf8')).toBe('my own notes');
        expect(fs.existsSync(path.join(dir, 'out', 'REG-2026-0101.note-verbale.en.md'))).toBe(false); // all or nothing per request

        const forced = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--force');
        expect(forced.code).toBe(0);
        expect(fs.readFileSync(foreign, 'utf8')).toContain('REG-2026-0101');

        fs.appendFileSync(foreign, '\nedited by hand');
        const modified = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(modified.code).toBe(1);
        expect(modified.err).toContain('was changed since it was built');
    });

    test('a rebuilt output keeps the permissions it was given (a confidential document made 0600 stays unreadable to others)', async () => {
        const dir = workspace();
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out')).code).toBe(0);
        const request = path.join(dir, 'out', 'REG-2026-0101.en.md');
        const note = path.join(dir, 'out', 'REG-2026-0101.note-verbale.en.md');
        fs.chmodSync(request, 0o600);
        fs.chmodSync(note, 0o440);
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--draft')).code).toBe(0);
        expect(fs.readFileSync(request, 'utf8').split('\n')[0]).toContain('DRAFT'); // replaced, not left
        expect(fs.statSync(request).mode & 0o777).toBe(0o600);
        expect(fs.statSync(note).mode & 0o777).toBe(0o440);
    });

    test('a run that fails half-way (a full disk) still records the files it wrote, so the next build replaces them', async () => {
        const dir = workspace();
        const example = fs.readFileSync(path.join(dir, 'ws', 'good.rog'), 'utf8');
        fs.writeFileSync(path.join(dir, 'ws', 'other.rog'), example.replace('REG-2026-0101', 'REG-2026-0109'));
        const write = CliOutputFolder.prototype.write;
        let first: string | undefined;
        const spy = vi.spyOn(CliOutputFolder.prototype, 'write').mockImplementation(async function (this: CliOutputFolder, fileName, content, request, source) {
            first ??= request;
            if (request !== first) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: path.join(this.root, `.${fileName}.0123456789ab.tmp`) });
            return write.call(this, fileName, content, request, source);
        });
        try {
            const failed = await rogatory(dir, 'build', 'ws/good.rog', 'ws/other.rog', '--to', 'md', '--out', 'out');
            expect([failed.code, failed.err.trim()]).toEqual([2, "rogatory: cannot write in 'out': no space left on the device"]);
        } finally {
            spy.mockRestore();
        }
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', MANIFEST_NAME), 'utf8'));
        expect(Object.keys(manifest.files)).toEqual([`${first}.en.md`, `${first}.note-verbale.en.md`]);
        const again = await rogatory(dir, 'build', 'ws/good.rog', 'ws/other.rog', '--to', 'md', '--out', 'out');
        expect(again.err).not.toContain('not built');
        expect(again.code).toBe(0);
    });

    test('a run that fails half-way over a manifest that could not be used says both, in its one line, with exit code 2', async () => {
        const dir = workspace();
        const manifest = path.join(dir, 'out', MANIFEST_NAME);
        const full = vi.spyOn(CliOutputFolder.prototype, 'write').mockImplementation(async function (this: CliOutputFolder, fileName) {
            throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write', path: path.join(this.root, `.${fileName}.0123456789ab.tmp`) });
        });
        try {
            fs.mkdirSync(path.join(dir, 'out'));
            fs.writeFileSync(manifest, '{ "version": 1, "files": {');
            const failed = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
            expect([failed.code, failed.err]).toEqual([2, `rogatory: cannot write in 'out': no space left on the device (out/${MANIFEST_NAME}, which is not valid JSON, was replaced: the files it recorded count as not written by rogatory)\n`]);
            expect(JSON.parse(fs.readFileSync(manifest, 'utf8'))).toEqual({ version: 1, files: {} });
            // The manifest could not be replaced either (the disk is full): it is said as it is.
            fs.writeFileSync(manifest, '{ "version": 2 }');
            const unsaved = vi.spyOn(CliOutputFolder.prototype, 'saveManifest').mockRejectedValue(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
            try {
                const again = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
                expect([again.code, again.err]).toEqual([2, `rogatory: cannot write in 'out': no space left on the device (out/${MANIFEST_NAME} is not a manifest of rogatory build (version 1): the files it recorded count as not written by rogatory)\n`]);
            } finally {
                unsaved.mockRestore();
            }
        } finally {
            full.mockRestore();
        }
    });

    test('Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP) mid-build: every file on disk is in the manifest, no temporary file left, exit 130 / 143 / 129', async () => {
        /** Spawns the built CLI on eight requests in every format and sends `signal` once the first output is on disk. */
        const interrupt = (signal: NodeJS.Signals, corruptManifest: boolean) => new Promise<{ dir: string; code: number | null; killedBy: NodeJS.Signals | null; err: string }>(resolve => {
            const dir = workspace();
            const example = fs.readFileSync(path.join(dir, 'ws', 'good.rog'), 'utf8');
            for (let i = 1; i <= 8; i++) fs.writeFileSync(path.join(dir, 'ws', `copy${i}.rog`), example.replaceAll('REG-2026-0101', `REG-2026-071${i}`));
            if (corruptManifest) {
                fs.mkdirSync(path.join(dir, 'out'));
                fs.writeFileSync(path.join(dir, 'out', MANIFEST_NAME), '{ "version": 1, "files":');
            }
            const child = spawn(process.execPath, [path.join(REPO, 'packages/cli/bin/rogatory.js'), 'build', ...Array.from({ length: 8 }, (_, i) => `ws/copy${i + 1}.rog`),
                '--to', 'docx,pdf,html,md,json', '--lang', 'en,fr', '--out', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            child.stderr.on('data', d => err += d);
            const poll = setInterval(() => {
                const files = fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')) : [];
                if (files.some(f => f.startsWith('REG-'))) {
                    clearInterval(poll);
                    child.kill(signal);
                }
            }, 5);
            child.on('close', (code, killedBy) => { clearInterval(poll); resolve({ dir, code, killedBy, err }); });
        });
        const runs = [
            { signal: 'SIGINT' as const, exit: 130, corruptManifest: false },
            { signal: 'SIGTERM' as const, exit: 143, corruptManifest: false },
            { signal: 'SIGHUP' as const, exit: 129, corruptManifest: false },
            // A manifest that could not be used is still said, in the one line: the next build refuses what it recorded.
            { signal: 'SIGINT' as const, exit: 130, corruptManifest: true }
        ];
        for (const { signal, exit, corruptManifest } of runs) {
            const { dir, code, killedBy, err } = await interrupt(signal, corruptManifest);
            expect(killedBy).toBeNull();
            // The race: the signal normally lands mid-way; should the build have finished first, it is a full build.
            if (code === 0) {
                expect(err).toMatch(corruptManifest ? /^rogatory: warning: out\/\.rogatory-build\.json is not valid JSON: .*\n160 file\(s\) written to out\n$/ : /^160 file\(s\) written to out\n$/);
            } else {
                expect(code).toBe(exit);
                const replacing = corruptManifest ? ', replacing one that is not valid JSON \\(the files it recorded count as not written by rogatory\\)' : '';
                expect(err).toMatch(new RegExp(`^rogatory: build interrupted \\(${signal}\\): \\d+ file\\(s\\) written to out and recorded in \\.rogatory-build\\.json${replacing}; build again to finish\n$`));
            }
            const onDisk = listing(path.join(dir, 'out'));
            expect(onDisk.filter(f => f.endsWith('.tmp'))).toEqual([]);
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', MANIFEST_NAME), 'utf8'));
            expect(Object.keys(manifest.files).sort()).toEqual(onDisk.filter(f => f !== MANIFEST_NAME));
            // A build again replaces what the interrupted one wrote, without --force.
            const again = await rogatory(dir, 'build', ...Array.from({ length: 8 }, (_, i) => `ws/copy${i + 1}.rog`), '--to', 'md', '--out', 'out');
            expect(again.err).not.toContain('not built');
            expect(again.code).toBe(0);
        }
    }, 120_000);

    test.skipIf(!hasCommand('python3'))('the terminal closed mid-build (an ssh connection lost): exit 129 with every file recorded, not a write error on the lost terminal', () => {
        const dir = workspace();
        const example = fs.readFileSync(path.join(dir, 'ws', 'good.rog'), 'utf8');
        for (let i = 1; i <= 8; i++) fs.writeFileSync(path.join(dir, 'ws', `copy${i}.rog`), example.replaceAll('REG-2026-0101', `REG-2026-071${i}`));
        // The build on a terminal of its own (a pseudo-terminal, its controlling one), closed once the first
        // output is on disk: the kernel sends SIGHUP, and writing to the terminal then fails with EIO.
        const script = [
            'import glob, os, pty, sys, time',
            'pid, fd = pty.fork()',
            'if pid == 0: os.execv(sys.argv[1], sys.argv[1:])',
            'while not glob.glob("out/REG-*"): time.sleep(0.005)',
            'os.close(fd)',
            'print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))'
        ].join('\n');
        const run = spawnSync('python3', ['-c', script, process.execPath, path.join(REPO, 'packages/cli/bin/rogatory.js'), 'build',
            ...Array.from({ length: 8 }, (_, i) => `ws/copy${i + 1}.rog`), '--to', 'docx,pdf,html,md,json', '--lang', 'en,fr', '--out', 'out'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        // 0 only if the build won the race and finished before the terminal was closed.
        expect(['129', '0']).toContain(run.stdout.trim());
        const onDisk = listing(path.join(dir, 'out'));
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', MANIFEST_NAME), 'utf8'));
        expect(Object.keys(manifest.files).sort()).toEqual(onDisk.filter(f => f !== MANIFEST_NAME));
    }, 60_000);

    test.skipIf(!CAN_STRACE)('each output reaches the disk before it takes its name, and the folder after (no empty document after a power loss)', () => {
        const dir = workspace();
        const log = path.join(dir, 'strace.log');
        const run = spawnSync('strace', ['-f', '-y', '-e', 'trace=fsync,rename,renameat,renameat2', '-o', log,
            process.execPath, path.join(REPO, 'packages/cli/bin/rogatory.js'), 'build', 'ws/good.rog', '--to', 'md,pdf', '--out', 'out'], { cwd: dir, encoding: 'utf8' });
        expect(run.status).toBe(0);
        const calls = fs.readFileSync(log, 'utf8').split('\n').map(line => line.replace(/^\d+\s+/, ''));
        const out = fs.realpathSync(path.join(dir, 'out'));
        const written = listing(out);
        expect(written).toHaveLength(5);
        let lastRename = -1;
        for (const file of written) {
            const renamed = calls.findIndex(c => new RegExp(`^rename(at2?)?\\(.*"${out}/(\\.${file.replace(/\./g, '\\.')}\\.[0-9a-f]+\\.tmp)", .*"${out}/${file.replace(/\./g, '\\.')}"`).test(c));
            expect(renamed, file).toBeGreaterThan(0);
            const temporary = /"[^"]*\/(\.[^"/]+\.tmp)"/.exec(calls[renamed])![1];
            const synced = calls.findIndex(c => c.startsWith('fsync(') && c.includes(`${out}/${temporary}>`));
            expect(synced, file).toBeGreaterThanOrEqual(0);
            expect(synced, file).toBeLessThan(renamed);
            lastRename = Math.max(lastRename, renamed);
        }
        expect(calls.slice(lastRename).some(c => c.startsWith('fsync(') && c.includes(`<${out}>`))).toBe(true);
    });

    test('a manifest that cannot be used is named in one warning, not replaced silently', async () => {
        const dir = workspace();
        const first = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
        expect(first.err).not.toContain('warning');
        const manifest = path.join(dir, 'out', MANIFEST_NAME);
        for (const [content, why] of [['{ "version": 1, "files": {', 'is not valid JSON'], ['{ "version": 2 }', 'is not a manifest of rogatory build (version 1)']]) {
            fs.writeFileSync(manifest, content);
            const again = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out');
            expect(again.code).toBe(1); // its outputs are no longer known as its own
            expect(again.err.split('\n').filter(l => l.includes(MANIFEST_NAME))).toEqual([
                `rogatory: warning: out/${MANIFEST_NAME} ${why}: it will be replaced, and the files it recorded count as not written by rogatory`
            ]);
            expect(again.err).toContain("REG-2026-0101 not built: 'REG-2026-0101.en.md' exists and was not written by rogatory;");
            const forced = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--force');
            expect(forced.code).toBe(0);
            expect(Object.keys(JSON.parse(fs.readFileSync(manifest, 'utf8')).files)).toHaveLength(2);
        }
        // A named pipe in its place is not waited on (a writer after 5 s would end the wait, with a text that is no manifest).
        fs.rmSync(manifest);
        execFileSync('mkfifo', [manifest]);
        const writer = spawn('sh', ['-c', `sleep 5; : > ${MANIFEST_NAME}`], { cwd: path.join(dir, 'out'), stdio: 'ignore' });
        try {
            const overPipe = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--force');
            expect(overPipe.err.split('\n').filter(l => l.includes(MANIFEST_NAME))).toEqual([
                `rogatory: warning: out/${MANIFEST_NAME} cannot be read (it is a named pipe (FIFO), not a file): it will be replaced, and the files it recorded count as not written by rogatory`
            ]);
            expect(overPipe.code).toBe(0);
            expect(fs.lstatSync(manifest).isFile()).toBe(true);
        } finally {
            writer.kill();
        }
    });

    test('never replaces a symbolic link, even with --force', async () => {
        const dir = workspace();
        fs.mkdirSync(path.join(dir, 'out'));
        fs.writeFileSync(path.join(dir, 'target.txt'), 'outside');
        fs.symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'out', 'REG-2026-0101.en.md'));
        const result = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', 'out', '--force');
        expect(result.code).toBe(1);
        expect(result.err).toContain('is not a regular file');
        expect(fs.readFileSync(path.join(dir, 'target.txt'), 'utf8')).toBe('outside');
    });

    test('a broken symbolic link as --out (or on its way) is said to be one, and left alone', async () => {
        const dir = workspace();
        fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'out'));
        for (const out of ['out', 'out/sub']) {
            expect(await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', out))
                .toEqual({ code: 2, out: '', err: "rogatory: cannot create the folder 'out': it is a broken symbolic link (its target does not exist)\n" });
        }
        expect(fs.readlinkSync(path.join(dir, 'out'))).toBe(path.join(dir, 'gone'));
        expect(fs.existsSync(path.join(dir, 'gone'))).toBe(false);
    });

    test('refuses annex files outside the workspace, even as a draft', async () => {
        const dir = workspace();
        const result = await rogatory(dir, 'build', 'ws/escape.rog', '--to', 'md', '--out', 'out', '--draft');
        expect(result.code).toBe(1);
        expect(result.err).toMatch(/REG-2026-0500 not built: annex file '..\/..\/outside\/identification.pdf' is outside the workspace/);
    });

    test('an annex is inside the workspace by its path, not by how its name starts: `..scan.pdf` is in, a sibling `ws2`, the workspace itself and a link leading out are not', async () => {
        const dir = workspace();
        const ws = path.join(dir, 'ws');
        const example = fs.readFileSync(path.join(ws, 'good.rog'), 'utf8');
        fs.mkdirSync(path.join(dir, 'ws2'));
        fs.mkdirSync(path.join(dir, 'outside'));
        fs.symlinkSync(path.join(dir, 'outside'), path.join(ws, 'link'));
        for (const file of ['..scan.pdf', path.join('ws2', 'id.pdf'), path.join('outside', 'id.pdf')]) fs.writeFileSync(path.join(file.startsWith('..') ? ws : dir, file), 'pdf');
        const annexed = (name: string, file: string) => fs.writeFileSync(path.join(ws, `${name}.rog`),
            example.replace('REG-2026-0101', name).replace('{ classification under-seal }', `{ file "${file}" classification under-seal }`));
        annexed('REG-2026-0601', '..scan.pdf');
        annexed('REG-2026-0602', '../ws2/id.pdf');
        annexed('REG-2026-0603', '.');
        annexed('REG-2026-0604', 'link/id.pdf');
        const built = await rogatory(dir, 'build', 'ws/REG-2026-0601.rog', '--to', 'md', '--out', 'out', '--draft');
        expect(built.err).not.toContain('not built');
        expect(listing(path.join(dir, 'out'))).toContain('REG-2026-0601.en.md');
        for (const [name, file] of [['REG-2026-0602', '../ws2/id.pdf'], ['REG-2026-0603', '.'], ['REG-2026-0604', 'link/id.pdf']]) {
            const refused = await rogatory(dir, 'build', `ws/${name}.rog`, '--to', 'md', '--out', 'out', '--draft');
            expect([refused.code, refused.err], name).toEqual([1, expect.stringContaining(`rogatory: ${name} not built: annex file '${file}' is outside the workspace (${ws})\n`)]);
        }
    });

    test('usage errors exit 2; --help documents the exit codes', async () => {
        const dir = workspace();
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--to', 'docx,odt', '--out', 'out')).code).toBe(2);
        expect((await rogatory(dir, 'build', 'ws/good.rog', '--lang', 'de', '--out', 'out')).code).toBe(2);
        // --format, as check and register take it, is pointed to --to (Commander would suggest --force).
        expect(await rogatory(dir, 'build', 'ws/good.rog', '--out', 'out', '--format', 'pdf'))
            .toEqual({ code: 2, out: '', err: 'rogatory: build takes its output formats as --to (docx, pdf, html, md, json), not --format\n' });
        expect((await rogatory(dir, 'build', 'ws/good.rog')).code).toBe(2); // --out is required
        // Given twice, --to and --lang add up, as their comma-separated lists do: the last alone silently built less than asked.
        // Either case is taken (`--to JSON`, `--lang EN`), as a CI file or a habit may write them.
        const twice = await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--lang', 'fr', '--to', 'JSON,md', '--lang', 'EN', '--out', 'twice');
        expect([twice.code, listing(path.join(dir, 'twice')).filter(f => !f.startsWith('.'))]).toEqual([0, ['REG-2026-0101.en.json', 'REG-2026-0101.en.md', 'REG-2026-0101.fr.json', 'REG-2026-0101.fr.md',
            'REG-2026-0101.note-verbale.en.json', 'REG-2026-0101.note-verbale.en.md', 'REG-2026-0101.note-verbale.fr.json', 'REG-2026-0101.note-verbale.fr.md']]);
        fs.rmSync(path.join(dir, 'twice'), { recursive: true });
        // An empty --out (a shell variable not set) is not the current folder.
        expect(await rogatory(dir, 'build', 'ws/good.rog', '--to', 'md', '--out', '')).toEqual({ code: 2, out: '', err: 'rogatory: --out expects a folder, not an empty name\n' });
        expect(listing(dir)).toEqual(['ws']);
        // Files without a request: said, and no output folder made.
        fs.writeFileSync(path.join(dir, 'ws', 'empty.rog'), '');
        for (const [file, why] of [['ws/empty.rog', 'the files hold declarations only, or nothing'], ['ws/declarations.rog', 'the files hold declarations only, or nothing']]) {
            const { code, err } = await rogatory(dir, 'build', file, '--out', 'none');
            expect([code, err.trim()]).toEqual([2, `rogatory: no request to build in ${file}: ${why}`]);
        }
        expect(fs.existsSync(path.join(dir, 'none'))).toBe(false);
        const help = await rogatory(dir, 'build', '--help');
        expect(help.out).toMatch(/Exit codes:\n\s+0 {2}every request was built\n\s+1 {2}a request was refused/);
    });
});

describe('the output folder', () => {
    test('resolves only paths inside it', async () => {
        const dir = tempDir('out');
        dirs.push(dir);
        const folder = await OutputFolder.open(dir);
        expect(folder.resolve('REG-1.en.pdf')).toBe(path.join(dir, 'REG-1.en.pdf'));
        for (const escaping of ['../x.pdf', '/etc/passwd', 'a/../../x', MANIFEST_NAME, '', '.', `../${path.basename(dir)}2/x.pdf`, '../..x/x.pdf']) expect(folder.resolve(escaping), escaping).toBeUndefined();
        expect(await folder.check('../x.pdf', 'REG-1', true)).toEqual({ kind: 'outside-out', file: '../x.pdf' });
        // A name that only starts with two dots is a file of the folder.
        expect(folder.resolve('..x.pdf')).toBe(path.join(dir, '..x.pdf'));
        // A symbolic link inside it, leading out, is never written through, even forced.
        const outside = tempDir('outside');
        dirs.push(outside);
        fs.symlinkSync(path.join(outside, 'x.pdf'), path.join(dir, 'REG-1.en.pdf'));
        expect(await folder.check('REG-1.en.pdf', 'REG-1', true)).toEqual({ kind: 'not-ours', file: 'REG-1.en.pdf', reason: 'not-a-file' });
        expect(fs.existsSync(path.join(outside, 'x.pdf'))).toBe(false);
    });

    test('is created level by level, and where it cannot be an error comes back (Node\'s recursive mkdir spins under /proc)', async () => {
        const dir = tempDir('levels');
        dirs.push(dir);
        const folder = await OutputFolder.open(path.join(dir, 'a', 'b', 'c'));
        expect(folder.resolve('x.pdf')).toBe(path.join(dir, 'a', 'b', 'c', 'x.pdf'));
        expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
        await expect(OutputFolder.open('/proc/rogatory-out/sub')).rejects.toMatchObject({ code: 'ENOENT' });
    }, 10_000);

    test('an atomic write that fails leaves neither the target changed nor a temporary file', async () => {
        const dir = tempDir('atomic');
        dirs.push(dir);
        fs.mkdirSync(path.join(dir, 'taken')); // rename onto a folder fails
        await expect(writeAtomically(path.join(dir, 'taken'), new Uint8Array([1, 2, 3]))).rejects.toThrow();
        expect(listing(dir)).toEqual(['taken']);
        await writeAtomically(path.join(dir, 'file.txt'), new TextEncoder().encode('hello'));
        expect(listing(dir)).toEqual(['file.txt', 'taken']);
        expect(fs.readFileSync(path.join(dir, 'file.txt'), 'utf8')).toBe('hello');
    });
});
