// Screen-reader mode rendered by Ink itself (ink-testing-library): the App draws the screen-reader lines —
// no borders, no bars — and keys move the announced selection.
import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { figures } from "../data/index";
import { App } from "../source/app/ink/App";
import { initialState } from "../source/app/state";
import { readKeys } from "../source/input/reader";
import { FakeStdin } from "./helpers/fake-tty";

const tick = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));

describe("screen-reader mode in Ink", () => {
  for (const [columns, rows] of [
    [40, 12],
    [80, 24],
  ] as const) {
    it(`${columns}x${rows}: 数据 read as plain lines, j announces the next figure`, async () => {
      const input = new FakeStdin();
      const { lastFrame, unmount } = render(
        <App keys={readKeys(input).keys} initial={initialState({ columns, rows }, { screenReader: true })} />,
      );
      await tick();
      input.send("2");
      await tick();
      let frame = lastFrame()!;
      expect(frame).toMatch(/^court-report：数据/);
      expect(frame).toContain("数据，第1项，共83项");
      expect(frame).not.toMatch(/\+-|-\+|\s\|\s|[█▏▎▍▌▋▊▉]|#{2}/);
      input.send("j");
      await tick();
      frame = lastFrame()!;
      // The announcement wraps on a narrow screen: read it without the line breaks.
      expect(frame.replace(/\s/g, "")).toContain(`数据，第2项，共83项：${figures[1]!.label}`.replace(/\s/g, ""));
      unmount();
    });
  }
});
