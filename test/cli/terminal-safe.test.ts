import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/text/terminal-safe.js';
import { runCli } from './run-cli.js';

/** Control characters from a model never reach the terminal (issue 18, item 10; CLI.md "Every command"). */
const HOSTILE = '\u001b]0;hackad\u0007\u001b[2J\u001b[32m0 fel\u001b[0m\u009b\u202e';

describe('text output is safe for a terminal', () => {
    it('escapes control characters in a visible form and keeps tabs and line breaks', () => {
        expect(terminalSafe(`a\tb\n${HOSTILE}`)).toBe(
            'a\tb\n\\u001b]0;hackad\\u0007\\u001b[2J\\u001b[32m0 fel\\u001b[0m\\u009b\\u202e'
        );
    });

    it.each([['text'], ['json'], ['github'], ['sarif']])('validate --format %s', format => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-tty-'));
        writeFileSync(
            join(folder, 'm.styr'),
            `styrmodell M "M${HOSTILE}" {\n    kommun "18${HOSTILE}"\n    år 2019\n    data "${HOSTILE}.csv"\n}\nvision V "V"\n`
        );
        const result = runCli(['validate', '.', '--format', format], folder);
        expect(result.status).toBe(1);
        const output = result.stdout + result.stderr;
        expect(output).toContain('\\u001b[2J');
        expect(output).not.toMatch(/(?![\t\n])[\p{Cc}\u202e]/u);
        if (format === 'json' || format === 'sarif') JSON.parse(result.stdout);
    });

    it('report names the model safely on stderr and in a Markdown report on stdout', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-tty-'));
        writeFileSync(
            join(folder, 'm.styr'),
            `styrmodell M "M${HOSTILE}" {\n    kommun "1881"\n    år 2019\n}\nvision V "V${HOSTILE}"\n`
        );
        const result = runCli(['report', '.', '--format', 'md'], folder);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('\\u001b');
        expect(result.stdout + result.stderr).not.toMatch(/(?![\t\n])[\p{Cc}\u202e]/u);
    });
});
