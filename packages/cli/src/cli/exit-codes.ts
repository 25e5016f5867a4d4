/** The command's exit codes; scripts and CI branch on them, so they never change meaning. */
export const ExitCode = {
  ok: 0,
  /** A brief is invalid or not grounded, or a file could not be read or written. */
  failed: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A bug in diplo-brief (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
