// The statistics of the table and the units its figures are written in.

export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
export const median = (v) => quantile(v, 0.5);
export const iqr = (v, fmt) => `${fmt(quantile(v, 0.25))}–${fmt(quantile(v, 0.75))}`;
export const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
export const us = (x) => `${(x * 1000).toFixed(0)} µs`;
export const times = (x) => `${x.toFixed(2)}×`;
export const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
export const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
