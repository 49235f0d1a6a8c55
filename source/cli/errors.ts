// Exit codes: 0 success, 1 nothing found, 2 bad usage. Anything thrown as one of these prints one line.

export class UsageError extends Error {
  readonly exitCode = 2;
}

export class NotFoundError extends Error {
  readonly exitCode = 1;
}
