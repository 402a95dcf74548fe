import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The standalone server (`rogatory-language-server --stdio`, built by `npm run build`). */
const bin = path.resolve(__dirname, '../../packages/language/bin/server.js');

export interface StdioServer {
    readonly connection: MessageConnection;
    readonly capabilities: Record<string, unknown>;
    /** The server's exit code, or null while it runs (a signal that ended it: -1). */
    exitCode(): number | null;
    /** Shuts the server down as an editor does. */
    stop(): Promise<void>;
}

/**
 * Starts the server on `workspace` and initializes it as an editor would, with a real JSON-RPC
 * client: `onDiagnostics` receives every diagnostics push; configuration requests get `settings`
 * (by section; none by default). `onStderr`, when given, receives what the server writes on
 * stderr (else it goes to the test's).
 */
export async function startStdioServer(workspace: string, clientCapabilities: Record<string, unknown>,
    onDiagnostics: (params: { uri: string; diagnostics: [] }) => void, settings: Record<string, unknown> = {},
    onStderr?: (text: string) => void): Promise<StdioServer> {
    const server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', onStderr ? 'pipe' : 'inherit'] });
    if (onStderr) server.stderr!.setEncoding('utf8').on('data', onStderr);
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
        exitCode: () => server.exitCode ?? (server.signalCode ? -1 : null),
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
