import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM_FLAGS: string[];
export declare function chromiumPath(): string | undefined;
export declare function launchOfflineContext(
    executablePath: string | undefined,
    profileDir: string,
    viewport: { width: number; height: number }
): Promise<BrowserContext>;
