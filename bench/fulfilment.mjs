#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/**
 * Fulfilment-engine benchmark: a synthetic model of 500 measures (each on its own KPI, every base of
 * LANGUAGE.md section 3 in the mix, some `och`, some `utfall`) in 100 committee goals under 10 KF goals
 * and a vision, with in-memory data for 290 municipalities × 10 years. Times computing every year of the
 * model once data is loaded (target: under 100 ms). Named baseline, interleaved: reading every municipality's
 * value once for every measure and year (a mean), the floor of any comparison with the others. Prints
 * Markdown lines; the returned lines carry a `summary` property for bench/run.mjs.
 *
 * Usage: node bench/fulfilment.mjs [--runs N]
 * Importable: `const lines = await benchFulfilment({ runs })`.
 */
import { bundleForBench } from './bundle-for-bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const bundlePath = join(root, '.bench', 'fulfilment-bundle.mjs');

const MEASURES = 500;
const MUNICIPALITIES = 290;
const YEARS = Array.from({ length: 10 }, (_, i) => 2010 + i);
const OWN = '1881';

/** Bundles src/fulfilment so plain Node can run the TypeScript sources. */
async function bundleEngine() {
    await bundleForBench('fulfilment-bundle', [
        "export * from './src/fulfilment/index.ts';",
        "export { ColumnMunicipalities } from './src/data/column-municipalities.ts';"
    ]);
}

