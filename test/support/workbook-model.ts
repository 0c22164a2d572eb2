import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbook } from '../data/xlsx-fixture.js';

/** A model reading its own measurement from a workbook sheet named by `blad` (LANGUAGE.md 5), through the real bin. */
export function workbookModel(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-xlsx-'));
    writeFileSync(
        join(folder, 'egna.xlsx'),
        buildWorkbook([
            { name: 'Om filen', rows: [['Egna mätningar']] },
            {
                name: 'Enkät',
                rows: [
                    ['Kommun', 'År', 'Värde'],
                    ['Kumla', 2023, 71.25],
                    ['Kumlaa', 2024, 80],
                    [1881, 2024, 82.5]
                ]
            }
        ])
    );
    writeFileSync(
        join(folder, 'modell.styr'),
        [
            'styrmodell T "Test" {',
            '    kommun "1881"',
            '    år 2024',
            '    data "egna.xlsx" blad "Enkät" nyckeltal "nöjdhet"',
            '}',
            '',
            'vision V "Vision"',
            '',
            'mål Kf "Fullmäktigemål" {',
            '    nivå fullmäktige',
            '    bidrar till V',
            '',
            '    mått Nöjdhet "Nöjdhet" {',
            '        nyckeltal "nöjdhet"',
            '        enhet "%"',
            '        högre är bättre',
            '        hel  när värde >= 80',
            '        halv när värde >= 70',
            '    }',
            '}',
            ''
        ].join('\n')
    );
    return folder;
}
