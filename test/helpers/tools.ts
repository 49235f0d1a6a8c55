// Tests that need a program the machine may lack (tmux, util-linux `script`). On a developer's
// machine they skip, saying so; under CI they run and fail, since a CI runner without the tool is a
// broken runner, and a suite that skips there passes without testing the terminal at all.
//
//   describe.skipIf(skipWithout("tmux", tmuxAvailable()))("in a real terminal", () => { … });

/** Whether the environment says it is CI, as Ink and most tools read it (CI=true, not "0" or "false"). */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["CI", "CONTINUOUS_INTEGRATION"].some((key) => {
    const value = env[key];
    return value !== undefined && value !== "0" && value !== "false";
  });
}

const warned = new Set<string>();

/** Whether to skip the tests that need `tool`: only when it is missing and this is not CI. */
export function skipWithout(tool: string, available: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (available || inCI(env)) return false;
  if (!warned.has(tool)) {
    warned.add(tool);
    console.warn(`${tool} not found: skipping the tests that need it (under CI=true they fail instead)`);
  }
  return true;
}

/** The error a test meets when it uses a missing tool (under CI, where it was not skipped). */
export function missingTool(tool: string): Error {
  return new Error(`${tool} is not installed: the tests that need it cannot run (install ${tool})`);
}
