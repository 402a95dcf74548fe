import type { DeepPartial, Module, PartialLangiumCoreServices } from 'langium';
import { EmptyFileSystem, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { RogatoryGeneratedModule, RogatoryGeneratedSharedModule } from './generated/module.js';
import { RogatoryNodeKindProvider } from './lsp/node-kind-provider.js';
import { RogatoryFuzzyMatcher } from './lsp/fuzzy-matcher.js';
import { RogatoryDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { createGuardedParser } from './parser/guarded-parser.js';
import { RogatoryLexerErrorMessageProvider, RogatoryParserErrorMessageProvider } from './parser/messages.js';
import { RogatoryLexer } from './parser/lexer.js';
import { RogatoryTokenBuilder } from './parser/token-builder.js';
import { RogatoryValueConverter } from './parser/value-converter.js';
import { RogatoryDocumentValidator } from './validation/document-validator.js';
import { RogatoryValidationRegistry } from './validation/validation-registry.js';
import { RogatoryLinker } from './references/linker.js';
import { RogatoryReferences } from './references/references.js';
import { RogatoryScopeProvider } from './references/scope-provider.js';
import { RogatoryScopeComputation } from './references/scope-computation.js';
import { StateLibrary } from './states/state-library.js';
import { registerValidationChecks } from './validation/rogatory-validator.js';
import { RogatoryWorkspaceManager } from './workspace/workspace-manager.js';
import { RogatoryLangiumDocumentFactory, RogatoryLangiumDocuments } from './workspace/documents.js';
import { RogatoryIndexManager } from './workspace/index-manager.js';
import { RogatoryServiceRegistry } from './workspace/service-registry.js';
import { RogatoryDocumentBuilder } from './workspace/document-builder.js';
import { RogatoryLspModule } from './lsp/lsp-module.js';
import { RogatorySettings } from './workspace/settings.js';

/** Services of the Rogatory language beyond Langium's defaults. */
export type RogatoryAddedServices = {
    rogatory: {
        /** The State library: each State's Rome Statute status on a date, its designations. */
        StateLibrary: StateLibrary;
        /** The as-of date for deadlines and follow-up (CLI `--at`). */
        Settings: RogatorySettings;
    };
};

export type RogatoryServices = LangiumServices & RogatoryAddedServices;

/** Core services: parsing guarded against binary and huge input; the State library. */
export const RogatoryModule: Module<RogatoryServices, PartialLangiumCoreServices & RogatoryAddedServices> = {
    parser: {
        LangiumParser: services => createGuardedParser(services),
        TokenBuilder: () => new RogatoryTokenBuilder(),
        Lexer: services => new RogatoryLexer(services),
        LexerErrorMessageProvider: () => new RogatoryLexerErrorMessageProvider(),
        ParserErrorMessageProvider: services => new RogatoryParserErrorMessageProvider(services.Grammar, () => services.rogatory.Settings.currentDate()),
        ValueConverter: () => new RogatoryValueConverter()
    },
    validation: {
        DocumentValidator: services => new RogatoryDocumentValidator(services),
        ValidationRegistry: services => new RogatoryValidationRegistry(services)
    },
    references: {
        ScopeComputation: services => new RogatoryScopeComputation(services),
        Linker: services => new RogatoryLinker(services),
        References: services => new RogatoryReferences(services),
        ScopeProvider: services => new RogatoryScopeProvider(services)
    },
    rogatory: {
        StateLibrary: services => new StateLibrary(services),
        Settings: () => new RogatorySettings()
    }
};

export const RogatorySharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: services => new RogatoryServiceRegistry(services),
    workspace: {
        WorkspaceManager: services => new RogatoryWorkspaceManager(services),
        DocumentBuilder: services => new RogatoryDocumentBuilder(services),
        LangiumDocuments: services => new RogatoryLangiumDocuments(services),
        LangiumDocumentFactory: services => new RogatoryLangiumDocumentFactory(services),
        IndexManager: services => new RogatoryIndexManager(services)
    },
    lsp: {
        NodeKindProvider: () => new RogatoryNodeKindProvider(),
        FuzzyMatcher: () => new RogatoryFuzzyMatcher(),
        DocumentUpdateHandler: services => new RogatoryDocumentUpdateHandler(services)
    }
};

/**
 * Creates the shared services and the Rogatory language services. The same
 * function serves the language server, the CLI and the tests.
 */
export function createRogatoryServices(context: DefaultSharedModuleContext = EmptyFileSystem): {
    shared: LangiumSharedServices;
    Rogatory: RogatoryServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        RogatoryGeneratedSharedModule,
        RogatorySharedModule
    );
    const Rogatory = inject(
        createDefaultModule({ shared }),
        RogatoryGeneratedModule,
        RogatoryModule,
        RogatoryLspModule as Module<RogatoryServices, PartialLangiumServices>
    );
    shared.ServiceRegistry.register(Rogatory);
    registerValidationChecks(Rogatory);
    if (!context.connection) {
        // Without a language client nobody sends a configuration: build the workspace now.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Rogatory };
}
