import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Lints a file that is not on disk with the project's own ESLint config, as `npm run lint` would see it; only the
 * type-aware rules are off (typescript-eslint's own preset for that), since the type checker needs files on disk.
 */
async function restrictedImports(file: string, code: string): Promise<string[]> {
    const eslint = new ESLint({
        cwd: ROOT,
        overrideConfig: { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }
    });
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    expect(result?.messages.filter(m => m.fatal)).toEqual([]);
    return (result?.messages ?? []).filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
}

/** `npm run lint` enforces ARCHITECTURE.md's arrows (eslint.boundaries.mjs): an import against them fails. */
describe('the layering is enforced by lint', () => {
    it.each([
        [
            'src/fulfilment/probe.ts',
            "export { RULE_TITLES } from '../language/rule-titles.js';",
            'src/fulfilment may not import src/language'
        ],
        [
            'src/fulfilment/probe.ts',
            "export { readFileSync } from 'node:fs';",
            'src/fulfilment is kept free of this package'
        ],
        [
            'src/render/docx/probe.ts',
            "export { HoverProvider } from '../../lsp/hover-provider.js';",
            'src/render may not import src/lsp'
        ],
        ['src/data/probe.ts', "export { AstUtils } from 'langium';", 'src/data is kept free of this package'],
        [
            'src/model/probe.ts',
            "export { computeFulfilment } from '../fulfilment/index.js';",
            'src/model may not import src/fulfilment'
        ],
        [
            'src/webview/probe.ts',
            "export { HoverProvider } from '../lsp/hover-provider.js';",
            'src/webview may not import src/lsp'
        ],
        ['src/lsp/probe.ts', "export { commands } from 'vscode';", 'src/lsp is kept free of this package'],
        [
            'src/extension/probe.ts',
            "export { RULE_TITLES } from '../language/rule-titles.js';",
            'src/extension may not import src/language'
        ],
        [
            'src/data/probe.ts',
            "export { newModelFiles } from '../init/new-model.js';",
            'src/data may not import src/init'
        ],
        [
            'src/render/reader-text/probe.ts',
            "export { newModelFiles } from '../../init/new-model.js';",
            'src/render may not import src/init'
        ],
        [
            'src/render/probe.ts',
            "export type { PreviewResult } from '../protocol.js';",
            'src/render may not import the protocol'
        ],
        [
            'src/protocol.ts',
            "export { ModelAnalysis } from './language/analysis/model-analysis.js';",
            'src/protocol.ts carries only the types'
        ]
    ])('%s: %s is refused', async (file, code, reason) => {
        const messages = await restrictedImports(file, code);
        expect(messages.join('\n')).toContain(reason);
    });

    it.each([
        ['src/fulfilment/probe.ts', "export type { DataLookup } from '../data/index.js';"],
        ['src/render/probe.ts', "export { formatValue } from './format.js';"],
        ['src/data/probe.ts', "export { MUNICIPALITIES } from '../model/municipalities.js';"],
        ['src/webview/probe.ts', "export type { ModelErrors } from '../protocol.js';"],
        ['src/extension/probe.ts', "export { PreviewRequest } from '../protocol.js';"],
        ['src/lsp/probe.ts', "export { PreviewRequest } from '../protocol.js';"],
        ['src/protocol.ts', "export type { RenderInput } from './render/render-input.js';"],
        ['src/cli/probe.ts', "export { computeFulfilment } from '../fulfilment/index.js';"]
    ])('%s: %s is allowed', async (file, code) => {
        expect(await restrictedImports(file, code)).toEqual([]);
    });
});
