import { DefaultLexerErrorMessageProvider } from 'langium';

/** Lexer errors a legal officer can act on, instead of Chevrotain's offsets. */
export class RogatoryLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        if (text.startsWith('"')) return 'This string is not closed: add the closing double quote (").';
        const shown = [...text].slice(0, 10).map(c => (c < ' ' ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c)).join('');
        return `Unexpected character${length > 1 ? 's' : ''} '${shown}': not part of the Rogatory language here.`;
    }
}
