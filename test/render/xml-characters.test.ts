import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderXlsxReport } from '../../src/render/xlsx/report-xlsx.js';
import { fixtureInput, fixtureModel } from './fixture.js';

/**
 * Characters XML 1.0 does not allow (U+FFFE, U+FFFF, C0 controls, a lone surrogate) in a title made a Word file
 * whose XML does not parse (issue 18, item 6). The Word and Excel writers replace them.
 */
const BAD = 'Mål\uFFFE och\uFFFF vision\u0001\u0008\u000b\uD800 slut';
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const INVALID_REFERENCE =
    /&#(x0*(?:[0-8bcef]|1[0-9a-f]|fffe|ffff|d[89a-f][0-9a-f]{2})|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]));/i;

function xmlParts(bytes: Uint8Array): Record<string, string> {
    const files = unzipSync(bytes);
    return Object.fromEntries(
        Object.entries(files)
            .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
            .map(([name, data]) => [name, strFromU8(data)])
    );
}

function input() {
    const model = fixtureModel();
    return fixtureInput({
        title: BAD,
        vision: model.vision ? { ...model.vision, title: BAD, description: BAD } : undefined,
        goals: model.goals.map(g => ({ ...g, title: BAD, measures: g.measures.map(m => ({ ...m, title: BAD })) }))
    });
}

describe('XML-invalid characters in model text', () => {
    it.each([
        ['docx', async () => renderDocxReport(input())],
        ['xlsx', () => Promise.resolve(renderXlsxReport(input()))]
    ])('%s: every XML part holds only characters XML allows, and the text is still there', async (_format, render) => {
        const parts = xmlParts(await render());
        for (const [name, xml] of Object.entries(parts)) {
            expect(INVALID_XML.exec(xml)?.[0], name).toBeUndefined();
            expect(INVALID_REFERENCE.exec(xml)?.[0], name).toBeUndefined();
        }
        expect(Object.values(parts).join('')).toContain('Mål och vision slut');
    });
});
