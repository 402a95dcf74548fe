import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, UriUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { CancellationToken, Position, Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { declarationsByName, WORKSPACE_NAMED_TYPES } from '../validation/request.js';

/**
 * Rename as Langium does it (the declaration and every reference, in every file of the
 * workspace), refusing what would break the workspace instead of editing it:
 * - a declaration of the built-in library (States, organisations: read-only, and not the
 *   user's to rename);
 * - a new name that is not one name token (`P Otieno`, `2026-x`, a keyword, a quoted string
 *   where an ID is expected); names written as strings (`state "..."`) are quoted for the user;
 * - a name referred to where it is declared more than once (reference-ambiguous): which declaration is unclear;
 * - a new name already declared (for persons, warrants, judgments, decisions, records and
 *   requests: anywhere in the workspace; for annexes and places: in the same request).
 * A refusal is a ResponseError, which editors show as the reason rename is not possible.
 */
export class RogatoryRenameProvider extends DefaultRenameProvider {
    private readonly services: RogatoryServices;

    constructor(services: RogatoryServices) {
        super(services);
        this.services = services;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) return super.rename(document, params, cancelToken);
        this.checkNotBuiltin(target);
        const nameNode = this.nameProvider.getNameNode(target);
        const quoted = nameNode?.text.startsWith('"') ?? false;
        const name = quoted ? this.checkStringName(params.newName) : this.checkIdName(params.newName);
        if (name !== this.nameProvider.getName(target)) this.checkNoClash(target, name);
        return super.rename(document, { ...params, newName: quoted ? `"${name}"` : name }, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, cancelToken?: CancellationToken): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (target) this.checkNotBuiltin(target);
        return super.prepareRename(document, params, cancelToken) as Range | undefined;
    }

    /**
     * The declaration named or referenced at the position. A name declared more than once that is referred to
     * there (reference-ambiguous) stands for all its declarations: which one to rename is for the author to say,
     * from the declaration itself.
     */
    private targetAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(position);
        const leaf: CstNode | undefined = root && CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        const targets = leaf ? this.references.findDeclarations(leaf) : [];
        if (targets.length > 1) {
            const name = this.nameProvider.getName(targets[0]) ?? '';
            throw new ResponseError(ErrorCodes.InvalidRequest, `${name} is declared ${targets.length === 2 ? 'twice' : `${targets.length} times`} in the workspace, so this reference does not say which declaration to rename: rename the one meant from its declaration (go to definition lists them), then check the references that named it.`);
        }
        return targets[0];
    }

    private checkNotBuiltin(target: AstNode): void {
        const uri = AstUtils.getDocument(target).uri;
        if (isBuiltinUri(uri)) {
            const what = `${target.$type.toLowerCase()} ${this.nameProvider.getName(target) ?? ''}`.trim();
            throw new ResponseError(ErrorCodes.InvalidRequest, `The ${what} belongs to the built-in library (${uri.toString()}), which is read-only: it cannot be renamed.`);
        }
    }

    /** A name written as an ID (persons, warrants, requests...): exactly one ID token. */
    private checkIdName(newName: string): string {
        const { tokens, errors } = this.services.parser.Lexer.tokenize(newName);
        const token = tokens[0];
        if (errors.length > 0 || tokens.length !== 1 || token.tokenType.name !== 'ID' || token.image !== newName) {
            // A keyword's token type is named by its text; `123` (INT) or a date is one token too, but no keyword.
            const keyword = tokens.length === 1 && token.image === newName && token.tokenType.name === newName;
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a valid name${keyword ? ` (it is a keyword of the language)` : ''}: a name is a letter or _ followed by letters, digits and _, in parts joined by single hyphens (P-Kilonzo, W-Kilonzo, OTP-2026-0001).`);
        }
        return newName;
    }

    /** A name written as a string (`state "..."`): given with or without its quotes. */
    private checkStringName(newName: string): string {
        const name = /^"(.*)"$/s.exec(newName)?.[1] ?? newName;
        if (!name.trim() || /["\\\r\n]/.test(name)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a valid name: a non-empty text without quotes, backslashes or line breaks.`);
        }
        return name;
    }

    private checkNoClash(target: AstNode, name: string): void {
        if (WORKSPACE_NAMED_TYPES.has(target.$type)) {
            const own = AstUtils.getDocument(target).uri;
            const path = this.services.workspace.AstNodeLocator.getAstNodePath(target);
            const other = declarationsByName(this.services).get(name).find(d => !(UriUtils.equals(d.documentUri, own) && d.path === path));
            if (other) {
                throw new ResponseError(ErrorCodes.InvalidParams, `A ${other.type.toLowerCase()} named ${name} is already declared (${other.documentUri.toString()}): names of requests, persons, warrants, judgments, decisions and records are shared by the whole workspace.`);
            }
            return;
        }
        // Annexes and places are named within their request.
        const siblings = target.$container && target.$containerProperty ? (target.$container as unknown as Record<string, unknown>)[target.$containerProperty] : undefined;
        if (Array.isArray(siblings) && siblings.some(s => s !== target && this.nameProvider.getName(s as AstNode) === name)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `This request already has ${target.$type === 'Annex' ? 'an annex' : `a ${target.$type.toLowerCase()}`} named ${name}.`);
        }
    }
}
