import { beforeEach, describe, expect, test, vi } from 'vitest';
import { today } from '../../packages/language/src/states/dates.js';
import { requestSkeleton, type RequestKindName } from '../../packages/language/src/skeleton.js';

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
/** Untitled documents opened: what the New request command shows with no folder open. */
const untitled: Array<{ language: string; content: string }> = [];
const progress: string[] = [];
let exportFolder = 'build/documents';
const warnings: string[] = [];
/** The buttons of each information and warning message, in order. */
const offered: string[][] = [];
/** The button the officer clicks in the next information or warning message, if any. */
let click: string | undefined;
/** What the quick pick offered (labels), and the label the officer picks. */
const picked: string[][] = [];
let pick: string | undefined;
/** The value each input box proposed, and what the officer accepts (the value proposed, `typed` over its selection). */
const proposed: string[] = [];
let typed = '';
/** The workspace folder picker: how often shown, and the folder picked. */
let folderPicks = 0;
let folderPick: { uri: { fsPath: string }; name: string } | undefined;
const executed: Array<{ command: string; args: unknown[] }> = [];
const external: string[] = [];
let asOf = '';
let remoteName: string | undefined;
const document = { languageId: 'rogatory', isUntitled: false, save: async () => true, uri: { fsPath: '/ws/requests/a.rog', toString: () => 'file:///ws/requests/a.rog' } };
let activeEditor: { document: { uri: { fsPath: string } } } | undefined = { document };
const FOLDERS = [{ uri: { fsPath: '/first' }, name: 'first' }, { uri: { fsPath: '/ws' }, name: 'ws' }];
let folders: typeof FOLDERS | undefined = FOLDERS;
const answered = (message: string, items: string[]) => { offered.push(items); return Promise.resolve(items.includes(click ?? '') ? click : undefined); };

vi.mock('vscode', () => ({
    window: {
        get activeTextEditor() { return activeEditor; },
        showErrorMessage: (message: string, ...items: string[]) => { errors.push(message); buttons.push(items); return Promise.resolve(undefined); },
        showWarningMessage: (message: string, ...items: string[]) => { warnings.push(message); return answered(message, items); },
        showTextDocument: async (uri: { fsPath: string }) => { opened.push(uri.fsPath); },
        showInformationMessage: (message: string, ...items: string[]) => { informations.push(message); return answered(message, items); },
        showQuickPick: async (items: Array<{ label: string }>) => { picked.push(items.map(i => i.label)); return items.find(i => i.label === pick); },
        showWorkspaceFolderPick: async () => { folderPicks++; return folderPick; },
        showInputBox: async (options: { value: string; valueSelection?: [number, number] }) => {
            proposed.push(options.value);
            const [start, end] = options.valueSelection ?? [options.value.length, options.value.length];
            return options.value.slice(0, start) + (typed || options.value.slice(start, end)) + options.value.slice(end);
        },
        withProgress: (options: { title: string }, task: () => Promise<unknown>) => { progress.push(options.title); return task(); }
    },
    ProgressLocation: { Window: 10 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    UIKind: { Desktop: 1, Web: 2 },
    env: {
        uiKind: 1,
        get remoteName() { return remoteName; },
        openExternal: async (uri: { fsPath: string }) => { external.push(uri.fsPath); return true; }
    },
    commands: {
        registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => { handlers.set(name, handler); return { dispose() {} }; },
        executeCommand: async (command: string, ...args: unknown[]) => { executed.push({ command, args }); }
    },
    workspace: {
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => key === 'export.folder' ? exportFolder : key === 'asOf' ? asOf : fallback }),
        getWorkspaceFolder: (uri: { fsPath: string }) => folders?.find(f => uri.fsPath.startsWith(`${f.uri.fsPath}/`)),
        get workspaceFolders() { return folders; },
        asRelativePath: (p: string | { fsPath: string }) => (typeof p === 'string' ? p : p.fsPath),
        openTextDocument: async (options: { language: string; content: string }) => { untitled.push(options); return { fsPath: `untitled:${untitled.length}` }; }
    },
    Uri: { file: (fsPath: string) => ({ fsPath }) }
}));

