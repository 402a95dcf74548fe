import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { parseHelper } from 'langium/test';
import { createRogatoryServices, loadBuiltinDocuments, type Model, type RogatoryServices } from '../packages/language/src/index.js';

/** One set of services per test file, with the built-in library loaded and linked. */
export function setup(): { services: RogatoryServices; parse: (text: string, options?: { uri?: string }) => Promise<LangiumDocument<Model>> } {
    const { Rogatory: services, shared } = createRogatoryServices();
    const builtins = loadBuiltinDocuments(shared);
    let built: Promise<void> | undefined;
    const parseDoc = parseHelper<Model>(services);
    const parse = async (text: string, options: { uri?: string } = {}) => {
        built ??= shared.workspace.DocumentBuilder.build(builtins, { validation: false });
        await built;
        return parseDoc(text, { validation: true, documentUri: options.uri ?? URI.file(`/ws/test-${counter++}.rog`).toString() });
    };
    return { services, parse };
}
let counter = 0;
