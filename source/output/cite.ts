// How a quote of the report is cited, in every place that quotes it: the clipboard (y / Y, --copy)
// and the notes' drafts. One form, so a deputy's draft and a pasted quote name the source alike.
import { meta } from "../../data/index";

/** The report, as a source line names it: 三门县人民法院工作报告（2022）. */
export const REPORT = `${meta.title}（${meta.date.slice(0, 4)}）`;

/** `——三门县人民法院工作报告（2022），2.2.p4`: the line under a quote. */
export const citation = (where: string): string => `——${REPORT}，${where}`;

/** The text as a Markdown quote block, each of its lines behind "> ". */
export const quoteBlock = (text: string): string =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