const { registerCommands } = await import('../../packages/extension/src/commands.js');
const sent: Array<{ outDir: string }> = [];
/** What the server answers to the next export (a success unless a test says otherwise). */
let answer: Record<string, unknown> | undefined;
const client = {
    sendRequest: async (method: unknown, params: { outDir: string; prefix?: string }) => {
        // The server's next free reference: as if the workspace held `<prefix>0006`.
        if (method === 'rogatory/freeReference') return `${params.prefix}0007`;
        // The server writes the new request (writeNewRequest): here, the skeleton of what it is sent, unless the reference is taken.
        if (method === 'rogatory/newRequest') {
            const request = params as unknown as { folder?: string; reference: string; kind: RequestKindName; date: string; state?: string; organisation?: string };
            // No folder: the text alone, as the server returns it (newRequestText).
            if (request.folder === undefined) return { text: `request ${request.reference} { // the server's skeleton, to ${request.state}\n` };
            const file = `${request.folder}/requests/${request.reference}.rog`;
            if (request.reference === 'OTP-2026-0001') return { refusal: { kind: 'taken', file: '/ws/old/OTP-2026-0001.rog' } };
            if (written.some(w => w.file === file)) return { refusal: { kind: 'exists' } };
            const { reference, kind, date } = request;
            written.push({ file, text: requestSkeleton(request.organisation !== undefined ? { reference, kind, date, organisation: request.organisation } : { reference, kind, date, state: request.state ?? '' }) });
            return { file };
        }
        // Two States, and the organisations when asked for (art. 87(6)).
        if (method === 'rogatory/states') {
            const states = [{ name: 'Australia', alpha2: 'AU', status: 'State Party since 2002-07-01' }, { name: 'Kenya', alpha2: 'KE', status: 'State Party since 2005-06-01' }];
            return (params as { organisations?: boolean }).organisations ? [...states, { name: 'African Union', abbreviation: 'AU', organisation: true, status: 'intergovernmental organisation' }] : states;
        }
        sent.push(params);
        return answer ?? { files: ['/ws/build/documents/a.en.docx'] };
    }
};
registerCommands({ subscriptions: [] } as never, client as never, (() => ({ dispose() {} })) as never);

beforeEach(() => {
    for (const list of [sent, errors, buttons, informations, warnings, offered, picked, executed, external, opened, progress, written, untitled]) list.length = 0;
    answer = undefined; exportFolder = 'build/documents'; click = undefined; pick = undefined; folderPicks = 0; folderPick = undefined;
    asOf = ''; remoteName = undefined; activeEditor = { document }; folders = FOLDERS; proposed.length = 0; typed = '';
});

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

    test('the reference proposed is the workspace\'s next free one, filed as the examples are: REG- for a Chamber\'s request, OTP- for the Prosecutor\'s', async () => {
        typed = '0042'; // typed over the number, which the box selects
        for (const kind of ['arrest-and-surrender', 'assistance']) await handlers.get('rogatory.newRequest')!({ kind, state: 'Kenya' });
        const year = today().slice(0, 4);
        expect(proposed).toEqual([`REG-${year}-0007`, `OTP-${year}-0007`]);
        expect(written.slice(-2).map(w => w.text.split('\n').slice(0, 3))).toEqual([
            [`request REG-${year}-0042 {`, '  kind arrest-and-surrender', '  from Chamber "" transmitted-by Registrar'],
            [`request OTP-${year}-0042 {`, '  kind assistance', '  from Prosecutor transmitted-by Office-of-the-Prosecutor']
        ]);
        // Accepted as proposed.
        typed = '';
        await handlers.get('rogatory.newRequest')!({ kind: 'transit', state: 'Kenya' });
        expect(written.at(-1)!.file).toBe(`/ws/requests/REG-${year}-0007.rog`);
    });
});

describe('New request with no folder open', () => {
    test('the server\'s text in an untitled editor, to save where the officer chooses; no file written', async () => {
        folders = undefined;
        activeEditor = undefined;
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', state: 'Ukraine', reference: 'OTP-2024-0042' });
        expect(untitled).toEqual([{ language: 'rogatory', content: 'request OTP-2024-0042 { // the server\'s skeleton, to Ukraine\n' }]);
        expect(opened).toEqual(['untitled:1']);
        expect(written).toEqual([]);
        expect(errors).toEqual([]);
    });
});

