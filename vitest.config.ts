// Many tests spawn the built CLI or run it in tmux; on a loaded 2-core CI machine one such test can
// take longer than vitest's 5 s default without anything being wrong. Timings are judged by
// `npm run bench`, never by test timeouts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000 },
});
