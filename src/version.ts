declare const __STYRMODELL_VERSION__: string | undefined;

/** The package version, injected by the bundler (scripts/bundle.mjs); "dev" when run from source in tests. */
export const VERSION = typeof __STYRMODELL_VERSION__ === 'string' ? __STYRMODELL_VERSION__ : 'dev';
