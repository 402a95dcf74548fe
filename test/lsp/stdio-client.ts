import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The standalone server (`rogatory-language-server --stdio`, built by `npm run build`). */
const bin = path.resolve(__dirname, '../../packages/language/bin/server.js');

export interface StdioServer {
    readonly connection: MessageConnection;
    readonly capabilities: Record<string, unknown>;
    /** Shuts the server down as an editor does. */
    stop(): Promise<void>;
}

/**
 * Starts the server on `workspace` and initializes it as an editor would, with a real JSON-RPC
 * client: `onDiagnostics` receives every diagnostics push; configuration requests get `settings`
 * (by section; none by default).
 */
export async function startStdioServer(workspace: string, clientCapabilities: Record<string, unknown>,
    onDiagnostics: (params: { uri: string; diagnostics: [] }) => void, settings: Record<string, unknown> = {}): Promise<StdioServer> {
    const server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    server.stdin!.on('error', () => undefined); // EPIPE once the server has exited is not a test failure
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', onDiagnostics);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(item => settings[item.section ?? ''] ?? {}));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const root = pathToFileURL(workspace).toString();
    const result = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
        processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities: clientCapabilities
    });
    connection.sendNotification('initialized', {});
    return {
        connection,
        capabilities: result.capabilities,
        stop: async () => {
            // Stop listening before the server's pipes close: a late message (a configuration
            // request, a diagnostics push) must not be answered into a closed pipe.
            const exited = new Promise<void>(resolve => server.once('exit', () => resolve()));
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            connection.dispose();
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5000))]);
            server.kill();
        }
    };
}
