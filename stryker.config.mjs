// Mutation testing (issue 20, README "Mutation testing"): Stryker changes one operator, literal or branch of the
// engine, the readers, the diff and the renderers at a time and runs the tests that cover that spot; a mutant no
// test notices marks a behaviour no test asserts. `npm run mutate` measures all four folders; one folder with
// `npm run mutate -- --mutate 'src/diff/**/*.ts'`. Incremental: the committed reports/stryker-incremental.json
// lets the next run retest only mutants whose code or covering tests changed.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    packageManager: 'npm',
    plugins: ['@stryker-mutator/vitest-runner'],
    testRunner: 'vitest',
    vitest: {
        configFile: 'vitest.mutation.config.ts',
        // Only the tests that import a mutated file (vitest's `related`) run at all.
        related: true
    },
    // Each folder is measured by the unit tests of the four folders (test/ mirrors src/); the language and
    // language-server suites also reach the engine and renderers, but through whole workspaces: with them the
    // first (coverage) run of fulfilment/ alone did not finish in 8 minutes on this shared machine.
    testFiles: [
        'test/fulfilment/**/*.test.ts',
        'test/data/**/*.test.ts',
        'test/diff/**/*.test.ts',
        'test/render/**/*.test.ts'
    ],
    // Each mutant runs only the tests that reached it in the dry run.
    coverageAnalysis: 'perTest',
    // Many test files compute their fixture at module level, so most engine code also runs while no test is
    // current ("static" coverage). Such a mutant would need every related test with a fresh module graph:
    // estimated at 4 h 40 min for fulfilment/ alone on this machine. With ignoreStatic a mutant some test also
    // reaches is still tested, against the tests that reach it; one reached only at module level (a constant
    // table) is reported as Ignored and left out of the score; `npm run mutate:score` counts them per folder.
    ignoreStatic: true,
    mutate: ['src/fulfilment/**/*.ts', 'src/data/**/*.ts', 'src/diff/**/*.ts', 'src/render/**/*.ts'],
    incremental: true,
    incrementalFile: 'reports/stryker-incremental.json',
    // The machine is shared: two workers at most (`--concurrency 1` on a busy day).
    concurrency: 2,
    // A busy machine makes slow tests look like endless loops; give them room before calling a timeout.
    timeoutMS: 15_000,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/mutation.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
    thresholds: { high: 90, low: 85, break: null },
    tempDirName: '.stryker-tmp',
    // The sandbox is a copy of the project: leave out what no unit test reads (the shared e2e install, bundles,
    // screenshots, bench output, caches).
    ignorePatterns: [
        '/.e2e',
        '/out',
        '/dist',
        '/release',
        '/test-results',
        '/.bench',
        '/.vitest',
        '/test-e2e',
        '/bench',
        '/images',
        '/docs/**/*.png',
        '*.vsix'
    ]
};
