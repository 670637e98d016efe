// Reads OSV records from what a user or the build has: a folder (searched recursively), a .zip
// archive such as OSV's per-ecosystem `all.zip`, a .json record, or JSON Lines (.jsonl, gzipped
// or not). Records come out in a stable order (by file and entry name) so builds are reproducible.

import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { strFromU8, unzipSync } from 'fflate';

export interface OsvInput {
  /** Where the record was read, for problems: `file`, `archive.zip:entry.json` or `file.jsonl:12`. */
  name: string;
  record: unknown;
}

export interface OsvReadResult {
  records: OsvInput[];
  problems: string[];
}

const RECORD_FILE = /\.(json|jsonl|json\.gz|jsonl\.gz|zip)$/;

/** The bytes of a file, gunzipped when its name ends in .gz. */
export function readMaybeGzip(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  return file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
}

function parseInto(out: OsvReadResult, name: string, text: string): void {
  try {
    out.records.push({ name, record: JSON.parse(text) });
  } catch (e) {
    out.problems.push(`${name}: not JSON (${(e as Error).message})`);
  }
}

function readFile(out: OsvReadResult, file: string): void {
  if (file.endsWith('.zip')) {
    const entries = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name.endsWith('.json') });
    for (const entry of Object.keys(entries).sort()) parseInto(out, `${file}:${entry}`, strFromU8(entries[entry]));
  } else if (/\.jsonl(\.gz)?$/.test(file)) {
    readMaybeGzip(file)
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => line.trim() && parseInto(out, `${file}:${i + 1}`, line));
  } else {
    parseInto(out, file, readMaybeGzip(file).toString('utf8'));
  }
}

function readInto(out: OsvReadResult, input: string): void {
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return readFile(out, input);
  const entries = fs.readdirSync(input, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) readInto(out, full);
    else if (entry.isFile() && RECORD_FILE.test(entry.name)) readFile(out, full);
  }
}

/** Every record of the inputs; a file that is not JSON is a problem, not a failure. */
export function readOsvInputs(inputs: string[]): OsvReadResult {
  const out: OsvReadResult = { records: [], problems: [] };
  for (const input of inputs) readInto(out, input);
  return out;
}

/** The newest `modified`/`published` date (YYYY-MM-DD) of OSV records, ignoring vulndb's 0001-01-01 placeholder. */
export function newestRecordDate(records: unknown[]): string {
  let newest = '';
  for (const r of records as Array<Record<string, unknown>>)
    for (const key of ['modified', 'published'])
      if (typeof r?.[key] === 'string' && !(r[key] as string).startsWith('0001') && (r[key] as string) > newest)
        newest = r[key] as string;
  return newest.slice(0, 10);
}
