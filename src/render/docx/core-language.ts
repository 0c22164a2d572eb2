/**
 * The document's language in its core properties (docProps/core.xml `dc:language`), which the docx package
 * does not write: Word, LibreOffice and screen readers read the package's language from there, and the
 * runs' `sv-SE` alone leaves File › Properties without one (READERS.md 6).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CORE = 'docProps/core.xml';

export function withCoreLanguage(bytes: Uint8Array, language: string): Uint8Array {
    const entries = unzipSync(bytes);
    const core = entries[CORE];
    if (core === undefined) {
        return bytes;
    }
    const xml = strFromU8(core);
    if (xml.includes('<dc:language>')) {
        return bytes;
    }
    entries[CORE] = strToU8(
        xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`)
    );
    return zipSync(entries, { level: 6 });
}
