#!/usr/bin/env node
/**
 * Language-server latency benchmark: "keystroke to updated diagnostics and preview data".
 *
 * Spawns the real server (`node bin/styrmodell.js lsp --stdio`, with this process's Node) and talks LSP to it
 * over stdio like an editor does. For every edit (a threshold number in a `del av` file, alternating, the whole
 * text sent with `didChange`) it times, from sending `didChange`:
 *   (a) until `publishDiagnostics` for the edited document arrives, and
 *   (b) until the `styrmodell/preview` response arrives. The request is sent when the server's
 *       `styrmodell/modelChanged` notification names the document, exactly as the VS Code preview does (minus
 *       its `styrmodell.preview.updateDelay` debounce, which is the user's setting, not the server's cost).
 *       The request names the version of the last answer (`known`), as the extension does, so the server sends
 *       only what changed since that answer (`delta`, a patch the client applies to the answer it holds).
 *       The response is checked to hold the newly typed number, so a stale answer cannot pass.
 * Edits run one at a time (the next one after both answers), after a few warm-up edits that are not counted.
 *
 * Named baseline: `textDocument/hover` on an empty line of the same document on the same server, interleaved
 * with the edits (order alternating), i.e. the LSP round trip with no build behind it. It shows what the
 * transport, the JSON-RPC queue and a busy machine cost by themselves. The calibration hover (a hover on the
 * edited threshold's number: how many municipalities meet the line, the municipality's last five years) is timed
 * after each edit against that baseline: it may add at most 10 ms.
 *
 * Scenarios:
 *   kumla     a temporary copy of test/resources/kumla-reference (2 .styr files, 3 data files).
 *   290       a generated workspace of 290 municipalities, each a folder with a header file and a `del av`
 *             file (own `kommun` code, a county peer group, 3 KF goals, 4 committee goals, 8 measures), all
 *             naming ONE generated long CSV (24 KPIs × 290 municipalities + Riket × 10 years; constructed
 *             values). One model's two files are opened and edited; the server builds the opened model first
 *             (parsed, linked, checked: its first diagnostics), then the other models' files.
 * Measuring starts only when the server is quiet: an open that arrives while Langium's initial build runs
 * cancels it, and the server then validates every file of the workspace (the opened models first); the bench
 * waits until every file had diagnostics or the server has been silent for 15 s (after the opened model's
 * diagnostics, the server parses and links the other 578 files before it publishes the next ones). After each scenario the server's
 * VmRSS and VmHWM are read from /proc/<pid>/status, and its CPU time (all threads) per edit from
 * /proc/<pid>/stat. Memory baseline: the same server on a workspace of one empty file.
 *
 * Usage: node bench/lsp-latency.mjs [--samples N] [--scenario kumla|290] [--cpu-prof DIR]
 *   --cpu-prof DIR  the server writes a V8 CPU profile into DIR (read it with bench/cpuprofile-top.mjs)
 * For investigations: BENCH_LSP_TRACE=1 logs every notification; BENCH_LSP_NODE_ARGS adds Node flags to the
 * server (e.g. --heapsnapshot-signal=SIGUSR2); BENCH_LSP_PAUSE=ms pauses once the server settled (prints its
 * pid); BENCH_LSP_DUMP=prefix writes the last preview response to prefix-<scenario>.json.
 * Importable: `const lines = await benchLspLatency({ samples })`; the returned Markdown lines carry a
 * `summary` property (see bench/run.mjs).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
    chmodSync,
    cpSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    statSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter
} from 'vscode-languageserver-protocol/node';
import { MUNICIPALITIES, measureText, municipalityCodes, municipalityHeader } from './generated-model.mjs';
import { MEASURES_PER_MODEL, writeNationalWorkspace } from './national-workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const BIN = join(root, 'bin', 'styrmodell.js');
const KUMLA = join(root, 'test', 'resources', 'kumla-reference');

export const TARGETS = { kumla: 50, 290: 100, national: 50 };
/** Issue 20: opening the national workspace shows the opened model's first diagnostics within this (ms). */
const NATIONAL_FIRST_DIAGNOSTICS_MS = 2000;
/** What the calibration hover may add to a hover round trip, in ms (issue 16: under 10 ms at national scale). */
const CALIBRATION_BUDGET = 10;

