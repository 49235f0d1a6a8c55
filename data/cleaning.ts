// The only changes made to data/report.txt before it becomes paragraphs: conversion debris, nothing else.
// Tests apply exactly these rules to the text and compare the result with the data module.

export interface CleaningRule {
  readonly pattern: RegExp;
  readonly why: string;
}

export const cleaningRules: readonly CleaningRule[] = [
  { pattern: /\[bookmark: _GoBack\]/g, why: "Word bookmark left by the .docx-to-text conversion" },
  { pattern: /[ \t\u3000]+$/g, why: "trailing spaces at the end of two paragraphs (lines 17 and 31)" },
];

/** The report's non-blank lines after the cleaning rules; blank lines only separate blocks. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => cleaningRules.reduce((acc, rule) => acc.replace(rule.pattern, ""), line))
    .filter((line) => line.trim() !== "");
}
