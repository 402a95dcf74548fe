import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    CheckWorkspaceRequest, ExportRequest, RenderRequest, StatesRequest,
    type CheckWorkspaceResult, type ExportParams, type ExportResult, type RenderParams, type RenderResult, type StateItem, type StatesParams
} from '../../language/src/lsp/protocol.js';
import { REQUEST_KINDS, requestSkeleton, type RequestKindName } from '../../language/src/skeleton.js';
import { PreviewPanel } from './preview.js';

// Export is wired to the server's rogatory/export, which does not answer yet (the generator
// writes files through the CLI's output folder only); until it does, it is not in the UI.
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
    const activeRog = (): vscode.TextDocument | undefined => {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === 'rogatory' ? document : undefined;
    };
    const exportAs = (format: 'docx' | 'pdf') => async () => {
        const document = activeRog();
        if (!document) return vscode.window.showWarningMessage('Open a .rog request to export it.');
        await document.save();
        const config = vscode.workspace.getConfiguration('rogatory');
        const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(document.uri.fsPath);
        const params: ExportParams = {
            uri: document.uri.toString(),
            formats: [format],
            langs: config.get<Array<'en' | 'fr'>>('export.languages', ['en', 'fr']),
            outDir: path.resolve(folder, config.get<string>('export.folder', 'build/documents'))
        };
        const result = await client.sendRequest<ExportResult>(ExportRequest, params);
        if (result.error) return vscode.window.showErrorMessage(`Rogatory: ${result.error}`);
        const open = 'Reveal';
        const choice = await vscode.window.showInformationMessage(`Rogatory: wrote ${result.files.map(f => path.basename(f)).join(', ')}`, open);
        if (choice === open && result.files[0]) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.files[0]));
        return result;
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('rogatory.previewRequest', () => {
            const document = activeRog();
            if (!document) return vscode.window.showWarningMessage('Open a .rog request to preview it.');
            return PreviewPanel.show(context, document, lang => client.sendRequest<RenderResult>(RenderRequest, { uri: document.uri.toString(), lang } satisfies RenderParams));
        }),
        vscode.commands.registerCommand('rogatory.exportDocx', exportAs('docx')),
        vscode.commands.registerCommand('rogatory.exportPdf', exportAs('pdf')),
        vscode.commands.registerCommand('rogatory.checkWorkspace', async () => {
            const result = await client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest);
            await vscode.commands.executeCommand('workbench.actions.view.problems');
            vscode.window.showInformationMessage(`Rogatory: ${result.files} files checked: ${result.errors} errors, ${result.warnings} warnings, ${result.infos} information items.`);
            return result;
        }),
        vscode.commands.registerCommand('rogatory.newRequest', async (preset?: { kind?: RequestKindName; state?: string; reference?: string; folder?: string }) => {
            const kind = preset?.kind ?? (await vscode.window.showQuickPick(REQUEST_KINDS.map(k => ({ label: k.label, description: k.provisions, requestKind: k.kind })), { title: 'New request: kind' }))?.requestKind;
            if (!kind) return undefined;
            const date = new Date().toISOString().slice(0, 10);
            let state = preset?.state;
            if (!state) {
                const states = await client.sendRequest<StateItem[]>(StatesRequest, { date } satisfies StatesParams);
                state = (await vscode.window.showQuickPick(states.map(s => ({ label: s.name, description: [s.alpha2, s.nameFr].filter(Boolean).join(' · '), detail: s.status })),
                    { title: 'New request: requested State', matchOnDescription: true, matchOnDetail: false }))?.label;
            }
            if (!state) return undefined;
            const reference = preset?.reference ?? await vscode.window.showInputBox({ title: 'New request: reference', value: `OTP-${date.slice(0, 4)}-`, validateInput: v => /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/.test(v) ? undefined : 'Letters, digits and hyphens, e.g. OTP-2026-0042' });
            if (!reference) return undefined;
            const text = requestSkeleton({ reference, kind, state, date });
            const folder = preset?.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
            if (!folder) {
                return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'rogatory', content: text }));
            }
            const uri = vscode.Uri.file(path.join(folder, 'requests', `${reference}.rog`));
            try {
                await vscode.workspace.fs.stat(uri);
                return vscode.window.showErrorMessage(`Rogatory: ${vscode.workspace.asRelativePath(uri)} already exists.`);
            } catch { /* free: write it */ }
            await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
            return vscode.window.showTextDocument(uri);
        })
    );
}
