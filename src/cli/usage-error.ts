/** A mistake in how the command was called (exit 2), with a Swedish message for stderr. */
export class UsageError extends Error {}

/** 3 is a bug in styrmodell (CLI.md "Every command"), so CI can tell a crash from a usage error. */
export const ExitCode = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
