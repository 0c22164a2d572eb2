/**
 * The document's language in its core properties (docProps/core.xml `dc:language`), which the docx package
 * does not write: Word, LibreOffice and screen readers read the package's language from there, and the
 * runs' `sv-SE` alone leaves File › Properties without one (READERS.md 6). Added to the document's core
 * properties before it is packed, so the package is zipped once (unzipping and zipping it again afterwards
 * cost as much as packing it).
 */
import { type Document, XmlComponent } from 'docx';

class Language extends XmlComponent {
    constructor(language: string) {
        super('dc:language');
        this.root.push(language);
    }
}

export function addCoreLanguage(document: Document, language: string): Document {
    document.CoreProperties.addChildElement(new Language(language));
    return document;
}
