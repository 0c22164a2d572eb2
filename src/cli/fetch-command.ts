import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { parseDataFile } from '../data/index.js';
import { fetchKpiValues, KOLADA_API, KoladaError } from '../kolada/kolada-client.js';
import { fetchMetadata, type KoladaMetadata } from '../kolada/metadata-client.js';
import { proxyFor, shownProxy } from '../kolada/proxy.js';
import { environmentFetch } from '../kolada/proxy-fetch.js';
import { isKoladaId } from '../model/kolada-id.js';
import { isValidYear, VALID_YEARS_TEXT } from '../model/valid-year.js';
import { displayPath } from './diagnostics.js';
import { ExitCode, UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace.js';
import { writeOutput } from './write-output.js';

interface FetchCommandOptions {
    api: string;
    years?: [number, number];
    out: string;
    retries: number;
    metadata?: boolean;
}

/** Where `--metadata` writes: beside the snapshot, where the language server and the model's `data` line find it. */
const METADATA_FILE = 'kolada-metadata.json';

/** `styrmodell fetch`: the models' Kolada values for all municipalities, saved as one Kolada-JSON file. */
export function registerFetch(program: Command): void {
    program
        .command('fetch')
        .description('Hämta modellernas Kolada-nyckeltal för alla kommuner till en Kolada-JSON-fil')
        .argument('[sökvägar...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--api <url>', 'Koladas API', KOLADA_API)
        .option(
            '--years <A-B>',
            'år att hämta, till exempel 2015-2019 (standard: modellens år och fyra år före)',
            parseYears
        )
        .option('--out <fil>', 'filen att skriva', 'kolada.json')
        .option('--retries <n>', 'försök per anrop vid 429 och 5xx', parseRetries, 5)
        .option(
            '--metadata',
            `hämta också Koladas metadata (nyckeltalens titlar och beskrivningar, kommunnamn, kommungrupper) till ${METADATA_FILE} bredvid filen`
        )
        .action(async (paths: string[], options: FetchCommandOptions) => {
            process.exitCode = await fetchCommand(paths, options);
        });
}

function parseRetries(value: string): number {
    const retries = Number(value);
    if (!Number.isInteger(retries) || retries < 1 || retries > 20)
        throw new InvalidArgumentError(`Skriv antal försök som ett heltal 1–20, inte "${value}".`);
    return retries;
}

function parseYears(value: string): [number, number] {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || to < from || to - from > 50)
        throw new InvalidArgumentError(`Skriv åren som 2015-2019, inte "${value}".`);
    if (!isValidYear(from) || !isValidYear(to))
        throw new InvalidArgumentError(`Åren ska ligga mellan ${VALID_YEARS_TEXT}, inte "${value}".`);
    return [from, to];
}

