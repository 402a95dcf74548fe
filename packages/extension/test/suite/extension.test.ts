import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/**
 * The extension as a legal officer meets it, in a real VS Code: activation, diagnostics in
 * the Problems list, State completion, a quick fix, provision hover, go-to-definition into the built-in
 * library, the preview, export to DOCX, the register and its export. The workspace is a copy of examples/ (the harness
 * opens it); ROGATORY_TEST_WORKSPACE names it.
 */
const workspace = () => vscode.workspace.workspaceFolders![0].uri;

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
        const value = await probe();
        if (value !== undefined && value !== false) return value as T;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise(r => setTimeout(r, 200));
    }
}

async function open(relative: string, text?: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.joinPath(workspace(), relative);
    if (text !== undefined) await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

const REQUEST = `request OTP-2026-9001 {
  kind assistance art. 93(1)(b)
  from Prosecutor transmitted-by Office-of-the-Prosecutor
  situation ICC-01/09
  to State "Kenya" via diplomatic-channel language English
  classification confidential
  dated 2026-11-22
  legal-basis art. 93(1)(b), art. 96(1)
  purpose "To take the testimony of a witness."
  grounds "The witness lives in Kenya."
  facts "The facts."
  legal-basis art. 96(2)(g)
}
`;

describe('Rogatory in VS Code', () => {
    it('activates on a .rog file', async () => {
        await open('ext-test/activation.rog', 'person P-ExtTest { name "Test Person" }\n');
        const extension = vscode.extensions.all.find(e => e.packageJSON.name === 'rogatory')!;
        assert.ok(extension, 'the extension is installed');
        await until('activation', () => extension.isActive);
    });

    // Early, while the workspace is the examples (the files the later tests write change its classification and rows).
    it('exports the register of the workspace folder as an HTML report and as CSV into build/documents, file names relative to the folder', async () => {
        type Result = { file?: string; asOf?: string; requests?: number; error?: string };
        const read = async (file: string) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(file))).toString('utf8');
        const html = await vscode.commands.executeCommand<Result>('rogatory.exportRegister', { format: 'html' });
        assert.equal(html.error, undefined);
        assert.equal(html.file, vscode.Uri.joinPath(workspace(), 'build', 'documents', `register-${html.asOf}.html`).fsPath);
        const page = await read(html.file!);
        assert.equal(page.match(/<p class="classification">UNDER SEAL<\/p>/g)?.length, 2, 'the highest classification of the requests, at the top and at the bottom');
        assert.ok(!page.includes(workspace().fsPath), 'no absolute path in the report');
        const csv = await vscode.commands.executeCommand<Result>('rogatory.exportRegister', { format: 'csv' });
        assert.equal(csv.file, vscode.Uri.joinPath(workspace(), 'build', 'documents', `register-${csv.asOf}.csv`).fsPath);
        const lines = (await read(csv.file!)).trimEnd().split('\n');
        assert.match(lines[0], /^\uFEFFreference,kind,forms,addressee,/);
        assert.ok(csv.requests! > 20, `${csv.requests} requests`);
        assert.equal(lines.length - 1, csv.requests, 'one row per request');
        for (const line of lines.slice(1)) assert.ok(page.includes(`<th scope="row">${line.split(',')[0]}`), `${line.split(',')[0]} in the HTML report`);
        assert.ok(lines.some(line => line.endsWith(',assistance/OTP-2026-0201-evidence-and-records.rog,')), 'the file of a request, from the workspace folder');
    });

    it('shows diagnostics in the Problems list with their code and provision', async () => {
        const editor = await open('ext-test/diagnostics.rog', REQUEST);
        const diagnostics = await until('diagnostics', () => {
            const found = vscode.languages.getDiagnostics(editor.document.uri);
            return found.some(d => d.code === 'unknown-provision' || (d.code as { value?: string })?.value === 'unknown-provision') ? found : undefined;
        });
        const unknown = diagnostics.find(d => String((d.code as { value?: string })?.value ?? d.code) === 'unknown-provision')!;
        assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(unknown.range.start.line, 11);
        assert.match(unknown.message, /art\. 96\(2\)\(g\) does not exist/);
        assert.equal(unknown.source, 'rogatory');
    });

    it('completes "Kenya" after to State "Ke', async () => {
        const editor = await open('ext-test/completion.rog', 'request OTP-2026-9002 {\n  to State "Ke\n}\n');
        const items = await until('completion items', async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(1, 14));
            return list.items.length ? list.items : undefined;
        });
        const kenya = items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'Kenya');
        assert.ok(kenya, `Kenya among ${items.slice(0, 10).map(i => typeof i.label === 'string' ? i.label : i.label.label).join(', ')}`);
        assert.match(String(kenya.detail ?? (typeof kenya.label === 'string' ? '' : kenya.label.description)), /State Party/);
    });

    it('offers the State probably meant for a name that resolves to nothing, and writes it', async () => {
        const editor = await open('ext-test/quick-fix.rog', REQUEST.replace('"Kenya"', '"Tanzania"'));
        const unresolved = await until('the unresolved State', () => vscode.languages.getDiagnostics(editor.document.uri)
            .find(d => String((d.code as { value?: string })?.value ?? d.code) === 'unresolved-reference'));
        assert.equal(unresolved.message, 'No State named "Tanzania" in the built-in list: did you mean "United Republic of Tanzania"?');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, unresolved.range);
        const fix = actions.find(a => a.title === 'Replace with `"United Republic of Tanzania"`');
        assert.ok(fix?.edit, `quick fixes offered: ${actions.map(a => a.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(editor.document.lineAt(4).text, /^ {2}to State "United Republic of Tanzania" via/);
    });

    it('shows the text of a provision on hover', async () => {
        const editor = await open('ext-test/hover.rog', REQUEST);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 20));
        const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /93\(1\)\(b\)/);
        assert.match(text, /taking of evidence/i);
    });

    it('shows rule 188\'s time limit as an inlay hint after a provisional arrest\'s date', async () => {
        const editor = await open('ext-test/inlay-hint.rog', 'request REG-2026-9003 {\n  kind provisional-arrest\n  status arrested 2026-10-02\n}\n');
        const hints = await until('the inlay hint', async () => {
            const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', editor.document.uri, new vscode.Range(0, 0, 4, 0));
            return found.length ? found : undefined;
        });
        assert.deepEqual(hints.map(h => [h.position.line, h.position.character, typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')]),
            [[2, 28, 'rule 188: by 2026-12-01']]);
    });

    it('links an annex\'s file to the file, for Ctrl+click', async () => {
        const editor = await open('follow-up/OTP-2026-0400-whereabouts-and-records.rog');
        const links = await until('the annex link', async () => {
            const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
            return found.length ? found : undefined;
        });
        assert.deepEqual(links.map(l => [editor.document.getText(l.range), l.target && vscode.workspace.asRelativePath(l.target)]),
            [['annexes/OTP-2026-0400/schedule-of-records.txt', 'follow-up/annexes/OTP-2026-0400/schedule-of-records.txt']]);
    });

    it('goes to the definition of a State in the read-only built-in library', async () => {
        const editor = await open('ext-test/definition.rog', REQUEST);
        const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, new vscode.Position(4, 14));
        const target = locations.map(l => ('targetUri' in l ? l.targetUri : l.uri))[0];
        assert.equal(target?.scheme, 'builtin');
        const builtin = await vscode.workspace.openTextDocument(target!);
        assert.match(builtin.getText(), /state "Kenya"/);
    });

    it('opens the preview of the request, rendered by the document generator, with a strict CSP', async () => {
        await open('ext-test/preview.rog', REQUEST);
        await vscode.commands.executeCommand('rogatory.previewRequest');
        await until('the preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => /^Preview preview\.rog/.test(t.label)));
        const api = vscode.extensions.getExtension<{ previewHtml(): string | undefined }>('rogatory.rogatory')!.exports;
        const html = await until('the rendered request', () => (api.previewHtml()?.includes('CONFIDENTIAL') ? api.previewHtml() : undefined));
        assert.match(html!, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
        assert.match(html!, /To take the testimony of a witness\./);
        assert.match(html!, /DRAFT/); // the request still has an error (art. 96(2)(g))
    });

    it('previews the request of the editor now active, in English or French', async () => {
        const api = vscode.extensions.getExtension<{ previewHtml(): string | undefined }>('rogatory.rogatory')!.exports;
        await open('ext-test/preview-second.rog', REQUEST.replace('OTP-2026-9001', 'OTP-2026-9004').replace('To take the testimony of a witness.', 'To obtain the second file.'));
        await vscode.commands.executeCommand('rogatory.previewRequest');
        await until('the second request in the preview', () => api.previewHtml()?.includes('To obtain the second file.'));
        await until('the preview tab named after it', () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.label === 'Preview preview-second.rog (English)'));
        await vscode.commands.executeCommand('rogatory.previewLanguage');
        const french = await until('the French rendering', () => (/<html lang="fr">/.test(api.previewHtml() ?? '') ? api.previewHtml() : undefined));
        assert.match(french!, /To obtain the second file\./);
        await open('ext-test/preview.rog');
        await until('the first request, still in French', () => /<html lang="fr">/.test(api.previewHtml() ?? '') && api.previewHtml()!.includes('To take the testimony of a witness.'));
        await vscode.commands.executeCommand('rogatory.previewLanguage');
    });

    it('exports a valid request as DOCX, in English and French, into build/documents', async () => {
        await open('assistance/OTP-2026-0201-evidence-and-records.rog');
        const result = await vscode.commands.executeCommand<{ files: string[]; error?: string }>('rogatory.exportDocx');
        assert.equal(result.error, undefined);
        const names = result.files.map(f => f.split(/[\\/]/).pop()).sort();
        assert.deepEqual(names, ['OTP-2026-0201.en.docx', 'OTP-2026-0201.fr.docx', 'OTP-2026-0201.note-verbale.en.docx', 'OTP-2026-0201.note-verbale.fr.docx']);
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspace(), 'build', 'documents', 'OTP-2026-0201.en.docx'));
        assert.equal(Buffer.from(bytes.slice(0, 2)).toString('latin1'), 'PK', 'a DOCX is a zip package');
    });

    it('refuses to export a request with errors, and exports it as a draft when asked', async () => {
        await open('ext-test/export-draft.rog', REQUEST.replace('OTP-2026-9001', 'OTP-2026-9003'));
        const refused = await vscode.commands.executeCommand<{ files: string[]; error?: string }>('rogatory.exportDocx');
        assert.deepEqual(refused.files, []);
        assert.match(refused.error ?? '', /OTP-2026-9003 has \d+ error\(s\).*art\. 96\(2\)\(g\) does not exist/);
        const draft = await vscode.commands.executeCommand<{ files: string[]; error?: string }>('rogatory.exportDocx', { draft: true });
        assert.equal(draft.error, undefined);
        assert.equal(draft.files.length, 4);
    });

    it('does not export a request never saved, and says to save it', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'rogatory', content: REQUEST.replace('OTP-2026-9001', 'OTP-2026-9005') }));
        const result = await vscode.commands.executeCommand<{ files: string[]; error?: string }>('rogatory.exportDocx', { draft: true });
        assert.deepEqual(result.files, []);
        assert.match(result.error ?? '', /save the request in a workspace folder before exporting it/);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('creates a new request from the kind and the State or organisation', async () => {
        await vscode.commands.executeCommand('rogatory.newRequest', { kind: 'transit', state: 'Kenya', reference: 'OTP-2026-9999' });
        const editor = await until('the new request', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/requests/OTP-2026-9999.rog') ? vscode.window.activeTextEditor : undefined);
        assert.match(editor.document.getText(), /^request OTP-2026-9999 \{\n {2}kind transit\n/);
        assert.match(editor.document.getText(), /to State "Kenya" via diplomatic-channel/);
        // Or to an intergovernmental organisation (art. 87(6)).
        await vscode.commands.executeCommand('rogatory.newRequest', { kind: 'assistance', organisation: 'United Nations', reference: 'OTP-2026-9998' });
        const other = await until('the request to the organisation', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/requests/OTP-2026-9998.rog') ? vscode.window.activeTextEditor : undefined);
        assert.match(other.document.getText(), /\n {2}to organisation "United Nations" language English\n/);
    });

    it('shows the register in the Explorer, by State and stage, overdue requests marked', async () => {
        const api = vscode.extensions.getExtension<{ registerView: vscode.TreeDataProvider<unknown> }>('rogatory.rogatory')!.exports;
        const view = api.registerView;
        const states = await until('the register', async () => { const c = await view.getChildren(); return c && c.length ? c : undefined; });
        const labels = states!.map(n => String(view.getTreeItem(n as never) instanceof Promise ? '' : (view.getTreeItem(n as never) as vscode.TreeItem).label));
        assert.ok(labels.includes('Kenya'), labels.join(', '));
        const kenya = states![labels.indexOf('Kenya')];
        const stages = (await view.getChildren(kenya))!.map(n => (view.getTreeItem(n as never) as vscode.TreeItem).label);
        assert.ok(stages.length > 0 && stages.every(s => ['Open', 'Drafts', 'Closed'].includes(String(s))), stages.join(', '));
    });

    it('opens a request clicked in the register at the line where it starts', async () => {
        const api = vscode.extensions.getExtension<{ registerView: vscode.TreeDataProvider<unknown> }>('rogatory.rogatory')!.exports;
        const view = api.registerView;
        await open('ext-test/register-line.rog', 'person P-RegisterLine { name "Register Line" }\n\nrequest OTP-2026-9007 {\n  dated 2026-11-22\n  to State "Tuvalu"\n}\n');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        const item = await until('OTP-2026-9007 in the register', async () => {
            for (const state of (await view.getChildren()) ?? []) for (const stage of (await view.getChildren(state)) ?? []) for (const request of (await view.getChildren(stage)) ?? []) {
                const found = view.getTreeItem(request as never) as vscode.TreeItem;
                if (found.label === 'OTP-2026-9007') return found;
            }
            return undefined;
        });
        await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
        const editor = await until('the request opened', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/ext-test/register-line.rog') ? vscode.window.activeTextEditor : undefined);
        assert.equal(editor.selection.active.line, 2);
    });

    it('keeps the register up to date: a request file deleted leaves it, one edited shows its new State', async () => {
        const api = vscode.extensions.getExtension<{ registerView: vscode.TreeDataProvider<unknown> }>('rogatory.rogatory')!.exports;
        const view = api.registerView;
        const addressees = async () => ((await view.getChildren()) ?? []).map(n => String((view.getTreeItem(n as never) as vscode.TreeItem).label));
        const file = 'ext-test/register-live.rog';
        const request = (state: string) => `request OTP-2026-9006 {\n  dated 2026-11-22\n  to State "${state}"\n}\n`;
        const editor = await open(file, request('Iceland'));
        await until('Iceland in the register', async () => (await addressees()).includes('Iceland'));
        await editor.edit(b => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), request('Samoa')));
        await until('Samoa in the register, as typed', async () => { const a = await addressees(); return a.includes('Samoa') && !a.includes('Iceland'); });
        await editor.document.save();
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspace(), file));
        await until('the deleted request gone from the register', async () => !(await addressees()).includes('Samoa'));
    });
});
