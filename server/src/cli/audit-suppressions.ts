// `warden scan --audit-suppressions <ref>`: the suppressions a change adds, so a change cannot
// silence findings unseen (policy.md, "Suppressions"). A suppression is added when the file at
// the ref has fewer of the same suppression (marker, rules, reason and the code it silences):
// moving one is not adding one, pointing one at other code is. Git runs through core/io/git.ts.

import * as fs from 'fs';
import * as path from 'path';
import { escapeControls } from '../report/escape';
import { readForSuppressions, suppressionsInText, type SuppressionEntry } from '../workspace/suppressions';
import { changedFiles, isChanged, openRepository } from './changed';

const FLAG = '--audit-suppressions';

export interface AddedSuppression {
  /** As given on the command line. */
  file: string;
  /** One-based line of the comment. */
  line: number;
  marker: string;
  targets: string[];
  reason: string;
  code: string;
}

function identity(s: SuppressionEntry): string {
  return [s.marker, s.targets.join(','), s.reason, s.code].join('\0');
}

/** The path git knows `file` by (relative to the repository's top, forward slashes). */
function repositoryPath(root: string, file: string): string {
  let real = path.resolve(file);
  try {
    real = fs.realpathSync(real);
  } catch {
    // Keep the resolved path: the file was read, so it exists; realpath only matters for symlinks.
  }
  let top = root;
  try {
    top = fs.realpathSync(root);
  } catch {
    // As above.
  }
  return path.relative(top, real).split(path.sep).join('/');
}

/** Suppressions in `files` that the same files at `ref` do not have. */
export function suppressionsAddedSince(ref: string, files: string[], cwd = process.cwd()): AddedSuppression[] {
  const changed = changedFiles(ref, cwd, FLAG);
  const { root, git, hash } = openRepository(ref, FLAG, cwd);
  const added: AddedSuppression[] = [];
  for (const file of files) {
    if (!isChanged(changed, file)) continue;
    const text = readForSuppressions(file);
    if (text === undefined) continue;
    const now = suppressionsInText(file, text);
    if (now.length === 0) continue;
    const before = git(['show', `${hash}:${repositoryPath(root, file)}`]);
    // A file the ref does not have (new or untracked) had no suppressions.
    const remaining = new Map<string, number>();
    for (const s of before.ok ? suppressionsInText(file, before.stdout) : [])
      remaining.set(identity(s), (remaining.get(identity(s)) ?? 0) + 1);
    for (const s of now) {
      const left = remaining.get(identity(s)) ?? 0;
      if (left > 0) remaining.set(identity(s), left - 1);
      else added.push({ file, line: s.line + 1, marker: s.marker, targets: s.targets, reason: s.reason, code: s.code });
    }
  }
  return added;
}

/** What the CLI prints on stderr (workspace text escaped, as in every report). */
export function formatAddedSuppressions(ref: string, added: AddedSuppression[]): string {
  if (added.length === 0) return `warden: no suppression added since ${escapeControls(ref)}\n`;
  const lines = added.map(
    (a) =>
      `  ${escapeControls(a.file)}:${a.line}: ${a.marker} ${a.targets.length ? a.targets.join(', ') : '(all rules)'}` +
      ` -- ${a.reason ? escapeControls(a.reason) : '(no reason)'}\n      silences: ${escapeControls(a.code)}`,
  );
  return `warden: ${added.length} suppression${added.length === 1 ? '' : 's'} added since ${escapeControls(ref)} (each needs a reviewer's approval):\n${lines.join('\n')}\n`;
}
