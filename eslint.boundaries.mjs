// The arrows of ARCHITECTURE.md, enforced: which folder of src/ may import which, and which packages each may use.
// Each layer lists the layers it may import besides itself; everything else under src/ is refused, so a new
// arrow is a change to this table, made on purpose and reviewed. Built on ESLint's own no-restricted-imports
// (no plugin to keep up to date): its gitignore-style patterns see every relative path, however deep.

/** The folders of src/ (and the top-level files that wire them). */
const LAYERS = [
    'model',
    'text',
    'data',
    'fulfilment',
    'render',
    'diff',
    'kolada',
    'init',
    'language',
    'lsp',
    'cli',
    'extension',
    'webview',
    'browser'
];

/**
 * Who may import whom. The pure layers (model, text, data, fulfilment, render, diff) never see Langium, the
 * language server or vscode; the engine and the renderers do no I/O; only the extension imports vscode; the
 * webview and the extension reach the server only through the typed protocol.
 */
const ALLOWED = {
    model: [],
    text: [],
    init: ['model', 'text'],
    kolada: ['model', 'text'],
    data: ['model', 'text'],
    fulfilment: ['data', 'model', 'text'],
    render: ['fulfilment', 'data', 'model', 'text'],
    diff: ['fulfilment', 'data', 'model', 'text', 'render'],
    language: ['model', 'text', 'data', 'fulfilment', 'render'],
    lsp: ['language', 'model', 'text', 'data', 'fulfilment', 'render', 'init'],
    cli: ['language', 'lsp', 'model', 'text', 'data', 'fulfilment', 'render', 'diff', 'kolada', 'init'],
    browser: ['language', 'lsp', 'model', 'text', 'data'],
    extension: ['render', 'model', 'text', 'init', 'webview', 'browser'],
    webview: ['render', 'model', 'text']
};

/** Packages a layer must not import (the engine and renderers are pure: no I/O, no Langium, no editor). */
const NO_EDITOR = ['langium', 'langium/*', 'chevrotain', 'vscode', 'vscode-*', 'vscode-languageserver/*'];
const NO_IO = ['node:*', 'fs', 'path', 'child_process'];
const FORBIDDEN_PACKAGES = {
    model: [...NO_EDITOR, ...NO_IO],
    text: [...NO_EDITOR, ...NO_IO],
    fulfilment: [...NO_EDITOR, ...NO_IO],
    render: [...NO_EDITOR, 'node:fs', 'node:child_process', 'node:net', 'node:http', 'node:https'],
    data: NO_EDITOR,
    diff: NO_EDITOR,
    kolada: NO_EDITOR,
    init: NO_EDITOR,
    webview: [...NO_EDITOR, ...NO_IO],
    language: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'],
    lsp: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'],
    cli: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'],
    browser: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*']
};

/**
 * The typed protocol (src/protocol.ts, at the package root as LikeC4 keeps it) is the one module both the server
 * and the editor side import; no other layer has a reason to.
 */
const PROTOCOL_USERS = ['lsp', 'extension', 'webview', 'browser'];

function patternsFor(layer) {
    const refused = LAYERS.filter(other => other !== layer && !ALLOWED[layer].includes(other));
    const groups = refused.map(other => ({
        group: [`**/${other}/*`, `**/${other}/**`],
        message: `src/${layer} may not import src/${other} (ARCHITECTURE.md; the table in eslint.boundaries.mjs).`
    }));
    const packages = FORBIDDEN_PACKAGES[layer] ?? [];
    if (packages.length > 0) {
        groups.push({
            group: packages,
            message: `src/${layer} is kept free of this package (ARCHITECTURE.md; eslint.boundaries.mjs).`
        });
    }
    if (!PROTOCOL_USERS.includes(layer)) {
        groups.push({
            group: ['**/protocol.js'],
            message: `src/${layer} may not import the protocol (src/protocol.ts is for the server and the editor side).`
        });
    }
    // The top-level wiring files (services, language-server, server-main) are for the entries only.
    if (!['cli', 'browser', 'lsp', 'extension'].includes(layer)) {
        groups.push({
            group: ['**/services.js', '**/language-server.js', '**/server-main.js'],
            message: `src/${layer} may not import the server's wiring.`
        });
    }
    return groups;
}

/** One ESLint config object per layer, and one for the protocol: it sees the types it carries, nothing of either side. */
export const boundaries = [
    ...LAYERS.map(layer => ({
        files: [`src/${layer}/**/*.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: patternsFor(layer) }] }
    })),
    {
        files: ['src/protocol.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: LAYERS.filter(layer => !['render', 'fulfilment', 'model'].includes(layer)).flatMap(
                                layer => [`**/${layer}/*`, `**/${layer}/**`]
                            ),
                            message: 'src/protocol.ts carries only the types of render/, fulfilment/ and model/.'
                        },
                        {
                            group: [...NO_IO, 'langium', 'langium/*', 'vscode'],
                            message: 'src/protocol.ts is kept free of this package.'
                        }
                    ]
                }
            ]
        }
    }
];