function random(seed) {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

const loc = line => ({ file: '/bench/model.styr', line, column: 1, endLine: line, endColumn: 2 });
const cmp = (base, operator, value) => ({ base, operator, value, location: loc(1) });
const cond = (...parts) => ({ parts, location: loc(1) });

/** The conditions of measure i: cycles through every base. */
function conditions(i) {
    switch (i % 8) {
        case 0:
            return [cond(cmp({ kind: 'value' }, '>=', 700)), cond(cmp({ kind: 'value' }, '>=', 400))];
        case 1:
            return [cond(cmp({ kind: 'rank' }, '<=', 30)), cond(cmp({ kind: 'rank' }, '<=', 100))];
        case 2:
            return [cond(cmp({ kind: 'quartile' }, '=', 1)), cond(cmp({ kind: 'quartile' }, '<=', 2))];
        case 3:
            return [cond(cmp({ kind: 'diffNational' }, '>=', 0)), cond(cmp({ kind: 'diffNational' }, '>=', -50))];
        case 4:
            return [cond(cmp({ kind: 'diffMean' }, '>=', 0)), cond(cmp({ kind: 'change' }, '>', 0))];
        case 5:
            return [
                cond(cmp({ kind: 'diffGroup', group: 'Länet' }, '>=', 0)),
                cond(cmp({ kind: 'rank', group: 'Länet' }, '<=', 6))
            ];
        case 6:
            return [
                cond(cmp({ kind: 'value' }, '>=', 500), cmp({ kind: 'rank' }, '<=', 50)),
                cond(cmp({ kind: 'quartile', group: 'Länet' }, '<=', 2))
            ];
        default:
            return [cond(cmp({ kind: 'change' }, '>', 10)), cond(cmp({ kind: 'diffMean' }, '>=', -100))];
    }
}

function syntheticModel() {
    const codes = Array.from({ length: MUNICIPALITIES }, (_, i) => String(114 + i * 7).padStart(4, '0'));
    codes[100] = OWN;
    const kfGoals = Array.from({ length: 10 }, (_, k) => ({
        id: `KF${k}`,
        title: `KF-mål ${k}`,
        level: 'fullmäktige',
        contributesTo: ['Vision'],
        municipalityWide: false,
        programmes: [],
        weight: 1 + (k % 2),
        measures: [],
        location: loc(1)
    }));
    const committeeGoals = Array.from({ length: 100 }, (_, g) => ({
        id: `N${g}`,
        title: `Nämndmål ${g}`,
        level: 'nämnd',
        owner: 'KS',
        contributesTo: [`KF${g % 10}`],
        municipalityWide: false,
        programmes: [],
        weight: 1,
        measures: [],
        location: loc(1)
    }));
    for (let i = 0; i < MEASURES; i++) {
        const goal = committeeGoals[i % 100];
        const [full, half] = conditions(i);
        const measure = {
            id: `M${i}`,
            title: `Mått ${i}`,
            goal: goal.id,
            kpi: `N${String(10000 + i).padStart(5, '0')}`,
            direction: i % 3 === 0 ? 'lower' : 'higher',
            gender: 'T',
            weight: 1,
            thresholds: [
                ...(full ? [{ level: 'full', condition: full, location: loc(2) }] : []),
                ...(half ? [{ level: 'half', condition: half, location: loc(3) }] : [])
            ],
            location: loc(1)
        };
        if (i % 25 === 0) {
            // Own values typed in the model: ranked against data for everyone else.
            measure.actual = YEARS.map((year, y) => ({ year, value: 300 + y * 20, location: loc(y + 1) }));
        }
        goal.measures.push(measure);
    }
    const model = {
        id: 'Bench',
        title: 'Benchkommun',
        municipality: OWN,
        year: YEARS[YEARS.length - 1],
        dataSources: [],
        bounds: { achieved: 0.75, partly: 0.5 },
        vision: { id: 'Vision', title: 'Visionen', location: loc(1) },
        areas: [],
        programmes: [],
        committees: [],
        administrations: [],
        groups: [
            { id: 'Länet', title: 'Länet', municipalities: codes.slice(95, 107), koladaGroups: [], location: loc(1) }
        ],
        goals: [...kfGoals, ...committeeGoals],
        files: ['/bench/model.styr'],
        location: loc(1)
    };
    return { model, codes };
}

/**
 * An in-memory DataLookup shaped like the data store: per KPI and year a column of the municipalities' values
 * (a value and a source line per code index, 0 for none), about 1 % missing, handed to the engine as the store
 * hands it, a `ColumnMunicipalities` view of the column (src/data/data-lookup.ts), built once and cached.
 */
function syntheticData(model, codes, ColumnMunicipalities) {
    const next = random(12345);
    const byKpi = new Map();
    const indexes = new Map(codes.map((code, index) => [code, index]));
    const indexOf = code => indexes.get(code);
    const flags = new Uint8Array(codes.length).fill(1);
    let line = 2;
    for (const goal of model.goals) {
        for (const measure of goal.measures) {
            const byYear = new Map();
            for (const year of YEARS) {
                const column = { values: new Float64Array(codes.length), lines: new Int32Array(codes.length), size: 0 };
                codes.forEach((_, index) => {
                    const r = next();
                    if (r >= 0.01) {
                        column.values[index] = Math.round(r * 10000) / 10;
                        column.lines[index] = line++;
                        column.size++;
                    }
                });
                byYear.set(year, {
                    column,
                    municipalities: new ColumnMunicipalities(codes, indexOf, flags, column),
                    national: { value: 500, origin: { file: '/bench/data.csv', line: line++ } }
                });
            }
            byKpi.set(measure.kpi, byYear);
        }
    }
    const empty = new Map();
    return {
        value: (kpi, code, year, gender) => {
            const entry = gender === 'T' ? byKpi.get(kpi)?.get(year) : undefined;
            if (entry === undefined) return undefined;
            if (code === '0000') return entry.national;
            const index = indexes.get(code);
            const sourceLine = index === undefined ? 0 : entry.column.lines[index];
            return sourceLine === 0
                ? undefined
                : { value: entry.column.values[index], origin: { file: '/bench/data.csv', line: sourceLine } };
        },
        municipalities: (kpi, year, gender) => (gender === 'T' && byKpi.get(kpi)?.get(year)?.municipalities) || empty,
        years: (kpi, gender) => (gender === 'T' && byKpi.has(kpi) ? [...YEARS] : []),
        groupMembers: () => undefined,
        kpiTitle: () => undefined,
        municipalityName: () => undefined,
        knownMunicipalities: () => new Set()
    };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The named baseline: for every measure and year, every municipality's value read once and summed (a mean),
 * the least work that means, ranks and quartiles over 290 municipalities need, with nothing decided.
 */
function readFloor(model, data, years) {
    let checksum = 0;
    for (const goal of model.goals) {
        for (const measure of goal.measures) {
            for (const year of years) {
                let sum = 0;
                let n = 0;
                // forEach: the store's view reads its column in a plain loop (its iterators are generators).
                data.municipalities(measure.kpi, year, measure.gender).forEach(v => {
                    sum += v;
                    n++;
                });
                checksum += n > 0 ? sum / n : 0;
            }
        }
    }
    return checksum;
}

export async function benchFulfilment({ runs = 10 } = {}) {
    await bundleEngine();
    const engine = await import(pathToFileURL(bundlePath).href);
    const { model, codes } = syntheticModel();
    const data = syntheticData(model, codes, engine.ColumnMunicipalities);
    const years = engine.modelYears(model, data);
    // One warm-up run each so the timings are of the work, not of the JIT's first pass.
    engine.computeYears(model, data, years);
    readFloor(model, data, years);
    const times = [];
    const floorTimes = [];
    let results;
    const timeEngine = () => {
        const start = process.hrtime.bigint();
        results = engine.computeYears(model, data, years);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    };
    const timeFloor = () => {
        const start = process.hrtime.bigint();
        readFloor(model, data, years);
        floorTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    };
    // Interleaved, order alternating, so a busy moment of the machine hits both alike.
    for (let i = 0; i < runs; i++) {
        if (i % 2 === 0) {
            timeEngine();
            timeFloor();
        } else {
            timeFloor();
            timeEngine();
        }
    }
    const statuses = {};
    for (const result of results) {
        for (const measure of result.measures) {
            statuses[measure.status] = (statuses[measure.status] ?? 0) + 1;
        }
    }
    const med = median(times);
    const floor = median(floorTimes);
    const lines = [
        `Fulfilment: ${MEASURES} measures × ${years.length} years, ${MUNICIPALITIES} municipalities, ` +
            `median of ${runs} runs after a warm-up, interleaved with the baseline, Node ${process.version}`,
        '',
        '| contender | median ms | min ms | max ms | ms per year | target |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        `| computeYears | ${med.toFixed(1)} | ${Math.min(...times).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ` +
            `${(med / years.length).toFixed(1)} | < 100 ms ${med < 100 ? 'met' : 'MISSED'} |`,
        `| baseline: read every measure-year's values once (a mean) | ${floor.toFixed(1)} | ${Math.min(...floorTimes).toFixed(1)} | ` +
            `${Math.max(...floorTimes).toFixed(1)} | ${(floor / years.length).toFixed(1)} | – |`,
        '',
        `Statuses over all years: ${Object.entries(statuses)
            .map(([status, n]) => `${status} ${n}`)
            .join(', ')}; ` + `vision ${results.map(r => r.vision?.status).join(' ')}.`
    ];
    lines.summary = {
        bench: 'Fulfilment',
        rows: [
            {
                label: `${MEASURES} measures × ${years.length} years, median`,
                contender: med,
                baseline: floor,
                baselineName: 'read every measure-year once',
                target: 100,
                targetText: '< 100 ms',
                pass: med < 100,
                unit: 'ms'
            }
        ]
    };
    return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 10;
    console.log((await benchFulfilment({ runs })).join('\n'));
}
