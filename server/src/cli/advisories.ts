// `warden advisories [show | import <folder|zip|file>… | reset]`: the advisory data in use, and
// refreshing it offline from OSV records (e.g. OSV's per-ecosystem all.zip) into the user's config
// folder, where the CLI and the editor prefer it to the shipped snapshot. The shipped advisories
// stay underneath: an imported record replaces the one of the same id or alias, and adds the rest.

import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../../../core/io/write-file';
import { describeSources } from '../sca/advisory-sources';
import { ECOSYSTEMS } from '../sca/model';
import { advisoriesOfOsv } from '../sca/osv';
import { newestRecordDate, readOsvInputs } from '../sca/osv-inputs';
import { activeSnapshot, importedSnapshotPath, userConfigDir } from '../sca/snapshot-file';
import { formatSnapshot, mergeAdvisories, packageAdvisories, snapshotOf } from '../sca/snapshot-format';
import { VERSION } from '../version';
import { UsageError } from './args';

export const ADVISORIES_USAGE = `warden advisories [show]            the advisory data in use, a date per source
       warden advisories import <folder|zip|.json|.jsonl>…
                                          add OSV records (newer data) to the snapshot in use
       warden advisories reset            remove the imported snapshot (back to the shipped one)`;

export interface Io {
  out(text: string): void;
  env: NodeJS.ProcessEnv;
  now: Date;
}

const defaultIo = (): Io => ({ out: (t) => process.stdout.write(t), env: process.env, now: new Date() });

/** The lines `warden --version` and `warden advisories show` print about the data in use. */
export function advisoryLines(env: NodeJS.ProcessEnv, now: Date): string[] {
  const active = activeSnapshot(env);
  const lines = [
    `advisories: ${active.snapshot.count} (${active.imported ? 'imported, ' : ''}${active.file})`,
    ...describeSources(active.snapshot, now).map((l) => `  ${l}`),
  ];
  if (active.ignored) lines.push(`  not used: ${active.ignored}`);
  return lines;
}

export function versionText(io: Io = defaultIo()): string {
  return [VERSION, ...advisoryLines(io.env, io.now)].join('\n') + '\n';
}

function runImport(inputs: string[], io: Io): number {
  if (inputs.length === 0) throw new UsageError(`advisories import needs a folder, .zip or .json of OSV records`);
  const missing = inputs.filter((i) => !fs.existsSync(i));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const read = readOsvInputs(inputs);
  const base = activeSnapshot(io.env).snapshot;
  const key = `import-${Object.keys(base.sources ?? {}).filter((k) => k.startsWith('import-')).length + 1}`;
  const perRecord = read.records.map((r) => advisoriesOfOsv(r.record, key));
  const imported = perRecord.flat();
  if (imported.length === 0)
    throw new UsageError(
      `no OSV advisory for ${ECOSYSTEMS.join(', ')} found in ${inputs.join(', ')} (${read.records.length} JSON records read)`,
    );
  // Dated by the records it keeps (a withdrawn or foreign record's date says nothing of this data).
  const kept = read.records.filter((_, i) => perRecord[i].length > 0).map((r) => r.record);
  const date = newestRecordDate(kept) || io.now.toISOString().slice(0, 10);
  const source = { name: `imported OSV (${inputs.map((i) => path.basename(i)).join(', ')})`, date };
  const snapshot = snapshotOf(mergeAdvisories([imported, packageAdvisories(base)]), {
    ...base.sources,
    [key]: source,
  });
  const target = importedSnapshotPath(io.env);
  fs.mkdirSync(userConfigDir(io.env), { recursive: true });
  writeFileAtomic(target, formatSnapshot(snapshot));
  const perEcosystem = ECOSYSTEMS.map((e) => [
    e,
    new Set(imported.filter((a) => a.ecosystem === e).map((a) => a.advisory.id)).size,
  ])
    .filter(([, n]) => n)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
  io.out(`imported ${perEcosystem} advisories (data of ${date}) into ${target}\n`);
  for (const p of read.problems.slice(0, 20)) io.out(`  skipped ${p}\n`);
  if (read.problems.length > 20) io.out(`  … and ${read.problems.length - 20} more not read\n`);
  io.out(advisoryLines(io.env, io.now).join('\n') + '\n');
  return 0;
}

export function runAdvisories(argv: string[], io: Io = defaultIo()): number {
  const [sub = 'show', ...rest] = argv;
  switch (sub) {
    case 'show':
      io.out(advisoryLines(io.env, io.now).join('\n') + '\n');
      return 0;
    case 'import':
      return runImport(rest, io);
    case 'reset': {
      const target = importedSnapshotPath(io.env);
      fs.rmSync(target, { force: true });
      io.out(`removed ${target}\n${advisoryLines(io.env, io.now).join('\n')}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown advisories command '${sub}': expected show, import or reset`);
  }
}
