// Where you have been, like a browser's history: every jump records the place it left; back and
// forward move between those places. A place is a pane with its whole slice (selection, scroll,
// query, focus) and the size it was laid out for, so going back restores exactly what was there.
import type { Size } from "../terminal/size";
import type { PaneStates } from "./pane-states";
import type { PaneId } from "./tabs";

export type Place = { [K in PaneId]: { readonly pane: K; readonly slice: PaneStates[K]; readonly size: Size } }[PaneId];

export interface History {
  /** Places to go back to, the most recent last. */
  readonly back: readonly Place[];
  /** Places gone back from, the most recent last. */
  readonly forward: readonly Place[];
}

/** Places kept each way: a long session cannot grow memory. */
export const HISTORY_LIMIT = 100;

export const HISTORY_START: History = { back: [], forward: [] };

const bounded = (places: readonly Place[]): readonly Place[] =>
  places.length > HISTORY_LIMIT ? places.slice(places.length - HISTORY_LIMIT) : places;

/** A jump from `place`: it becomes the place to go back to; what was forward is dropped. */
export function recordVisit(history: History, place: Place): History {
  const last = history.back[history.back.length - 1];
  // The same place twice in a row (a jump that went nowhere) is one entry.
  if (last && last.pane === place.pane && last.slice === place.slice) return history;
  return { back: bounded([...history.back, place]), forward: [] };
}

/** One step back (delta -1) or forward (+1) from `here`: the place to restore and the history after. */
export function travel(history: History, here: Place, delta: 1 | -1): { place: Place; history: History } | null {
  const from = delta < 0 ? history.back : history.forward;
  const place = from[from.length - 1];
  if (!place) return null;
  const rest = from.slice(0, -1);
  return delta < 0
    ? { place, history: { back: rest, forward: bounded([...history.forward, here]) } }
    : { place, history: { back: bounded([...history.back, here]), forward: rest } };
}

/** `''`: the last place gone to, `here` put in its stead, so the same keys come back (less's `''`). */
export function swapLast(history: History, here: Place): { place: Place; history: History } | null {
  const place = history.back[history.back.length - 1];
  if (!place) return null;
  return { place, history: { back: [...history.back.slice(0, -1), here], forward: history.forward } };
}
