// ESLint flat config: rules that catch real mistakes, typed rules of typescript-eslint included (floating
// promises, unsafe `any`, unnecessary assertions). Layout and import order are Biome's job (biome.json).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.mjs';

export default defineConfig(
    globalIgnores([
        'out/',
        // Staged artefacts and release files (scripts/stage.mjs, scripts/release.mjs): copies of out/.
        'dist/',
        'release/',
        'src/language/generated/',
        '.e2e/',
        '.bench/',
        '.vitest/',
        'test-results/',
        // Stryker's sandbox copies of the project and its reports (stryker.config.mjs).
        '.stryker-tmp/',
        'reports/',
        '**/node_modules/'
    ]),
    js.configs.recommended,
    {
        files: ['**/*.ts'],
        extends: [tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: {
                projectService: {
                    allowDefaultProject: ['vitest.config.ts', 'vitest.e2e.config.ts', 'vitest.mutation.config.ts']
                },
                tsconfigRootDir: import.meta.dirname
            }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            // `array[i] as number` is written on purpose where an index may be out of range (the code is kept
            // ready for noUncheckedIndexedAccess); flagging it would be noise, not a problem.
            '@typescript-eslint/no-unnecessary-type-assertion': 'off'
        }
    },
    {
        // Tests read JSON output and protocol messages as `any` on purpose; an assertion fails if a shape is wrong.
        files: ['test/**/*.ts', 'test-e2e/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-return': 'off',
            '@typescript-eslint/no-explicit-any': 'off',
            // LSP 3.18 types a diagnostic's message as string | MarkupContent; tests stringify what the server
            // sent (always a string here) and an assertion fails if it is not.
            '@typescript-eslint/no-base-to-string': 'off',
            '@typescript-eslint/restrict-template-expressions': 'off',
            // Tests replace methods such as process.stderr.write and put them back.
            '@typescript-eslint/unbound-method': 'off'
        }
    },
    ...boundaries,
    {
        files: ['**/*.mjs', '**/*.js'],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        // Functions handed to Playwright's page.evaluate run in the browser.
        files: ['bench/preview-render.mjs', 'test/support/*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    }
);
