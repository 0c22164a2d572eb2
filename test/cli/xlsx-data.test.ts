import { describe, expect, it } from 'vitest';
import { workbookModel } from '../support/workbook-model.js';
import { runCli } from './run-cli.js';

describe('a workbook as result data', () => {
    const folder = workbookModel();

    it('reports a row problem with file, sheet and row, and the closest municipality name', () => {
        const run = runCli(['validate', '.'], folder);
        expect(`${run.stdout}${run.stderr}`).toContain(
            'egna.xlsx, blad "Enkät": Rad 3: "Kumlaa" är varken en kommunkod eller ett kommunnamn. Menade du Kumla?'
        );
    });

    it('computes from the stored numbers, a name matched to its code', () => {
        const run = runCli(['report', '.', '--format', 'json'], folder);
        const report = JSON.parse(run.stdout) as { measures: { id: string; value: number; status: string }[] };
        expect(report.measures[0]).toMatchObject({ value: 82.5, status: 'hel' });
        const previous = JSON.parse(runCli(['report', '.', '--format', 'json', '--year', '2023'], folder).stdout) as {
            measures: { value: number; status: string }[];
        };
        expect(previous.measures[0]).toMatchObject({ value: 71.25, status: 'halv' });
    });
});
