/**
 * An interim Word report (a delårsrapport shown): each goal's and measure's status of the whole year before,
 * its lead in bold inside the follow-up box.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { loc } from '../fulfilment/helpers.js';
import { followUpFixtureInput, PER_AUGUST } from './fixture.js';

describe('an interim Word report', () => {
    it('gives the year before in the follow-up box, its lead bold', async () => {
        const input = followUpFixtureInput(
            [{ year: 2019, per: PER_AUGUST, title: 'Delårsrapport 2019', location: loc(1, 'u.styr'), entries: [] }],
            PER_AUGUST
        );
        const xml = strFromU8(unzipSync(await renderDocxReport(input))['word/document.xml']!);
        expect(xml).toContain(
            '<w:p><w:pPr><w:pBdr><w:left w:val="single" w:color="0969DA" w:sz="18" w:space="8"/></w:pBdr><w:spacing w:after="80"/><w:ind w:left="160"/></w:pPr>' +
                '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Helåret 2018: </w:t></w:r><w:r><w:rPr><w:color w:val="1A7F37"/></w:rPr><w:t xml:space="preserve">●</w:t></w:r>'
        );
    });
});
