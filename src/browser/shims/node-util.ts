/** `node:util` for the web bundles: the browser's own TextDecoder (it knows windows-1252 too). */
export const TextDecoder = globalThis.TextDecoder;
export default { TextDecoder };
