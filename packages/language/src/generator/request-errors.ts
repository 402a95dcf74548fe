import { AstUtils, isMultiReference, isReference, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { isDesignation, isModel, isRequest, type Request } from '../generated/ast.js';
import { astNodesOf, topLevelElement } from '../references/ast-walk.js';
import type { RogatoryServices } from '../rogatory-module.js';
import { today } from '../states/dates.js';

/** An error that stops a request's documents from being final, where it is. */
export interface RequestError {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    /** The declaration the request relies on that holds the error (a warrant, a person…: its name, or `designation for State "Kenya"`); undefined for the request's own text. */
    declaration?: { name: string; type: string };
}

/**
 * The errors that count against a request's documents: `rogatory build` refuses the request while it
 * has any (unless `--draft`), the editor's export too, and the preview marks it DRAFT. The one place
 * where that is judged.
 *
 * They are the errors in the request's own text, in its file outside any other block (text the parser
 * could not place, which may be the request's), and in every declaration its documents print from or
 * rely on, in any file: the warrant, the persons, the judgment, the decisions and records it names,
 * what those name in turn (the warrant's person), and the designation in force for its State. An
 * invalid date in the warrant, a clause the parser could not read in the person, a person the warrant
 * names that is declared twice: the documents would print whatever was recovered or picked, as final.
 * Errors in declarations it does not rely on, and in other requests (one it `follows` is named only),
 * do not count. The built-in library has none.
 *
 * `validated` keeps each file's diagnostics for one run (a build of many requests sharing declarations).
 */
export async function requestErrors(request: Request, services: RogatoryServices, validated = new Map<string, Promise<Diagnostic[]>>()): Promise<RequestError[]> {
    const validate = (document: LangiumDocument): Promise<Diagnostic[]> => {
        const key = document.uri.toString();
        let diagnostics = validated.get(key);
        if (!diagnostics) {
            diagnostics = services.validation.DocumentValidator.validateDocument(document, { categories: ['built-in', 'fast', 'slow'] });
            validated.set(key, diagnostics);
        }
        return diagnostics;
    };
    /** A file's errors, in text order. */
    const errorsIn = async (document: LangiumDocument): Promise<Diagnostic[]> => (await validate(document)).filter(d => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const document = AstUtils.getDocument(request);
    const errors: RequestError[] = [];
    const elements = topLevelOf(document);
    for (const diagnostic of await errorsIn(document)) {
        const holder = elements.find(e => contains(e, diagnostic.range.start));
        if (holder === undefined || holder === request) errors.push({ document, diagnostic });
    }
    for (const declaration of declarationsReliedOn(request, services)) {
        const where = AstUtils.getDocument(declaration);
        for (const diagnostic of await errorsIn(where)) {
            if (contains(declaration, diagnostic.range.start)) {
                errors.push({ document: where, diagnostic, declaration: { name: declarationName(declaration), type: declaration.$type } });
            }
        }
    }
    return errors;
}

/**
 * The top-level declarations outside the built-in library that the request relies on, followed from
 * reference to reference (a warrant's person), and the designation in force for its State on its date;
 * other requests are not followed.
 */
export function declarationsReliedOn(request: Request, services: RogatoryServices): AstNode[] {
    const found: AstNode[] = [];
    const seen = new Set<AstNode>([request]);
    const add = (target: AstNode | undefined) => {
        const element = target && topLevelElement(target);
        if (!element || seen.has(element)) return;
        seen.add(element);
        if (isRequest(element) || isBuiltinUri(AstUtils.getDocument(element).uri)) return;
        found.push(element);
    };
    const state = request.state?.ref;
    if (state) add(services.rogatory.StateLibrary.designationOn(state, request.date ?? today()));
    for (let i = -1; i < found.length; i++) {
        const from = i < 0 ? request : found[i];
        for (const node of astNodesOf(from)) {
            for (const { reference } of AstUtils.streamReferences(node)) {
                if (isReference(reference)) add(reference.ref);
                else if (isMultiReference(reference)) for (const item of reference.items) add(item.ref);
            }
        }
    }
    return found;
}

/** A declaration as the author wrote its head: its name, or, for a designation (which has none), what it is for. */
function declarationName(node: AstNode): string {
    if (isDesignation(node)) return `designation for State "${node.state?.$refText ?? ''}"`;
    return (node as { name?: string }).name ?? node.$type;
}

function topLevelOf(document: LangiumDocument): readonly AstNode[] {
    const root = document.parseResult.value;
    return isModel(root) ? root.elements : [];
}

/** Does the node's text hold the position? A node without text (the parser made nothing of it) holds nothing. */
function contains(node: AstNode, position: Position): boolean {
    const range = node.$cstNode?.range;
    if (!range) return false;
    return !before(position, range.start) && !before(range.end, position);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
