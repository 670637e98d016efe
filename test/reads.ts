// Counting what the one file reader (core/io/read-file.ts) reads, for tests that assert a bound
// on bytes read instead of on time.

/** Counts the bytes fs.readSync hands back while `run` runs (the reader's only way to read). */
export function countingReads<T>(run: () => T): { result: T; bytes: number } {
  // The module object itself (an `import * as fs` is a read-only namespace view of it).
  const nodeFs = require('fs') as { readSync: (...args: unknown[]) => number };
  const original = nodeFs.readSync;
  let bytes = 0;
  nodeFs.readSync = (...args) => {
    const n = original(...args);
    bytes += n;
    return n;
  };
  try {
    return { result: run(), bytes };
  } finally {
    nodeFs.readSync = original;
  }
}
