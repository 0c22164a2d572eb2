/**
 * A model of Kumla (1881) with one measure whose KPI has values for all 290 municipalities and Riket, by
 * gender, over six years, and a peer group: what a measure's comparison with the others (READERS.md 4) looks
 * like at national scale. Values are constructed (a fixed pseudo-random sequence), never copied from Kolada.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUNICIPALITIES } from '../../src/model/municipalities.js';

export const STANDING_YEARS = [2018, 2019, 2020, 2021, 2022, 2023];
export const GROUP = ['1880', '1882', '1883', '1884', '1885'];

function random(seed: number): () => number {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

/** Writes `styrmodell.styr` and `data/resultat.csv` into `dir`. */
export function writeNationalStandingModel(dir: string): void {
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
        join(dir, 'styrmodell.styr'),
        `styrmodell Kumla "Kumla kommun" {
    kommun "1881"
    år 2023
    data "data/resultat.csv"
}

vision Vision "Vision 2030"

inriktning Lärande "Lärande"

nämnd BUN "Barn- och utbildningsnämnden"

jämförelsegrupp Grannar "Grannkommunerna" {
    kommuner ${GROUP.map(code => `"${code}"`).join(' ')}
}

mål Kunskap "Alla elever når målen" {
    nivå fullmäktige
    inriktning Lärande
    bidrar till Vision
}

mål Behörighet "Fler elever blir behöriga" {
    nivå nämnd
    ansvarig BUN
    bidrar till Kunskap

    mått Behöriga "Elever behöriga till gymnasiet" {
        nyckeltal N15428
        enhet "%"
        högre är bättre
        målvärde {
            2021 86
        }
        hel  när rang i Grannar <= 2 och skillnad mot målvärde >= 0
        halv när skillnad mot riket >= -3
    }
}
`
    );
    const next = random(1881);
    const lines = ['nyckeltal;kommun;år;kön;värde'];
    const codes = [...MUNICIPALITIES.keys()];
    for (const year of STANDING_YEARS) {
        const shift = (year - 2018) * 0.4;
        let sum = 0;
        for (const code of codes) {
            const total = Math.round((70 + next() * 25 + shift) * 10) / 10;
            const value = code === '1881' ? 82.4 + (year % 2 === 0 ? 0.3 : 0) : total;
            sum += value;
            lines.push(`N15428;${code};${year};T;${String(value).replace('.', ',')}`);
            lines.push(`N15428;${code};${year};K;${String(Math.round((value + 2.1) * 10) / 10).replace('.', ',')}`);
            lines.push(`N15428;${code};${year};M;${String(Math.round((value - 2.3) * 10) / 10).replace('.', ',')}`);
        }
        lines.push(`N15428;0000;${year};T;${String(Math.round((sum / codes.length) * 10) / 10).replace('.', ',')}`);
    }
    writeFileSync(join(dir, 'data', 'resultat.csv'), `${lines.join('\n')}\n`);
}
