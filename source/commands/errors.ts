// Exit codes: 0 success, 1 nothing found, 2 bad usage. Anything thrown as one of these prints one line.
import type { Command } from "./command";

export class UsageError extends Error {
  readonly exitCode = 2;
  /** The command whose usage to print under the error, when the error is about one. */
  readonly command: Command | undefined;

  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

export class NotFoundError extends Error {
  readonly exitCode = 1;
}
