import type { Command } from 'commander';
import { type DiagnosticFormat, formatDiagnostics } from './diagnostic-formats.js';
import { byPosition, type CliDiagnostic, toCliDiagnostic } from './diagnostics.js';
import { writeGithubStepSummary } from './github-summary.js';
import { parseChoice, parseYearOption, VERSION } from './options.js';
import { parallelPlan, validateInParallel, WorkerFailure } from './parallel-validate.js';
import { SARIF_RESULT_LIMIT, sarifOmittedText } from './sarif.js';
import { ExitCode } from './usage-error.js';
import { loadWorkspace, workspaceFiles } from './workspace.js';

interface ValidateOptions {
    format: DiagnosticFormat;
    strict?: boolean;
    quiet?: boolean;
    year?: number;
}

/** `styrmodell validate`: every check the editor runs, data checks included. */
export function registerValidate(program: Command): void {
    program
        .command('validate')
        .description('Kontrollera modeller: syntax, namn, målkedja, uppföljning, gränsvärden och data')
        .argument('[sökvägar...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--format <format>', 'text, json, sarif eller github', parseFormat, 'text')
        .option('--strict', 'varningar ger också slutstatus 1')
        .option('--quiet', 'skriv bara ut fel (inga varningar eller info, ingenting när allt är rätt)')
        .option('--year <år>', 'uppföljningsår (standard: modellens år)', parseYearOption)
        .action(async (paths: string[], options: ValidateOptions) => {
            process.exitCode = await validate(paths, options);
        });
}

async function validate(paths: string[], options: ValidateOptions): Promise<number> {
    const files = workspaceFiles(paths);
    let perFile: CliDiagnostic[][] | undefined;
    const plan = parallelPlan(files.context);
    if (plan) {
        try {
            perFile = await validateInParallel(plan, files.requested, options.year);
        } catch (error) {
            if (!(error instanceof WorkerFailure)) throw error;
            process.stderr.write(`fel: ${error.message}\n`);
            return ExitCode.internal;
        }
    }
    if (perFile === undefined) {
        const workspace = await loadWorkspace(paths, { year: options.year, checksOnly: true }, files);
        perFile = workspace.requested.map(document =>
            (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d))
        );
    }
    const diagnostics = perFile.flat().sort(byPosition);
    const shown = options.quiet ? diagnostics.filter(d => d.severity === 'error') : diagnostics;
    const output =
        options.quiet && shown.length === 0 && options.format === 'text'
            ? ''
            : formatDiagnostics(options.format, shown, VERSION);
    if (output) process.stdout.write(output + '\n');
    if (options.format === 'sarif' && shown.length > SARIF_RESULT_LIMIT) {
        process.stderr.write(`obs: ${sarifOmittedText(shown.length, shown.length - SARIF_RESULT_LIMIT)}\n`);
    }
    writeGithubStepSummary(diagnostics, perFile.length);
    const failing = diagnostics.some(d => d.severity === 'error' || (options.strict && d.severity === 'warning'));
    return failing ? ExitCode.failed : ExitCode.ok;
}

function parseFormat(value: string): DiagnosticFormat {
    return parseChoice(value, ['text', 'json', 'sarif', 'github'] as const);
}
