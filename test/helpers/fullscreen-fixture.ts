// A minimal full-screen program for testing source/terminal/fullscreen.ts in a real terminal:
//   tsx test/helpers/fullscreen-fixture.ts wait|throw|reject|quit
// Enters the alternate screen in raw mode, prints "ready", then: waits for a signal (wait), throws
// (throw) or rejects a promise (reject) at the first key typed, or leaves and exits 0 when "q" is
// typed (quit). Errors wait for a key, not a timer, so the test always sees "ready" first.
import { enterFullscreen } from "../../source/terminal/fullscreen";

const mode = process.argv[2] ?? "wait";
const screen = enterFullscreen(process.stdout, process.stdin);
process.stdin.setRawMode(true);
process.stdin.resume();
process.stdout.write("ready\r\n");
process.stdin.on("data", (data) => {
  if (mode === "throw") throw new Error("fixture exploded\n    at fake (stack.js:1:1)");
  if (mode === "reject") void Promise.reject(new Error("fixture rejected"));
  if (mode === "quit" && data.toString() === "q") {
    screen.leave();
    process.stdin.pause();
  }
});
