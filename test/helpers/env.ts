// The environment of code that reads it as it loads — Ink reads CI (under CI it draws only the last
// frame), chalk reads FORCE_COLOR — set before that code is imported and put back after the tests.
//
//   let restoreEnv = () => {};
//   beforeAll(async () => { restoreEnv = setEnv(NOT_CI); ink = await import("ink"); });
//   afterAll(() => restoreEnv());

/** What Ink must not see as it loads, as the explorer clears it (source/explorer.ts). */
export const NOT_CI = { CI: undefined, CONTINUOUS_INTEGRATION: undefined } as const;

/** Sets each variable to its string, or unsets it for undefined; returns what puts them all back. */
export function setEnv(changes: Readonly<Record<string, string | undefined>>): () => void {
  const saved = Object.keys(changes).map((key) => [key, process.env[key]] as const);
  const apply = (entries: readonly (readonly [string, string | undefined])[]) => {
    for (const [key, value] of entries)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  };
  apply(Object.entries(changes));
  return () => apply(saved);
}
