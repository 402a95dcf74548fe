import type { Register, RegisterRow } from '../register/register.js';
import type { RegisterFormat } from '../register/formats.js';
import type { RequestKindName } from '../skeleton.js';
import type { NewRequestRefusal } from '../workspace/new-request-file.js';

/**
 * Requests the Rogatory language server answers beyond LSP, for the VS Code extension's
 * commands (preview, export, new request, check workspace). One definition for both sides.
 */
export const RenderRequest = 'rogatory/render';
export interface RenderParams { uri: string; lang: 'en' | 'fr' }
/**
 * `syntaxErrors`: the file was read only in part (its syntax errors, in order, each with its 1-based
 * line): the rendering lacks what the parser could not read, which the preview says above it.
 * `declarationErrors`: errors in declarations the request relies on (its warrant, its person…, in this file or
 * another: `file` relative to this one), which mark the rendering DRAFT although the request's own text may have none.
 */
export interface RenderResult {
    html?: string; error?: string; syntaxErrors?: Array<{ line: number; message: string }>;
    declarationErrors?: Array<{ declaration: string; file: string; line: number; message: string }>;
}

export const ExportRequest = 'rogatory/export';
/**
 * `outDir` is where the documents go; `workspaceRoot` the folder annex files must stay in.
 * `force` replaces files that are not earlier outputs of the same request.
 */
export interface ExportParams {
    uri: string; formats: Array<'docx' | 'pdf' | 'html' | 'md' | 'json'>; langs: Array<'en' | 'fr'>;
    outDir: string; workspaceRoot: string; draft?: boolean; force?: boolean;
}
/**
 * `replaceable`: the export was refused only because files would be replaced (ask, then resend with `force`).
 * `draftable`: refused only because the request has errors (offer to resend with `draft`); any other
 * refusal (no request in the file, a folder that cannot be written) a draft would meet again.
 */
export interface ExportResult { files: string[]; warnings?: string[]; error?: string; replaceable?: boolean; draftable?: boolean }

export const StatesRequest = 'rogatory/states';
/** The States (their status on `date`), then, when asked, the intergovernmental organisations (art. 87(6)): whom a new request may be made to. */
export interface StatesParams { date?: string; organisations?: boolean }
export interface StateItem { name: string; nameFr?: string; alpha2?: string; alpha3?: string; abbreviation?: string; status: string; organisation?: boolean }

/** The next `<prefix>NNNN` (`OTP-2026-0043`) no request of the workspace is named: the New request command's proposal. */
export const FreeReferenceRequest = 'rogatory/freeReference';
export interface FreeReferenceParams { prefix: string }

/**
 * The New request command's file: the skeleton written by the server as `rogatory new` writes it (writeNewRequest), to
 * `<folder>/requests/<reference>.rog`, created whole and never over a file, a reference some request has refused.
 * Without a folder (no workspace open), nothing is written: the skeleton's text is returned (newRequestText).
 */
export const NewRequestRequest = 'rogatory/newRequest';
export interface NewRequestParams { folder?: string; reference: string; kind: RequestKindName; date: string; state?: string; organisation?: string }
/** `file` written, or `text` without a folder; or `refusal` (nothing written); or `error`, a file that could not be written, in words. */
export interface NewRequestResult { file?: string; text?: string; refusal?: NewRequestRefusal; error?: string }

export const CheckWorkspaceRequest = 'rogatory/checkWorkspace';
export interface CheckWorkspaceResult { files: number; errors: number; warnings: number; infos: number }

export const RegisterRequest = 'rogatory/register';
export interface RegisterParams { asOf?: string }
/**
 * The register of register/register.ts, each row with the 0-based `line` where its request starts in
 * its file: the view opens the request there (a file may declare persons and warrants first, or hold
 * several requests).
 */
export type RegisterResult = Register & { rows: Array<RegisterRow & { line: number }> };

export const ExportRegisterRequest = 'rogatory/exportRegister';
/**
 * The register of the workspace folder `folder` (its files as `rogatory register <folder>` reads them, named
 * relative to it) as of `asOf` (as for the view), written as `register-<date>.<format>` into `outDir`.
 */
export interface ExportRegisterParams extends RegisterParams { format: RegisterFormat; folder: string; outDir: string }
/**
 * `file`: the report written (absolute); `requests`: its rows (0: written all the same, empty, as the CLI does);
 * `syntaxErrors`: the files, relative to the folder, whose requests may be missing or incomplete. `error`: nothing written, why.
 */
export interface ExportRegisterResult { file?: string; asOf?: string; requests?: number; syntaxErrors?: string[]; error?: string }

/**
 * Sent by the server at every update of the workspace (an edit, a file created, changed, deleted or
 * renamed on disk, a re-check for `rogatory.asOf`): what the register shows may have changed.
 */
export const WorkspaceChangedNotification = 'rogatory/workspaceChanged';
