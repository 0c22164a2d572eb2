import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { toReportJson } from '../fulfilment/index.js';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { idOfKey } from '../language/model-membership.js';
import { renderDocxReport } from '../render/docx/report-docx.js';
import { renderHtmlReport, renderMarkdownReport } from '../render/index.js';
import type { ReportWarning } from '../render/render-input.js';
import { renderXlsxReport } from '../render/xlsx/report-xlsx.js';
import { plainText } from '../text/plain-text.js';
import { formatDiagnostics } from './diagnostic-formats.js';
import { byPosition, type CliDiagnostic } from './diagnostics.js';
import { modelDiagnostics } from './model-errors.js';
import { parseChoice, parseYearOption, VERSION } from './options.js';
import { pickModel } from './pick-model.js';
import { ExitCode, UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace.js';
import { writeOutput } from './write-output.js';

type ReportFormat = 'md' | 'html' | 'json' | 'docx' | 'xlsx';

interface ReportOptions {
    year?: number;
    format: ReportFormat;
    out?: string;
    model?: string;
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
    const workspace = await loadWorkspace(paths, { year: options.year, oneModel: { id: options.model } });
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
    const warnings: ReportWarning[] = diagnostics
        .filter(d => d.diagnostic.severity === 'warning')
        .map(({ file, diagnostic }) => ({
            file,
            line: diagnostic.line,
            code: diagnostic.code,
            message: diagnostic.message
        }));
    reportNotesOnStderr(
        diagnostics
            .map(d => d.diagnostic)
            .filter(d => d.severity !== 'info')
            .sort(byPosition),
        options.format !== 'json'
    );
    let output: string | Uint8Array;
    if (options.format === 'json') {
        output = JSON.stringify(toReportJson(analysis.result), null, 2) + '\n';
    } else {
        const input = renderInputOf(analysis)!;
        if (warnings.length > 0) input.warnings = warnings;
        const baseDir = process.cwd();
        output =
            options.format === 'md'
                ? renderMarkdownReport(input, { baseDir })
                : options.format === 'docx'
                  ? await renderDocxReport(input, { baseDir })
                  : options.format === 'xlsx'
                    ? renderXlsxReport(input, { baseDir })
                    : renderHtmlReport(input, { script: readWebviewScript(), baseDir });
    }
    writeOutput(output, options.out);
    return ExitCode.ok;
}

/** Counts the model's warnings and unreadable data files on stderr (CLI.md `report`), each with its place. */
function reportNotesOnStderr(notes: CliDiagnostic[], named: boolean): void {
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
