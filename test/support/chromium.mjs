// Debian's Chromium as the e2e suite and the preview bench launch it (plain JS, so the bench imports it too).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Headless and offline: without the background-networking flags Chromium keeps calling Google's hosts. */
export const CHROMIUM_FLAGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** The `chromium` (or `chromium-browser`) on PATH, or undefined when none is installed. */
export function chromiumPath() {
    for (const name of ['chromium', 'chromium-browser']) {
        try {
            const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
            if (path) return path;
        } catch {
            // not this name
        }
    }
    return undefined;
}

/**
 * A persistent headless context in that Chromium, Swedish locale, that loads nothing but `file://` URLs: the
 * report and the preview must work offline, so any other request is refused (and fails what depends on it).
 */
export async function launchOfflineContext(executablePath, profileDir, viewport) {
    const context = await chromium.launchPersistentContext(profileDir, {
        executablePath,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport,
        locale: 'sv-SE'
    });
    await context.route('**/*', route =>
        route.request().url().startsWith('file://') ? route.continue() : route.abort()
    );
    return context;
}
