#!/usr/bin/env node
// Builds advisories/snapshot.json, the offline advisory data Warden ships, from OSV-format JSON
// (https://ossf.github.io/osv-schema/): a folder of .json files (searched recursively) or a .zip
// archive such as the per-ecosystem `all.zip` exports of the OSV database. Keeps only npm, PyPI,
// Go and Maven, only SEMVER/ECOSYSTEM ranges, and only what the matcher needs.
//
//   node scripts/build-advisories.mjs [input-folder-or-zip …] [--out advisories/snapshot.json]
//   (default input: advisories/osv)

import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ECOSYSTEMS = new Set(['npm', 'PyPI', 'Go', 'Maven']);

function* readInputs(input) {
  const stat = fs.statSync(input);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(input, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(input, entry.name);
      if (entry.isDirectory() || /\.(json|zip)$/.test(entry.name)) yield* readInputs(full);
    }
  } else if (input.endsWith('.zip')) {
    const files = unzipSync(new Uint8Array(fs.readFileSync(input)), { filter: (f) => f.name.endsWith('.json') });
    for (const [name, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))
      yield { name: `${input}:${name}`, text: strFromU8(data) };
  } else if (input.endsWith('.json')) {
    yield { name: input, text: fs.readFileSync(input, 'utf8') };
  }
}

function normalizeName(ecosystem, name) {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

/** OSV events (introduced / fixed / last_affected, in order) → [{introduced, fixed?, lastAffected?}]. */
export function rangesOf(events) {
  const out = [];
  let open;
  for (const e of events) {
    if (e.introduced !== undefined) {
      if (open) out.push(open);
      open = { introduced: e.introduced };
    } else if (e.fixed !== undefined && open) {
      out.push({ ...open, fixed: e.fixed });
      open = undefined;
    } else if (e.last_affected !== undefined && open) {
      out.push({ ...open, lastAffected: e.last_affected });
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

function severityOf(osv, affected) {
  const s =
    osv.database_specific?.severity ?? affected.database_specific?.severity ?? affected.ecosystem_specific?.severity;
  return typeof s === 'string' ? s.toUpperCase() : 'MODERATE';
}

function summaryOf(osv) {
  const text = (osv.summary || (osv.details ?? '').split(/\n|\. /)[0] || osv.id).trim();
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

export function buildSnapshot(inputs, generated = new Date().toISOString().slice(0, 10)) {
  const byId = new Map();
  const problems = [];
  for (const input of inputs) {
    for (const { name, text } of readInputs(input)) {
      let osv;
      try {
        osv = JSON.parse(text);
      } catch (e) {
        problems.push(`${name}: not JSON (${e.message})`);
        continue;
      }
      if (!osv.id || !Array.isArray(osv.affected)) {
        problems.push(`${name}: not an OSV record (no id or affected)`);
        continue;
      }
      if (osv.withdrawn) continue;
      byId.set(osv.id, osv);
    }
  }
  const packages = {};
  let newest = '';
  let count = 0;
  for (const osv of [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    let used = false;
    for (const affected of osv.affected) {
      const ecosystem = affected.package?.ecosystem;
      if (!ECOSYSTEMS.has(ecosystem) || !affected.package.name) continue;
      const ranges = (affected.ranges ?? [])
        .filter((r) => r.type === 'SEMVER' || r.type === 'ECOSYSTEM')
        .flatMap((r) => rangesOf(r.events ?? []));
      const versions = ranges.length === 0 ? (affected.versions ?? []) : undefined;
      if (ranges.length === 0 && versions.length === 0) continue;
      const name = normalizeName(ecosystem, affected.package.name);
      const advisory = {
        id: osv.id,
        aliases: osv.aliases ?? [],
        summary: summaryOf(osv),
        severity: severityOf(osv, affected),
        ranges,
        ...(versions ? { versions } : {}),
        url:
          (osv.references ?? []).find((r) => r.type === 'ADVISORY')?.url ?? `https://osv.dev/vulnerability/${osv.id}`,
      };
      ((packages[ecosystem] ??= {})[name] ??= []).push(advisory);
      used = true;
    }
    if (used) {
      count++;
      if ((osv.modified ?? '') > newest) newest = osv.modified;
    }
  }
  return { snapshot: { date: newest.slice(0, 10) || generated, generated, count, packages }, problems };
}

/** One package per line: small, and diffs of a refresh stay readable. */
export function formatSnapshot(snapshot) {
  const lines = [
    '{',
    `  "date": ${JSON.stringify(snapshot.date)},`,
    `  "generated": ${JSON.stringify(snapshot.generated)},`,
    `  "count": ${snapshot.count},`,
    '  "packages": {',
  ];
  const ecosystems = Object.keys(snapshot.packages).sort();
  ecosystems.forEach((eco, i) => {
    lines.push(`    ${JSON.stringify(eco)}: {`);
    const names = Object.keys(snapshot.packages[eco]).sort();
    names.forEach((name, j) =>
      lines.push(
        `      ${JSON.stringify(name)}: ${JSON.stringify(snapshot.packages[eco][name])}${j < names.length - 1 ? ',' : ''}`,
      ),
    );
    lines.push(`    }${i < ecosystems.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return lines.join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  let out = path.join(root, 'advisories', 'snapshot.json');
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i];
    else inputs.push(args[i]);
  }
  const sources = inputs.length ? inputs : [path.join(root, 'advisories', 'osv')];
  for (const s of sources) {
    if (!fs.existsSync(s)) {
      console.error(`build-advisories: no such folder or archive: ${s}`);
      process.exit(2);
    }
  }
  const { snapshot, problems } = buildSnapshot(sources);
  for (const p of problems) console.warn(`build-advisories: skipped ${p}`);
  const text = formatSnapshot(snapshot);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(
    `build-advisories: ${snapshot.count} advisories, data of ${snapshot.date}, ${Buffer.byteLength(text)} bytes → ${path.relative(process.cwd(), out)}`,
  );
}
