/**
 * The codes the document validator gives the parser's and the linker's problems, which are not in the
 * rule catalogue: SARIF describes them as it does a rule (code scanning shows a rule's descriptions in
 * each alert's header), and `rogatory rules --format md` (docs/rules.md) lists them after the rules.
 */
export const LANGUAGE_CODES: Record<string, string> = {
    'syntax-error': 'The file cannot be read as the Rogatory language at this place (or is not text, or is larger than 2 MB); the message says what to write. The rest of the file is read from the next clause on.',
    'unresolved-reference': 'A name refers to nothing declared in the workspace or in the built-in library of States and organisations; the message names the declarations probably meant, or, for a name close to none (a placeholder such as `W-TODO`), says to declare it or to name one declared.'
};
