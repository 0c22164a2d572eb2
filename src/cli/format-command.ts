import type { Command } from 'commander';
import { prettyPrint } from '../language/format/pretty-printer.js';
import { displayPath } from './diagnostics.js';
import { ExitCode } from './usage-error.js';
import { loadWorkspace } from './workspace.js';
import { writeFileAtomically } from './write-output.js';

interface FormatOptions {
    check?: boolean;
}

/** `styrmodell format`: rewrites files in the formatter's style; `--check` only reports. */
export function registerFormat(program: Command): void {
    program
        .command('format')
        .description('Formatera .styr-filer i den gemensamma stilen')
        .argument('[sökvägar...]', '.styr-filer eller mappar (sökes rekursivt)')
        .option('--check', 'skriv inget; slutstatus 1 om någon fil skulle ändras')
        .action(async (paths: string[], options: FormatOptions) => {
            process.exitCode = await format(paths, options);
        });
}

async function format(paths: string[], options: FormatOptions): Promise<number> {
    const workspace = await loadWorkspace(paths, { validation: false });
    let failed = false;
    for (const document of workspace.requested) {
        const path = displayPath(document.uri.fsPath);
        const text = document.textDocument.getText();
        const syntaxErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        const formatted = syntaxErrors === 0 ? prettyPrint(document.parseResult.value, text) : undefined;
        if (text.includes('\uFFFD')) {
            // Rewriting would replace every å, ä and ö the file holds in another encoding for good.
            process.stderr.write(
                `${path}: formateras inte eftersom filen inte är sparad som UTF-8. Spara den som UTF-8 först.\n`
            );
            failed = true;
        } else if (formatted === undefined) {
            process.stderr.write(
                `${path}: kan inte formateras eftersom filen har syntaxfel. Rätta felen först (styrmodell validate ${path}).\n`
            );
            failed = true;
        } else if (formatted !== text) {
            if (options.check) {
                process.stdout.write(`${path}: skulle formateras om\n`);
                failed = true;
            } else {
                writeFileAtomically(document.uri.fsPath, formatted);
                process.stdout.write(`${path}: formaterad\n`);
            }
        }
    }
    return failed ? ExitCode.failed : ExitCode.ok;
}
