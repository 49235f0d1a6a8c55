// The statistics of the table and the units its figures are written in.

/**
 * @param {readonly number[]} values
 * @param {number} q
 * @returns {number}
 */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  // Both indices are within s: 0 ≤ lo ≤ ceil(i) ≤ s.length - 1.
  const at = (/** @type {number} */ k) => /** @type {number} */ (s[k]);
  return at(lo) + (at(Math.ceil(i)) - at(lo)) * (i - lo);
}
/** @param {readonly number[]} v */
export const median = (v) => quantile(v, 0.5);
/**
 * @param {readonly number[]} v
 * @param {(x: number) => string} fmt
 */
export const iqr = (v, fmt) => `${fmt(quantile(v, 0.25))}–${fmt(quantile(v, 0.75))}`;
/** @param {number} x */
export const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
/** @param {number} x */
export const us = (x) => `${(x * 1000).toFixed(0)} µs`;
/** @param {number} x */
export const times = (x) => `${x.toFixed(2)}×`;
/** @param {number} x */
export const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
/** @param {number} x */
export const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
