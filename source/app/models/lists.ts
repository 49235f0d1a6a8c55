// Heights of the 用语 and 搜索 result lists at a size: the reducer pages and scrolls by these.
import { bodyHeight } from "../geometry";
import type { Size } from "../state";
import { RESULT_LINES } from "./search";

/** Results visible in 用语: everything but the query line. */
export const glossaryListHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 1);

/** Results visible in 搜索 (each takes RESULT_LINES lines) under the query line. */
export const searchListHeight = (size: Size): number => Math.max(1, Math.floor((bodyHeight(size) - 1) / RESULT_LINES));
