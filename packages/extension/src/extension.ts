import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WorkspaceChangedNotification } from '../../language/src/lsp/protocol.js';
import { BuiltinFileSystem } from './builtin-file-system.js';
import { registerCommands } from './commands.js';
import { PreviewPanel } from './preview.js';
import { RegisterView } from './register-view.js';

/**
 * Extension glue: starts the Rogatory language server (bundled as dist/server.cjs), serves
 * the built-in library read-only under builtin:/ so that go-to-definition reaches it, and
 * registers the commands. No network access and no telemetry anywhere.
 */
let client: LanguageClient | undefined;

/** What the extension exposes to other extensions and to its own tests. */
export interface RogatoryApi {
    client: LanguageClient;
    /** The HTML the preview shows now (undefined when no preview is open). */
    previewHtml(): string | undefined;
    /** The register tree shown in the Explorer. */
    registerView: RegisterView;
}

export async function activate(context: vscode.ExtensionContext): Promise<RogatoryApi> {
    context.subscriptions.push(
        vscode.workspace.registerFileSystemProvider('builtin', new BuiltinFileSystem(), { isReadonly: true, isCaseSensitive: true })
    );
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'rogatory', scheme: 'file' }, { language: 'rogatory', scheme: 'untitled' }, { language: 'rogatory', scheme: 'builtin' }],
        synchronize: {
            configurationSection: 'rogatory',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.rog,rogatory.json}')
        }
    };
    client = new LanguageClient('rogatory', 'Rogatory', serverOptions, clientOptions);
    await client.start();
    // One handler for the server's notification (a second one for the same method would replace it),
    // as an event for the register view and the preview.
    const workspaceChanged = new vscode.EventEmitter<void>();
    context.subscriptions.push(workspaceChanged, client.onNotification(WorkspaceChangedNotification, () => workspaceChanged.fire()));
    registerCommands(context, client, workspaceChanged.event);
    const register = new RegisterView(client, workspaceChanged.event);
    context.subscriptions.push(
        register,
        vscode.window.registerTreeDataProvider('rogatory.register', register),
        vscode.commands.registerCommand('rogatory.refreshRegister', () => register.refresh())
    );
    await vscode.commands.executeCommand('setContext', 'rogatory.active', true);
    return { client, previewHtml: () => PreviewPanel.current?.html, registerView: register };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
