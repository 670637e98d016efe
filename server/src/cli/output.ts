// Every file the CLI writes (--output, --write-baseline, report --out) goes through the one atomic
// writer (core/io/write-file.ts): whole or not at all, never through a symlink, and not out of the
// working folder through a symlinked folder. A refusal is a usage error (exit 2) naming the file.

import { writeFileAtomic, WriteError } from '../../../core/io/write-file';
import { UsageError } from './args';

export function writeOutputFile(flag: string, file: string, text: string): void {
  try {
    writeFileAtomic(file, text, { confineTo: process.cwd() });
  } catch (e) {
    if (e instanceof WriteError) throw new UsageError(`${flag}: ${e.message}`);
    throw e;
  }
}
