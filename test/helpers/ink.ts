// The explorer's App with the installed Ink on a fake terminal (./mount-app.ts), in debug mode, so
// tests can check every frame Ink writes at any size and drive it with raw key bytes.
//
//   const app = renderApp({ columns: 40, rows: 12 });
//   await app.press("down", "enter");  // key names (see KEY_BYTES) or any text (typed/pasted as one chunk);
//                                      // each waits until the app has rendered its effect
//   app.frame();                       // the last frame, as written (SGR colour codes included)
//   app.text();                        // the last frame without its SGR codes
//   app.lines();                       // the last frame's lines, as text
//   await app.resize({ columns: 100, rows: 30 }); // waits for the App's re-render
//   app.written();                     // every byte written so far, for byte-level checks
//   app.unmount();
import { render } from "ink";
import { App } from "../../source/app/ink/App";
import type { Size } from "../../source/app/state";
import { readKeys } from "../../source/input/reader";
import { type MountOptions, mountApp, type RenderedApp } from "./mount-app";

export { KEY_BYTES, type RenderedApp } from "./mount-app";

export const renderApp = (size: Size, options: MountOptions = {}): RenderedApp =>
  mountApp({ render, App, readKeys }, size, options);
