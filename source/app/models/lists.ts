// Heights of the 用语 and 搜索 result lists at a size: the reducer pages and scrolls by these.
import { bodyHeight } from "../geometry";
import type { Size } from "../state";
import { RESULT_LINES } from "./search";

/** Lines under the 用语 list for the selected term's definition, when the screen has room. */
export const glossaryPreviewHeight = (size: Size): number => (bodyHeight(size) >= 14 ? Math.min(8, Math.floor(bodyHeight(size) / 3)) : 0);

/** Results visible in 用语: everything but the query line and the preview. */
export const glossaryListHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 1 - glossaryPreviewHeight(size));

/** Results visible in 搜索 (each takes RESULT_LINES lines) under the query line. */
export const searchListHeight = (size: Size): number => Math.max(1, Math.floor((bodyHeight(size) - 1) / RESULT_LINES));
