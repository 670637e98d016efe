// `warden review --since <ref>` (or `--staged`): the changed lines ordered for a security-first
// review (core/review/items.ts), as text, Markdown for a pull-request comment, or JSON. AI-labelled
// means inside `warden:ai-generated` markers or written by a commit with an `Assisted-by:`
// trailer (found with git blame). An approval marker the same author added in the same change
// as the code it approves does not satisfy a boundary. Git runs through core/io/git.ts.

import * as path from 'path';
import { parseAiRegions, type AiRegion } from '../../../core/protocol/ai-regions';
import { profileFile } from '../../../core/coach/profile';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { explainedLines, markerCovers, parseApprovals, policyTier } from '../../../core/policy/evaluate';
import { DEFAULT_POLICY } from '../../../core/policy/parse';
import { inRanges, overlapping, parseUnifiedDiff, type LineRange } from '../../../core/review/diff';
import {
  formatReviewJson,
  formatReviewMarkdown,
  formatReviewText,
  orderReviewItems,
  type ReviewItem,
} from '../../../core/review/items';
import { createNodeScanner } from '../host/node-assets';
import { policyFindings } from '../policy/findings';
import { escapeControls, escapeJsonControls, mdCode, mdText } from '../report/escape';
import { scanFile } from '../workspace/scan-file';
import { suppressionsInText } from '../workspace/suppressions';
import { UsageError } from './args';
import { Git, openRepository } from './changed';
import { loadPolicy } from './policy';
import { blameLines, assistedCommits, type LineOrigin } from './review-git';

const FORMATS = ['text', 'markdown', 'json'] as const;
type ReviewFormat = (typeof FORMATS)[number];

export interface ReviewOptions {
  since?: string;
  staged: boolean;
  format: ReviewFormat;
}

