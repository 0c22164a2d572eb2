import type { Command } from 'commander';
import { registerDiff } from './diff-command.js';
import { reportFailure } from './failure.js';
import { registerFetch } from './fetch-command.js';
import { registerFormat } from './format-command.js';
import { registerInit } from './init-command.js';
import { registerLsp } from './lsp-command.js';
import { VERSION } from './options.js';
import { registerReport } from './report.js';
import { registerSite } from './site-command.js';
import { SwedishCommand, swedishHelp } from './swedish-command.js';
import { guardTextStreams } from './terminal-streams.js';
import { registerTextconv } from './textconv-command.js';
import { registerValidate } from './validate.js';

/** Builds the `styrmodell` command line; each command lives in its own file. */
export function createProgram(): Command {
    const program = new SwedishCommand('styrmodell')
        .description('Skriv, kontrollera och följ upp kommunens styrmodell som text')
        .configureHelp(swedishHelp)
        .version(VERSION, '-v, --version', 'visa versionen')
        .helpOption('-h, --help', 'visa hjälp')
        .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
        .showHelpAfterError('(skriv --help för mer information)')
        .exitOverride();
    program.hook('preAction', (_program, command) => {
        if (command.name() !== 'lsp') guardTextStreams();
    });
    registerValidate(program);
    registerReport(program);
    registerSite(program);
    registerDiff(program);
    registerFetch(program);
    registerInit(program);
    registerFormat(program);
    registerLsp(program);
    registerTextconv(program);
    return program;
}

export async function main(argv: string[]): Promise<void> {
    const program = createProgram();
    try {
        await program.parseAsync(withVersionAlias(argv));
    } catch (error) {
        process.exitCode = reportFailure(error);
    }
}

/** `-V` (commander's default and many tools' spelling) as an alias of `-v`/`--version`, before any command. */
function withVersionAlias(argv: string[]): string[] {
    return argv[2] === '-V' ? [...argv.slice(0, 2), '--version', ...argv.slice(3)] : argv;
}
