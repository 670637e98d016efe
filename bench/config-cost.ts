// What scanning config files (.env, YAML, JSON, properties, TOML, shell, Dockerfile, compose) adds
// to a CLI scan of the noise benchmark's projects (issue 22: under 10 %). Measured as CPU time in one
// process, the fastest of three rounds per part: a loaded machine stretches wall time, not the work.
// The CLI's start-up (grammars, rules) is counted once into the base, as every CLI run pays it.

import * as fs from 'fs';
import * as path from 'path';
import { collectFiles } from '../server/src/cli/walk';
import { createNodeScanner } from '../server/src/host/node-assets';
import { fileKind, scanFile } from '../server/src/workspace/scan-file';
import { PROJECTS, projectDir } from './noise-sources';

const ROUNDS = 3;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function fastest(run: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.cpuUsage();
    await run();
    best = Math.min(best, cpuMs(start));
  }
  return best;
}

interface Row {
  project: string;
  codeFiles: number;
  configFiles: number;
  codeMs: number;
  configMs: number;
}

async function main(): Promise<void> {
  const startup = process.cpuUsage();
  const scanner = createNodeScanner();
  const startupMs = cpuMs(startup);
  const rows: Row[] = [];
  for (const project of PROJECTS) {
    const dir = projectDir(project);
    if (!fs.existsSync(dir)) {
      console.error(`${project.id}: not in the noise cache (run npm run bench:noise once); skipped`);
      continue;
    }
    const files = collectFiles([dir], { includeVendored: false }).files;
    const config = files.filter((f) => fileKind(f)?.kind === 'config');
    const rest = files.filter((f) => fileKind(f)?.kind !== 'config');
    const scanAll = (list: string[]) => async (): Promise<void> => {
      for (const file of list) await scanFile(scanner, file, {});
    };
    rows.push({
      project: project.id,
      codeFiles: rest.length,
      configFiles: config.length,
      codeMs: await fastest(scanAll(rest)),
      configMs: await fastest(scanAll(config)),
    });
  }
  const code = rows.reduce((s, r) => s + r.codeMs, 0) + startupMs;
  const config = rows.reduce((s, r) => s + r.configMs, 0);
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(2)} %`;
  const lines = [
    '# Config-file scanning cost on the noise benchmark',
    '',
    `\`npm run bench:config-cost\`: CPU time, fastest of ${ROUNDS} rounds per part, one process; start-up ${startupMs.toFixed(0)} ms counted once in the base.`,
    '',
    '| project | code + manifest files | CPU ms | config files | CPU ms | added |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.project} | ${r.codeFiles} | ${r.codeMs.toFixed(0)} | ${r.configFiles} | ${r.configMs.toFixed(1)} | ${pct(r.configMs, r.codeMs)} |`,
    ),
    `| **all** | ${rows.reduce((s, r) => s + r.codeFiles, 0)} | ${code.toFixed(0)} | ${rows.reduce((s, r) => s + r.configFiles, 0)} | ${config.toFixed(1)} | **${pct(config, code)}** |`,
    '',
  ];
  const out = path.join(__dirname, '..', 'bench', 'config-cost.md');
  fs.writeFileSync(out, lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
