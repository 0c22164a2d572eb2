#!/usr/bin/env node
/**
 * The top functions of a V8 `.cpuprofile` (as written by `node --cpu-prof`), by self time and by total time
 * (time with the function anywhere on the stack), optionally only for a window of the recording, so that a
 * server's start-up can be left out of a profile of its edits.
 *
 * Usage: node bench/cpuprofile-top.mjs FILE.cpuprofile [--top N] [--after-ms MS] [--before-ms MS] [--markdown]
 * Importable: `cpuprofileTop(profile, { top, afterMs, beforeMs })` returns `{ self, total, sampledMs }`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function label(frame) {
    const file = frame.url
        ? frame.url.replace(/^.*\/(node_modules\/)?/, (m, nm) => (nm ? 'node_modules/' : '')).replace(/^file:\/\//, '')
        : '';
    const name = frame.functionName || '(anonymous)';
    return file ? `${name} (${file}:${frame.lineNumber + 1})` : name;
}

export function cpuprofileTop(profile, { top = 15, afterMs = 0, beforeMs = Infinity } = {}) {
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map();
    const total = new Map();
    let time = 0;
    let sampledMs = 0;
    for (let i = 0; i < profile.samples.length; i++) {
        const delta = (profile.timeDeltas[i] ?? 0) / 1000;
        time += delta;
        if (time < afterMs || time > beforeMs) continue;
        const node = byId.get(profile.samples[i]);
        const own = label(node.callFrame);
        if (own === '(idle)' || own === '(program)' || own === '(garbage collector)') {
            self.set(own, (self.get(own) ?? 0) + delta);
            if (own !== '(idle)') sampledMs += delta;
            continue;
        }
        sampledMs += delta;
        self.set(own, (self.get(own) ?? 0) + delta);
        const seen = new Set();
        for (let id = node.id; id !== undefined; id = parent.get(id)) {
            const name = label(byId.get(id).callFrame);
            if (name === '(root)' || seen.has(name)) continue;
            seen.add(name);
            total.set(name, (total.get(name) ?? 0) + delta);
        }
    }
    const sorted = map =>
        [...map]
            .filter(([name]) => name !== '(idle)')
            .sort((a, b) => b[1] - a[1])
            .slice(0, top);
    return { self: sorted(self), total: sorted(total), sampledMs, idleMs: self.get('(idle)') ?? 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const value = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
    const profile = JSON.parse(readFileSync(args[0], 'utf8'));
    const result = cpuprofileTop(profile, {
        top: value('--top', 15),
        afterMs: value('--after-ms', 0),
        beforeMs: value('--before-ms', Infinity)
    });
    const pct = ms => `${((100 * ms) / result.sampledMs).toFixed(1)} %`;
    console.log(`busy ${result.sampledMs.toFixed(0)} ms (idle ${result.idleMs.toFixed(0)} ms)`);
    for (const kind of ['self', 'total']) {
        console.log(`\n| ${kind} ms | share | function |\n| ---: | ---: | --- |`);
        for (const [name, ms] of result[kind]) console.log(`| ${ms.toFixed(0)} | ${pct(ms)} | \`${name}\` |`);
    }
}
