// Whether a note's quote is what the report says where the note says it stands — checked when notes
// are imported from elsewhere and before a draft cites them.
import { paragraphById, paragraphs } from "../../data/index";
import type { Quote } from "./note";

/** The quote's text is exactly the paragraph's text between its offsets. */
export function isVerbatim(quote: Quote): boolean {
  const p = paragraphById.get(quote.paragraph);
  return p !== undefined && quote.end <= p.text.length && p.text.slice(quote.start, quote.end) === quote.text;
}

/**
 * The quote as it stands in the report: itself when verbatim, else the first paragraph that holds
 * its text (the offsets moved, or the id names another paragraph), else null.
 */
export function locateQuote(quote: Quote): Quote | null {
  if (isVerbatim(quote)) return quote;
  if (quote.text === "") return null;
  for (const p of paragraphs) {
    const start = p.text.indexOf(quote.text);
    if (start >= 0) return { paragraph: p.id, start, end: start + quote.text.length, text: quote.text };
  }
  return null;
}
