// The explorer with one pane that fails to render, for testing what a render error does in a real
// terminal:  node --import tsx test/helpers/explorer-fixture.tsx <pane id>
import { bodyLines } from "../../source/app/frame";
import { runExplorer } from "../../source/explorer";

const failing = process.argv[2];
process.exitCode = await runExplorer({
  ambiwidth: "single",
  clipboard: false,
  screenReader: false,
  body: (state) => {
    if (state.pane === failing) throw new Error(`the ${failing} pane failed to render`);
    return bodyLines(state);
  },
});
