// The one file writer: every file Warden writes (--output, --write-baseline, `report --out`, the
// editor's saved report, generated docs) is written whole or not at all, and never through a
// symlink. The text goes to a new temporary file in the target's folder (created exclusively, so
// nothing planted there is followed), is flushed to disk, and is renamed over the target: rename
// replaces a directory entry and never follows a link, so even a link planted between the check
// and the rename is replaced, not written through.
//
// A symlink already at the target is refused with an error naming it, rather than replaced: it
// may be a link its user made on purpose (or /dev/stdout), and a hostile one (a committed
// `warden.sarif` pointing at an unrelated file) should stop the run visibly; refusing leaves the
// link and what it points to untouched. Devices, FIFOs, sockets and folders are refused too.
// With `confineTo`, a target inside that folder must stay inside it once its folder's symlinks
// are resolved (a committed `reports -> /elsewhere` link is not followed out).
//
// Pure Node (no vscode, no LSP), for the CLI, the server and the client alike.

import * as fs from 'fs';
import * as path from 'path';

export class WriteError extends Error {}

export interface WriteOptions {
  /** A folder (e.g. the workspace or the working folder) that a target inside it must not leave through symlinks. */
  confineTo?: string;
}

let counter = 0;

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The existing target's permissions, or undefined when there is none; throws for anything but a regular file. */
function checkTarget(target: string): number | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteError(`cannot write '${target}': ${(e as Error).message}`);
  }
  if (st.isSymbolicLink())
    throw new WriteError(
      `'${target}' is a symbolic link (to '${fs.readlinkSync(target)}'); Warden does not write through links: remove it or name another file`,
    );
  if (st.isDirectory()) throw new WriteError(`'${target}' is a folder, not a file`);
  if (!st.isFile()) throw new WriteError(`'${target}' is not a regular file (a device, pipe or socket); name a file`);
  return st.mode & 0o777;
}

function checkConfined(folder: string, root: string): void {
  const lexical = path.resolve(folder);
  const base = path.resolve(root);
  if (!inside(lexical, base)) return;
  let real: string;
  try {
    real = fs.realpathSync(lexical);
  } catch (e) {
    throw new WriteError(`cannot write into '${folder}': ${(e as Error).message}`);
  }
  if (!inside(real, fs.realpathSync(base)))
    throw new WriteError(
      `'${folder}' leads outside '${root}' through a symbolic link (to '${real}'); Warden does not write through links`,
    );
}

/** Creates a new temporary file beside the target: O_CREAT | O_EXCL fails on anything already there, a link included. */
function createTemp(folder: string, target: string, mode: number): { fd: number; temp: string } {
  for (let attempt = 0; ; attempt++) {
    const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
    try {
      return { fd: fs.openSync(temp, 'wx', mode), temp };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 10)
        throw new WriteError(`cannot write '${target}': ${(e as Error).message}`);
    }
  }
}

/** Writes `data` to `target` atomically; throws WriteError (target untouched, no temporary file left) on failure. */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const folder = path.dirname(path.resolve(target));
  if (options.confineTo) checkConfined(folder, options.confineTo);
  const mode = checkTarget(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const { fd, temp } = createTemp(folder, target, mode ?? 0o666);
  let open = true;
  try {
    for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    open = false;
    // umask applies at creation; an existing file keeps its permissions.
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, target);
  } catch (e) {
    if (open) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new WriteError(`cannot write '${target}': ${(e as Error).message}`);
  }
}