/** The calibration hover's p95 is at most the paired baseline's p95 plus the budget. */
const calibrationMet = r => r.calibration.p95 - r.pairedHover.p95 <= CALIBRATION_BUDGET;
/** The national workspace's keystroke p95 (diagnostics, preview data) at most this many times the Kumla reference's (issues 12, 20). */
const NATIONAL_VS_KUMLA = 3;
/** The national model's preview answer at most this share of the same answer with every year's result whole (issue 20). */
const PREVIEW_SHARE = 0.1;
const LABELS = { kumla: 'Kumla reference', 290: '290 municipalities', national: 'national workspace' };
const WARMUP = 5;
const TIMEOUT = 120_000;
const CLOCK_TICKS = clockTicks();

function clockTicks() {
    try {
        return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
        return 100;
    }
}

// ---------------------------------------------------------------------------------------------- statistics

/** Nearest-rank percentile. */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

function stats(values) {
    return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: Math.max(...values), n: values.length };
}

const sameUri = (a, b) => decodeURIComponent(a).normalize('NFC') === decodeURIComponent(b).normalize('NFC');

// ---------------------------------------------------------------------------------------------- the client

/** A minimal LSP client of the real server, recording arrival times of what it is waiting for. */
class Client {
    constructor(cpuProfDir) {
        const nodeArgs = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
        // For investigations: extra Node flags for the server, e.g. BENCH_LSP_NODE_ARGS=--heapsnapshot-signal=SIGUSR2.
        if (process.env.BENCH_LSP_NODE_ARGS)
            nodeArgs.push(...process.env.BENCH_LSP_NODE_ARGS.split(' ').filter(Boolean));
        this.child = spawn(process.execPath, [...nodeArgs, BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.stderr = '';
        this.child.stderr.on('data', chunk => {
            this.stderr = (this.stderr + chunk).slice(-4000);
        });
        this.exited = new Promise(resolve => this.child.once('exit', resolve));
        this.waiters = [];
        /** Every document that had diagnostics, and when the server last said anything unasked. */
        this.validated = new Set();
        this.lastNotice = performance.now();
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.child.stdout),
            new StreamMessageWriter(this.child.stdin)
        );
        this.connection.onNotification('textDocument/publishDiagnostics', params =>
            this.fire('diagnostics', params.uri, params)
        );
        this.connection.onNotification('styrmodell/modelChanged', params => {
            for (const uri of params.uris) this.fire('modelChanged', uri, params);
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/configuration', params => params.items.map(() => null));
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    get pid() {
        return this.child.pid;
    }

    fire(kind, uri, params) {
        const at = performance.now();
        this.lastNotice = at;
        if (kind === 'diagnostics') this.validated.add(decodeURIComponent(uri).normalize('NFC'));
        if (process.env.BENCH_LSP_TRACE)
            console.error(`${at.toFixed(1)} ${kind} ${decodeURIComponent(uri).split('/').slice(-2).join('/')}`);
        this.waiters = this.waiters.filter(w => {
            if (w.kind !== kind || !sameUri(w.uri, uri)) return true;
            clearTimeout(w.timer);
            w.resolve({ at, params });
            return false;
        });
    }

    /** The next `kind` message for `uri` after this call (register before sending what causes it). */
    next(kind, uri, timeout = TIMEOUT) {
        return new Promise((resolve, reject) => {
            const waiter = { kind, uri, resolve };
            waiter.timer = setTimeout(() => {
                this.waiters = this.waiters.filter(w => w !== waiter);
                reject(
                    new Error(`no ${kind} for ${uri} within ${timeout} ms; server stderr: ${this.stderr.slice(-1000)}`)
                );
            }, timeout);
            this.waiters.push(waiter);
        });
    }

    /**
     * Resolves when every one of `count` documents had diagnostics, or when the server has been quiet for
     * `quiet` ms (Langium validates the unopened files only when an open cancelled its initial build). Long enough
     * for the silence between the opened model's diagnostics and the others' on a busy machine.
     */
    async settled(count, quiet = 15000) {
        const deadline = performance.now() + 10 * TIMEOUT;
        while (this.validated.size < count && performance.now() - this.lastNotice < quiet) {
            if (performance.now() > deadline) throw new Error('the server never settled');
            await new Promise(r => setTimeout(r, 50));
        }
    }

    async initialize(folder) {
        const uri = pathToFileURL(folder).toString();
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: 'bench' }],
            capabilities: {
                workspace: {
                    didChangeWatchedFiles: { dynamicRegistration: true },
                    configuration: true,
                    workspaceFolders: true
                },
                textDocument: {
                    hover: { contentFormat: ['markdown'] },
                    publishDiagnostics: {},
                    synchronization: { didSave: true }
                }
            }
        });
        await this.connection.sendNotification('initialized', {});
    }

    open(uri, text) {
        return this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'styrmodell', version: 1, text }
        });
    }

    change(uri, text, version) {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** User + system CPU time the server has used, in ms (clock ticks of /proc/<pid>/stat, usually 10 ms). */
    cpuMs() {
        try {
            const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8')
                .replace(/^.*\) /, '')
                .split(' ');
            // After the command name: state is field 3, utime field 14, stime field 15 (1-based, see proc(5)).
            return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
        } catch {
            return NaN;
        }
    }

    /** VmRSS and VmHWM of the server in bytes. */
    memory() {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
            return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
        } catch {
            return { rss: NaN, hwm: NaN };
        }
    }

    async stop() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 5000))]);
            await this.connection.sendNotification('exit');
            // With --cpu-prof the profile is written on a normal exit; give it time.
            await Promise.race([this.exited, new Promise(r => setTimeout(r, 10_000))]);
        } finally {
            this.connection.dispose();
            if (this.child.exitCode === null) this.child.kill();
        }
    }
}

