import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { RogatoryServices } from '../rogatory-module.js';
import { isDay, today } from '../states/dates.js';
import { describeStatus } from '../states/state-status.js';
import { isModel, isRequest, type Request } from '../generated/ast.js';
import { buildRegister } from '../register/register.js';
import { REGISTER_FORMATS } from '../register/formats.js';
import { renderRegister } from '../register/render-register.js';
import { hasSyntaxErrors } from '../parser/guarded-parser.js';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { buildRequestDocument } from '../generator/build-request-document.js';
import { renderHtml } from '../generator/render-html.js';
import { describeRefusal, exportRequest, requestLabel } from '../generator/export-request.js';
import { requestErrors } from '../generator/request-errors.js';
import { makeFolder, OutputFolder, replaceAtomically } from '../generator/output-folder.js';
import { fileSystemFailure, fileSystemReason } from '../workspace/file-system-errors.js';
import { relativeInside } from '../workspace/paths.js';
import { compareText } from '../text-order.js';
import { isReferenceName, nextFreeReference, REQUEST_KINDS } from '../skeleton.js';
import { newRequestText, writeNewRequest } from '../workspace/new-request-file.js';
import type { RogatoryWorkspaceManager } from '../workspace/workspace-manager.js';
import {
    CheckWorkspaceRequest, ExportRegisterRequest, ExportRequest, FreeReferenceRequest, NewRequestRequest, RegisterRequest, RenderRequest, StatesRequest, WorkspaceChangedNotification,
    type CheckWorkspaceResult, type NewRequestParams, type NewRequestResult, type ExportParams, type FreeReferenceParams, type ExportRegisterParams, type ExportRegisterResult, type ExportResult, type RegisterParams, type RegisterResult, type RenderParams, type RenderResult, type StateItem, type StatesParams
} from './protocol.js';

