import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    CheckWorkspaceRequest, ExportRegisterRequest, ExportRequest, FreeReferenceRequest, NewRequestRequest, RenderRequest, StatesRequest,
    type CheckWorkspaceResult, type ExportParams, type ExportRegisterParams, type ExportRegisterResult, type ExportResult, type FreeReferenceParams, type NewRequestParams, type NewRequestResult, type RenderParams, type RenderResult, type StateItem, type StatesParams
} from '../../language/src/lsp/protocol.js';
import { REGISTER_FORMATS, type RegisterFormat } from '../../language/src/register/formats.js';
import { isReferenceName, referencePrefix, REQUEST_KINDS, type RequestKindName, type SkeletonAddressee } from '../../language/src/skeleton.js';
import { today } from '../../language/src/states/dates.js';
import { relativeInside } from '../../language/src/workspace/paths.js';
import { PreviewPanel } from './preview.js';
import { registerAsOf } from './register-view.js';

/** `1 file`, `2 files`, `0 errors`. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Where the exports of the workspace folder `folder` go: the setting rogatory.export.folder (read for `scope`), from that
 * folder. Confidential documents and registers land only where the officer expects them: inside the workspace folder
 * (`..` or an absolute path elsewhere is refused, not followed, and said as an error). `what`: "documents are".
 */
function exportFolder(folder: string, scope: vscode.Uri, what: string): string | { error: string } {
    const setting = vscode.workspace.getConfiguration('rogatory', scope).get<string>('export.folder', 'build/documents');
    const outDir = path.resolve(folder, setting);
    if (relativeInside(folder, outDir) !== undefined) return outDir;
    const error = `the setting rogatory.export.folder ("${setting}") leads outside the workspace folder, and ${what} exported only inside it: set a folder relative to it, such as build/documents.`;
    void vscode.window.showErrorMessage(`Rogatory: ${error}`);
    return { error };
}

/** The register's formats as the quick pick offers them. */
const REGISTER_FORMAT_ITEMS: Array<vscode.QuickPickItem & { format: RegisterFormat }> = [
    { label: 'HTML report', description: '.html', detail: 'A self-contained page: a table that sorts and filters, summaries and charts, the highest classification on every page', format: 'html' },
    { label: 'CSV', description: '.csv', detail: 'For a spreadsheet: one row per request', format: 'csv' },
    { label: 'JSON', description: '.json', detail: 'The rows and summaries, for another program', format: 'json' }
];

/**
 * A report opened from "Open": the HTML page in the system's browser, where its table sorts and its charts show, when
 * the file is on this machine (a desktop window, not remote); otherwise (a remote or web window, whose browser cannot
 * reach the file, or no browser) its text in the editor, as the CSV and the JSON are.
 */
async function openReport(file: string, format: RegisterFormat): Promise<void> {
    const uri = vscode.Uri.file(file);
    if (format === 'html' && vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName && await vscode.env.openExternal(uri)) return;
    await vscode.window.showTextDocument(uri);
}

