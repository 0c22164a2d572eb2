/**
 * The little XML a workbook's parts need: attribute values and text with entities decoded. Spreadsheet XML is
 * machine-written and flat, so scanning with indexOf is enough and much faster than a DOM; a tag prefix
 * (`<x:c>`, as some generators write) is accepted everywhere.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML's own escape for characters XML cannot hold: `_x000D_`. */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Decodes XML entities and OOXML `_xHHHH_` escapes. */
export function xmlText(raw: string): string {
    let text = raw;
    // Stryker disable next-line ConditionalExpression,StringLiteral: replacing with a pattern that matches nothing is a no-op, so this guard only saves time
    if (text.indexOf('&') >= 0) {
        text = text.replace(
            ENTITY,
            (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
                if (name !== undefined) return NAMED[name] ?? whole;
                const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
                return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
            }
        );
    }
    // Stryker disable next-line ConditionalExpression,StringLiteral: replacing with a pattern that matches nothing is a no-op, so this guard only saves time
    if (text.indexOf('_x') >= 0) {
        text = text.replace(OOXML_ESCAPE, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
    return text;
}

/** The decoded value of `name="…"` (or `prefix:name`) in a tag's attribute text, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
    const match = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
    if (!match) return undefined;
    // Stryker disable next-line StringLiteral: one of the two groups always takes part in a match, so '' is never used
    return xmlText(match[1] ?? match[2] ?? '');
}

/** Every element `<name …>` (prefix allowed) in `xml`: its attribute text and, unless self-closing, its content. */
export function* elements(xml: string, name: string): Generator<{ attributes: string; content: string }> {
    const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
    const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
    for (let match = open.exec(xml); match !== null; match = open.exec(xml)) {
        // Stryker disable next-line StringLiteral: the group ([^>]*) always takes part in a match
        const attributes = match[1] ?? '';
        if (attributes.endsWith('/')) {
            yield { attributes: attributes.slice(0, -1), content: '' };
            continue;
        }
        close.lastIndex = open.lastIndex;
        const end = close.exec(xml);
        if (end === null) {
            throw new XmlError(`elementet <${name}> avslutas aldrig`);
        }
        yield { attributes, content: xml.slice(open.lastIndex, end.index) };
        open.lastIndex = close.lastIndex;
    }
}

/** The concatenated text of every `<t>` in a string item or inline string, phonetic runs (`<rPh>`) left out. */
export function runText(content: string): string {
    // `rPh`, not `<rPh`: a prefixed run (`<x:rPh>`) must be left out too. The guard only saves time (the pattern
    // matches nothing without it), and text put in a run's place is outside every <t>, so it is never read.
    const plain =
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, see above
        content.indexOf('rPh') >= 0 ? content.replace(/<(?:[\w.-]+:)?rPh[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : content;
    let text = '';
    for (const t of elements(plain, 't')) {
        text += xmlText(t.content);
    }
    return text;
}

/** XML that cannot be read: an element that never ends. */
export class XmlError extends Error {}
