// What `warden review` asks git: the commits of the change that credit an AI assistant (an
// `Assisted-by:` trailer) and who wrote each line of a file (git blame). Read-only calls through
// the hardened runner of core/io/git.ts.

import type { Git } from './changed';

export interface LineOrigin {
  commit: string;
  /** The author's e-mail; uncommitted lines are the configured user's. */
  author: string;
}

const NOT_COMMITTED = /^0{40}$/;

/** Commits in `base..HEAD` with an `Assisted-by:` trailer, mapped to the assistant it names. */
export function assistedCommits(git: Git, base: string): Map<string, string> {
  const log = git(['log', '--format=%H%x1f%B%x1e', `${base}..HEAD`]);
  const out = new Map<string, string>();
  if (!log.ok) return out;
  for (const record of log.stdout.split('\x1e')) {
    const [hash, body = ''] = record.trim().split('\x1f');
    const m = /^Assisted-by:[ \t]*(.+)$/im.exec(body);
    if (hash && m) out.set(hash, `${hash.slice(0, 7)}, Assisted-by: ${m[1].trim()}`);
  }
  return out;
}

/** The origin of every line of the working-tree file `rel` (index 0 = line 1); empty when git cannot say. */
export function blameLines(git: Git, rel: string): LineOrigin[] {
  const blame = git(['blame', '--line-porcelain', '--', rel]);
  if (!blame.ok) return [];
  const me = git(['config', 'user.email']);
  const self = me.ok ? me.stdout.trim() : 'the working tree';
  const out: LineOrigin[] = [];
  let commit = '';
  let author = '';
  for (const line of blame.stdout.split('\n')) {
    if (line.startsWith('\t')) {
      out.push({ commit, author: NOT_COMMITTED.test(commit) ? self : author });
      continue;
    }
    const header = /^([0-9a-f]{40}) \d+ \d+/.exec(line);
    if (header) commit = header[1];
    else if (line.startsWith('author-mail ')) author = line.slice('author-mail '.length).replace(/^<|>$/g, '');
  }
  return out;
}
