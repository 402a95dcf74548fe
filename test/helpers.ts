import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { parseHelper, validationHelper, type ValidationResult } from 'langium/test';
import { createRogatoryServices, loadBuiltinDocuments, type Model, type RogatoryServices } from '../packages/language/src/index.js';

let counter = 0;

/**
 * One set of services per test file, with the built-in library (States, organisations,
 * designations) loaded and linked before the first document is parsed; on no file system unless
 * given one (`NodeFileSystem`, for what looks at files on the disk).
 */
export function setup(context?: Parameters<typeof createRogatoryServices>[0]): {
    services: RogatoryServices;
    parse: (text: string, options?: { uri?: string }) => Promise<LangiumDocument<Model>>;
    validate: (text: string, options?: { uri?: string }) => Promise<ValidationResult<Model>>;
} {
    const { Rogatory: services, shared } = createRogatoryServices(context);
    const builtins = loadBuiltinDocuments(shared);
    let built: Promise<void> | undefined;
    const ready = () => (built ??= shared.workspace.DocumentBuilder.build(builtins, { validation: false }));
    const parseDoc = parseHelper<Model>(services);
    const validateDoc = validationHelper<Model>(services);
    const uriOf = (options: { uri?: string }) => options.uri ?? URI.file(`/ws/test-${counter++}.rog`).toString();
    return {
        services,
        parse: async (text, options = {}) => {
            await ready();
            return parseDoc(text, { validation: true, documentUri: uriOf(options) });
        },
        validate: async (text, options = {}) => {
            await ready();
            return validateDoc(text, { documentUri: uriOf(options) });
        }
    };
}
