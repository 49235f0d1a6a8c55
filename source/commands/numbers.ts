// Numeric flag values: whole numbers only, in range, or a usage error (exit 2) naming the flag.
import { UsageError } from "./errors";

export function integerIn(flag: string, text: string, min: number, max: number): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} 要 ${min} 到 ${max} 的整数，不是“${text}”`);
  }
  return n;
}

export const positiveInteger = (flag: string, text: string) => integerIn(flag, text, 1, 1_000_000);
