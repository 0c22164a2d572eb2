import { Command, CommanderError } from 'commander';
import { registerFormat } from './format-command.js';
import { registerLsp } from './lsp-command.js';
import { registerReport } from './report.js';
import { registerDiff } from './diff-command.js';
import { registerFetch } from './fetch-command.js';
import { registerInit } from './init-command.js';
import { registerValidate } from './validate.js';
import { ExitCode, UsageError } from './usage-error.js';
import { VERSION } from './options.js';

/** Builds the `styrmodell` command line; each command lives in its own file. */
export function createProgram(): Command {
    const program = new Command('styrmodell')
        .description('Skriv, kontrollera och följ upp kommunens styrmodell som text')
        .version(VERSION, '-v, --version', 'visa versionen')
        .helpOption('-h, --help', 'visa hjälp')
        .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
        .showHelpAfterError()
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(translateCommanderMessage(text)) });
    registerValidate(program);
    registerReport(program);
    registerDiff(program);
    registerFetch(program);
    registerInit(program);
    registerFormat(program);
    registerLsp(program);
    return program;
}

/** Commander's own messages are English; the planner reads Swedish. */
function translateCommanderMessage(text: string): string {
    return text
        .replace(/^error: unknown option '(.*)'/m, 'fel: okänd flagga \'$1\'')
        .replace(/^error: unknown command '(.*)'/m, 'fel: okänt kommando \'$1\'')
        .replace(/^error: missing required argument '(.*)'/m, 'fel: argumentet \'$1\' saknas')
        .replace(/^error: option '(.*)' argument missing/m, 'fel: flaggan \'$1\' behöver ett värde')
        .replace(/^error: option '(.*)' argument '(.*)' is invalid\. (.*)/m, 'fel: flaggan \'$1\': $3')
        .replace(/^error: too many arguments.*$/m, 'fel: för många argument')
        .replace(/^\(add --help for additional information\)/m, '(skriv --help för mer information)')
        .replace(/^Usage:/m, 'Användning:');
}

export async function main(argv: string[]): Promise<void> {
    const program = createProgram();
    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
        } else if (error instanceof UsageError) {
            process.stderr.write(`fel: ${error.message}\n`);
            process.exitCode = ExitCode.usage;
        } else {
            process.stderr.write(`fel: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exitCode = ExitCode.usage;
        }
    }
}
