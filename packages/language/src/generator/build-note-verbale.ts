/**
 * Builds the covering note verbale: third person, unsigned, the courtesy formulas of
 * shared/reference/note-verbale.md §2, addressed through the requested State's declared
 * channel. The skeleton is SYNTHETIC (note-verbale.md §3): no ICC note verbale text is
 * public, so the model's metadata says so (provenance `synthetic-conventions`); the document
 * itself carries no such remark, since it is meant to be sent. Likewise what the author must
 * confirm before sending (a channel from a designation marked NOT VERIFIED) goes to
 * `meta.warnings`, which `rogatory build` and the editor's export report, never into the text.
 */
import { AstUtils } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { Designation, Request } from '../generated/ast.js';
import { citationsOf, provisionGroups, provisionLabel } from '../statute/provisions.js';
import { DOCUMENT_MODEL_SCHEMA, NO_BREAK_SPACE, text, withFlowingText, type Block, type Footnote, type GeneratedDocument, type Inline } from './document-model.js';
import { GENERATOR_NAME, principalPerson, personName, requestTitle } from './build-request-document.js';
import { addresseeOf, annexLevels, channelAddressee, classificationOf, confirmedTransmission, courtLayout, documentNumber, isInvitation, partyProvisionsApply, runningMarks, type BuildOptions } from './page-marks.js';
import { AUTHOR_WARNINGS, classificationLevel, formatDate, joinList, kindTexts, NOTE_VERBALE_TEXTS, organNames, REQUEST_TEXTS } from './texts.js';
import { languageName } from '../languages.js';

