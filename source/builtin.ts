// Node's own modules loaded when first asked rather than as a file loads: node:tty brings node:net
// and node:stream with it, and node:os, node:child_process and node:module (whose default export
// a bundle copies property by property) cost every lookup that never uses them.
// process.getBuiltinModule (Node >= 20.16) works in every module system, the sources run as ES
// modules included (tests, fixtures); the CommonJS bundles fall back to require on older Node 20.
interface Lazy {
  "node:child_process": typeof import("node:child_process");
  "node:module": typeof import("node:module");
  "node:os": typeof import("node:os");
  "node:tty": typeof import("node:tty");
}

export function builtin<K extends keyof Lazy>(id: K): Lazy[K] {
  return (process.getBuiltinModule?.(id) ?? require(id)) as Lazy[K];
}
