// The folders an MCP client may ask Warden to read: the client's roots when it sends them (file://
// URIs), else the server's working folder. A path is taken only when its real path (symlinks
// resolved) lies inside one of them, so a symlink inside the workspace cannot lead a scan out of it.

import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { isInside } from '../../../core/io/read-file';

export type Resolved = { ok: true; file: string; root: string } | { ok: false; error: string };

function real(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

export class WorkspaceRoots {
  private roots: string[];

  constructor(private readonly fallback: string) {
    this.roots = [real(fallback) ?? path.resolve(fallback)];
  }

  /** The client's roots (URIs); non-file or missing roots are ignored, none left means the fallback. */
  setFromClient(uris: readonly string[]): void {
    const folders = uris.flatMap((uri) => {
      if (!uri.startsWith('file:')) return [];
      try {
        const folder = real(fileURLToPath(uri));
        return folder ? [folder] : [];
      } catch {
        return [];
      }
    });
    this.roots = folders.length > 0 ? folders : [real(this.fallback) ?? path.resolve(this.fallback)];
  }

  list(): readonly string[] {
    return this.roots;
  }

  /** A path (absolute, or relative to the first root) as its real path inside a root, or why not. */
  resolve(given: string): Resolved {
    if (given.includes('\0')) return { ok: false, error: `'${given}': not a valid path` };
    const absolute = path.resolve(this.roots[0], given);
    const file = real(absolute);
    if (!file) return { ok: false, error: `'${given}': no such file or folder` };
    const root = this.roots.find((r) => isInside(r, file));
    if (!root)
      return {
        ok: false,
        error:
          `'${given}' is outside the workspace roots (${this.roots.join(', ')})` +
          (file !== absolute ? `: it resolves to ${file}` : ''),
      };
    return { ok: true, file, root };
  }
}
