/**
 * The preview's year is per model (ARCHITECTURE.md "One year per model"): a year picked for one model is not
 * carried to another when the preview follows another editor, and it comes back when the preview returns.
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { modelKeyOfInput, PreviewYears, RequestYears } from '../../src/webview/year-choice.js';
import { goal, measure, memoryData, model, points } from '../fulfilment/helpers.js';

function input(id: string, file: string, modelYear: number, years: number[], shown = modelYear): RenderInput {
    const view = model({
        id,
        year: modelYear,
        files: [file],
        goals: [
            goal('Mål', {}, [
                measure('Mått', {
                    actual: points(Object.fromEntries(years.map(y => [y, y - 2000]))),
                    full: 'värde >= 1'
                })
            ])
        ]
    });
    return { view, results: computeYears(view, memoryData([]), years), year: shown };
}

const kumla = input('Kumla', '/m/kumla/styrmodell.styr', 2019, [2017, 2018, 2019]);
const exempel = input('Exempelkommun', '/m/exempel/styrmodell.styr', 2020, [2018, 2019, 2020]);

describe('the preview year per model', () => {
    it('keys a model by id and header file', () => {
        expect(modelKeyOfInput(kumla)).not.toBe(modelKeyOfInput(exempel));
        expect(modelKeyOfInput(input('Kumla', '/other/styrmodell.styr', 2019, [2019]))).not.toBe(
            modelKeyOfInput(kumla)
        );
    });

    it("shows the model's own year when the preview moves to another model", () => {
        const years = new PreviewYears();
        expect(years.afterUpdate(kumla)).toBe(2019);
        years.pick(kumla, 2018);
        expect(years.afterUpdate(exempel)).toBe(2020);
    });

    it('lets the extension ask for each document with the year picked for its own model', () => {
        const requests = new RequestYears();
        const kumlaUri = 'file:///m/kumla/nämnderna.styr';
        const exempelUri = 'file:///m/exempel/ks.styr';
        expect(requests.forDocument(kumlaUri)).toBeUndefined();
        requests.learned(kumlaUri, kumla);
        requests.picked(kumlaUri, 2018);
        expect(requests.forDocument(kumlaUri)).toBe(2018);
        // Another model's document: its own år, not the year picked for Kumla.
        expect(requests.forDocument(exempelUri)).toBeUndefined();
        requests.learned(exempelUri, exempel);
        expect(requests.forDocument(exempelUri)).toBeUndefined();
        // Another file of the same model shares its year.
        requests.learned('file:///m/kumla/styrmodell.styr', kumla);
        expect(requests.forDocument('file:///m/kumla/styrmodell.styr')).toBe(2018);
    });

    it("keeps each model's picked year when the preview comes back to it", () => {
        const years = new PreviewYears();
        years.afterUpdate(kumla);
        years.pick(kumla, 2017);
        years.afterUpdate(exempel);
        years.pick(exempel, 2019);
        expect(years.afterUpdate(kumla)).toBe(2017);
        expect(years.afterUpdate(exempel)).toBe(2019);
    });

    it('keeps the picked year on a re-send of the same model, and follows a deliberate change by the extension', () => {
        const years = new PreviewYears();
        years.afterUpdate(kumla);
        years.pick(kumla, 2017);
        expect(years.afterUpdate(kumla)).toBe(2017);
        // The year setting changed: every model is evaluated for 2018 now.
        expect(years.afterUpdate({ ...kumla, year: 2018 })).toBe(2018);
    });

    it('forgets a picked year the model no longer has', () => {
        const years = new PreviewYears();
        years.afterUpdate(kumla);
        years.pick(kumla, 2017);
        expect(years.afterUpdate(input('Kumla', '/m/kumla/styrmodell.styr', 2019, [2018, 2019]))).toBe(2019);
    });

    it('survives a reload through the saved state', () => {
        const years = new PreviewYears();
        years.afterUpdate(kumla);
        years.pick(kumla, 2018);
        const restored = new PreviewYears(years.saved());
        expect(restored.afterUpdate(kumla)).toBe(2018);
        expect(restored.afterUpdate(exempel)).toBe(2020);
    });
});

describe('every surface says which year it shows', () => {
    it("the preview and the HTML report say when the year shown is not the model's år", async () => {
        const { renderHtmlBody } = await import('../../src/render/html.js');
        const { renderMarkdownReport } = await import('../../src/render/markdown.js');
        expect(renderHtmlBody(kumla)).not.toContain('modellens år');
        expect(renderHtmlBody(kumla, { year: 2018 })).toContain('Visar 2018; modellens år är 2019.');
        expect(renderMarkdownReport(kumla)).not.toContain('modellens år');
        expect(renderMarkdownReport(kumla, { year: 2018 })).toContain(
            '**Uppföljningsår:** 2018 (modellens år är 2019)'
        );
    });
});
