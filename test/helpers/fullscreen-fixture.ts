// A minimal full-screen program for testing source/terminal/fullscreen.ts in a real terminal:
//   tsx test/helpers/fullscreen-fixture.ts wait|throw|reject|quit
// Enters the alternate screen in raw mode, prints "ready", then: waits for a signal (wait), throws
// (throw), rejects a promise (reject), or leaves and exits 0 when "q" is typed (quit).
import { enterFullscreen } from "../../source/terminal/fullscreen";

const mode = process.argv[2] ?? "wait";
const screen = enterFullscreen(process.stdout, process.stdin);
process.stdin.setRawMode(true);
process.stdin.resume();
process.stdout.write("ready\r\n");
if (mode === "throw") setTimeout(() => { throw new Error("fixture exploded\n    at fake (stack.js:1:1)"); }, 200);
if (mode === "reject") setTimeout(() => void Promise.reject(new Error("fixture rejected")), 200);
process.stdin.on("data", (data) => {
  if (mode === "quit" && data.toString() === "q") {
    screen.leave();
    process.stdin.pause();
  }
});
