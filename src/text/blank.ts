/**
 * Characters that show nothing: white space, format characters (zero-width space and joiners, bidi marks,
 * overrides and isolates, the byte order mark, the soft hyphen: Unicode's Cf), control characters, and the
 * fillers that render blank (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /^[\s\p{Cf}\p{Cc}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** Whether a text a reader must be able to read (a motivation) shows nothing at all. */
export function isBlankText(text: string): boolean {
    return INVISIBLE.test(text);
}
