import { CommanderError } from 'commander';
import { ExitCode, UsageError } from './usage-error.js';

/** Usage and I/O errors are the caller's to fix (exit 2); anything else is a bug in styrmodell (exit 3). */
export function reportFailure(error: unknown): number {
    if (error instanceof CommanderError) {
        return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError) {
        process.stderr.write(`fel: ${error.message}\n`);
        return ExitCode.usage;
    }
    const fileError = describeFileError(error);
    if (fileError) {
        process.stderr.write(`fel: ${fileError}\n`);
        return ExitCode.usage;
    }
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
        `internt fel: styrmodell stötte på ett fel i sig själv. Rapportera det gärna med texten nedan.\n${stack}\n`
    );
    return ExitCode.internal;
}

const FILE_ERROR_WORDS: Record<string, string> = {
    ENOENT: 'finns inte',
    EACCES: 'får inte läsas eller skrivas (behörighet saknas)',
    EPERM: 'får inte läsas eller skrivas (behörighet saknas)',
    EISDIR: 'är en mapp, inte en fil',
    ENOTDIR: 'ligger inte i en mapp',
    ENOSPC: 'kunde inte skrivas: disken är full',
    EROFS: 'kunde inte skrivas: filsystemet är skrivskyddat'
};

function describeFileError(error: unknown): string | undefined {
    const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
    if (typeof code !== 'string' || typeof path !== 'string' || !FILE_ERROR_WORDS[code]) return undefined;
    return `${path} ${FILE_ERROR_WORDS[code]}.`;
}
