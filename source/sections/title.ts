// A section's title as shown: the report's own heading as it stands, or, where the report has none
// (开篇, 引言, 结语…, and 3.1–3.6, named by their first sentence), the name this program gave it, in
// full-width brackets, so that nobody quotes it as the report's words. data.md lists them.
import type { Section } from "../../data/index";

/** Whether the title is the report's own heading (Section.heading is empty where it has none). */
export const hasHeading = (s: Section): boolean => s.heading.length > 0;

/** The title marked as the program's where the report has no heading: ［引言］. */
export const shownTitle = (s: Section): string => (hasHeading(s) ? s.title : `［${s.title}］`);
