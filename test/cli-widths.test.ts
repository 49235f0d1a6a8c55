// No line of any command is wider than --width, for every width the commands accept from the
// narrowest (20) to 40, Chinese and ambiguous-width punctuation included (measured as the terminal
// does, source/text/width.ts).
import { describe, expect, it } from "vitest";
import { setAmbiWidth, width } from "../source/text/width";
import { cliHere, TEXT_COMMANDS } from "./helpers/cli";

const WIDTHS = Array.from({ length: 21 }, (_, i) => 20 + i);

describe("every command fits every width from 20 to 40", () => {
  for (const mode of ["single", "double"] as const) {
    it(`ambiwidth ${mode}`, { timeout: 120_000 }, async () => {
      const over: string[] = [];
      try {
        for (const args of TEXT_COMMANDS)
          for (const w of WIDTHS) {
            setAmbiWidth(mode);
            const r = await cliHere([...args, "--width", String(w), "--ambiwidth", mode]);
            expect(r.status, args.join(" ")).toBe(0);
            setAmbiWidth(mode);
            for (const line of [...r.lines, ...r.stderr.split("\n")])
              if (width(line) > w) over.push(`${args.join(" ")} --width ${w}: ${width(line)} ${line}`);
          }
      } finally {
        setAmbiWidth("single");
      }
      expect(over).toEqual([]);
    });
  }
});
