/**
 * The bounds every download from Kolada runs within, so that a misbehaving API (an endless chain of pages, one
 * huge page, a server that never answers) ends the fetch with a message instead of filling the disk or hanging.
 */
export interface FetchLimits {
    /** Time-out of one HTTP request, body included, in ms. */
    requestTimeoutMs: number;
    /** Largest body of one answer, in bytes. */
    requestBytes: number;
    /** Largest sum of all bodies of one fetch, in bytes. */
    totalBytes: number;
    /** Time the whole fetch may take, retries and waits included, in ms. */
    deadlineMs: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
    requestTimeoutMs: 60_000,
    requestBytes: 64 * 1024 * 1024,
    totalBytes: 1024 * 1024 * 1024,
    deadlineMs: 30 * 60_000
};

/** Kolada's limit of ids (or years) in one path segment of a request. */
export const MAX_IDS_PER_SEGMENT = 25;

/**
 * More units (kommuner, regioner, Riket) than one `/data` answer can hold per KPI and year: 312 exist today.
 * The entry and page caps of a request are derived from it, with room for new units.
 */
export const MAX_UNITS_PER_KPI_YEAR = 400;

/** The smallest page a cap assumes (Kolada sends up to 5,000 entries a page). */
export const MIN_ENTRIES_PER_PAGE = 100;

export function megabytes(bytes: number): string {
    return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function minutes(ms: number): string {
    return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.max(1, Math.round(ms / 1000))} s`;
}
