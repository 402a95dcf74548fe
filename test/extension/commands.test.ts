import { beforeEach, describe, expect, test, vi } from 'vitest';

/**
 * The export commands (packages/extension/src/commands.ts) with the few VS Code pieces they use
 * stood in for: where the documents go, as the setting rogatory.export.folder says (the real VS Code
 * runs them in the extension suite, `npm run test:extension`).
 */
const handlers = new Map<string, (...args: unknown[]) => unknown>();
const errors: string[] = [];
/** The buttons of each error message, in order. */
const buttons: string[][] = [];
const informations: string[] = [];
const written: Array<{ file: string; text: string }> = [];
const opened: string[] = [];
const progress: string[] = [];
let exportFolder = 'build/documents';
const document = { languageId: 'rogatory', isUntitled: false, save: async () => true, uri: { fsPath: '/ws/requests/a.rog', toString: () => 'file:///ws/requests/a.rog' } };

vi.mock('vscode', () => ({
    window: {
        get activeTextEditor() { return { document }; },
        showErrorMessage: (message: string, ...items: string[]) => { errors.push(message); buttons.push(items); return Promise.resolve(undefined); },
        showWarningMessage: () => Promise.resolve(undefined),
        showTextDocument: async (uri: { fsPath: string }) => { opened.push(uri.fsPath); },
        showInformationMessage: (message: string) => { informations.push(message); return Promise.resolve(undefined); },
        withProgress: (options: { title: string }, task: () => Promise<unknown>) => { progress.push(options.title); return task(); }
    },
    ProgressLocation: { Window: 10 },
    commands: {
        registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => { handlers.set(name, handler); return { dispose() {} }; },
        executeCommand: async () => undefined
    },
    workspace: {
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => key === 'export.folder' ? exportFolder : fallback }),
        getWorkspaceFolder: () => ({ uri: { fsPath: '/ws' } }),
        workspaceFolders: [{ uri: { fsPath: '/first' } }, { uri: { fsPath: '/ws' } }],
        fs: {
            stat: async () => { throw new Error('not found'); },
            writeFile: async (uri: { fsPath: string }, bytes: Uint8Array) => { written.push({ file: uri.fsPath, text: Buffer.from(bytes).toString('utf8') }); }
        },
        asRelativePath: (p: string) => p
    },
    Uri: { file: (fsPath: string) => ({ fsPath }) }
}));

const { registerCommands } = await import('../../packages/extension/src/commands.js');
const sent: Array<{ outDir: string }> = [];
/** What the server answers to the next export (a success unless a test says otherwise). */
let answer: Record<string, unknown> | undefined;
const client = { sendRequest: async (_method: unknown, params: { outDir: string }) => { sent.push(params); return answer ?? { files: ['/ws/build/documents/a.en.docx'] }; } };
registerCommands({ subscriptions: [] } as never, client as never, (() => ({ dispose() {} })) as never);

beforeEach(() => { sent.length = 0; errors.length = 0; buttons.length = 0; informations.length = 0; progress.length = 0; answer = undefined; exportFolder = 'build/documents'; });

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

describe('Export from the editor\'s title bar or context menu', () => {
    test('the URI VS Code passes is not taken for options: the server is asked for the request alone', async () => {
        const uri = { scheme: 'file', authority: '', path: '/ws/requests/a.rog', query: '', fragment: '', fsPath: '/ws/requests/a.rog' };
        await handlers.get('rogatory.exportDocx')!(uri);
        expect(Object.keys(sent[0]).sort()).toEqual(['formats', 'langs', 'outDir', 'uri', 'workspaceRoot']);
        await handlers.get('rogatory.exportPdf')!({ draft: true });
        expect(sent[1]).toMatchObject({ formats: ['pdf'], draft: true });
    });
});

describe('Export refused by the server: the button offered is one that can succeed', () => {
    test('a request with errors: "Export as draft"; files it did not write: "Replace"', async () => {
        answer = { files: [], error: 'OTP-2026-0001 has 1 error(s) (first, line 8: art. 96(2)(g) does not exist.); fix them or export a draft.', draftable: true };
        await handlers.get('rogatory.exportDocx')!();
        answer = { files: [], error: "OTP-2026-0001 not exported: 'OTP-2026-0001.en.docx' was changed since it was built", replaceable: true };
        await handlers.get('rogatory.exportDocx')!();
        expect(buttons).toEqual([['Export as draft'], ['Replace']]);
    });

    test('a file that holds no request, a folder that cannot be written: the message alone, no draft that would be refused again', async () => {
        answer = { files: [], error: 'This file holds no request to export.' };
        await handlers.get('rogatory.exportPdf')!();
        answer = { files: [], error: "OTP-2026-0001 not exported: cannot create the folder 'blocked': a file of that name is in the way; move that file away, or choose another folder in the setting rogatory.export.folder, then export again" };
        await handlers.get('rogatory.exportPdf')!();
        expect(errors).toEqual(['Rogatory: This file holds no request to export.', expect.stringMatching(/^Rogatory: OTP-2026-0001 not exported: cannot create the folder 'blocked'/)]);
        expect(buttons).toEqual([[], []]);
    });
});

describe('Check workspace', () => {
    test('says that it is checking while it checks, then counts the findings in words that agree with the numbers', async () => {
        answer = { files: 1, errors: 1, warnings: 0, infos: 2 };
        await handlers.get('rogatory.checkWorkspace')!();
        answer = { files: 12, errors: 3, warnings: 1, infos: 1 };
        await handlers.get('rogatory.checkWorkspace')!();
        expect(progress).toEqual(['Rogatory: checking the workspace', 'Rogatory: checking the workspace']);
        expect(informations).toEqual([
            'Rogatory: 1 file checked: 1 error, 0 warnings, 2 information items.',
            'Rogatory: 12 files checked: 3 errors, 1 warning, 1 information item.'
        ]);
    });
});

describe('New request', () => {
    test('in a multi-root workspace: written into requests/ of the folder of the request being worked on, not the first folder, and opened', async () => {
        await handlers.get('rogatory.newRequest')!({ kind: 'transit', state: 'Kenya', reference: 'OTP-2026-0042' });
        expect(written.map(w => w.file)).toEqual(['/ws/requests/OTP-2026-0042.rog']);
        expect(written[0].text).toMatch(/^request OTP-2026-0042 \{\n {2}kind transit\n/);
        expect(opened).toEqual(['/ws/requests/OTP-2026-0042.rog']);
    });
});
