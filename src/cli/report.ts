import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { followUpOf } from '../fulfilment/follow-up.js';
import { computeFulfilment, scopedReportJson, toReportJson } from '../fulfilment/index.js';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { idOfKey } from '../language/model-membership.js';
import { DiagnosticCodes } from '../model/diagnostic-codes.js';
import { dateWords, type FollowUpDate, isValidDate, parsePerOption } from '../model/follow-up-date.js';
import type { ModelView } from '../model/model-view.js';
import { organisationList, ownerScope } from '../model/owners.js';
import { renderDocxReport } from '../render/docx/report-docx.js';
import { renderHtmlReport, renderMarkdownReport } from '../render/index.js';
import { yearOutsideData } from '../render/reader-text/index.js';
import { renderXlsxReport } from '../render/xlsx/report-xlsx.js';
import { plainText } from '../text/plain-text.js';
import { formatDiagnostics } from './diagnostic-formats.js';
import { byPosition, type CliDiagnostic } from './diagnostics.js';
import { modelDiagnostics, reportWarnings } from './model-errors.js';
import { parseChoice, parseYearOption, VERSION } from './options.js';
import { pickModel } from './pick-model.js';
import { ExitCode, UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace.js';
import { writeOutput } from './write-output.js';

type ReportFormat = 'md' | 'html' | 'json' | 'docx' | 'xlsx';

interface ReportOptions {
    year?: number;
    per?: string;
    format: ReportFormat;
    out?: string;
    model?: string;
    ansvarig?: string;
}

/** `styrmodell report`: fulfilment of one model for a year, as Markdown, HTML, JSON or a Word document. */
export function registerReport(program: Command): void {
    program
        .command('report')
        .description('Beräkna måluppfyllelsen och skriv en uppföljningsrapport')
        .argument('[sökvägar...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--year <år>', 'uppföljningsår (standard: modellens år)', parseYearOption)
        .option(
            '--format <format>',
            'md, html, json, docx eller xlsx (docx och xlsx kräver --out)',
            (v: string) => parseChoice(v, ['md', 'html', 'json', 'docx', 'xlsx'] as const),
            'md'
        )
        .option('--out <fil>', 'skriv rapporten till en fil i stället för standard ut')
        .option('--model <id>', 'vilken modell, när sökvägarna innehåller flera')
        .option('--per <datum>', 'delårsrapporten per datumet: 2024-08-31 eller "31 augusti"')
        .option('--ansvarig <org>', 'bara målen som nämnden eller förvaltningen ansvarar för, med målen ovanför')
        .action(async (paths: string[], options: ReportOptions) => {
            process.exitCode = await report(paths, options);
        });
}

async function report(paths: string[], options: ReportOptions): Promise<number> {
    if (options.format === 'docx' && options.out === undefined) {
        throw new UsageError('Ett Word-dokument skrivs till en fil: ange --out, till exempel --out uppfoljning.docx.');
    }
    if (options.format === 'xlsx' && options.out === undefined) {
        throw new UsageError('En Excel-arbetsbok skrivs till en fil: ange --out, till exempel --out uppfoljning.xlsx.');
    }
    const per = options.per === undefined ? undefined : parsePer(options.per, options.year);
    const year = per?.year ?? options.year;
    const workspace = await loadWorkspace(paths, { year, oneModel: { id: options.model } });
    const modelKey = pickModel(workspace, options.model);
    const modelId = idOfKey(modelKey);
    // A broken data file never stops the model (LANGUAGE.md section 5): only errors in the model's text do.
    const { all: diagnostics, errors } = modelDiagnostics(workspace, modelKey);
    if (errors.length > 0) {
        process.stderr.write(formatDiagnostics('text', errors, VERSION) + '\n');
        process.stderr.write(`Modellen ${modelId} har fel; rätta dem innan rapporten kan skrivas.\n`);
        return ExitCode.failed;
    }
    const analysis = workspace.services.analysis.ModelAnalysis.analyse(modelKey);
    if (!analysis?.result) {
        throw new UsageError(`Modellen ${modelId} anger inget år. Skriv \`år 2019\` i huvudet eller använd --year.`);
    }
    const interim = per === undefined ? undefined : interimOf(analysis.view, analysis.result.year, per.date);
    const owner = options.ansvarig === undefined ? undefined : ownerOf(analysis.view, options.ansvarig);
    const warnings = reportWarnings(diagnostics);
    const notes = diagnostics
        .map(d => d.diagnostic)
        .filter(d => d.severity !== 'info')
        .sort(byPosition);
    // A year the data does not cover at all is one sentence, not one warning per measure (READERS.md 3).
    const outside = notes.some(d => d.code === NO_VALUE_FOR_YEAR)
        ? yearOutsideData(renderInputOf(analysis)!)
        : undefined;
    reportNotesOnStderr(
        outside === undefined ? notes : notes.filter(d => d.code !== NO_VALUE_FOR_YEAR),
        options.format !== 'json',
        outside
    );
    let output: string | Uint8Array;
    if (options.format === 'json') {
        const result = interim
            ? computeFulfilment(analysis.view, analysis.data.lookup, interim.year, interim.per)
            : analysis.result;
        const json = toReportJson(result);
        const shown = owner === undefined ? json : scopedReportJson(json, owner, ownerScope(analysis.view, owner));
        output = JSON.stringify(shown, null, 2) + '\n';
    } else {
        const input = renderInputOf(analysis, interim?.per)!;
        if (warnings.length > 0) input.warnings = warnings;
        // Data files are named relative to the model's folder wherever the command runs (READERS.md 1): the
        // renderers' default, so no baseDir here.
        const shown: { owner?: string } = owner === undefined ? {} : { owner };
        output =
            options.format === 'md'
                ? renderMarkdownReport(input, shown)
                : options.format === 'docx'
                  ? await renderDocxReport(input, shown)
                  : options.format === 'xlsx'
                    ? renderXlsxReport(input, shown)
                    : renderHtmlReport(input, { script: readWebviewScript(), ...shown });
    }
    writeOutput(output, options.out);
    return ExitCode.ok;
}

/** `--per`: `2024-08-31` (its year must agree with `--year`) or `31 augusti`. */
function parsePer(text: string, year: number | undefined): { year?: number; date: FollowUpDate } {
    const parsed = parsePerOption(text);
    if (!parsed || !isValidDate(parsed.year ?? 2000, parsed.date)) {
        throw new UsageError(
            `--per ${text} är inget datum. Skriv datumet för delårsuppföljningen som 2024-08-31 eller "31 augusti".`
        );
    }
    if (parsed.year !== undefined && year !== undefined && parsed.year !== year) {
        throw new UsageError(`--per ${text} ligger inte i --year ${year}. Ange ett av dem, eller samma år i båda.`);
    }
    return parsed;
}

/** The year's interim follow-up of the date; a usage error naming the follow-ups the year has when there is none. */
function interimOf(view: ModelView, year: number, date: FollowUpDate): { year: number; per: FollowUpDate } {
    if (followUpOf(view, year, date)) return { year, per: date };
    const dated = view.followUps.filter(f => f.per !== undefined).map(f => `${dateWords(f.per!)} ${f.year}`);
    const known =
        dated.length > 0
            ? ` Modellen har delårsuppföljningar per ${dated.join(', ')}.`
            : ' Modellen har ingen delårsuppföljning: skriv en med `uppföljning ${year} per 31 augusti "Delårsrapport ${year}" { … }`.';
    throw new UsageError(`Modellen har ingen delårsuppföljning per ${dateWords(date)} ${year}.${known}`);
}

/** `--ansvarig`: a nämnd or förvaltning of the model (its id, or its title) that owns at least one goal. */
function ownerOf(view: ModelView, text: string): string {
    const wanted = text.normalize('NFC').toLocaleLowerCase('sv');
    const found = [...view.committees, ...view.administrations].find(
        o => o.id.toLocaleLowerCase('sv') === wanted || o.title.toLocaleLowerCase('sv') === wanted
    );
    if (!found) {
        const list = organisationList(view);
        throw new UsageError(
            list.length > 0
                ? `Modellen har ingen nämnd eller förvaltning ${text}. Välj en av: ${list.join(', ')}.`
                : `Modellen har ingen nämnd eller förvaltning ${text}: den anger inga nämnder (\`nämnd KS "Kommunstyrelsen"\`).`
        );
    }
    if (ownerScope(view, found.id).owned.size === 0) {
        throw new UsageError(
            `${found.title} (${found.id}) ansvarar inte för något mål i modellen, så rapporten skulle bli tom. Mål får en ansvarig med \`ansvarig ${found.id}\`.`
        );
    }
    return found.id;
}

const NO_VALUE_FOR_YEAR = DiagnosticCodes.noValueForYear;

/**
 * Counts the model's warnings and unreadable data files on stderr (CLI.md `report`), each with its place; a year
 * outside the data is one sentence (`outside`) in place of one warning per measure.
 */
function reportNotesOnStderr(notes: CliDiagnostic[], named: boolean, outside?: string): void {
    if (outside !== undefined) {
        process.stderr.write(`${outside}\n`);
    }
    if (notes.length === 0) return;
    const lines = notes.map(
        d =>
            `${d.file}:${d.line}:${d.column}: ${d.severity === 'error' ? 'fel i datafil' : 'varning'}: ${plainText(d.message)} [${d.code}]`
    );
    const warnings = notes.filter(d => d.severity === 'warning').length;
    const broken = notes.length - warnings;
    const parts = [`Modellen har ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`];
    if (broken > 0)
        parts.push(
            `${broken} ${broken === 1 ? 'fel' : 'fel'} i datafiler (resten är beräknat, måtten utan data visas som saknas)`
        );
    const them = notes.length === 1 ? 'den' : 'dem';
    lines.push(
        `${parts.join(' och ')}${named ? `; rapporten nämner ${them}.` : `; se ${them} med styrmodell validate.`}`
    );
    process.stderr.write(lines.join('\n') + '\n');
}

/**
 * The preview's browser bundle, inlined in the HTML report: out/webview/preview.js next to the CLI bundle
 * (out/cli/main.js), or the built one when the CLI runs from source (src/cli/report.ts).
 */
function readWebviewScript(): string {
    const candidates = [
        new URL('../webview/preview.js', import.meta.url),
        new URL('../../out/webview/preview.js', import.meta.url)
    ];
    for (const candidate of candidates) {
        const path = fileURLToPath(candidate);
        if (existsSync(path)) {
            return readFileSync(path, 'utf8');
        }
    }
    throw new UsageError(
        `Förhandsvisningens skript saknas (${fileURLToPath(candidates[0]!)}), så HTML-rapporten kan inte skrivas. Kör npm run build och försök igen.`
    );
}