export function parseReviewArgs(argv: string[]): ReviewOptions {
  const options: ReviewOptions = { staged: false, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (!v) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--since') options.since = value();
    else if (flag === '--staged') options.staged = true;
    else if (flag === '--format') {
      const v = value();
      if (!FORMATS.includes(v as ReviewFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      options.format = v as ReviewFormat;
    } else throw new UsageError(`unknown option '${argv[i]}' for warden review`);
  }
  if (!options.since && !options.staged)
    throw new UsageError('warden review needs --since <git-ref> (e.g. origin/main) or --staged');
  if (options.since && options.staged) throw new UsageError('warden review takes --since or --staged, not both');
  return options;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0];
  const end = line.search(/\.\s/);
  return end > 0 ? line.slice(0, end + 1) : line;
}

/** The review items of one changed file. */
async function reviewFile(
  ctx: { root: string; git: Git; assisted: Map<string, string>; policy: typeof DEFAULT_POLICY; staged: boolean },
  scanner: ReturnType<typeof createNodeScanner>,
  rel: string,
  added: LineRange[],
): Promise<ReviewItem[]> {
  const file = path.join(ctx.root, rel);
  const read = readWorkspaceFile(file, { maxBytes: 2 * 1024 * 1024, root: ctx.root });
  if (!read.ok) return [];
  const text = read.text;
  const items: ReviewItem[] = [];
  const scan = await scanFile(scanner, file, { root: ctx.root, codeKindPath: rel });
  const findings = scan.findings ?? [];
  const tier = policyTier(
    ctx.policy,
    rel,
    text,
    profileFile(
      text,
      findings.map((f) => ({ ruleId: f.ruleId, class: f.class, line: f.range.start.line })),
    ).tier,
  );
  const base = { file: rel, tier: tier.tier };
  for (const f of findings) {
    const line = f.range.start.line + 1;
    if (!inRanges(line, added)) continue;
    items.push({
      ...base,
      kind: 'finding',
      line,
      endLine: line,
      severity: f.severity,
      ruleId: f.ruleId,
      why: `${f.severity} ${f.ruleId}: ${firstSentence(f.message)}`,
    });
  }
  // Who wrote each line (commit, author): only needed when commits may be AI-assisted or approvals were added.
  const approvals = parseApprovals(text);
  const addedApprovals = approvals.filter((a) => inRanges(a.line + 1, added));
  const origins: LineOrigin[] = ctx.assisted.size > 0 || addedApprovals.length > 0 ? blameLines(ctx.git, rel) : [];
  const lines = text.split(/\r\n|\r|\n/);
  const markerRegions = parseAiRegions(text);
  const aiByMarker = (line: number): boolean =>
    markerRegions.some((r) => line - 1 >= r.beginLine && line - 1 <= r.endLine);
  const aiCommit = (line: number): string | undefined => {
    const origin = origins[line - 1];
    return origin && ctx.assisted.get(origin.commit);
  };
  // Lines from Assisted-by: commits are AI-labelled too: each run of them (blank lines aside) is a region.
  const regions: AiRegion[] = [...markerRegions];
  for (let l = 1; l <= lines.length; l++) {
    if (!aiCommit(l) || aiByMarker(l) || lines[l - 1].trim() === '') continue;
    const last = regions.at(-1);
    if (last && last.beginLine >= 0 && !markerRegions.includes(last) && last.endLine === l - 2) last.endLine = l - 1;
    else regions.push({ beginLine: l - 1, endLine: l - 1, note: aiCommit(l)!, unterminated: false });
  }
  const changeAuthor = (line: number): string => origins[line - 1]?.author ?? 'the working tree';
  // An approval added in this change by an author of the code it approves does not count.
  const counted = approvals.filter((a) => {
    if (!inRanges(a.line + 1, added)) return true;
    const region = regions.find((r) => markerCovers(a.line, r));
    if (!region) return true;
    const codeAuthors = new Set<string>();
    for (let l = region.beginLine + 1; l <= region.endLine + 1; l++)
      if (l !== a.line + 1) codeAuthors.add(changeAuthor(l));
    return !codeAuthors.has(changeAuthor(a.line + 1));
  });
  for (const v of policyFindings(ctx.policy, file, rel, text, tier.tier, { regions, approvals: counted })) {
    const line = v.range.start.line + 1;
    items.push({
      ...base,
      kind: 'boundary',
      line,
      endLine: line,
      severity: 'error',
      ruleId: v.ruleId,
      why: firstSentence(v.message),
    });
  }
  for (const a of addedApprovals) {
    const self = !counted.includes(a);
    items.push({
      ...base,
      kind: 'approval-added',
      line: a.line + 1,
      endLine: a.line + 1,
      why: `approved by ${a.name} on ${a.date}: ${a.reason}${self ? ' (added by the author of the approved code in the same change: it does not satisfy a boundary)' : ''}`,
    });
  }
  for (const s of suppressionsInText(file, text)) {
    if (!inRanges(s.line + 1, added)) continue;
    items.push({
      ...base,
      kind: 'suppression-added',
      line: s.line + 1,
      endLine: s.line + 1,
      why: `${s.marker} ${s.targets.length ? s.targets.join(', ') : '(all rules)'} silences \`${s.code}\`: ${s.reason || 'no reason given'}`,
    });
  }
  const covered = new Set(items.map((i) => i.line));
  for (const range of added) {
    let start = range.start;
    // Split each hunk into AI-labelled and other runs.
    for (let line = range.start; line <= range.end + 1; line++) {
      const label = (l: number): string | undefined =>
        l > range.end ? '\0end' : aiByMarker(l) ? 'markers' : aiCommit(l) ? `commit ${aiCommit(l)}` : undefined;
      if (line <= range.end && label(line) === label(start)) continue;
      const how = label(start);
      if (how && tier.tier === 'high')
        items.push({
          ...base,
          kind: 'ai-high-tier',
          line: start,
          endLine: line - 1,
          why: `AI-labelled (${how}) in a High-tier file (${tier.source === 'heuristic' ? 'detected' : tier.reason}): review what it does and why it is safe`,
        });
      else if (
        ![...Array(line - start).keys()].every((k) => covered.has(start + k) || lines[start + k - 1]?.trim() === '')
      )
        items.push({
          ...base,
          kind: 'change',
          line: start,
          endLine: line - 1,
          why: `${how ? `AI-labelled (${how}), ` : ''}${tier.tier} tier, no finding on these lines`,
        });
      start = line;
    }
  }
  if (tier.tier === 'high') {
    const explained = explainedLines(text);
    for (const r of regions) {
      if (overlapping(added, r.beginLine + 1, r.endLine + 1).length === 0) continue;
      if (explained.some((l) => markerCovers(l, r))) continue;
      items.push({
        ...base,
        kind: 'unexplained-ai',
        line: r.beginLine + 1,
        endLine: r.endLine + 1,
        why: 'no `warden:explained <summary>` in or above this region: the reviewer writes one line on what it does',
      });
    }
  }
  return items;
}

export async function runReview(argv: string[], write: (text: string) => void, cwd = process.cwd()): Promise<number> {
  const options = parseReviewArgs(argv);
  const ref = options.since ?? 'HEAD';
  const flag = options.since ? '--since' : '--staged';
  const { root, git, hash } = openRepository(ref, flag, cwd);
  const diff = git([
    'diff',
    '-U0',
    '--no-renames',
    '--diff-filter=d',
    ...(options.staged ? ['--cached'] : []),
    hash,
    '--',
  ]);
  if (!diff.ok) throw new UsageError(`${flag}: git diff failed: ${escapeControls(diff.stderr)}`);
  const changed = parseUnifiedDiff(diff.stdout);
  if (!options.staged) {
    // Untracked files are wholly new.
    const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
    for (const name of untracked.ok ? untracked.stdout.split('\0').filter(Boolean) : []) {
      const read = readWorkspaceFile(path.join(root, name), { maxBytes: 2 * 1024 * 1024, root });
      if (read.ok) changed.push({ path: name, added: [{ start: 1, end: read.text.split('\n').length }] });
    }
  }
  const policy = loadPolicy(root, (m) => process.stderr.write(`warden: ${m}\n`)) ?? DEFAULT_POLICY;
  const ctx = { root, git, assisted: assistedCommits(git, hash), policy, staged: options.staged };
  const scanner = createNodeScanner();
  const items: ReviewItem[] = [];
  for (const c of changed) items.push(...(await reviewFile(ctx, scanner, c.path, c.added)));
  const ordered = orderReviewItems(items);
  const range = options.staged ? 'staged changes' : `changes since ${ref}`;
  if (options.format === 'json') write(escapeJsonControls(formatReviewJson(ordered, range)));
  else if (options.format === 'markdown') write(formatReviewMarkdown(ordered, range, mdText, mdCode));
  else
    write(
      formatReviewText(
        ordered.map((i) => ({ ...i, file: escapeControls(i.file), why: escapeControls(i.why) })),
        escapeControls(range),
      ),
    );
  return 0;
}
