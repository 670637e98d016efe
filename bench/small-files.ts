// Speed on what users run Warden on: many small real files, one file at a time, and a catalogue
// that keeps growing (issue 24). The files are the noise benchmark's real code (bench/noise-sources.ts
// caches it outside the repository; `npm run bench:noise` fetches it), small files only, per
// language; each tool scans the same folder from a cold process, taking turns, and the median run
// is kept. Peers: bandit (Python) and ESLint with the security plugins (JavaScript, TypeScript).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createNodeScanner } from '../server/src/host/node-assets';
import { CLI, PEER_RUNS, quick, REPO, skipPeers } from './bench-options';
import { CACHE, PROJECTS, projectDir } from './noise-sources';
import { ensureBandit, ensureEslintSuite, PeerTool } from './peers';
import { log, medianRun, timed } from './proc';
import type { Results } from './report';

/** Small: at most this many bytes, and real code (not minified: short lines). */
const MAX_BYTES = 16 * 1024;
const MIN_BYTES = 300;
const FILES_PER_LANGUAGE = quick ? 60 : 300;
const EXTENSIONS: Record<string, string[]> = {
  python: ['.py'],
  javascript: ['.js', '.mjs', '.cjs'],
  typescript: ['.ts', '.tsx'],
  go: ['.go'],
  java: ['.java'],
};

export type SmallFilesResults = NonNullable<Results['smallFiles']>;

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

/** Folders Warden skips by default (vendored code) and the peers would not: left out of the comparison. */
const VENDORED = /[\\/](vendor|node_modules|third_party|compiled)[\\/]/;

function smallEnough(file: string): boolean {
  if (VENDORED.test(file)) return false;
  const size = fs.statSync(file).size;
  if (size < MIN_BYTES || size > MAX_BYTES || file.endsWith('.d.ts')) return false;
  const text = fs.readFileSync(file, 'utf8');
  return text.length / Math.max(1, text.split('\n').length) < 120;
}

/** Copies up to FILES_PER_LANGUAGE small files of each language (every project, in path order) into `dir/<language>`. */
export function writeSmallFiles(dir: string): Record<string, { files: number; bytes: number }> {
  const out: Record<string, { files: number; bytes: number }> = {};
  for (const [language, extensions] of Object.entries(EXTENSIONS)) {
    const candidates = PROJECTS.flatMap((p) =>
      walk(projectDir(p))
        .filter((f) => extensions.some((e) => f.endsWith(e)))
        .map((f) => ({ project: p.id, file: f })),
    ).filter((c) => smallEnough(c.file));
    // Spread over the projects: every k-th candidate, so one large project does not fill the folder.
    const step = Math.max(1, Math.floor(candidates.length / FILES_PER_LANGUAGE));
    const chosen = candidates.filter((_, i) => i % step === 0).slice(0, FILES_PER_LANGUAGE);
    if (chosen.length === 0) continue;
    const target = path.join(dir, language);
    fs.mkdirSync(target, { recursive: true });
    let bytes = 0;
    for (const { project, file } of chosen) {
      const name = `${project}_${path.relative(projectDir(PROJECTS.find((p) => p.id === project)!), file).replace(/[\\/]/g, '_')}`;
      fs.copyFileSync(file, path.join(target, name));
      bytes += fs.statSync(file).size;
    }
    out[language] = { files: chosen.length, bytes };
  }
  return out;
}

function wardenArgs(target: string, extra: string[] = []): string[] {
  const report = path.join(os.tmpdir(), `warden-bench-small-${process.pid}.json`);
  return [CLI, 'scan', target, '--format', 'json', '--fail-on', 'none', '--output', report, ...extra];
}

/** Median wall and CPU seconds of `runs` cold runs, taking turns with the other commands of the same row. */
function turns(
  commands: Array<{ command: string; args: string[]; ok: number[] }>,
  cwd: string,
): Array<{ seconds: number; cpuSeconds?: number } | string> {
  const runs = commands.map(() => [] as Array<ReturnType<typeof timed>>);
  for (let k = 0; k < PEER_RUNS; k++) commands.forEach((c, i) => runs[i].push(timed(c.command, c.args, cwd)));
  return runs.map((list, i) => {
    const bad = list.find((r) => !commands[i].ok.includes(r.status ?? -1));
    if (bad) return `exited with ${bad.status}: ${bad.stderr.trim().slice(0, 200)}`;
    const median = medianRun(list);
    return { seconds: median.seconds, cpuSeconds: median.cpuSeconds };
  });
}

