// The documentation made from the app (scripts/captures.ts) must be what the app makes now: the
// README's captures and docs/captures/, docs/keys.md from the keymap, and the output shown under
// every `$ court-report …` example (run on the built CLI). `npm run captures` brings them up to date.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPTURES, generated, keysMarkdown } from "../scripts/captures";
import { KEYMAP, keyLabel } from "../source/app/keymap";

const root = new URL("..", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("generated documentation", () => {
  const files = generated(read);

  it.each([...files.keys()])("%s is up to date (npm run captures)", (path) => {
    expect(read(path), `${path} is stale: run npm run captures`).toBe(files.get(path));
  });

  it("docs/keys.md lists every binding of every group, keys as the help writes them", () => {
    const md = keysMarkdown();
    for (const group of KEYMAP) {
      expect(md).toContain(`## ${group.title} (\`${group.context}\`)`);
      for (const b of group.bindings)
        expect(md).toContain(`| ${b.keys.map((k) => `\`${keyLabel(k).replace(/\|/g, "\\|")}\``).join(" ")} |`);
    }
  });

  it("the README shows every capture, each a whole frame", () => {
    const readme = read("README.md");
    for (const c of CAPTURES) {
      const text = files.get(`docs/captures/${c.name}.txt`)!;
      expect(readme).toContain(text);
      expect(text.split("\n").length).toBeGreaterThan(c.rows / 2);
    }
  });

  it("the README stays a README: at most 250 lines, the reference is in docs/", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(250);
  });
});
