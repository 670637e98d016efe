// The one way Warden reads a file from a workspace (source files, manifests, .gitignore, baselines).
// A workspace may be hostile: a FIFO would block a read for ever, /dev/zero never ends, a symlink
// may point out of the workspace, a file may be huge or unreadable. So: regular files only, checked
// before and again after opening (non-blocking, so a FIFO swapped in cannot block); symlinks only
// when their real path stays inside the root; at most maxBytes + 1 bytes read, whatever the file
// claims its size is; a UTF-8 byte-order mark dropped (editors drop it too, so positions agree).
// Every failure comes back as a typed result, never as an exception.

import * as fs from 'fs';
import * as path from 'path';

/** Why a file was not read or not scanned. */
export type SkipReason =
  | 'too-large'
  | 'binary'
  | 'not-regular'
  | 'outside-root'
  | 'unreadable'
  | 'no-rules'
  | 'parse-timeout'
  | 'parse-failed'
  | 'scan-failed'
  /** Vendored, generated or minified code, not scanned by default (policy.md, "Code kinds"). */
  | 'code-kind';

export interface Skipped {
  ok: false;
  reason: SkipReason;
  /** For people: what was found, e.g. "3,000 KB is over the 2,048 KB limit". */
  detail: string;
}

export type ReadResult = { ok: true; text: string; bytes: number } | Skipped;

export interface ReadFileOptions {
  /** Largest file read, in bytes; anything larger is skipped having read at most maxBytes + 1. */
  maxBytes: number;
  /**
   * The workspace folder: the file's real path (symlinks resolved) must lie inside it. Without a
   * root, symlinks are followed wherever they lead (the user named the file), still regular files only.
   */
  root?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const FIRST_CHUNK = 64 * 1024;
// Not defined on Windows, where FIFOs cannot appear in a folder listing anyway.
const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export function skipped(reason: SkipReason, detail: string): Skipped {
  return { ok: false, reason, detail };
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
}

/** `bytes` undefined: the file kept going past the limit (its size on disk said otherwise). */
export function tooLarge(bytes: number | undefined, maxBytes: number): Skipped {
  return skipped('too-large', `${bytes === undefined ? 'it' : kb(bytes)} is over the ${kb(maxBytes)} limit`);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** An I/O error for people: its code and message (`ENOENT: no such file …`). */
export function errorDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message}` : String(err?.message ?? e);
}

/** Reads `file` as UTF-8 text under the rules above. */
export function readWorkspaceFile(file: string, options: ReadFileOptions): ReadResult {
  const { maxBytes } = options;
  let target = file;
  try {
    const link = fs.lstatSync(file);
    if (link.isSymbolicLink() || options.root !== undefined) {
      target = fs.realpathSync.native(file);
      if (options.root !== undefined && !isInside(fs.realpathSync.native(options.root), target))
        return skipped('outside-root', `its real path ${target} is outside ${options.root}`);
    }
    const stat = target === file ? link : fs.statSync(target);
    if (!stat.isFile()) return skipped('not-regular', kindOf(stat));
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    return readOpened(target, stat.size, maxBytes);
  } catch (e) {
    return skipped('unreadable', errorDetail(e));
  }
}

function readOpened(target: string, size: number, maxBytes: number): ReadResult {
  // Non-blocking and not through a symlink: whatever replaced the file since lstat cannot block or lead elsewhere.
  const fd = fs.openSync(target, fs.constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return skipped('not-regular', kindOf(opened));
    // Sizes can lie (files in /proc report 0, a file may grow): the read itself stops at maxBytes + 1.
    const limit = maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(size + 1, FIRST_CHUNK)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return tooLarge(undefined, maxBytes);
    const start = length >= 3 && UTF8_BOM.every((b, i) => buffer[i] === b) ? 3 : 0;
    return { ok: true, text: buffer.toString('utf8', start, length), bytes: length };
  } finally {
    fs.closeSync(fd);
  }
}