async function fetchCommand(paths: string[], options: FetchCommandOptions): Promise<number> {
    const workspace = await loadWorkspace(paths, { validation: false });
    const analysis = workspace.services.analysis.ModelAnalysis;
    const views = workspace.services.references.ModelMembership.modelKeys()
        .map(key => analysis.analyse(key)?.view)
        .filter(v => v !== undefined);
    const kpis = [
        ...new Set(
            views
                .flatMap(v => v.goals.flatMap(g => g.measures.map(m => m.kpi)))
                .filter((k): k is string => !!k && isKoladaId(k))
        )
    ].sort();
    if (kpis.length === 0) throw new UsageError('Modellerna har inga Kolada-nyckeltal (id som U21468) att hämta.');
    const out = resolve(options.out);
    refuseToOverwriteOtherFiles(out);
    const metadataOut = join(dirname(out), METADATA_FILE);
    if (options.metadata) refuseToOverwriteOtherMetadata(metadataOut);
    const [from, to] = options.years ?? defaultYears(views.map(v => v.year));
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    process.stderr.write(
        `Hämtar ${kpis.length} nyckeltal (${kpis.join(', ')}) för ${from}–${to} från ${options.api} …\n`
    );
    const untouched = existsSync(out) ? ` ${displayPath(out)} är orörd.` : ' Ingen fil skrevs.';
    let values: unknown[];
    let metadata: KoladaMetadata | undefined;
    const proxy = proxyFor(new URL(options.api), process.env);
    if (proxy) process.stderr.write(`Går via proxyn ${shownProxy(proxy)} (${proxy.variable}).\n`);
    const fetchImpl = environmentFetch();
    try {
        values = await fetchKpiValues({
            api: options.api,
            fetchImpl,
            kpis,
            years,
            attempts: options.retries,
            onPage: (_url, n) => process.stderr.write(`  ${n} värden\n`)
        });
        if (options.metadata) {
            const groups = [...new Set(views.flatMap(v => v.groups.flatMap(g => g.koladaGroups)))];
            process.stderr.write(
                `Hämtar metadata: ${kpis.length} nyckeltal, kommunerna${groups.length ? ` och ${groups.length} kommungrupper` : ''} …\n`
            );
            metadata = await fetchMetadata({
                api: options.api,
                fetchImpl,
                kpis,
                groups,
                attempts: options.retries,
                onPage: (_url, n) => process.stderr.write(`  ${n} poster\n`)
            });
        }
    } catch (error) {
        if (error instanceof KoladaError) {
            process.stderr.write(`fel: ${error.message}${untouched}\n`);
            return ExitCode.failed;
        }
        throw error;
    }
    if (values.length === 0) {
        process.stderr.write(
            `fel: Kolada gav inga värden för ${kpis.join(', ')} ${from}–${to}. Kontrollera åren (--years).${untouched}\n`
        );
        return ExitCode.failed;
    }
    writeOutput(JSON.stringify({ values }, null, 1) + '\n', out);
    process.stderr.write(
        `Skrev ${values.length} poster till ${displayPath(out)}. Lägg till \`data "${options.out}"\` i modellens huvud.\n`
    );
    if (metadata) {
        // Pages of one file, one per kind: the data readers and the language server read it as it is.
        const pages = [{ values: metadata.kpis }, { values: metadata.municipalities }, { values: metadata.groups }];
        writeOutput(JSON.stringify(pages, null, 1) + '\n', metadataOut);
        process.stderr.write(
            `Skrev metadata för ${metadata.kpis.length} nyckeltal, ${metadata.municipalities.length} kommuner och regioner och ${metadata.groups.length} kommungrupper till ${displayPath(metadataOut)}. ` +
                `Lägg till \`data "${METADATA_FILE}"\` i modellens huvud för titlar och grupper i rapporten.\n`
        );
    }
    return ExitCode.ok;
}

function defaultYears(modelYears: Array<number | undefined>): [number, number] {
    const latest = Math.max(...modelYears.filter((y): y is number => y !== undefined));
    if (!Number.isFinite(latest))
        throw new UsageError('Modellerna anger inget år. Använd --years, till exempel --years 2015-2019.');
    return [latest - 4, latest];
}

const METADATA_FORMATS = new Set(['kolada-metadata', 'kpi-metadata', 'municipality-metadata', 'group-metadata']);

function refuseToOverwriteOtherMetadata(out: string): void {
    if (!existsSync(out)) return;
    if (!METADATA_FORMATS.has(parseDataFile(readFileSync(out), out).format)) {
        throw new UsageError(
            `${displayPath(out)} finns redan och är ingen Kolada-metadatafil. Flytta den, eller välj en annan mapp med --out.`
        );
    }
}

/** A refresh may replace an earlier Kolada file, never a file the planner wrote (a CSV, a model, notes). */
function refuseToOverwriteOtherFiles(out: string): void {
    if (!existsSync(out)) return;
    if (parseDataFile(readFileSync(out), out).format !== 'kolada-json') {
        throw new UsageError(
            `${displayPath(out)} finns redan och är ingen Kolada-JSON-fil. Välj ett annat namn med --out.`
        );
    }
}
