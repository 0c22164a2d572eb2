// Prints the mutation score per folder from Stryker's last report (`npm run mutate:score`): the committed
// incremental file holds every folder's latest result, also when each folder was measured in its own run.
// Score as Stryker counts it: (killed + timed out) / (killed + timed out + survived + no coverage); ignored
// (static, see stryker.config.mjs) and compile or runtime errors are outside it and shown apart.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/stryker-incremental.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const COLUMNS = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'];

/**
 * The row a file counts in: its folder under src/ (`src/data`), except that src/render/ is measured in parts, so
 * each of its sub-folders is a row of its own (`src/render/site`) and its own files are `src/render/ (top level)`.
 */
function folderOf(path) {
    const parts = path.split('/');
    if (parts[0] === 'src' && parts[1] === 'render') {
        return parts.length > 3 ? parts.slice(0, 3).join('/') : 'src/render/ (top level)';
    }
    return parts.slice(0, 2).join('/');
}

const folders = new Map();
for (const [path, result] of Object.entries(report.files)) {
    const folder = folderOf(path);
    const counts = folders.get(folder) ?? Object.fromEntries(COLUMNS.map(c => [c, 0]));
    for (const mutant of result.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    folders.set(folder, counts);
}

function score(c) {
    const detected = c.Killed + c.Timeout;
    const valid = detected + c.Survived + c.NoCoverage;
    return valid === 0 ? '–' : `${((100 * detected) / valid).toFixed(1)} %`;
}

const total = Object.fromEntries(COLUMNS.map(c => [c, 0]));
const rows = [...folders].sort(([a], [b]) => a.localeCompare(b));
console.log(`| folder | mutants | ${COLUMNS.join(' | ')} | score |`);
console.log(`| --- | ${['---', ...COLUMNS.map(() => '---')].join(' | ')} | --- |`);
for (const [folder, counts] of rows) {
    const all = COLUMNS.reduce((sum, c) => sum + counts[c], 0);
    for (const c of COLUMNS) total[c] += counts[c];
    console.log(`| ${folder} | ${all} | ${COLUMNS.map(c => counts[c]).join(' | ')} | ${score(counts)} |`);
}
const all = COLUMNS.reduce((sum, c) => sum + total[c], 0);
console.log(`| all | ${all} | ${COLUMNS.map(c => total[c]).join(' | ')} | ${score(total)} |`);