// ---------------------------------------------------------------------------------------------- workspaces

/** A deterministic pseudo-random sequence. */
function random(seed) {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

function kumlaWorkspace(dir) {
    const folder = join(dir, 'kumla');
    cpSync(KUMLA, folder, { recursive: true });
    makeWritable(folder);
    return {
        folder,
        open: [join(folder, 'styrmodell.styr'), join(folder, 'nämnderna.styr')],
        edited: join(folder, 'nämnderna.styr'),
        // `hel när värde >= 90` of Yrkesbehörighet (an `N15428` measure on data/resultat.csv).
        measure: 'Yrkesbehörighet',
        pattern: /(mått Yrkesbehörighet[\s\S]*?hel\s+när värde >= )(\d+)/,
        values: [90, 91],
        files: 2,
        describe: 'Kumla reference (2 .styr files, 3 data files)'
    };
}

function makeWritable(path) {
    const stat = statSync(path);
    chmodSync(path, stat.mode | 0o200 | (stat.isDirectory() ? 0o100 : 0));
    if (stat.isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

const KPIS = Array.from({ length: 24 }, (_, k) => `N${String(20000 + k * 17).padStart(5, '0')}`);
const YEARS = Array.from({ length: 10 }, (_, y) => 2015 + y);

function municipalityModel(code, index, codes) {
    const id = `K${code}`;
    const county = `Län${code.slice(0, 2)}`;
    const header = municipalityHeader(code, codes, '../../data/kolada.csv', 'för språkserverns benchmark');
    const goals = [
        ['Skola', 'BUN', 'Lärande'],
        ['Omsorg', 'KS', 'Trygghet'],
        ['Miljö', 'SBN', 'Hållbarhet'],
        ['Service', 'KS', 'Hållbarhet']
    ];
    let part = `del av ${id}\n\n// Nämndernas mål, två mått vardera.\n`;
    goals.forEach(([goal, owner, parent], g) => {
        part += `\nmål ${goal} "Nämndmål ${goal.toLowerCase()} i kommun ${code}" {
    nivå nämnd
    ansvarig ${owner}
    bidrar till ${parent}

`;
        for (let m = g * 2; m < g * 2 + 2; m++)
            part += measureText(m, KPIS[(m * 3 + index) % KPIS.length], county) + (m === g * 2 ? '\n' : '');
        part += '}\n';
    });
    return { header, part: part.replace('{n}', '60') };
}

/** The shared long CSV: every KPI for every municipality and Riket (0000), every year; about 1 % `..`. */
function sharedCsv(codes) {
    const next = random(4711);
    const lines = ['nyckeltal;kommun;år;kön;värde'];
    for (const kpi of KPIS) {
        for (const year of YEARS) {
            lines.push(`${kpi};0000;${year};T;${(50 + next() * 10).toFixed(1).replace('.', ',')}`);
            for (const code of codes) {
                const r = next();
                lines.push(`${kpi};${code};${year};T;${r < 0.01 ? '..' : (20 + r * 70).toFixed(1).replace('.', ',')}`);
            }
        }
    }
    return `${lines.join('\n')}\n`;
}

function municipalitiesWorkspace(dir) {
    const folder = join(dir, 'kommuner290');
    const codes = municipalityCodes();
    mkdirSync(join(folder, 'data'), { recursive: true });
    const csv = sharedCsv(codes);
    writeFileSync(join(folder, 'data', 'kolada.csv'), csv);
    codes.forEach((code, index) => {
        const modelDir = join(folder, 'kommuner', code);
        mkdirSync(modelDir, { recursive: true });
        const { header, part } = municipalityModel(code, index, codes);
        writeFileSync(join(modelDir, 'styrmodell.styr'), header);
        writeFileSync(join(modelDir, 'nämnderna.styr'), part);
    });
    const chosen = join(folder, 'kommuner', codes[100]);
    return {
        folder,
        open: [join(chosen, 'styrmodell.styr'), join(chosen, 'nämnderna.styr')],
        edited: join(chosen, 'nämnderna.styr'),
        measure: 'Mått0',
        pattern: /(mått Mått0[\s\S]*?hel\s+när värde >= )(\d+)/,
        values: [60, 61],
        files: MUNICIPALITIES * 2,
        describe:
            `${MUNICIPALITIES} municipalities (${MUNICIPALITIES * 2} .styr files), one shared CSV of ` +
            `${(csv.length / 1048576).toFixed(1)} MB (${(KPIS.length * YEARS.length * (MUNICIPALITIES + 1)).toLocaleString('en')} rows)`
    };
}

/** 290 models of 60 measures and the shared 1.45 M-row CSV (bench/national-workspace.mjs). */
async function nationalWorkspace(dir) {
    const ws = await writeNationalWorkspace(join(dir, 'nationell'));
    return {
        folder: ws.folder,
        open: [join(ws.chosenDir, 'styrmodell.styr'), join(ws.chosenDir, 'nämnderna.styr')],
        edited: join(ws.chosenDir, 'nämnderna.styr'),
        measure: 'Mått0',
        pattern: /(mått Mått0[\s\S]*?hel\s+när värde >= )(\d+)/,
        values: [60, 61],
        files: ws.codes.length * 2,
        describe:
            `national: ${ws.codes.length} models × ${MEASURES_PER_MODEL} measures (${ws.codes.length * 2} .styr files), ` +
            `one shared CSV of ${(statSync(ws.csv).size / 1048576).toFixed(0)} MB (${ws.rows.toLocaleString('en')} rows)`
    };
}

// ---------------------------------------------------------------------------------------------- measuring

/**
 * A packed preview input unpacked (`{"#": i}` stands for `shared[i]`), as src/render/shared-graph.ts does: the
 * bench is a client of its own and reads the answer the way the extension does.
 */
export function unpackShared({ root, shared, tables }) {
    const done = new Map();
    const unpack = node => {
        if (node === null || typeof node !== 'object') return node;
        if (Array.isArray(node)) return node.map(unpack);
        const keys = Object.keys(node);
        if (keys.length === 1 && keys[0] === '#') {
            if (!done.has(node['#'])) done.set(node['#'], unpack(shared[node['#']]));
            return done.get(node['#']);
        }
        if (keys.length === 1 && keys[0] === '$') {
            if (!tables?.[node.$]) throw new Error(`the preview answer lacks table ${node.$}`);
            return tables[node.$];
        }
        return Object.fromEntries(keys.map(key => [key, unpack(node[key])]));
    };
    return unpack(root);
}

/**
 * A value with a patch of src/render/json-patch.ts applied (`v` whole, `o` members with `d` removed and `k` the
 * key order, `a` items with `n` the length): how the client turns a `delta` answer into the whole answer.
 */
export function applyJsonPatch(before, patch) {
    if ('v' in patch) return patch.v;
    if ('o' in patch) {
        const removed = new Set(patch.d ?? []);
        const out = {};
        for (const key of patch.k ?? Object.keys(before)) if (!removed.has(key)) out[key] = before[key];
        for (const key of Object.keys(patch.o)) out[key] = applyJsonPatch(before[key], patch.o[key]);
        return out;
    }
    const out = before.slice(0, patch.n);
    for (const index of Object.keys(patch.a))
        out[Number(index)] = applyJsonPatch(before[Number(index)], patch.a[index]);
    return out;
}

/** The `hel` value of the measure in a preview response, to check that the answer is of the new text. */
function fullValue(result, measureId) {
    if (result?.kind !== 'ok') return undefined;
    for (const goal of unpackShared(result.input).view.goals) {
        const measure = goal.measures.find(m => m.id === measureId);
        if (measure) return measure.thresholds?.find(line => line.level === 'full')?.condition?.parts?.[0]?.value;
    }
    return undefined;
}

/** Where the number the edit pattern changes stands (zero-based line and character), for the calibration hover. */
function numberPosition(text, pattern) {
    const match = pattern.exec(text);
    if (!match) throw new Error('the edit pattern matches nothing');
    const offset = match.index + match[1].length;
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') };
}

/** The zero-based number of the first empty line, for the hover baseline. */
function emptyLine(text) {
    const index = text.split('\n').findIndex(line => line.trim() === '');
    if (index < 0) throw new Error('no empty line for the hover baseline');
    return index;
}

async function runScenario(name, workspace, { samples, cpuProfDir }) {
    const client = new Client(cpuProfDir);
    try {
        const started = performance.now();
        await client.initialize(workspace.folder);
        const docs = workspace.open.map(path => ({
            path,
            uri: pathToFileURL(path).toString(),
            text: readFileSync(path, 'utf8')
        }));
        const edited = docs.find(d => d.path === workspace.edited);
        if (!workspace.pattern.test(edited.text))
            throw new Error(`${name}: the edit pattern does not match ${workspace.edited}`);
        // Opening documents queues a build behind the initial workspace load (WorkspaceManager.ready): their
        // first diagnostics mean the opened model is parsed, linked and validated (the other files may not be yet).
        const firstDiagnostics = docs.map(d => client.next('diagnostics', d.uri));
        for (const d of docs) await client.open(d.uri, d.text);
        const opened = await Promise.all(firstDiagnostics);
        const ready = Math.max(...opened.map(o => o.at)) - started;
        // The open cancels Langium's initial build when it is still running; then every file of the workspace
        // is validated (and every model analysed) after the opened ones. Wait for that before measuring.
        await client.settled(workspace.files);
        const settled = client.lastNotice - started;
        const validatedFiles = client.validated.size;
        const initialErrors = opened.flatMap(o =>
            o.params.diagnostics.filter(d => d.severity === 1).map(d => d.message)
        );
        if (initialErrors.length > 0)
            throw new Error(`${name}: the opened model has errors: ${initialErrors.join('; ')}`);
        const memoryReady = client.memory();
        if (process.env.BENCH_LSP_PAUSE) {
            console.error(`server pid ${client.pid} settled; pausing ${process.env.BENCH_LSP_PAUSE} ms`);
            await new Promise(r => setTimeout(r, Number(process.env.BENCH_LSP_PAUSE)));
        }

        let version = 1;
        let lastPreviewBytes = 0;
        let lastUnpackedBytes = 0;
        /** The answer the client shows: its version and tables (see the extension's preview manager). */
        let shown;
        const hoverLine = emptyLine(edited.text);
        const edit = async i => {
            const value = workspace.values[i % workspace.values.length];
            const text = edited.text.replace(workspace.pattern, `$1${value}`);
            version++;
            const diagnostics = client.next('diagnostics', edited.uri);
            const preview = client.next('modelChanged', edited.uri).then(async () => {
                // As the extension asks: with the version it shows, so that only what changed is sent.
                const result = await client.connection.sendRequest('styrmodell/preview', {
                    uri: edited.uri,
                    known: shown?.version
                });
                return { at: performance.now(), result };
            });
            const t0 = performance.now();
            await client.change(edited.uri, text, version);
            const [d, p] = await Promise.all([diagnostics, preview]);
            const answer = p.result;
            lastPreviewBytes = JSON.stringify(answer).length;
            if (p.result.kind === 'delta') {
                // What changed since the answer the client holds, applied to it as the extension does.
                if (p.result.base !== shown?.version)
                    throw new Error(`${name}: a patch of ${p.result.base}, the client holds ${shown?.version}`);
                p.result = {
                    kind: 'ok',
                    version: p.result.version,
                    input: applyJsonPatch(shown.input, p.result.patch)
                };
            }
            if (p.result.kind === 'ok') shown = { version: p.result.version, input: p.result.input };
            const got = fullValue(p.result, workspace.measure);
            if (got !== value)
                throw new Error(
                    `${name}: preview answered ${got} for ${workspace.measure}, typed ${value} (${JSON.stringify(p.result).slice(0, 300)})`
                );
            const errors = d.params.diagnostics.filter(x => x.severity === 1);
            if (errors.length > 0)
                throw new Error(`${name}: the edit produced errors: ${errors.map(x => x.message).join('; ')}`);
            // The same answer in the shape before issue 20: every year's result whole (series, codes, conditions).
            const whole = { ...p.result, input: unpackShared(p.result.input) };
            lastUnpackedBytes = JSON.stringify(whole).length;
            if (process.env.BENCH_LSP_DUMP)
                writeFileSync(`${process.env.BENCH_LSP_DUMP}-${name}.json`, JSON.stringify(answer));
            return { diagnostics: d.at - t0, preview: p.at - t0 };
        };
        const hover = async () => {
            const t0 = performance.now();
            await client.connection.sendRequest('textDocument/hover', {
                textDocument: { uri: edited.uri },
                position: { line: hoverLine, character: 0 }
            });
            return performance.now() - t0;
        };
        // The calibration hover (issue 16): on the number of the edited `hel när värde >= N` line, which counts the
        // municipalities meeting it in the model's year and the municipality's last five years.
        const numberAt = numberPosition(edited.text, workspace.pattern);
        const calibrationHover = async () => {
            const t0 = performance.now();
            const answer = await client.connection.sendRequest('textDocument/hover', {
                textDocument: { uri: edited.uri },
                position: numberAt
            });
            const elapsed = performance.now() - t0;
            const text = answer?.contents?.value ?? '';
            if (!/Nås av \d+ av \d+ kommuner|Inga kommuner/.test(text))
                throw new Error(
                    `${name}: the threshold hover has no calibration: ${JSON.stringify(answer).slice(0, 300)}`
                );
            return elapsed;
        };

        const warmup = [];
        for (let i = 0; i < WARMUP; i++) warmup.push(await edit(i + 1));
        for (let i = 0; i < WARMUP; i++) await hover();
        for (let i = 0; i < WARMUP; i++) await calibrationHover();
        const diagnostics = [];
        const previews = [];
        const hovers = [];
        const calibrations = [];
        const pairedHovers = [];
        const cpuBefore = client.cpuMs();
        const wallBefore = performance.now();
        for (let i = 0; i < samples; i++) {
            // Interleaved, order alternating, so a busy moment of the machine hits both alike.
            if (i % 2 === 0) hovers.push(await hover());
            const e = await edit(WARMUP + i + 1);
            diagnostics.push(e.diagnostics);
            previews.push(e.preview);
            if (i % 2 === 1) hovers.push(await hover());
            // The calibration hover and a baseline hover back to back after each edit, order alternating, so both
            // meet the server in the same state (the rest of the workspace may still be validating).
            if (i % 2 === 0) {
                calibrations.push(await calibrationHover());
                pairedHovers.push(await hover());
            } else {
                pairedHovers.push(await hover());
                calibrations.push(await calibrationHover());
            }
        }
        const cpuPerEdit = (client.cpuMs() - cpuBefore) / samples;
        const wallPerEdit = (performance.now() - wallBefore) / samples;
        const memory = client.memory();
        return {
            cpuPerEdit,
            wallPerEdit,
            name,
            describe: workspace.describe,
            target: TARGETS[name],
            ready,
            settled,
            validatedFiles,
            files: workspace.files,
            firstEdit: warmup[0],
            diagnostics: stats(diagnostics),
            preview: stats(previews),
            hover: stats(hovers),
            calibration: stats(calibrations),
            pairedHover: stats(pairedHovers),
            previewBytes: lastPreviewBytes,
            unpackedBytes: lastUnpackedBytes,
            memoryReady,
            memory
        };
    } finally {
        await client.stop();
    }
}

/** The named baseline for memory: the same server on a workspace of one empty file, once it has answered. */
async function idleServerMemory(dir) {
    const folder = join(dir, 'empty');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'tom.styr');
    writeFileSync(file, '');
    const client = new Client();
    try {
        await client.initialize(folder);
        const uri = pathToFileURL(file).toString();
        const diagnostics = client.next('diagnostics', uri);
        await client.open(uri, '');
        await diagnostics;
        return client.memory();
    } finally {
        await client.stop();
    }
}

const ms = n => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const mb = n => (n / 1048576).toFixed(0);

export async function benchLspLatency({ samples = 60, scenarios = ['kumla', '290', 'national'], cpuProfDir } = {}) {
    if (!existsSync(join(root, 'out', 'cli', 'main.js')))
        throw new Error('out/cli/main.js is missing: run `npm run bundle` first');
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-bench-lsp-'));
    const results = [];
    let idle;
    try {
        idle = await idleServerMemory(dir);
        for (const name of scenarios) {
            const workspace =
                name === 'kumla'
                    ? kumlaWorkspace(dir)
                    : name === '290'
                      ? municipalitiesWorkspace(dir)
                      : await nationalWorkspace(dir);
            results.push(await runScenario(name, workspace, { samples, cpuProfDir }));
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    const lines = [
        `LSP latency: \`node bin/styrmodell.js lsp --stdio\`, ${samples} edits per scenario after ${WARMUP} warm-up edits, ` +
            `interleaved with the baseline, Node ${process.version}`,
        '',
        '| scenario | measured from `didChange` to | p50 ms | p95 ms | max ms | target p95 | result |',
        '| --- | --- | ---: | ---: | ---: | ---: | --- |'
    ];
    for (const r of results) {
        const label = LABELS[r.name];
        const row = (what, s, target) =>
            `| ${label} | ${what} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${target === undefined ? '–' : `≤ ${target}`} | ` +
            `${target === undefined ? 'baseline' : s.p95 <= target ? 'met' : 'MISSED'} |`;
        lines.push(row('diagnostics published', r.diagnostics, r.target));
        lines.push(row('preview response', r.preview, r.target));
        lines.push(row('baseline: hover round trip', r.hover));
        lines.push(row('baseline: hover round trip, paired with the calibration hover', r.pairedHover));
        lines.push(
            `| ${label} | calibration hover on the threshold's number (round trip) | ${ms(r.calibration.p50)} | ${ms(r.calibration.p95)} | ${ms(r.calibration.max)} | ≤ paired baseline + ${CALIBRATION_BUDGET} | ` +
                `${calibrationMet(r) ? 'met' : 'MISSED'} |`
        );
    }
    lines.push(
        '',
        '| scenario | workspace | open → diagnostics of the opened files | → whole workspace validated | first edit (diag / preview) | server CPU per edit (+ 1 hover) | RSS when validated | RSS after edits | peak RSS |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
    );
    for (const r of results) {
        lines.push(
            `| ${LABELS[r.name]} | ${r.describe} | ${ms(r.ready)} ms | ` +
                `${ms(r.settled)} ms (${r.validatedFiles} of ${r.files} files had diagnostics) | ` +
                `${ms(r.firstEdit.diagnostics)} / ${ms(r.firstEdit.preview)} ms | ${ms(r.cpuPerEdit)} ms | ${mb(r.memoryReady.rss)} MB | ${mb(r.memory.rss)} MB | ${mb(r.memory.hwm)} MB |`
        );
    }
    lines.push(
        '',
        `Memory baseline: the same server on a workspace of one empty file, after its diagnostics: RSS ${mb(idle.rss)} MB. ` +
            `Preview response for the edited model: ${results.map(r => `${LABELS[r.name]} ${(r.previewBytes / 1024).toFixed(0)} KiB of JSON (${(r.unpackedBytes / 1024).toFixed(0)} KiB with every year's result whole)`).join(', ')}.`
    );
    const kumla = results.find(r => r.name === 'kumla');
    const national = results.find(r => r.name === 'national');
    lines.summary = {
        bench: 'LSP latency',
        rows: results.flatMap(r => {
            const label = LABELS[r.name];
            const scale =
                r === national && kumla
                    ? [
                          {
                              label: `${label}: open → first diagnostics of the opened model`,
                              contender: r.ready,
                              baselineName: '–',
                              target: NATIONAL_FIRST_DIAGNOSTICS_MS,
                              unit: 'ms'
                          },
                          {
                              label: `${label}: open → whole workspace validated`,
                              contender: r.settled,
                              baselineName: '–',
                              unit: 'ms'
                          },
                          {
                              label: `${label}: preview answer for the edited model (JSON)`,
                              contender: r.previewBytes / 1024,
                              baseline: r.unpackedBytes / 1024,
                              baselineName:
                                  "the same answer with every year's result whole (the shape before issue 20)",
                              targetText: `≤ ${PREVIEW_SHARE}× baseline`,
                              pass: r.previewBytes <= PREVIEW_SHARE * r.unpackedBytes,
                              unit: 'KiB'
                          },
                          {
                              label: `${label}: didChange → diagnostics p95 against the Kumla reference's (same run)`,
                              contender: r.diagnostics.p95,
                              baseline: kumla.diagnostics.p95,
                              baselineName: 'Kumla reference p95',
                              targetText: `≤ ${NATIONAL_VS_KUMLA}× baseline`,
                              pass: r.diagnostics.p95 <= NATIONAL_VS_KUMLA * kumla.diagnostics.p95,
                              unit: 'ms'
                          },
                          {
                              label: `${label}: didChange → preview data p95 against the Kumla reference's (same run)`,
                              contender: r.preview.p95,
                              baseline: kumla.preview.p95,
                              baselineName: 'Kumla reference p95',
                              targetText: `≤ ${NATIONAL_VS_KUMLA}× baseline`,
                              pass: r.preview.p95 <= NATIONAL_VS_KUMLA * kumla.preview.p95,
                              unit: 'ms'
                          }
                      ]
                    : [];
            return [
                ...scale,
                {
                    label: `${label}: didChange → diagnostics, p95`,
                    contender: r.diagnostics.p95,
                    baseline: r.hover.p95,
                    baselineName: 'hover round trip p95',
                    target: r.target,
                    unit: 'ms'
                },
                {
                    label: `${label}: didChange → preview data, p95`,
                    contender: r.preview.p95,
                    baseline: r.hover.p95,
                    baselineName: 'hover round trip p95',
                    target: r.target,
                    unit: 'ms'
                },
                {
                    label: `${label}: calibration hover on a threshold line, p95`,
                    contender: r.calibration.p95,
                    baseline: r.pairedHover.p95,
                    baselineName: 'hover round trip p95 (empty line, paired)',
                    targetText: `≤ baseline + ${CALIBRATION_BUDGET} ms`,
                    pass: calibrationMet(r),
                    unit: 'ms'
                },
                {
                    label: `${label}: server peak RSS (VmHWM) after the edits`,
                    contender: r.memory.hwm / 1048576,
                    baseline: idle.rss / 1048576,
                    baselineName: 'idle server, one empty file',
                    unit: 'MB'
                }
            ];
        }),
        results,
        idle
    };
    return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const value = flag => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
    const samples = Number(value('--samples') ?? 60);
    const scenarios = value('--scenario') ? [value('--scenario')] : undefined;
    const cpuProfDir = value('--cpu-prof') ? resolve(value('--cpu-prof')) : undefined;
    if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
    console.log((await benchLspLatency({ samples, scenarios, cpuProfDir })).join('\n'));
}
