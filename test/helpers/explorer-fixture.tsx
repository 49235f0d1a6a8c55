// The explorer with test doubles, for testing in a real terminal:
//   node --import tsx test/helpers/explorer-fixture.tsx [--no-ink] [<pane id>]
// --no-ink: Ink never finishes loading, so every key is answered before it; <pane id>: that pane
// fails to render.
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
  ...(noInk
    ? {
        ink: () => {
          asked = true;
          return new Promise<never>(() => {});
        },
      }
    : {}),
  body: (state) => {
    if (state.pane === failing) throw new Error(`the ${failing} pane failed to render`);
    return bodyLines(state);
  },
});
// An explorer that loaded Ink some other way would pass for one that never needed it.
process.exitCode = noInk && !asked ? 99 : code;
