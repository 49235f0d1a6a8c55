// The explorer with test doubles, for testing in a real terminal:
//   node --import tsx test/helpers/explorer-fixture.tsx [--no-ink] [<pane id>]
// --no-ink: Ink never finishes loading, so every key is answered before it; without it, the window
// title becomes "ink loaded" once Ink's half has loaded. <pane id>: that pane fails to render.
import { bodyLines } from "../../source/app/frame";
import { runExplorer } from "../../source/explorer";

const args = process.argv.slice(2);
const failing = args.find((a) => !a.startsWith("--"));
const noInk = args.includes("--no-ink");
let asked = false;
const code = await runExplorer({
  ambiwidth: "single",
  clipboard: false,
  screenReader: false,
  ink: async () => {
    asked = true;
    if (noInk) return new Promise<never>(() => {});
    const half = await import("../../source/app/ink/mount");
    process.stdout.write("\x1b]2;ink loaded\x07");
    return half;
  },
  body: (state) => {
    if (state.pane === failing) throw new Error(`the ${failing} pane failed to render`);
    return bodyLines(state);
  },
});
// An explorer that loaded Ink some other way would pass for one that never needed it.
process.exitCode = asked ? code : 99;
