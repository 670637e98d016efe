// The added lines of a `git diff -U0` patch, per file: what `warden review` orders for the
// reviewer. Pure text parsing; the caller runs git (core/io/git.ts).

export interface LineRange {
  /** One-based, inclusive. */
  start: number;
  end: number;
}

export interface ChangedFile {
  /** Path relative to the repository's top, forward slashes. */
  path: string;
  /** Added or rewritten lines of the new version, in order. */
  added: LineRange[];
}

/** Git's C-style quoting of unusual path characters (`"a\\tb"`, octal bytes) undone. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...new TextEncoder().encode(body[i]));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(patch: string): ChangedFile[] {
  const out: ChangedFile[] = [];
  let current: ChangedFile | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') continue;
      const unquoted = unquoteGitPath(target);
      current = { path: unquoted.replace(/^b\//, ''), added: [] };
      out.push(current);
      continue;
    }
    const hunk = current && HUNK.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current!.added.push({ start, end: start + count - 1 });
    }
  }
  return out.filter((f) => f.added.length > 0);
}

export function inRanges(line: number, ranges: LineRange[]): boolean {
  return ranges.some((r) => line >= r.start && line <= r.end);
}

/** The parts of `ranges` that overlap [start, end] (one-based, inclusive). */
export function overlapping(ranges: LineRange[], start: number, end: number): LineRange[] {
  return ranges
    .filter((r) => r.end >= start && r.start <= end)
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) }));
}