describe('New request: written by the server, refused as it refuses', () => {
    test('a file already there, a reference another request has: said, nothing opened', async () => {
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', state: 'Kenya', reference: 'OTP-2026-0050' });
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', state: 'Kenya', reference: 'OTP-2026-0050' });
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', state: 'Kenya', reference: 'OTP-2026-0001' });
        expect(errors).toEqual(['Rogatory: /ws/requests/OTP-2026-0050.rog already exists.', 'Rogatory: OTP-2026-0001 is already the reference of a request, in /ws/old/OTP-2026-0001.rog: give another.']);
        expect(opened).toEqual(['/ws/requests/OTP-2026-0050.rog']);
    });
});

describe('New request: to whom', () => {
    test('the States, then the intergovernmental organisations under a separator: one picked is written `to organisation`', async () => {
        pick = 'African Union';
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', reference: 'OTP-2026-0043' });
        expect(picked).toEqual([['Australia', 'Kenya', 'Intergovernmental organisations (art. 87(6))', 'African Union']]);
        expect(written.at(-1)!.text).toContain('\n  to organisation "African Union" language English\n');
        expect(written.at(-1)!.text).not.toContain('national-requirements');
        // A State is written `to State`, with its channel.
        pick = 'Kenya';
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', reference: 'OTP-2026-0044' });
        expect(written.at(-1)!.text).toContain('\n  to State "Kenya" via diplomatic-channel language English\n');
    });

    test('a transit is offered the States only (art. 89(3)(a): through a State\'s territory); the separator cannot be picked', async () => {
        pick = 'Kenya';
        await handlers.get('rogatory.newRequest')!({ kind: 'transit', reference: 'REG-2026-0045' });
        expect(picked).toEqual([['Australia', 'Kenya']]);
        pick = 'Intergovernmental organisations (art. 87(6))';
        const before = written.length;
        await handlers.get('rogatory.newRequest')!({ kind: 'assistance', reference: 'OTP-2026-0046' });
        expect(written.length).toBe(before);
    });
});

