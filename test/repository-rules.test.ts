// Rules of the tree that a review would otherwise have to remember: no import cycle among our
// modules (types included), panes that reach each other only through the root, only the Ink glue
// importing Ink or React, comments that name only files that exist, and no tracker numbers in code.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const tracked = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
const modules = tracked.filter((f) => /^(source|data)\/.*\.tsx?$/.test(f));

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/g;

/** Each module's imports: our own files resolved to their paths, packages as named. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(IMPORT)].map(([, spec]) => {
    if (!spec!.startsWith(".")) return spec!;
    const base = resolve(dirname(file), spec!);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base].find(
      (c) => existsSync(c) && statSync(c).isFile(),
    );
    return hit ? relative(process.cwd(), hit) : spec!;
  });
}
const imports = new Map(modules.map((m) => [m, importsOf(m)]));
/** Our own modules each module imports. */
const graph = new Map([...imports].map(([m, deps]) => [m, deps.filter((d) => imports.has(d))]));

/** Strongly connected components of more than one module (Tarjan). */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const paneOf = (file: string): string | null => /^source\/app\/panes\/([^/]+)\//.exec(file)?.[1] ?? null;

describe("the layers", () => {
  it("have no import cycle, type-level imports included", () => {
    expect(cycles()).toEqual([]);
  });

  it("panes reach each other only through the root", () => {
    const reaches = [...graph].flatMap(([file, deps]) =>
      deps.filter((d) => paneOf(file) && paneOf(d) && paneOf(d) !== paneOf(file)).map((d) => `${file} → ${d}`),
    );
    expect(reaches).toEqual([]);
  });

  it("only source/app/ink/ imports Ink or React", () => {
    const outside = modules.filter(
      (m) => !m.startsWith("source/app/ink/") && imports.get(m)!.some((d) => /^(ink|react)(\/|$)/.test(d)),
    );
    expect(outside).toEqual([]);
  });
});

describe("comments and docs", () => {
  const texts = tracked.filter(
    (f) => /^(source|test|scripts|data|docs)\/.*\.(tsx?|mjs|md)$/.test(f) && !f.includes("generated"),
  );

  it("name only files that exist", () => {
    const PATH = /(?<![\w./-])((?:source|test|scripts|docs|data)\/[\w./-]+\.(?:tsx?|mjs|md|txt|json))\b/g;
    const missing = texts.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(PATH)]
        .map((m) => m[1]!)
        .filter((p) => !existsSync(p))
        .map((p) => `${f}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("cite no issue numbers of a tracker a reader of the repository cannot open", () => {
    const cited = texts
      .filter((f) => !f.startsWith("docs/"))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .flatMap((line, i) => (/\bissues? \d+\b/i.test(line) ? [`${f}:${i + 1}`] : [])),
      );
    expect(cited).toEqual([]);
  });
});