/** Answers the extension's requests beyond LSP (see protocol.ts). */
export function registerCustomRequests(connection: Connection, services: RogatoryServices): void {
    const shared = services.shared;
    /**
     * Once the edits received before this request are applied (Langium applies them on the write side
     * of the workspace lock): the register right after typing must not be that of the text before it.
     */
    const settled = async (): Promise<void> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.read(async () => undefined);
    };
    /** The document at `uri` and the request it holds (preview and export act on one request). */
    const requestOf = (uri: string): { document?: LangiumDocument; request?: Request } => {
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        const root = document?.parseResult.value;
        return { document, request: root && isModel(root) ? root.elements.find(isRequest) : undefined };
    };
    connection.onRequest(StatesRequest, async (params: StatesParams): Promise<StateItem[]> => {
        // The States are read off the index: the workspace is ready (its files read) before the first build indexes them.
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent);
        const date = params?.date ?? today();
        const library = services.rogatory.StateLibrary;
        const states: StateItem[] = library.allStates().map(state => ({
            name: state.name, nameFr: state.nameFr, alpha2: state.alpha2, alpha3: state.alpha3,
            status: describeStatus(library.statusOn(state, date))
        }));
        if (!params?.organisations) return states;
        return [...states, ...library.allOrganisations().map(organisation => ({
            name: organisation.name, nameFr: organisation.nameFr, abbreviation: organisation.abbreviation, organisation: true,
            status: 'intergovernmental organisation: information or documents, other cooperation as agreed with it (art. 87(6))'
        }))];
    });
    connection.onRequest(FreeReferenceRequest, async (params: FreeReferenceParams): Promise<string> => {
        await settled();
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent);
        return nextFreeReference(params.prefix, shared.workspace.IndexManager.allElements('Request').map(d => d.name));
    });
    connection.onRequest(NewRequestRequest, async (params: NewRequestParams): Promise<NewRequestResult> => {
        const kind = REQUEST_KINDS.find(k => k.kind === params?.kind)?.kind;
        const addressee = typeof params?.state === 'string' ? { state: params.state } : typeof params?.organisation === 'string' ? { organisation: params.organisation } : undefined;
        if (!kind || !addressee || (params.folder !== undefined && typeof params.folder !== 'string') || typeof params.reference !== 'string' || !isReferenceName(params.reference) || !isDay(params.date)) {
            return { error: 'a new request needs a kind, a State or organisation, a reference (letters, digits and hyphens) and a date.' };
        }
        // The workspace's requests as they stand, the edits received before this included: a reference taken is refused.
        await settled();
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent);
        if (params.folder === undefined) return newRequestText(services, { reference: params.reference, kind, date: params.date, ...addressee });
        const target = path.join(params.folder, 'requests', `${params.reference}.rog`);
        try {
            const refusal = await writeNewRequest(services, target, { reference: params.reference, kind, date: params.date, ...addressee });
            return refusal ? { refusal } : { file: target };
        } catch (error) {
            return { error: `${target} was not written: ${fileSystemReason(error)}` };
        }
    });
    connection.onRequest(CheckWorkspaceRequest, async (): Promise<CheckWorkspaceResult> => {
        await shared.workspace.WorkspaceManager.ready;
        let documents: LangiumDocument[] = [];
        // Every check runs again on every file, the cross-file ones included: a file checked at an
        // earlier edit has findings judged against the workspace as it was then (a name another file
        // has since declared too), and `validation: true` re-runs them where a list of categories
        // would skip every category already run. Under the workspace lock, as Langium's own builds
        // are, so that it never overlaps an edit's rebuild.
        // The files are listed under the lock too: one created while it was awaited is among them.
        await shared.workspace.WorkspaceLock.write(token => {
            documents = shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray();
            return shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
        // Counted as `rogatory check` counts: the workspace's files, not one opened from elsewhere or excluded by
        // rogatory.json (checked all the same, as every open file is).
        const manager = shared.workspace.WorkspaceManager as RogatoryWorkspaceManager;
        const counted = documents.filter(d => manager.traverses(d.uri));
        const result = { files: counted.length, errors: 0, warnings: 0, infos: 0 };
        for (const d of counted) {
            for (const diagnostic of d.diagnostics ?? []) {
                if (diagnostic.severity === 1) result.errors++;
                else if (diagnostic.severity === 2) result.warnings++;
                else result.infos++;
            }
        }
        return result;
    });
    // The register view and the preview ask again (after a pause) when told; their requests wait for
    // the update's build.
    shared.workspace.DocumentBuilder.onUpdate(() => {
        void connection.sendNotification(WorkspaceChangedNotification).catch(() => undefined);
    });
    /**
     * The register as `rogatory register` builds it, of the files of the workspace as it reads them: not one opened from
     * elsewhere or excluded by rogatory.json (checked, not registered). A file deleted from the disk while the editor still
     * holds its text (VS Code keeps a closed tab's document a while, and asks the server about it) is no longer in it.
     * With `folder`, of the files in that folder alone, named relative to it (as `rogatory register` run there names them),
     * follow-ups filed anywhere in the workspace counted; else of every file, named by its absolute path (the view opens it).
     */
    const workspaceRegister = (asOfParam: unknown, folder?: string) => {
        const open = shared.workspace.TextDocuments;
        const manager = shared.workspace.WorkspaceManager as RogatoryWorkspaceManager;
        const files = shared.workspace.LangiumDocuments.all
            .filter(d => manager.traverses(d.uri) && (!open?.get(d.uri.toString()) || shared.workspace.FileSystemProvider.existsSync(d.uri))).toArray()
            // In the CLI's order (by path), not the order the server happened to read them in (a file created later comes
            // last): rows the register does not order (one reference and date in two files) come out as `rogatory register` prints them.
            .sort((a, b) => compareText(a.uri.fsPath, b.uri.fsPath));
        const requestsIn = (d: LangiumDocument) => {
            const root = d.parseResult.value;
            return isModel(root) ? root.elements.filter(isRequest) : [];
        };
        const named = files.map(d => ({ d, file: folder === undefined ? d.uri.fsPath : relativeInside(folder, d.uri.fsPath, { strictly: true }) }))
            .filter((f): f is { d: LangiumDocument; file: string } => f.file !== undefined);
        const requests = named.flatMap(({ d, file }) => requestsIn(d).map(request => ({ request, file })));
        // The view's as-of date when it is a day; else the one the checks use (an invalid rogatory.asOf is ignored there too).
        const asOf = typeof asOfParam === 'string' && isDay(asOfParam) ? asOfParam : services.rogatory.Settings.currentDate();
        const register = buildRegister(requests, asOf, files.flatMap(requestsIn), named.filter(({ d }) => hasSyntaxErrors(d)).map(({ file }) => file));
        return { register, requests };
    };
    connection.onRequest(RegisterRequest, async (params: RegisterParams): Promise<RegisterResult> => {
        await settled();
        const { register, requests } = workspaceRegister(params?.asOf);
        // Where each request starts, for the view to open it there (the first of a reference declared twice in one file).
        const lines = new Map<string, number>();
        for (const { request, file } of requests) {
            const key = `${file}\u0000${request.name ?? ''}`;
            if (!lines.has(key)) lines.set(key, request.$cstNode?.range.start.line ?? 0);
        }
        return { ...register, rows: register.rows.map(row => ({ ...row, line: lines.get(`${row.file}\u0000${row.reference}`) ?? 0 })) };
    });
    // The register as a report, for the editor's "Export register": rendered here, where the register is built and
    // the documents are written, by the renderer `rogatory register` prints with (so the report is the CLI's output),
    // and written as the documents are (atomically, only inside the export folder, which the extension has checked
    // is inside the workspace folder), so the extension stays glue; not recorded in the documents' manifest.
    connection.onRequest(ExportRegisterRequest, async (params: ExportRegisterParams): Promise<ExportRegisterResult> => {
        if (!params || !REGISTER_FORMATS.includes(params.format) || typeof params.folder !== 'string' || typeof params.outDir !== 'string') {
            return { error: `the register cannot be exported: give a format (${REGISTER_FORMATS.join(', ')}), a workspace folder and an export folder.` };
        }
        // Defence in depth: the same rule as the extension's, which refuses such a folder before asking.
        if (relativeInside(params.folder, params.outDir) === undefined) {
            return { error: `the register is exported only inside the workspace folder, and ${params.outDir} is outside ${params.folder}.` };
        }
        await settled();
        const { register } = workspaceRegister(params.asOf, params.folder);
        const name = `register-${register.asOf}.${params.format}`;
        const target = path.join(params.outDir, name);
        const failed = (why: string) => ({ error: `the register as of ${register.asOf} was not exported: ${why}` });
        try {
            await makeFolder(params.outDir);
            // A symbolic link or a folder in its place is not replaced, as `rogatory build` replaces none.
            const there = await fs.lstat(target).catch(() => undefined);
            if (there && !there.isFile()) return failed(describeRefusal({ kind: 'not-ours', file: name, reason: 'not-a-file' }));
            await replaceAtomically(target, Buffer.from(renderRegister(register, params.format), 'utf8'));
        } catch (error) {
            return failed(unwritableFolder(error, params.outDir, params.folder) ?? (error instanceof Error ? error.message : String(error)));
        }
        return { file: target, asOf: register.asOf, requests: register.rows.length, syntaxErrors: register.syntaxErrors };
    });
    // The preview: the request as the generator renders it in HTML; DRAFT while it has errors, and
    // the syntax errors named when the file was read only in part (the rendering lacks what was not read).
    // Every check, the cross-file ones included, is run on the request as the workspace now stands (an edit
    // elsewhere may have changed its findings), under the workspace lock after the edits received before it;
    // computed, not built: a build replaces the file's diagnostics (two renderings at once, each building,
    // doubled them) and tells the preview that the workspace changed, which would render it again without end.
    connection.onRequest(RenderRequest, async (params: RenderParams): Promise<RenderResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(async (): Promise<RenderResult> => {
            const { document, request } = requestOf(params.uri);
            if (!document || !request) return { error: 'This file holds no request to preview.' };
            const validated = new Map<string, Promise<Diagnostic[]>>();
            const errors = await requestErrors(request, services, validated);
            const diagnostics = await validated.get(document.uri.toString())!;
            const model = buildRequestDocument(request, { lang: params.lang, draft: errors.length > 0, stateLibrary: services.rogatory.StateLibrary });
            const inDeclarations = errors.filter(e => e.declaration).map(e => ({
                declaration: e.declaration!.name, file: shownFile(e.document, document), line: e.diagnostic.range.start.line + 1, message: messageOf(e.diagnostic)
            }));
            const syntaxErrors = hasSyntaxErrors(document)
                ? diagnostics.filter(d => d.code === 'syntax-error').map(d => ({ line: d.range.start.line + 1, message: messageOf(d) }))
                : [];
            return { html: renderHtml(model), ...(syntaxErrors.length ? { syntaxErrors } : {}), ...(inDeclarations.length ? { declarationErrors: inDeclarations } : {}) };
        });
    });
    // Export: the same path as `rogatory build` (generator/export-request.ts). A request with
    // errors is refused unless exported as a draft; files are written atomically inside outDir.
    // Under the workspace lock, as the preview: the checks and the documents are those of the workspace as it
    // stood when the export was asked. Outside it, an edit that came just after (a person renamed in another
    // file) was built while the export awaited, and the documents printed the new text, checked as the old.
    // Edits made meanwhile wait for the export (rendering every format and language: about a second).
    connection.onRequest(ExportRequest, async (params: ExportParams): Promise<ExportResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => exportUnderLock(params));
    });
    const exportUnderLock = async (params: ExportParams): Promise<ExportResult> => {
        const { document, request } = requestOf(params.uri);
        if (!document || !request) return { files: [], error: 'This file holds no request to export.' };
        const errors = await requestErrors(request, services);
        // At the start of the sentence the editor shows: "The request without a reference on line 3", a reference as written.
        const label = request.name || requestLabel(request).replace(/^the /, 'The ');
        if (errors.length > 0 && !params.draft) {
            const first = errors[0];
            const where = first.declaration
                ? `in ${first.declaration.name}, which it relies on, line ${first.diagnostic.range.start.line + 1} of ${shownFile(first.document, document)}`
                : `line ${first.diagnostic.range.start.line + 1}`;
            return { files: [], error: `${label} has ${errors.length} error(s) (first, ${where}: ${messageOf(first.diagnostic)}); fix them or export a draft.`, draftable: true };
        }
        let out: OutputFolder | undefined;
        // A manifest that could not be used is said on every outcome: a refusal is then often its
        // consequence (the files it recorded no longer count as this request's), not a mystery.
        const failed = (why: string) => `${label} not exported: ${why}${out?.manifestWarning ? ` (${out.manifestWarning})` : ''}`;
        try {
            out = await OutputFolder.open(params.outDir);
            const outcome = await exportRequest(request, document, out, {
                formats: params.formats, lang: params.langs, draft: params.draft, force: params.force,
                stateLibrary: services.rogatory.StateLibrary, workspaceRoot: params.workspaceRoot
            });
            if ('refused' in outcome) return { files: [], error: failed(outcome.refused), replaceable: outcome.replaceable };
            await out.saveManifest();
            return { files: outcome.written, warnings: out.manifestWarning ? [out.manifestWarning, ...outcome.warnings] : outcome.warnings };
        } catch (error) {
            return { files: [], error: failed(unwritableFolder(error, params.outDir, params.workspaceRoot) ?? (error instanceof Error ? error.message : String(error))) };
        }
    };
}

const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);

/** Another file as a message names it to the author of `from`: its path from `from`'s folder (`../declarations/surrender.rog`), or its name when beside it. */
function shownFile(document: LangiumDocument, from: LangiumDocument): string {
    return path.relative(path.dirname(from.uri.fsPath), document.uri.fsPath) || path.basename(document.uri.fsPath);
}

/**
 * An export the file system refused (the folder cannot be created or written in), as one sentence
 * naming where, why and what to do, in the CLI's words (`workspace/file-system-errors.ts`), the path
 * from the workspace root when inside it; undefined for any other failure.
 */
export function unwritableFolder(error: unknown, outDir: string, workspaceRoot?: string): string | undefined {
    const failure = fileSystemFailure(error, at => (workspaceRoot && relativeInside(workspaceRoot, at)) || at, outDir);
    if (!failure) return undefined;
    return `${failure.sentence}; ${failure.remedy ? `${failure.remedy}, or ` : ''}choose another folder in the setting rogatory.export.folder, then export again`;
}
