import type { AstNode, AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck, isMultiReference, isReference } from 'langium';
import { nounOf } from '../parser/messages.js';
import { astNodesOf } from './ast-walk.js';
import { likelyNames } from './suggestions.js';
import { compareText } from '../text-order.js';

/** A name that resolves to nothing, with the names the author probably meant (for the quick fix). */
export interface UnresolvedName extends LinkingError {
    suggestions: string[];
    /** Where no name is close (a placeholder such as `W-TODO`): the names of that type declared, when there are a few. */
    declared?: string[];
}

/** The types declared in blocks of their own keyword (`warrant W-1 { ... }`), which a name may be declared as. */
const DECLARED_BY_KEYWORD: ReadonlySet<string> = new Set(['Request', 'Person', 'Warrant', 'Judgment', 'Decision', 'Record']);

/** At most this many declared names are listed (and offered as quick fixes) for a name close to none of them. */
const MAX_DECLARED = 3;


/**
 * Langium's linker, visiting only the properties that the grammar makes cross-references
 * (read once per node type from the reflection) and yielding to the event loop once per
 * document instead of once per node: linking 10,000 files took 0.35 s in Langium's
 * streams over every property of every node, most of it iteration rather than resolution.
 */
export class RogatoryLinker extends DefaultLinker {
    private readonly referenceProperties = new Map<string, string[]>();

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const node of astNodesOf(document.parseResult.value)) {
            for (const property of this.referencePropertiesOf(node.$type)) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node as AstNode, property }, document);
                } else if (Array.isArray(value)) {
                    value.forEach((item, index) => {
                        if (isReference(item) || isMultiReference(item)) this.doLink({ reference: item, container: node, property, index }, document);
                    });
                }
            }
        }
    }

    /**
     * "No State named "Tanzania": did you mean "United Republic of Tanzania"?" instead of Langium's
     * "Could not resolve reference to State named 'Tanzania'". Only names that resolve to
     * nothing are looked at, so a workspace without errors pays nothing for this.
     */
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        if (targetDescription) return error;
        const type = this.reflection.getReferenceType(refInfo);
        const written = refInfo.reference.$refText;
        const quoted = refInfo.reference.$refNode?.text.startsWith('"') ? `"${written}"` : written;
        const candidates = this.scopeProvider.getScope(refInfo).getAllElements().toArray();
        const suggestions = likelyNames(candidates, written);
        const what = type === 'Annex' ? `No annex ${quoted} in this request`
            : type === 'State' || type === 'Organisation' ? `No ${nounOf(type)} named ${quoted} in the built-in list`
                : `No ${nounOf(type)} named ${quoted} is declared in the workspace`;
        if (suggestions.length || type === 'Annex' || type === 'State' || type === 'Organisation') {
            if (!suggestions.length) return { ...error, message: `${what}.` };
            const meant = `: did you mean ${suggestions.map(n => (quoted === written ? n : `"${n}"`)).join(' or ')}?`;
            const unresolved: UnresolvedName = { ...error, message: what + meant, suggestions };
            return unresolved;
        }
        // A name close to none declared (a placeholder such as the skeleton's `W-TODO`, or a declaration still to be
        // written): what to do, declare it or name one that is, listing those declared when there are a few.
        // In the one order of names shown, not the index's, which depends on the order files were read or edited in.
        const names = [...new Set(candidates.map(d => d.name))].sort(compareText);
        const declared = names.length <= MAX_DECLARED ? names : undefined;
        const declare = DECLARED_BY_KEYWORD.has(type) ? `declare it (\`${type.toLowerCase()} ${written} { ... }\`)` : 'declare it';
        const pick = names.length === 0 ? undefined
            : declared ? `name ${declared.length === 1 ? 'the one' : 'one of those'} declared (${declared.join(', ')})`
                : `name one of the ${names.length} declared (completion offers them)`;
        const todo = [declare, pick].filter(Boolean).join(', or ');
        const unresolved: UnresolvedName = { ...error, message: what + (todo ? `: ${todo}.` : '.'), suggestions, ...(declared?.length ? { declared } : {}) };
        return unresolved;
    }

    private referencePropertiesOf(type: string): readonly string[] {
        let properties = this.referenceProperties.get(type);
        if (!properties) {
            const declared = Object.values(this.reflection.getTypeMetaData(type).properties);
            this.referenceProperties.set(type, properties = declared.filter(p => p.referenceType !== undefined).map(p => p.name));
        }
        return properties;
    }
}
