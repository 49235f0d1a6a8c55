// The kept place's file: written whole and private, read back as written, and never overwritten
// when it cannot be read, does not parse or comes from a newer version; without a home or a
// writable directory the explorer is told, in one line, that the place cannot be kept.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keepSession } from "../source/app/session-keeper";
import { initialState } from "../source/app/state";
import { canWrite } from "../source/store/atomic-file";
import { openSessionFile, SESSION_NAME, SESSION_VERSION } from "../source/store/session-file";
import { keys } from "./helpers/explorer-state";

const home = vi.hoisted(() => ({ value: "" as string | null }));
vi.mock("node:os", async (original) => {
  const os = await original<typeof import("node:os")>();
  return {
    ...os,
    homedir: () => {
      if (home.value === null) throw new Error("no home");
      return home.value || os.homedir();
    },
  };
});

let root: string;
let env: NodeJS.ProcessEnv;
let file: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "court-session-"));
  env = { XDG_STATE_HOME: join(root, "state") };
  file = join(root, "state", "court-report", SESSION_NAME);
  home.value = "";
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const place = { pane: "report", reader: { anchor: { section: 4, paragraphId: "2.2.p4", start: -1 } } };

describe("the session file", () => {
  it("round trip: what is saved is read back, with its version; the directory 0700, the file 0600", () => {
    const first = openSessionFile({ env });
    expect(first.saved).toBeNull();
    expect(first.notice).toBeNull();
    expect(first.save(place)).toBe(true);
    expect(statSync(join(root, "state", "court-report")).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = openSessionFile({ env });
    expect(again.saved).toEqual({ ...place, version: SESSION_VERSION });
    expect(again.notice).toBeNull();
  });

  it("writes nothing when nothing changed since the last write", () => {
    const write = vi.fn();
    const s = openSessionFile({ env, write });
    s.save(place);
    s.save({ ...place });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["does not parse", "{not json", /无法解析/],
    ["is not an object", "[1,2]", /无法解析/],
    ["has no version", '{"pane":"data"}', /无法解析/],
    ["comes from a newer version", `{"version":${SESSION_VERSION + 1},"pane":"data"}`, /来自更新版本.*第 2 版/],
  ])("a file that %s is not used and never overwritten; one line says so", (_, text, notice) => {
    mkdirSync(join(root, "state", "court-report"), { recursive: true });
    writeFileSync(file, text);
    const s = openSessionFile({ env });
    expect(s.saved).toBeNull();
    expect(s.notice).toMatch(notice);
    expect(s.notice).toContain(file);
    expect(s.notice).not.toContain("\n");
    expect(s.keeps).toBe(false);
    expect(s.save(place)).toBe(false);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("a file that cannot be read (a directory in its place) is left alone", () => {
    mkdirSync(file, { recursive: true });
    const s = openSessionFile({ env });
    expect(s.notice).toMatch(/^无法读取上次的阅读位置（.*EISDIR）/);
    expect(s.save(place)).toBe(false);
    expect(statSync(file).isDirectory()).toBe(true);
  });

  it("a directory nothing can be made in: the saved place is still read, one line says it cannot be kept", () => {
    writeFileSync(join(root, "file"), "");
    const blocked = openSessionFile({ env: { XDG_STATE_HOME: join(root, "file", "state") } });
    expect(blocked.notice).toMatch(/^无法写入 .*本次的阅读位置不会保存$/);
    expect(blocked.save(place)).toBe(false);
    expect(canWrite(join(root, "file", "state"))).toBe(false);
    expect(canWrite(join(root, "not", "yet", "made"))).toBe(true);
  });

  it("a write that fails (read-only, full disk) harms nothing saved before and stops trying", () => {
    openSessionFile({ env }).save(place);
    const before = readFileSync(file, "utf8");
    const failing = vi.fn(() => {
      throw Object.assign(new Error("read-only"), { code: "EROFS" });
    });
    const s = openSessionFile({ env, write: failing });
    expect(s.saved).toMatchObject(place);
    expect(s.save({ ...place, pane: "data" })).toBe(false);
    expect(s.keeps).toBe(false);
    expect(s.save({ ...place, pane: "search" })).toBe(false);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("no home at all: nothing read, one line says the place cannot be kept", () => {
    home.value = null;
    const s = openSessionFile({ env: { HOME: "" } });
    expect(s.path).toBeNull();
    expect(s.saved).toBeNull();
    expect(s.notice).toBe("没有主目录（HOME），本次的阅读位置不会保存");
    expect(s.save(place)).toBe(false);
  });

  it("HOME without XDG_STATE_HOME: ~/.local/state/court-report", () => {
    const s = openSessionFile({ env: { HOME: root } });
    expect(s.path).toBe(join(root, ".local", "state", "court-report", SESSION_NAME));
  });

  it("--fresh reads nothing and writes nothing", () => {
    openSessionFile({ env }).save(place);
    const before = readFileSync(file, "utf8");
    const s = openSessionFile({ env, fresh: true });
    expect(s.saved).toBeNull();
    expect(s.notice).toBeNull();
    expect(s.save({ ...place, pane: "data" })).toBe(false);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("the session keeper", () => {
  it("writes a state once: the ways out that meet (end of the run, the restore, a hang-up) cost one write", () => {
    const writes: string[] = [];
    const write = (path: string, text: string) => void writes.push(`${path}\n${text}`);
    const keeper = keepSession(initialState({ columns: 80, rows: 24 }), { env, write });
    keeper.save();
    expect(writes, "nothing happened: nothing written").toEqual([]);
    keeper.track(keys(keeper.start, ":", "2.2.p4", "enter"));
    keeper.save();
    keeper.save();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain('"2.2.p4"');
    keeper.track(keys(keeper.start, ":", "3.3", "enter"));
    keeper.save();
    expect(writes).toHaveLength(2);
  });
});
