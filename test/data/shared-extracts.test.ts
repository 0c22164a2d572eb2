/**
 * Loads the real Kolada extracts and the reference model's data from the shared folder beside the repository,
 * when it is there, and checks every value against an independent naive reading of the same file. No value
 * of those files is written here: they are not part of the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileCache } from '../../src/data/data-file-cache.js';
import { loadModelData } from '../../src/data/data-lookup.js';
import { isMunicipalityCode } from '../../src/data/municipality-code.js';
import { resources, source } from './helpers.js';

const shared = resolve(resources, '../../../../shared');
const kumla = join(shared, 'spec/kumla/data');
const kolada = join(shared, 'kolada');
const cache = new DataFileCache();

/** A deliberately simple reader: split on the separator, strip quotes. Good enough for these files. */
function naiveRows(file: string, separator: string, encoding: 'utf8' | 'latin1' = 'utf8'): string[][] {
    return readFileSync(file, encoding)
        .split(/\r?\n/)
        .map(line => line.split(separator).map(cell => cell.replace(/^"|"$/g, '')));
}

function naiveNumber(cell: string): number | undefined {
    return cell === '' || cell === '..' ? undefined : Number(cell.replace(',', '.'));
}

describe.skipIf(!existsSync(kumla))("the reference model's data", () => {
    const sources = [
        source(join(kumla, 'resultat.csv')),
        source(join(kumla, 'hemtjanst.json')),
        source(join(kumla, 'foretagsklimat.csv'), 'WIDE')
    ];
    const { lookup, problems } = loadModelData(sources, cache);

    it('loads without problems', () => {
        expect(problems).toEqual([]);
    });

    it('reads every row of the long file with its line', () => {
        const file = join(kumla, 'resultat.csv');
        const rows = naiveRows(file, ';');
        expect(rows[0]).toEqual(['nyckeltal', 'kommun', 'år', 'kön', 'värde']);
        let checked = 0;
        rows.forEach(([kpi, code, year, gender, value], i) => {
            if (i === 0 || kpi === undefined || kpi === '') {
                return;
            }
            const expected = naiveNumber(value as string);
            const found = lookup.value(kpi, code as string, Number(year), gender as 'T' | 'K' | 'M');
            expect(found).toEqual(
                expected === undefined ? undefined : { value: expected, origin: { file, line: i + 1 } }
            );
            checked++;
        });
        expect(checked).toBeGreaterThan(4000);
    });

    it('reads the Windows-1252 wide file with the names in it', () => {
        const file = join(kumla, 'foretagsklimat.csv');
        const rows = naiveRows(file, ';', 'latin1');
        const years = (rows[0] as string[]).slice(2).map(Number);
        rows.slice(1).forEach(row => {
            const [code, name, ...values] = row;
            if (!code) {
                return;
            }
            expect(lookup.municipalityName(code)).toBe(name);
            values.forEach((value, v) => {
                expect(lookup.value('WIDE', code, years[v] as number, 'T')?.value).toBe(naiveNumber(value));
            });
        });
    });

    it('reads the Kolada JSON with the line of each value object', () => {
        const file = join(kumla, 'hemtjanst.json');
        const text = readFileSync(file, 'utf8');
        const lines = text.split('\n');
        const page = JSON.parse(text) as {
            values: {
                kpi: string;
                municipality: string;
                period: number;
                values: { gender: 'T'; value: number | null }[];
            }[];
        };
        for (const entry of page.values) {
            for (const inner of entry.values) {
                const found = lookup.value(entry.kpi, entry.municipality, entry.period, inner.gender);
                if (inner.value === null) {
                    expect(found).toBeUndefined();
                    continue;
                }
                expect(found?.value).toBe(inner.value);
                // The object starting on the reported line is this very value object.
                const line = found?.origin.line ?? 0;
                const end = lines.findIndex((text, i) => i >= line - 1 && text.includes('}'));
                const block = lines
                    .slice(line - 1, end + 1)
                    .join('\n')
                    .replace(/,\s*$/, '');
                expect(JSON.parse(block)).toEqual(inner);
            }
        }
    });

    it('ranks only kommuner', () => {
        for (const code of lookup.municipalities('WIDE', 2019, 'T').keys()) {
            expect(isMunicipalityCode(code)).toBe(true);
        }
    });
});

