import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function parsedConfig(relative: string): ts.ParsedCommandLine {
    const path = join(ROOT, relative);
    const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
    expect(error).toBeUndefined();
    return ts.parseJsonConfigFileContent(config, ts.sys, join(path, '..'));
}

const hasDom = (config: ts.ParsedCommandLine) => (config.options.lib ?? []).some(lib => /dom/i.test(lib));

/** Only code that runs in a page sees the DOM's types: a `document` in the engine or the server does not compile. */
describe('DOM types only where a page runs the code', () => {
    it('the project config has no DOM library and leaves the webview and the e2e tests to their own', () => {
        const root = parsedConfig('tsconfig.json');
        expect(hasDom(root)).toBe(false);
        expect(root.fileNames.some(f => f.includes('/src/webview/'))).toBe(false);
        expect(root.fileNames.some(f => f.includes('/src/fulfilment/'))).toBe(true);
    });

    it.each(['src/webview/tsconfig.json', 'test-e2e/tsconfig.json'])('%s has the DOM library', file => {
        const config = parsedConfig(file);
        expect(hasDom(config)).toBe(true);
        expect(config.fileNames.length).toBeGreaterThan(0);
    });

    it('a DOM global outside the webview is a type error', () => {
        const root = parsedConfig('tsconfig.json');
        const file = join(ROOT, 'src', 'render', 'dom-probe.ts');
        const host = ts.createCompilerHost(root.options);
        const readFile = host.readFile.bind(host);
        host.readFile = name => (name === file ? 'export const title = document.title;\n' : readFile(name));
        const fileExists = host.fileExists.bind(host);
        host.fileExists = name => name === file || fileExists(name);
        const program = ts.createProgram([file], { ...root.options, noEmit: true }, host);
        const messages = ts
            .getPreEmitDiagnostics(program, program.getSourceFile(file))
            .map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        expect(messages.join('\n')).toContain("Cannot find name 'document'");
    });
});
