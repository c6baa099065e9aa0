// Exit codes every command uses, so scripts can rely on them.

export const ExitCode = {
  /** Success; for validate, no errors (warnings allowed). */
  ok: 0,
  /** The command ran and found something: problems in data files, or differences (where it promises that). */
  findings: 1,
  /** The command could not run: bad usage, an unknown treaty, an unreadable path. */
  cannotRun: 2,
  /** A bug in treaty itself. */
  internal: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