export function buildNoteVerbale(request: Request, options: BuildOptions): GeneratedDocument {
    const { lang } = options;
    const draft = options.draft ?? false;
    const t = NOTE_VERBALE_TEXTS[lang];
    const cite = (citation: string) => provisionLabel(citation, lang);
    const marks = classificationOf(request, lang);
    const date = request.date ? formatDate(request.date, lang) : undefined;
    const sender = t.sender(request.transmittedBy);
    const addressee = addresseeOf(request, lang);
    const { phrase: to, designation } = channelAddressee(request, options);
    const organ = organNames(request.organ, request.organName, lang);
    const title = requestTitle(request, lang);
    const blocks: Block[] = [];
    const footnotes: Footnote[] = [];
    const warnings: string[] = [];
    const paragraph = (...content: Inline[]) => blocks.push({ type: 'paragraph', content, align: 'justify' });

    if (request.name) blocks.push({ type: 'paragraph', content: [text(t.reference(request.name))], align: 'left' });
    blocks.push({ type: 'heading', level: 1, text: t.heading });

    // Opening formula, with what is transmitted.
    paragraph(text(t.opening(sender, to, title, documentNumber(request), organ.inSentence, date, request.annexes.length)));
    // An urgent request sent first by another medium: this note, through the channel, confirms it (arts. 91(1), 96(1)).
    const confirmed = confirmedTransmission(request);
    if (confirmed) {
        paragraph(text(t.confirms(REQUEST_TEXTS[lang].mediums[confirmed.medium] ?? confirmed.medium, confirmed.sentOn && formatDate(confirmed.sentOn, lang), confirmed.provision && cite(confirmed.provision))));
    }
    const unverified = designation && unverifiedDesignationWarning(request, designation);
    if (unverified) warnings.push(unverified);

    // What is requested and on what basis.
    const person = principalPerson(request);
    const forms = joinList(provisionGroups(citationsOf(request.forms), lang), lang);
    paragraph(text(t.summary(kindTexts(request.kind, lang).action(personName(person?.person?.ref, person?.person?.$refText), forms, true), addressee.kind === 'organisation', isInvitation(request))));
    const legalBasis = citationsOf(request.legalBasis);
    if (legalBasis.length > 0) paragraph(text(t.legalBasis(provisionGroups(legalBasis, lang))));
    if (designation?.channel) paragraph(text(t.channel(cite('art. 87(1)(a)'))));
    // Art. 87(2) and rule 178 concern the language a State Party chose; a State not party's is rule 179's (NOT VERIFIED).
    const asParty = partyProvisionsApply(request);
    if (request.language) {
        paragraph(text(t.language(languageName(request.language, lang), request.translations.map(l => languageName(l, lang)),
            asParty ? provisionGroups(['art. 87(2)', 'rule 178'], lang) : [])));
    }
    if (request.urgency) paragraph(text(t.urgency(request.urgency)));
    // The request's classification and, where one differs, its annexes' (as the request's annex table shows them).
    const annexes = annexLevels(request, lang);
    // Art. 87(3) binds a requested State Party; an organisation (art. 87(6)) and a State invited under
    // art. 87(5)(a), whom the wording must not hold to a State Party's obligations, are asked all the same.
    const organisation = addressee.kind === 'organisation';
    const article87_3 = organisation || isInvitation(request) ? undefined : cite('art. 87(3)');
    if (request.classification && request.classification !== 'public') {
        paragraph(text(t.confidentiality(classificationLevel(request.classification, lang).toLocaleLowerCase(lang), annexes, article87_3, organisation)));
    } else if (request.classification === 'public' && annexes.differing.length > 0) {
        paragraph(text(t.confidentiality(undefined, annexes, article87_3, organisation)));
    }
    if (request.respondBy) paragraph(text(t.respondBy(formatDate(request.respondBy, lang), organisation)));
    paragraph(text(t.consultations(asParty ? cite('art. 97') : undefined, organisation)));
    if (request.contact?.trim()) paragraph(text(t.contact(request.contact.trim())));

    // Closing formula; place and date bottom right; no signature (a note verbale is initialled, not signed).
    paragraph(text(t.closing(sender, to)));
    // A note that confirms the request is dated the day of the confirmation.
    const noteDate = confirmed ? formatDate(confirmed.confirmedOn, lang) : date;
    blocks.push({ type: 'closing', signature: false, lines: noteDate ? [t.placeAndDate(noteDate)] : [] });
    // What the note says is transmitted: the request, the translations that accompany it (its language paragraph
    // above), its annexes. An annex's name never ends a line apart from its title ("A2 | Decision on..."): a
    // no-break space, as keepTogether's.
    const enclosures = [request.name, ...request.translations.map(l => t.enclosedTranslation(request.name, languageName(l, lang))),
        ...request.annexes.map(a => [a.name, a.title].filter(Boolean).join(NO_BREAK_SPACE))];
    blocks.push({ type: 'paragraph', content: [text(t.enclosures(enclosures), { italic: true })], align: 'left' });

    const { header, footer } = runningMarks(request, lang, draft, 'note-verbale');
    return withFlowingText({
        meta: {
            schema: DOCUMENT_MODEL_SCHEMA, document: 'note-verbale', lang, reference: request.name, requestKind: request.kind,
            title: t.heading, date: request.date,
            classification: { level: marks.level, exParte: marks.exParte, urgent: marks.urgent, line: marks.line }, draft,
            provenance: { kind: 'synthetic-conventions', note: t.provenance },
            warnings, generator: GENERATOR_NAME
        },
        // Notes verbales are single-spaced, with a blank line between paragraphs (note-verbale.md §2): one
        // single line of 12 pt Times is 1.15 em, 13.8 pt. Page and font as the request.
        layout: courtLayout(1, 13.8),
        header, footer, blocks, footnotes
    });
}

/**
 * The author's warning when the note is addressed through a designation that is not verified:
 * the built-in library's designations are the dossier's examples from third-party sources (as
 * the checks say, validation/addressee.ts), a workspace designation is as its `verification`
 * clause marks it. Author-facing, so in English like every diagnostic.
 */
function unverifiedDesignationWarning(request: Request, designation: Designation): string | undefined {
    const state = addresseeOf(request, 'en').forms.withArticle;
    const provision = provisionLabel('art. 87(1)(a)', 'en');
    const document = AstUtils.getDocument(designation);
    if (isBuiltinUri(document.uri)) return AUTHOR_WARNINGS.builtinDesignation(state, provision);
    if (!designation.verification || designation.verification === 'verified') return undefined;
    const file = document.uri.path.split('/').pop() ?? document.uri.toString();
    return AUTHOR_WARNINGS.workspaceDesignation(state, provision, file, designation.verification, designation.verificationNote?.trim());
}
