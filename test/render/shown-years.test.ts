import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { buildWorkspace } from '../language/workspace-helper.js';

/** The data folders this file made, removed when it is done (three a run were left; a mutation run left hundreds). */
const folders: string[] = [];
afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Own municipality 1999 has N1 for 2019 and 2020 only; 1234 has it from 2016. */
function dataFile(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-years-'));
    folders.push(folder);
    const rows = ['kpi;kommun;år;värde'];
    for (const year of [2016, 2017, 2018, 2019, 2020]) rows.push(`N1;1234;${year};${50 + year - 2016}`);
    rows.push('N1;1999;2019;61', 'N1;1999;2020;63');
    const file = join(folder, 'resultat.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    return file;
}

function model(data: string, extra = ''): string {
    return `styrmodell Årtal "Årtalsby" {
    kommun "1999"
    år 2020
    data "${data}"
}

mål Mål "Ett mål" {
    nivå fullmäktige

    mått A "Från data" {
        nyckeltal N1
        enhet "%"
        högre är bättre
        hel när värde >= 60
    }

    mått B "Egna värden" {
        enhet "%"
        högre är bättre
        utfall {
            2018 40
        }
        hel när värde >= 30
    }
}
${extra}`;
}

async function shownYears(text: string, year?: number): Promise<number[]> {
    const workspace = await buildWorkspace({ 'modell.styr': text });
    const analysis = workspace.services.analysis.ModelAnalysis.analyseDocument(workspace.documents['modell.styr']!);
    if (year !== undefined) workspace.services.analysis.ModelAnalysis.setYear(year);
    const input = renderInputOf(
        year === undefined
            ? analysis!
            : workspace.services.analysis.ModelAnalysis.analyseDocument(workspace.documents['modell.styr']!)!
    );
    return input!.results.map(r => r.year);
}

describe('the years the reports and the preview offer', () => {
    it('are the years the own municipality has a value in, not the years only others have data for', async () => {
        expect(await shownYears(model(dataFile()))).toEqual([2018, 2019, 2020]);
    });

    it('always include the year evaluated, even without data', async () => {
        expect(await shownYears(model(dataFile()), 2017)).toEqual([2017, 2018, 2019, 2020]);
    });
});

describe('the site’s input: the comparison for the model year only', () => {
    it('reuses the analysed year and leaves the standing out of the other years, and nothing else', async () => {
        const workspace = await buildWorkspace({ 'modell.styr': model(dataFile()) });
        const analysis = workspace.services.analysis.ModelAnalysis.analyseDocument(
            workspace.documents['modell.styr']!
        )!;
        const full = renderInputOf(analysis)!;
        const site = renderInputOf(analysis, undefined, { standingOfYearOnly: true })!;
        expect(site.results.map(r => r.year)).toEqual(full.results.map(r => r.year));
        expect(site.results.find(r => r.year === 2020)).toBe(analysis.result);
        const standings = (input: typeof full) =>
            input.results.map(r => [r.year, r.measures.find(m => m.id === 'A')!.standing !== undefined]);
        // 1999 has no value of its own in 2018: no standing in either.
        expect(standings(full)).toEqual([
            [2018, false],
            [2019, true],
            [2020, true]
        ]);
        expect(standings(site)).toEqual([
            [2018, false],
            [2019, false],
            [2020, true]
        ]);
        const withoutStanding = (input: typeof full) =>
            input.results.map(r => ({ ...r, measures: r.measures.map(({ standing: _s, ...m }) => m) }));
        expect(withoutStanding(site)).toEqual(withoutStanding(full));
    });
});
