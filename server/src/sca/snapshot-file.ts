// Where the Node processes find the advisory snapshot. The shipped one is advisories/snapshot.json
// in a checkout, dist/advisories.json.gz (the same, gzipped at build time) in the extension and
// the packaged CLI; one written by `warden advisories import` into the user's config folder is preferred
// while its data is at least as new as the shipped one's (a newer release wins over an old import).
// Each file is read once, and again when it changes (the server sees an import without a restart).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import type { AdvisorySnapshot } from './model';
import { parseSnapshot } from './snapshot-format';

const cache = new Map<string, { stamp: string; snapshot: AdvisorySnapshot }>();

export function snapshotPath(from = __dirname): string | undefined {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    for (const candidate of [
      path.join(dir, 'advisories', 'snapshot.json'),
      path.join(dir, 'dist', 'advisories.json.gz'),
    ])
      if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The user's Warden folder: $WARDEN_CONFIG_HOME, else %APPDATA%\Warden on Windows,
 * ~/Library/Application Support/Warden on macOS, $XDG_CONFIG_HOME/warden (~/.config/warden) elsewhere.
 */
export function userConfigDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.WARDEN_CONFIG_HOME) return env.WARDEN_CONFIG_HOME;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Warden');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Warden');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'warden');
}

/** The snapshot `warden advisories import` writes. */
export function importedSnapshotPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userConfigDir(env), 'advisories.json');
}

export function loadSnapshot(file?: string): AdvisorySnapshot {
  return file ? readSnapshot(file) : activeSnapshot().snapshot;
}

function readSnapshot(file: string): AdvisorySnapshot {
  const st = fs.statSync(file);
  const stamp = `${st.mtimeMs}:${st.size}`;
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached.snapshot;
  const bytes = fs.readFileSync(file);
  const snapshot = parseSnapshot((file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8'));
  cache.set(file, { stamp, snapshot });
  return snapshot;
}

export interface ActiveSnapshot {
  snapshot: AdvisorySnapshot;
  file: string;
  imported: boolean;
  /** Why an imported snapshot present was not used (unreadable, or older than the shipped one). */
  ignored?: string;
}

/** The snapshot in use: the imported one when present, readable and not older than the shipped one. */
export function activeSnapshot(env: NodeJS.ProcessEnv = process.env, shipped = snapshotPath()): ActiveSnapshot {
  if (!shipped)
    throw new Error('Warden advisory snapshot (advisories/snapshot.json or dist/advisories.json.gz) not found');
  const base: ActiveSnapshot = { snapshot: readSnapshot(shipped), file: shipped, imported: false };
  const imported = importedSnapshotPath(env);
  if (!fs.existsSync(imported)) return base;
  try {
    const snapshot = readSnapshot(imported);
    if (snapshot.date >= base.snapshot.date) return { snapshot, file: imported, imported: true };
    return { ...base, ignored: `${imported} holds data of ${snapshot.date}, older than this release's` };
  } catch (e) {
    return { ...base, ignored: `${imported} could not be read (${(e as Error).message})` };
  }
}
