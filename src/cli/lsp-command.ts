import type { Command } from 'commander';
import { startLanguageServer } from '../language-server.js';

/** `styrmodell lsp --stdio`: the language server for any LSP client. */
export function registerLsp(program: Command): void {
    program
        .command('lsp')
        .description('Starta språkservern (LSP) över standard in och ut')
        .option('--stdio', 'kommunicera över standard in och ut (standard)')
        .action(() => {
            if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
            startLanguageServer();
        });
}