describe('Export register: the register of a workspace folder as a report, into rogatory.export.folder', () => {
    const wrote = (format: string, requests = 3, syntaxErrors: string[] = []) => ({ file: `/ws/build/documents/register-2026-11-22.${format}`, asOf: '2026-11-22', requests, syntaxErrors });
    const exportRegister = (argument?: unknown) => handlers.get('rogatory.exportRegister')!(argument) as Promise<{ file?: string; error?: string } | undefined>;

    test('the format is asked (HTML report, CSV, JSON); the one picked is the one the server is asked for', async () => {
        pick = 'CSV';
        answer = wrote('csv');
        expect(await exportRegister()).toEqual(wrote('csv'));
        expect(picked).toEqual([['HTML report', 'CSV', 'JSON']]);
        expect(sent).toEqual([{ format: 'csv', folder: '/ws', outDir: '/ws/build/documents', asOf: undefined }]);
    });

    test('a format given as the argument is not asked; an argument that is no format (the view\'s, a typo) is', async () => {
        answer = wrote('json');
        await exportRegister({ format: 'json' });
        expect(picked).toEqual([]);
        pick = 'HTML report';
        answer = wrote('html');
        await exportRegister({ format: 'pdf' });
        await exportRegister({ scheme: 'file', fsPath: '/ws/requests/a.rog' });
        expect(picked).toHaveLength(2);
        expect(sent.map(p => (p as unknown as { format: string }).format)).toEqual(['json', 'html', 'html']);
    });

    test('the quick pick dismissed: nothing asked of the server, nothing said', async () => {
        expect(await exportRegister()).toBeUndefined();
        expect(sent).toEqual([]);
        expect([...informations, ...warnings, ...errors]).toEqual([]);
    });

    test('into the folder the setting names, as of the day rogatory.asOf says (the view\'s); the file named in the message, with Open and Reveal in folder', async () => {
        exportFolder = 'reports/registers';
        asOf = '2026-11-22';
        answer = wrote('html');
        await exportRegister({ format: 'html' });
        expect(sent).toEqual([{ format: 'html', folder: '/ws', outDir: '/ws/reports/registers', asOf: '2026-11-22' }]);
        expect(informations).toEqual(['Rogatory: wrote register-2026-11-22.html']);
        expect(offered).toEqual([['Open', 'Reveal in folder']]);
        expect(warnings).toEqual([]);
    });

    test('Reveal in folder shows the file written; Open shows the HTML page in the browser on this machine, its text in the editor in a remote window, the CSV in the editor', async () => {
        const settle = () => new Promise(resolve => setTimeout(resolve, 0));
        click = 'Reveal in folder';
        answer = wrote('html');
        await exportRegister({ format: 'html' });
        await settle();
        expect(executed).toEqual([{ command: 'revealFileInOS', args: [{ fsPath: '/ws/build/documents/register-2026-11-22.html' }] }]);
        click = 'Open';
        await exportRegister({ format: 'html' });
        await settle();
        expect(external).toEqual(['/ws/build/documents/register-2026-11-22.html']);
        expect(opened).toEqual([]);
        remoteName = 'ssh-remote';
        await exportRegister({ format: 'html' });
        await settle();
        answer = wrote('csv');
        await exportRegister({ format: 'csv' });
        await settle();
        expect(external).toHaveLength(1);
        expect(opened).toEqual(['/ws/build/documents/register-2026-11-22.html', '/ws/build/documents/register-2026-11-22.csv']);
    });

    test('a folder outside the workspace folder: refused, in the words of the documents\' export, nothing asked of the server', async () => {
        for (const setting of ['..', '/tmp/registers', 'build/../../elsewhere']) {
            exportFolder = setting;
            const error = `the setting rogatory.export.folder ("${setting}") leads outside the workspace folder, and the register is exported only inside it: set a folder relative to it, such as build/documents.`;
            expect(await exportRegister({ format: 'csv' }), setting).toEqual({ error });
            expect(errors.at(-1)).toBe(`Rogatory: ${error}`);
        }
        expect(sent).toEqual([]);
        expect(informations).toEqual([]);
    });

    test('no workspace folder open: said in one line, nothing asked, no error thrown', async () => {
        folders = undefined;
        activeEditor = undefined;
        const error = 'open a workspace folder to export its register: the register lists the requests of a folder.';
        expect(await exportRegister()).toEqual({ error });
        expect(warnings).toEqual([`Rogatory: ${error}`]);
        expect([...picked, ...sent]).toEqual([]);
    });

    test('an empty register: written, as `rogatory register` writes it, and said in the same line, a warning', async () => {
        answer = wrote('html', 0);
        await exportRegister({ format: 'html' });
        expect(warnings).toEqual(['Rogatory: wrote register-2026-11-22.html: no request in ws, the register is empty']);
        expect(offered).toEqual([['Open', 'Reveal in folder']]);
        expect(informations).toEqual([]);
    });

    test('files with syntax errors: named in a warning, as the CLI names them on stderr; a refusal of the server: its sentence', async () => {
        answer = wrote('csv', 2, ['broken.rog', 'drafts/half.rog']);
        await exportRegister({ format: 'csv' });
        expect(warnings).toEqual(['Rogatory: syntax errors in broken.rog, drafts/half.rog: their requests may be missing from the register or their rows incomplete (the Problems view lists the errors).']);
        answer = { error: "the register as of 2026-11-22 was not exported: cannot create the folder 'build': permission denied; make it writable, or choose another folder in the setting rogatory.export.folder, then export again" };
        await exportRegister({ format: 'csv' });
        expect(errors).toEqual([`Rogatory: ${answer.error}`]);
        expect(informations).toEqual(['Rogatory: wrote register-2026-11-22.csv']);
    });

    test('a multi-root workspace: the folder of the file being edited; with none, the officer picks the folder (none picked: nothing done)', async () => {
        answer = wrote('csv');
        await exportRegister({ format: 'csv' });
        expect(folderPicks).toBe(0);
        activeEditor = undefined;
        expect(await exportRegister({ format: 'csv' })).toBeUndefined();
        expect(folderPicks).toBe(1);
        folderPick = FOLDERS[0];
        await exportRegister({ format: 'csv' });
        // A file outside every folder (a State opened from the built-in library) is no choice either.
        activeEditor = { document: { uri: { fsPath: '/elsewhere/notes.rog' } } };
        await exportRegister({ format: 'csv' });
        expect(folderPicks).toBe(3);
        expect(sent.map(p => [(p as unknown as { folder: string }).folder, p.outDir])).toEqual([['/ws', '/ws/build/documents'], ['/first', '/first/build/documents'], ['/first', '/first/build/documents']]);
    });

    test('a single folder: its register, whatever the editor shows', async () => {
        folders = [FOLDERS[1]];
        activeEditor = undefined;
        answer = wrote('json');
        await exportRegister({ format: 'json' });
        expect(folderPicks).toBe(0);
        expect(sent.map(p => (p as unknown as { folder: string }).folder)).toEqual(['/ws']);
    });
});