describe.skipIf(!existsSync(kolada))('the real Kolada extracts', () => {
    it.each([
        ['kolada_municipality.csv', 'municipality-metadata'],
        ['kolada_kpi_metadata_kkik_related.csv', 'kpi-metadata'],
        ['kolada_kpi_metadata_no_description.csv', 'kpi-metadata'],
        ['kolada_municipality_groups_selected.json', 'group-metadata'],
        ['kolada_values_n00945.csv', 'csv-long'],
        ['kolada_values_grp_data.csv', 'csv-long'],
        ['kolada_values_kld_data.csv', 'csv-long']
    ])('%s loads as %s without problems', (name, format) => {
        const data = cache.load(join(kolada, name));
        expect(data.problems).toEqual([]);
        expect(data.format).toBe(format);
    });

    it('reads the metadata the way a naive reading does', () => {
        const files = [
            'kolada_municipality.csv',
            'kolada_kpi_metadata_no_description.csv',
            'kolada_municipality_groups_selected.json'
        ];
        const { lookup } = loadModelData(
            files.map(f => source(join(kolada, f))),
            cache
        );
        for (const [id, title, type] of naiveRows(join(kolada, 'kolada_municipality.csv'), ',').slice(1)) {
            if (id && type) {
                expect(lookup.municipalityName(id)).toBe(title);
            }
        }
        const kpis = readFileSync(join(kolada, 'kolada_kpi_metadata_no_description.csv'), 'utf8').split('\n').slice(1);
        for (const line of kpis.slice(0, 200)) {
            const match = /^"([^"]+)","((?:[^"]|"")*)"/.exec(line);
            if (match) {
                expect(lookup.kpiTitle(match[1] as string)).toBe((match[2] as string).replace(/""/g, '"'));
            }
        }
        const groups = JSON.parse(readFileSync(join(kolada, 'kolada_municipality_groups_selected.json'), 'utf8')) as {
            values: { id: string; members: { member_id: string }[] }[];
        };
        for (const group of groups.values) {
            expect(lookup.groupMembers(group.id)).toEqual(group.members.map(m => m.member_id));
        }
    });

    it('reads rKolada tidy values by municipality_id', () => {
        for (const name of ['kolada_values_n00945.csv', 'kolada_values_grp_data.csv', 'kolada_values_kld_data.csv']) {
            const file = join(kolada, name);
            const { lookup } = loadModelData([source(file)], cache);
            const rows = naiveRows(file, ',');
            const header = rows[0] as string[];
            const at = (row: string[], column: string) => row[header.indexOf(column)] as string;
            rows.slice(1).forEach((row, i) => {
                if (row.length < header.length) {
                    return;
                }
                const found = lookup.value(at(row, 'kpi'), at(row, 'municipality_id'), Number(at(row, 'year')), 'T');
                expect(found).toEqual({ value: Number(at(row, 'value')), origin: { file, line: i + 2 } });
                expect(lookup.municipalityName(at(row, 'municipality_id'))).toBe(at(row, 'municipality'));
            });
        }
    });

    it('reads the all-kommuner finance files, which have no kpi column', () => {
        const folder = join(kolada, 'allkommuner');
        for (const name of readdirSync(folder).filter(f => f.endsWith('.csv'))) {
            const file = join(folder, name);
            const { lookup, problems } = loadModelData([source(file, 'K')], cache);
            expect(problems).toEqual([]);
            const rows = naiveRows(file, ';')
                .slice(1)
                .filter(row => row.length === 3);
            rows.forEach(([code, year, value], i) => {
                expect(lookup.value('K', code as string, Number(year), 'T')).toEqual({
                    value: Number(value),
                    origin: { file, line: i + 2 }
                });
            });
            const years = lookup.years('K', 'T');
            expect(lookup.municipalities('K', years.at(-1) as number, 'T').size).toBeGreaterThan(280);
        }
    });
});
