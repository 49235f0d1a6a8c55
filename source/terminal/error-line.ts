// The one line a user sees when something goes wrong: never a stack trace, never raw control text.
import { sanitize } from "../text/sanitize";

export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message
    .split(/\r\n|[\n\r]/)
    .map((line) => sanitize(line).trim())
    .find((line) => line !== "");
  const fallback = error instanceof Error ? error.name : "未知错误";
  return `court-report: ${first ?? fallback}`;
}
