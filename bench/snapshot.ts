// `npm run bench:snapshot [-- --out file]`: every finding (rule, range, message, class, severity,
// confidence, fix edits) on examples/, bench/corpus/, the rule fixtures and seeded generated files,
// as canonical JSON. Refactors that must keep findings identical compare two snapshots with diff.
// `--dir <folder>` scans that folder instead; `--no-prefilter` checks every pattern on every file (prefilter.ts); `--budget-ms <n>` sets the
// scan budget (a loaded machine can run the 10,000-line files out of the default 2 s). The rules
// the prefilter let run are counted on stderr.

import * as fs from 'fs';
import * as path from 'path';
import { createNodeScanner } from '../server/src/host/node-assets';
import { languageForPath } from '../server/src/engine';
import { BENCH_LANGUAGES, generateFile } from './generate';

const REPO = path.resolve(__dirname, '..');

function list(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const budgetIndex = process.argv.indexOf('--budget-ms');
  const counters = { files: 0, rules: 0, rulesRun: 0 };
  const options = {
    prefilter: !process.argv.includes('--no-prefilter'),
    counters,
    ...(budgetIndex > 0 ? { budgetMs: Number(process.argv[budgetIndex + 1]) } : {}),
  };
  const scanner = createNodeScanner([], { wasmDir: path.join(REPO, 'dist', 'wasm'), rules: path.join(REPO, 'rules') });
  const inputs: Array<{ name: string; text: string }> = [];
  // `--dir <folder>` (repeatable): that folder's code files instead of the standard inputs.
  const dirs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--dir' ? [path.resolve(a)] : []));
  for (const dir of dirs.length > 0 ? dirs : ['examples', 'bench/corpus', 'rules', 'test/fixtures']) {
    for (const file of list(path.resolve(REPO, dir)).filter((f) => languageForPath(f))) {
      inputs.push({ name: path.relative(REPO, file), text: fs.readFileSync(file, 'utf8') });
    }
  }
  for (const language of dirs.length > 0 ? [] : BENCH_LANGUAGES) {
    for (const lines of [2000, 10000]) {
      const ext = { python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java' }[language];
      inputs.push({ name: `generated/${language}-${lines}.${ext}`, text: generateFile(language, lines, 1000 + lines) });
    }
  }
  const out: Record<string, unknown[]> = {};
  for (const { name, text } of inputs) {
    const result = await scanner.scanNamedText(name, text, options);
    out[name] = (result?.findings ?? []).map((f) => ({
      rule: f.ruleId,
      class: f.class,
      severity: f.severity,
      confidence: f.confidence,
      range: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character].join(':'),
      message: f.message + (f.detail ? ` | ${f.detail}` : ''),
      fix: f.fix ? { title: f.fix.title, edits: f.fix.edits } : undefined,
    }));
  }
  const json = JSON.stringify(out, null, 1) + '\n';
  if (outIndex > 0) fs.writeFileSync(process.argv[outIndex + 1], json);
  else process.stdout.write(json);
  const total = Object.values(out).reduce((n, f) => n + f.length, 0);
  process.stderr.write(`${inputs.length} files, ${total} findings\n`);
  process.stderr.write(`rules checked: ${counters.rulesRun} of ${counters.rules} over ${counters.files} code files\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
