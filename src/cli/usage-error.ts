/** A mistake in how the command was called (exit 2), with a Swedish message for stderr. */
export class UsageError extends Error {}

export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;
