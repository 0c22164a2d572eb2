// Preloaded with `node --import` into a benchmarked process: on exit it writes the process's own CPU time and
// peak RSS (getrusage) as JSON to $BENCH_USAGE_FILE, so a real CLI run is measured without changing it.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(
            file,
            JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRss: usage.maxRSS * 1024 })
        );
    });
}
