import type { Command } from 'commander';
import { toReportJson } from '../fulfilment/index.js';
import { byPosition, toCliDiagnostic } from './diagnostics.js';
import { formatDiagnostics } from './diagnostic-formats.js';
import { parseChoice, parseYearOption, VERSION } from './options.js';
import { writeOutput } from './write-output.js';
import { ExitCode, UsageError } from './usage-error.js';
import { loadWorkspace } from './workspace.js';
import { renderHtmlReport, renderMarkdownReport } from '../render/index.js';
import { pickModel } from './pick-model.js';

type ReportFormat = 'md' | 'html' | 'json';

interface ReportOptions {
    year?: number;
    format: ReportFormat;
    out?: string;
    model?: string;
}

/** `styrmodell report`: fulfilment of one model for a year, as Markdown, HTML or JSON. */
export function registerReport(program: Command): void {
    program.command('report')
        .description('Beräkna måluppfyllelsen och skriv en uppföljningsrapport')
        .argument('[paths...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--year <år>', 'uppföljningsår (standard: modellens år)', parseYearOption)
        .option('--format <format>', 'md, html eller json', (v: string) => parseChoice(v, ['md', 'html', 'json'] as const), 'md')
        .option('--out <fil>', 'skriv rapporten till en fil i stället för standard ut')
        .option('--model <id>', 'vilken modell, när sökvägarna innehåller flera')
        .action(async (paths: string[], options: ReportOptions) => {
            process.exitCode = await report(paths, options);
        });
}

async function report(paths: string[], options: ReportOptions): Promise<number> {
    const workspace = await loadWorkspace(paths, { year: options.year });
    const modelId = pickModel(workspace, options.model);
    const modelDocuments = workspace.services.references.ModelMembership.documentsOf(modelId);
    const errors = modelDocuments
        .flatMap(document => (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d)))
        .filter(d => d.severity === 'error')
        .sort(byPosition);
    if (errors.length > 0) {
        process.stderr.write(formatDiagnostics('text', errors, VERSION) + '\n');
        process.stderr.write(`Modellen ${modelId} har fel; rätta dem innan rapporten kan skrivas.\n`);
        return ExitCode.failed;
    }
    const analysis = workspace.services.analysis.ModelAnalysis.analyse(modelId);
    if (!analysis?.result) {
        throw new UsageError(`Modellen ${modelId} anger inget år. Skriv \`år 2019\` i huvudet eller använd --year.`);
    }
    const output = options.format === 'json'
        ? JSON.stringify(toReportJson(analysis.result), null, 2) + '\n'
        : options.format === 'md'
            ? renderMarkdownReport(analysis)
            : renderHtmlReport(analysis, workspace.services.analysis.ModelAnalysis);
    writeOutput(output, options.out);
    return ExitCode.ok;
}
