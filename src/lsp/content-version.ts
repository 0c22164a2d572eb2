/**
 * A short fingerprint of a text (an answer's version with the errors beside it), so that a client can say which answer it holds and
 * the server can answer "unchanged" (protocol.ts, PreviewParams.known). Two FNV-1a hashes of 32 bits with
 * different offsets: 64 bits, no collision to fear among the answers of one document. Plain code, since the
 * server also runs in a web worker without node:crypto.
 */
export function contentVersion(text: string): string {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x01000197);
    }
    return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
