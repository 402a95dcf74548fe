/**
 * The register's formats, each also the extension of its file (`register-2026-11-22.html`): `rogatory register
 * --format` and the editor's "Export register" offer these. Apart from the renderers, so that the extension names
 * them without bundling them.
 */
export const REGISTER_FORMATS = ['csv', 'json', 'html'] as const;
export type RegisterFormat = typeof REGISTER_FORMATS[number];

/** How the register's page and the editor's view show a row whose request the parser read without its reference (`request {`). */
export const NO_REFERENCE = '(request without a reference)';
