import { beforeEach, describe, expect, test, vi } from 'vitest';

/**
 * The export commands (packages/extension/src/commands.ts) with the few VS Code pieces they use
 * stood in for: where the documents go, as the setting rogatory.export.folder says (the real VS Code
 * runs them in the extension suite, `npm run test:extension`).
 */
const handlers = new Map<string, (...args: unknown[]) => unknown>();
const errors: string[] = [];
let exportFolder = 'build/documents';
const document = { languageId: 'rogatory', isUntitled: false, save: async () => true, uri: { fsPath: '/ws/requests/a.rog', toString: () => 'file:///ws/requests/a.rog' } };

vi.mock('vscode', () => ({
    window: {
        get activeTextEditor() { return { document }; },
        showErrorMessage: (message: string) => { errors.push(message); return Promise.resolve(undefined); },
        showWarningMessage: () => Promise.resolve(undefined),
        showInformationMessage: () => Promise.resolve(undefined)
    },
    commands: { registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => { handlers.set(name, handler); return { dispose() {} }; } },
    workspace: {
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => key === 'export.folder' ? exportFolder : fallback }),
        getWorkspaceFolder: () => ({ uri: { fsPath: '/ws' } }),
        asRelativePath: (p: string) => p
    },
    Uri: { file: (fsPath: string) => ({ fsPath }) }
}));

const { registerCommands } = await import('../../packages/extension/src/commands.js');
const sent: Array<{ outDir: string }> = [];
const client = { sendRequest: async (_method: unknown, params: { outDir: string }) => { sent.push(params); return { files: ['/ws/build/documents/a.en.docx'] }; } };
registerCommands({ subscriptions: [] } as never, client as never, (() => ({ dispose() {} })) as never);

beforeEach(() => { sent.length = 0; errors.length = 0; });

describe('Export request as DOCX / PDF: into rogatory.export.folder, inside the workspace folder only', () => {
    test('a folder relative to the workspace folder, or an absolute path inside it: the documents go there', async () => {
        for (const setting of ['build/documents', 'out/../exports', '/ws/confidential']) {
            exportFolder = setting;
            const result = await handlers.get('rogatory.exportDocx')!() as { error?: string };
            expect(result.error, setting).toBeUndefined();
        }
        expect(sent.map(p => p.outDir)).toEqual(['/ws/build/documents', '/ws/exports', '/ws/confidential']);
        expect(errors).toEqual([]);
    });

    test('a folder outside it (`..`, an absolute path elsewhere): refused, nothing asked of the server, the setting named', async () => {
        for (const setting of ['..', '../shared/out', '/tmp/out', 'build/../../elsewhere']) {
            exportFolder = setting;
            const result = await handlers.get('rogatory.exportPdf')!() as { files: string[]; error?: string };
            const error = `the setting rogatory.export.folder ("${setting}") leads outside the workspace folder, and documents are exported only inside it: set a folder relative to it, such as build/documents.`;
            expect(result, setting).toEqual({ files: [], error });
            expect(errors.at(-1)).toBe(`Rogatory: ${error}`);
        }
        expect(sent).toEqual([]);
    });
});
