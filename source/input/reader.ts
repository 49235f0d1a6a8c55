// Reads the terminal's keys: owns stdin (raw mode, the 'data' listener) and feeds the decoder, so
// no other code (Ink included) ever parses a byte. Keys that arrive before anyone subscribes (typed
// while the explorer loads) are kept and delivered to the first subscriber.
//
//   const reader = readKeys(process.stdin);
//   const unsubscribe = reader.keys((event) => …);
//   reader.close();   // raw mode off, listener gone, stdin released
import { createDecoder } from "./decoder";
import type { KeyEvent } from "./key-event";

/** Subscribes to key events; returns the unsubscribe function. What the App takes as its input. */
export type KeySource = (listener: (event: KeyEvent) => void) => () => void;

export interface KeyReader {
  readonly keys: KeySource;
  close(): void;
}

export interface KeyInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: "data", listener: (chunk: Buffer | string) => void): unknown;
  off(event: "data", listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export function readKeys(stdin: KeyInput): KeyReader {
  const decoder = createDecoder();
  const listeners = new Set<(event: KeyEvent) => void>();
  const early: KeyEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const emit = (events: readonly KeyEvent[]) => {
    for (const event of events) {
      if (listeners.size === 0) early.push(event);
      // A listener's failure is the app's to report (its error boundary); it must not cost later keys.
      for (const listener of listeners) listener(event);
    }
  };
  const onData = (chunk: Buffer | string) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    emit(decoder.feed(typeof chunk === "string" ? chunk : new Uint8Array(chunk)));
    const wait = decoder.waiting();
    if (wait > 0) timer = setTimeout(() => emit(decoder.flush()), wait);
  };

  const raw = (mode: boolean) => {
    if (stdin.isTTY) stdin.setRawMode?.(mode);
  };
  raw(true);
  stdin.on("data", onData);
  stdin.resume();

  return {
    keys(listener) {
      listeners.add(listener);
      for (const event of early.splice(0)) listener(event);
      return () => void listeners.delete(listener);
    },
    close() {
      if (timer !== undefined) clearTimeout(timer);
      stdin.off("data", onData);
      listeners.clear();
      raw(false);
      stdin.pause();
    },
  };
}
