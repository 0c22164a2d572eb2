/**
 * The national workspace: 290 municipality models (a header file and a `del av` file each, 60 measures over
 * 10 committee goals) all naming ONE long CSV of 500 KPIs × (290 municipalities + Riket) × 10 years
 * = 1,455,000 rows. Values are constructed (a fixed pseudo-random sequence); about 1 % are Kolada's `..`.
 * Shared by bench/national.mjs (CLI) and bench/lsp-latency.mjs (the national LSP scenario).
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureText, municipalityCodes, municipalityHeader } from './generated-model.mjs';

export const KPI_COUNT = 500;
export const MEASURES_PER_MODEL = 60;
const YEARS = Array.from({ length: 10 }, (_, y) => 2015 + y);
const KPIS = Array.from({ length: KPI_COUNT }, (_, k) => `N${String(10000 + k * 3).padStart(5, '0')}`);
const GOALS = 10;

function random(seed) {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

/** The two files of one municipality's model; `dataPath` is relative to the model's folder. */
export function municipalityModel(code, index, codes, dataPath) {
    const id = `K${code}`;
    const county = `Län${code.slice(0, 2)}`;
    const header = municipalityHeader(code, codes, dataPath, 'i den nationella benchmarken');
    const owners = ['BUN', 'KS', 'SBN'];
    const parents = ['Lärande', 'Trygghet', 'Hållbarhet'];
    const perGoal = MEASURES_PER_MODEL / GOALS;
    let part = `del av ${id}\n\n// Nämndernas mål, ${perGoal} mått vardera.\n`;
    for (let g = 0; g < GOALS; g++) {
        part += `\nmål Nämndmål${g} "Nämndmål ${g + 1} i kommun ${code}" {
    nivå nämnd
    ansvarig ${owners[g % owners.length]}
    bidrar till ${parents[g % parents.length]}

`;
        for (let m = g * perGoal; m < (g + 1) * perGoal; m++) {
            part +=
                measureText(m, KPIS[(m * 7 + index * 11) % KPIS.length], county).replace('{n}', '60') +
                (m < (g + 1) * perGoal - 1 ? '\n' : '');
        }
        part += '}\n';
    }
    return { header, part };
}

/** Writes the shared CSV (streamed: about 40 MB); returns its row count. */
async function writeCsv(file, codes) {
    const out = createWriteStream(file);
    const write = chunk => (out.write(chunk) ? Promise.resolve() : new Promise(r => out.once('drain', r)));
    const next = random(4711);
    let rows = 0;
    await write('nyckeltal;kommun;år;kön;värde\n');
    for (const kpi of KPIS) {
        for (const year of YEARS) {
            let chunk = `${kpi};0000;${year};T;${(50 + next() * 10).toFixed(1).replace('.', ',')}\n`;
            rows++;
            for (const code of codes) {
                const r = next();
                chunk += `${kpi};${code};${year};T;${r < 0.01 ? '..' : (20 + r * 70).toFixed(1).replace('.', ',')}\n`;
                rows++;
            }
            await write(chunk);
        }
    }
    await new Promise(r => out.end(r));
    return rows;
}

/**
 * Writes the workspace into `folder`: data/kolada.csv and kommuner/<code>/{styrmodell,nämnderna}.styr.
 * Returns the paths the benches need.
 */
export async function writeNationalWorkspace(folder) {
    const codes = municipalityCodes();
    mkdirSync(join(folder, 'data'), { recursive: true });
    const csv = join(folder, 'data', 'kolada.csv');
    const rows = await writeCsv(csv, codes);
    codes.forEach((code, index) => {
        const modelDir = join(folder, 'kommuner', code);
        mkdirSync(modelDir, { recursive: true });
        const { header, part } = municipalityModel(code, index, codes, '../../data/kolada.csv');
        writeFileSync(join(modelDir, 'styrmodell.styr'), header);
        writeFileSync(join(modelDir, 'nämnderna.styr'), part);
    });
    const chosen = codes[100];
    return {
        folder,
        csv,
        rows,
        codes,
        chosenCode: chosen,
        chosenId: `K${chosen}`,
        chosenDir: join(folder, 'kommuner', chosen)
    };
}