function peerFor(language: string, tools: { bandit: PeerTool | string; eslint: PeerTool | string }): PeerTool | string {
  if (skipPeers) return 'skipped (--skip-peers)';
  if (language === 'python') return tools.bandit;
  if (language === 'javascript' || language === 'typescript') return tools.eslint;
  return 'no peer for this language';
}

/** The one-file row's input: a small file of the language, the first chosen one near 4 KB. */
function oneFile(dir: string): string | undefined {
  const files = walk(dir);
  return files.find((f) => fs.statSync(f).size >= 2048 && fs.statSync(f).size <= 6144) ?? files[0];
}

/** Every 4th / every 2nd / every rule by id: which rules to disable for each share. */
function ruleShares(): Array<{ share: number; rules: number; disabled: string[] }> {
  const ids = createNodeScanner([], { rules: path.join(REPO, 'rules'), wasmDir: path.join(REPO, 'dist', 'wasm') })
    .ruleSet.rules.map((r) => r.id)
    .sort();
  return [4, 2, 1].map((every) => ({
    share: 1 / every,
    rules: ids.filter((_, i) => i % every === 0).length,
    disabled: ids.filter((_, i) => i % every !== 0),
  }));
}

export function smallFilesBench(work: string, results: Results): void {
  const dir = path.join(work, 'small');
  if (!fs.existsSync(CACHE)) {
    log(
      `small real files skipped: the noise benchmark's code is not cached in ${CACHE} (run npm run bench:noise once)`,
    );
    results.smallFiles = { skipped: `no real code cached in ${CACHE}`, folders: [], oneFile: [], scaling: [] };
    return;
  }
  const counts = writeSmallFiles(dir);
  const tools = {
    bandit: skipPeers ? 'skipped' : ensureBandit(log),
    eslint: skipPeers
      ? 'skipped'
      : ensureEslintSuite(path.join(REPO, 'node_modules', '.cache', 'warden-bench-peers'), log),
  };
  const out: SmallFilesResults = { folders: [], oneFile: [], scaling: [] };
  for (const [language, { files, bytes }] of Object.entries(counts)) {
    const target = path.join(dir, language);
    const peer = peerFor(language, tools);
    const [warden, other] = turns(
      [
        { command: process.execPath, args: wardenArgs(target), ok: [0] },
        ...(typeof peer === 'string' ? [] : [{ command: peer.command, args: peer.args(target), ok: peer.okStatus }]),
      ],
      dir,
    );
    if (typeof warden === 'string') throw new Error(`warden scan of ${target} ${warden}`);
    out.folders.push({
      language,
      files,
      kb: bytes / 1024,
      warden,
      peer: typeof peer === 'string' ? { skipped: peer } : { name: peer.name, version: peer.version, run: other! },
    });
    log(`small ${language}: ${files} files, warden ${warden.seconds.toFixed(2)} s`);
  }
  for (const language of ['python', 'javascript']) {
    const file = oneFile(path.join(dir, language));
    const peer = peerFor(language, tools);
    if (!file) continue;
    const [warden, other] = turns(
      [
        { command: process.execPath, args: wardenArgs(file), ok: [0] },
        ...(typeof peer === 'string' ? [] : [{ command: peer.command, args: peer.args(file), ok: peer.okStatus }]),
      ],
      dir,
    );
    if (typeof warden === 'string') throw new Error(`warden scan of ${file} ${warden}`);
    out.oneFile.push({
      language,
      kb: fs.statSync(file).size / 1024,
      warden,
      peer: typeof peer === 'string' ? { skipped: peer } : { name: peer.name, version: peer.version, run: other! },
    });
  }
  // The whole small-files folder (every language) with a growing share of the catalogue, in-process (-j 1)
  // so that the figure is the rules' cost and not the workers' start-up.
  for (const { share, rules, disabled } of ruleShares()) {
    const args = wardenArgs(dir, ['-j', '1', ...disabled.flatMap((id) => ['--disable', id])]);
    const [run] = turns([{ command: process.execPath, args, ok: [0] }], dir);
    if (typeof run === 'string') throw new Error(`warden scan with ${share * 100} % of the rules ${run}`);
    const files = Object.values(counts).reduce((n, c) => n + c.files, 0);
    out.scaling.push({ share, rules, files, ...run, filesPerSecond: files / run.seconds });
    log(`rules ${share * 100} %: ${run.seconds.toFixed(2)} s`);
  }
  results.smallFiles = out;
}