/** The commands of the palette and the editor title bar; each asks the server and shows the outcome. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, workspaceChanged: vscode.Event<void>): void {
    const activeRog = (): vscode.TextDocument | undefined => {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === 'rogatory' ? document : undefined;
    };
    // Export: the server writes the documents into rogatory.export.folder (inside the workspace
    // folder, or refused) exactly as `rogatory build` would. Messages are not awaited, so the command
    // returns its result at once (the tests read it) while the officer reads the message.
    const exportDocuments = async (document: vscode.TextDocument, format: 'docx' | 'pdf', options: { draft?: boolean; force?: boolean } = {}): Promise<ExportResult> => {
        // The documents go beside the file's workspace folder: a request never saved (untitled) has
        // none, and one that could not be saved would be exported from text that is not on disk.
        if (document.isUntitled || !(await document.save())) {
            const error = document.isUntitled ? 'save the request in a workspace folder before exporting it.' : `${vscode.workspace.asRelativePath(document.uri)} could not be saved: save it, then export again.`;
            void vscode.window.showErrorMessage(`Rogatory: ${error}`);
            return { files: [], error };
        }
        const config = vscode.workspace.getConfiguration('rogatory', document.uri);
        const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? path.dirname(document.uri.fsPath);
        const outDir = exportFolder(folder, document.uri, 'documents are');
        if (typeof outDir !== 'string') return { files: [], ...outDir };
        const params: ExportParams = {
            uri: document.uri.toString(),
            formats: [format],
            langs: config.get<Array<'en' | 'fr'>>('export.languages', ['en', 'fr']),
            outDir,
            workspaceRoot: folder,
            ...options
        };
        const result = await client.sendRequest<ExportResult>(ExportRequest, params);
        if (result.error) {
            // A draft is offered only where it would be written: a request refused for its errors (not a
            // file that holds no request, nor a folder that cannot be written, which a draft would meet again).
            const retry = result.replaceable ? 'Replace' : result.draftable && !options.draft ? 'Export as draft' : undefined;
            void vscode.window.showErrorMessage(`Rogatory: ${result.error}`, ...(retry ? [retry] : [])).then(choice => {
                if (choice === 'Replace') void exportDocuments(document, format, { ...options, force: true });
                if (choice === 'Export as draft') void exportDocuments(document, format, { ...options, draft: true });
            });
            return result;
        }
        for (const warning of result.warnings ?? []) void vscode.window.showWarningMessage(`Rogatory: ${warning}`);
        const reveal = 'Reveal in folder';
        void vscode.window.showInformationMessage(`Rogatory: wrote ${result.files.map(f => path.basename(f)).join(', ')}${options.draft ? ' (DRAFT)' : ''}`, reveal).then(choice => {
            if (choice === reveal && result.files[0]) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.files[0]));
        });
        return result;
    };
    // From the editor's title bar or context menu, VS Code passes the file's URI as the argument: only
    // `draft` and `force` (the retry buttons', the tests') are options, not whatever the argument holds.
    const exportAs = (format: 'docx' | 'pdf') => async (argument?: unknown) => {
        const document = activeRog();
        if (!document) return vscode.window.showWarningMessage('Open a .rog request to export it.');
        const given = (argument ?? {}) as { draft?: unknown; force?: unknown };
        return exportDocuments(document, format, { ...(given.draft === true && { draft: true }), ...(given.force === true && { force: true }) });
    };
    /**
     * Export register: the register of one workspace folder, as `rogatory register` run in it prints it (the server builds
     * and renders it: custom-requests.ts), as of the view's date, into rogatory.export.folder as register-<date>.<format>.
     * In a multi-root workspace, the folder of the file being edited, else the officer picks one: a case's register
     * is not guessed. The argument may give the format (`{ format: 'csv' }`); anything else in it is ignored.
     */
    const exportRegister = async (argument?: unknown): Promise<ExportRegisterResult | undefined> => {
        const folders = vscode.workspace.workspaceFolders ?? [];
        if (folders.length === 0) {
            const error = 'open a workspace folder to export its register: the register lists the requests of a folder.';
            void vscode.window.showWarningMessage(`Rogatory: ${error}`);
            return { error };
        }
        const active = vscode.window.activeTextEditor?.document.uri;
        const folder = (active && vscode.workspace.getWorkspaceFolder(active)) || (folders.length === 1 ? folders[0]
            : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Export the register of which workspace folder?' }));
        if (!folder) return undefined;
        const given = (argument as { format?: unknown } | undefined)?.format;
        const format = REGISTER_FORMATS.find(f => f === given)
            ?? (await vscode.window.showQuickPick(REGISTER_FORMAT_ITEMS, { title: 'Export register: format' }))?.format;
        if (!format) return undefined;
        const outDir = exportFolder(folder.uri.fsPath, folder.uri, 'the register is');
        if (typeof outDir !== 'string') return outDir;
        const result = await client.sendRequest<ExportRegisterResult>(ExportRegisterRequest,
            { format, folder: folder.uri.fsPath, outDir, asOf: registerAsOf() } satisfies ExportRegisterParams);
        if (result.error || !result.file) {
            void vscode.window.showErrorMessage(`Rogatory: ${result.error ?? 'the register was not exported.'}`);
            return result;
        }
        const syntaxErrors = result.syntaxErrors ?? [];
        if (syntaxErrors.length) {
            void vscode.window.showWarningMessage(`Rogatory: syntax errors in ${syntaxErrors.join(', ')}: their requests may be missing from the register or their rows incomplete (the Problems view lists the errors).`);
        }
        // An empty register is written all the same, as `rogatory register` writes it, and said in the same line.
        const file = result.file;
        const [open, reveal] = ['Open', 'Reveal in folder'];
        const wrote = `Rogatory: wrote ${path.basename(file)}`;
        const shown = result.requests ? vscode.window.showInformationMessage(wrote, open, reveal)
            : vscode.window.showWarningMessage(`${wrote}: no request in ${folder.name}, the register is empty`, open, reveal);
        void shown.then(choice => {
            if (choice === open) void openReport(file, format);
            if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(file));
        });
        return result;
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('rogatory.exportRegister', exportRegister),
        vscode.commands.registerCommand('rogatory.previewRequest', () => {
            const document = activeRog();
            if (!document) return vscode.window.showWarningMessage('Open a .rog request to preview it.');
            return PreviewPanel.show(context, document, (uri, lang) => client.sendRequest<RenderResult>(RenderRequest, { uri, lang } satisfies RenderParams), workspaceChanged);
        }),
        vscode.commands.registerCommand('rogatory.previewLanguage', () => {
            if (!PreviewPanel.current) return vscode.window.showWarningMessage('Preview a .rog request first (Rogatory: Preview request).');
            return PreviewPanel.current.switchLanguage();
        }),
        vscode.commands.registerCommand('rogatory.exportDocx', exportAs('docx')),
        vscode.commands.registerCommand('rogatory.exportPdf', exportAs('pdf')),
        vscode.commands.registerCommand('rogatory.checkWorkspace', async () => {
            // Every check on every file can take a while: said in the status bar meanwhile, not a silent wait.
            const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Rogatory: checking the workspace' },
                () => Promise.resolve(client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest)));
            await vscode.commands.executeCommand('workbench.actions.view.problems');
            void vscode.window.showInformationMessage(`Rogatory: ${count(result.files, 'file')} checked: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}, ${count(result.infos, 'information item')}.`);
            return result;
        }),
        vscode.commands.registerCommand('rogatory.newRequest', async (preset?: { kind?: RequestKindName; state?: string; organisation?: string; reference?: string; folder?: string }) => {
            const kind = preset?.kind ?? (await vscode.window.showQuickPick(REQUEST_KINDS.map(k => ({ label: k.label, description: k.provisions, requestKind: k.kind })), { title: 'New request: kind' }))?.requestKind;
            if (!kind) return undefined;
            const date = today();
            let addressee: SkeletonAddressee | undefined = preset?.state ? { state: preset.state } : preset?.organisation ? { organisation: preset.organisation } : undefined;
            if (!addressee) {
                // The States, then the organisations (art. 87(6)); not for a transit, which is through a State's territory (art. 89(3)(a)).
                const organisations = kind !== 'transit';
                const items = await client.sendRequest<StateItem[]>(StatesRequest, { date, organisations } satisfies StatesParams);
                const item = (s: StateItem) => ({ label: s.name, description: [s.alpha2 ?? s.abbreviation, s.nameFr].filter(Boolean).join(' · '), detail: s.status, organisation: s.organisation });
                const states = items.filter(s => !s.organisation).map(item);
                const others = items.filter(s => s.organisation).map(item);
                const separator = { label: 'Intergovernmental organisations (art. 87(6))', kind: vscode.QuickPickItemKind.Separator };
                const chosen = await vscode.window.showQuickPick(others.length ? [...states, separator, ...others] : states,
                    { title: organisations ? 'New request: requested State or organisation' : 'New request: requested State', matchOnDescription: true, matchOnDetail: false });
                addressee = !chosen || !('detail' in chosen) ? undefined : chosen.organisation ? { organisation: chosen.label } : { state: chosen.label };
            }
            if (!addressee) return undefined;
            const prefix = referencePrefix(kind, date.slice(0, 4));
            // Proposed: the next free number of the workspace, as completion and `rogatory new` give it, the number selected.
            const proposed = async () => client.sendRequest<string>(FreeReferenceRequest, { prefix } satisfies FreeReferenceParams).catch(() => prefix);
            const reference = preset?.reference ?? await proposed().then(value => vscode.window.showInputBox({
                title: 'New request: reference', value, valueSelection: [prefix.length, value.length],
                validateInput: v => isReferenceName(v) ? undefined : `Letters, digits and hyphens, e.g. ${prefix}0042`
            }));
            if (!reference) return undefined;
            // In a multi-root workspace, the folder of the file being worked on (the officer's case), else the first.
            const active = vscode.window.activeTextEditor?.document.uri;
            const folder = preset?.folder ?? (active && vscode.workspace.getWorkspaceFolder(active)?.uri.fsPath) ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
            // Written by the server, as `rogatory new` writes it: whole, never over a file (workspace.fs has no exclusive
            // creation), and not under a reference another request of the workspace has. With no folder open, the server's
            // text in an untitled editor, to save where the officer chooses.
            const result = await client.sendRequest<NewRequestResult>(NewRequestRequest, { folder, reference, kind, date, ...addressee } satisfies NewRequestParams);
            const shown = (file: string) => vscode.workspace.asRelativePath(vscode.Uri.file(file));
            switch (result.refusal?.kind) {
                // A file is at the target: only where there was a folder to write in.
                case 'exists': return vscode.window.showErrorMessage(`Rogatory: ${shown(path.join(folder ?? '', 'requests', `${reference}.rog`))} already exists.`);
                case 'taken': return vscode.window.showErrorMessage(`Rogatory: ${reference} is already the reference of a request, in ${shown(result.refusal.file)}: give another.`);
                case 'keyword': return vscode.window.showErrorMessage(`Rogatory: ${reference} cannot be the name of a request: it is a word of the language.`);
                case 'unknown-addressee': return vscode.window.showErrorMessage(`Rogatory: "${result.refusal.name}" is not a State or an intergovernmental organisation of the library.`);
                case 'transit-to-organisation': return vscode.window.showErrorMessage('Rogatory: a request for transit is made to the State through whose territory the person is transported (art. 89(3)(a)), not to an organisation.');
            }
            if (result.text !== undefined) return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'rogatory', content: result.text }));
            if (!result.file) return vscode.window.showErrorMessage(`Rogatory: ${result.error ?? 'the new request was not written.'}`);
            const uri = vscode.Uri.file(result.file);
            return vscode.window.showTextDocument(uri);
        })
    );
}
