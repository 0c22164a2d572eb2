/**
 * An interim Word report (a delårsrapport shown): each goal's and measure's status of the whole year before,
 * its lead in bold inside the follow-up box.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { modelResults } from '../../src/fulfilment/model-results.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { loc, memoryData } from '../fulfilment/helpers.js';
import { fixtureModel, ROWS } from './fixture.js';

describe('an interim Word report', () => {
    it('gives the year before in the follow-up box, its lead bold', async () => {
        const file = '/models/uppfoljning.styr';
        const view = fixtureModel({
            followUps: [
                {
                    year: 2019,
                    per: { day: 31, month: 8 },
                    title: 'Delårsrapport 2019',
                    location: loc(1, file),
                    entries: []
                }
            ]
        });
        const input = {
            view,
            ...modelResults(view, { lookup: memoryData(ROWS), problems: [] }, 2019, { day: 31, month: 8 })
        };
        const xml = strFromU8(unzipSync(await renderDocxReport(input))['word/document.xml']!);
        expect(xml).toContain(
            '<w:p><w:pPr><w:pBdr><w:left w:val="single" w:color="0969DA" w:sz="18" w:space="8"/></w:pBdr><w:spacing w:after="80"/><w:ind w:left="160"/></w:pPr>' +
                '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Helåret 2018: </w:t></w:r><w:r><w:rPr><w:color w:val="1A7F37"/></w:rPr><w:t xml:space="preserve">●</w:t></w:r>'
        );
    });
});
