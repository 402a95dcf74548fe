import type { Connection } from 'vscode-languageserver';
import type { RogatoryServices } from '../rogatory-module.js';
import { today } from '../states/dates.js';
import { describeStatus } from '../states/state-status.js';
import { isModel, isRequest } from '../generated/ast.js';
import { buildRegister, type Register } from '../register/register.js';
import { URI } from 'langium';
import { buildRequestDocument } from '../generator/build-request-document.js';
import { renderHtml } from '../generator/render-html.js';
import { CheckWorkspaceRequest, RegisterRequest, RenderRequest, StatesRequest, type CheckWorkspaceResult, type RegisterParams, type RenderParams, type RenderResult, type StateItem, type StatesParams } from './protocol.js';

/** Answers the extension's requests beyond LSP (see protocol.ts). */
export function registerCustomRequests(connection: Connection, services: RogatoryServices): void {
    const shared = services.shared;
    connection.onRequest(StatesRequest, async (params: StatesParams): Promise<StateItem[]> => {
        await shared.workspace.WorkspaceManager.ready;
        const date = params?.date ?? today();
        const library = services.rogatory.StateLibrary;
        return library.allStates().map(state => ({
            name: state.name, nameFr: state.nameFr, alpha2: state.alpha2, alpha3: state.alpha3,
            status: describeStatus(library.statusOn(state, date))
        }));
    });
    connection.onRequest(CheckWorkspaceRequest, async (): Promise<CheckWorkspaceResult> => {
        await shared.workspace.WorkspaceManager.ready;
        const documents = shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray();
        // Slow (workspace-wide) checks run here too: this is the "on demand" full check.
        await shared.workspace.DocumentBuilder.build(documents, { validation: { categories: ['built-in', 'fast', 'slow'] } });
        const result = { files: documents.length, errors: 0, warnings: 0, infos: 0 };
        for (const d of documents) {
            for (const diagnostic of d.diagnostics ?? []) {
                if (diagnostic.severity === 1) result.errors++;
                else if (diagnostic.severity === 2) result.warnings++;
                else result.infos++;
            }
        }
        return result;
    });
    connection.onRequest(RegisterRequest, async (params: RegisterParams): Promise<Register> => {
        await shared.workspace.WorkspaceManager.ready;
        const requests = shared.workspace.LangiumDocuments.all
            .filter(d => d.uri.scheme === 'file')
            .flatMap(d => {
                const root = d.parseResult.value;
                return isModel(root) ? root.elements.filter(isRequest).map(request => ({ request, file: d.uri.fsPath })) : [];
            })
            .toArray();
        return buildRegister(requests, params?.asOf || services.rogatory.Settings.currentDate());
    });
    // The preview: the request as the generator renders it in HTML; DRAFT while it has errors.
    connection.onRequest(RenderRequest, async (params: RenderParams): Promise<RenderResult> => {
        await shared.workspace.WorkspaceManager.ready;
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
        const root = document?.parseResult.value;
        const request = root && isModel(root) ? root.elements.find(isRequest) : undefined;
        if (!document || !request) return { error: 'This file holds no request to preview.' };
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const draft = (document.diagnostics ?? []).some(d => d.severity === 1);
        const model = buildRequestDocument(request, { lang: params.lang, draft, stateLibrary: services.rogatory.StateLibrary });
        return { html: renderHtml(model) };
    });
}
