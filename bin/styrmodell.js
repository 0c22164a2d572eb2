#!/usr/bin/env node
// The version check comes before any import of the bundle: on an older Node the bundle fails on a missing
// built-in (Object.groupBy) with a message that looks like a usage error. Keep this file to syntax Node 12 parses.
const NEEDED_MAJOR = 22;
const found = process.versions.node;
if (Number(found.split('.')[0]) < NEEDED_MAJOR) {
    process.stderr.write(
        `fel: styrmodell behöver Node ${NEEDED_MAJOR} eller senare, men hittade Node ${found}. Installera en nyare Node (https://nodejs.org) och försök igen.\n`
    );
    process.exit(2);
}
const { main } = await import('../out/cli/main.js');
await main(process.argv);
