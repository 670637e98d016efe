// `warden feedback add` records a false positive or a missed vulnerability in the workspace's
// .warden/feedback.json (the same record the editor command writes); `warden feedback export`
// turns the records into labeled fixture drafts for the rules' folders.

import * as fs from 'fs';
import * as path from 'path';
import {
  FEEDBACK_FILE,
  FEEDBACK_KINDS,
  type FeedbackFile,
  type FeedbackKind,
  fixtureDraft,
  newFeedbackRecord,
  parseFeedback,
} from '../../../core/feedback/records';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { writeFileAtomic } from '../../../core/io/write-file';
import { LANGUAGES, languageForPath } from '../engine/languages';
import { escapeControls } from '../report/escape';
import { UsageError } from './args';

function options(argv: string[], valued: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (!valued.includes(flag)) throw new UsageError(`unknown option '${argv[i]}' for warden feedback`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    out.set(flag, value);
  }
  return out;
}

function readRecords(root: string): FeedbackFile {
  const read = readWorkspaceFile(path.join(root, FEEDBACK_FILE), { maxBytes: 8 * 1024 * 1024, root });
  if (!read.ok) return { version: 1, records: [] };
  try {
    return parseFeedback(read.text);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function add(argv: string[], root: string): string {
  const o = options(argv, ['--kind', '--file', '--line', '--rule', '--class', '--reason']);
  const kind = o.get('--kind') as FeedbackKind;
  if (!FEEDBACK_KINDS.includes(kind)) throw new UsageError(`--kind must be ${FEEDBACK_KINDS.join(' or ')}`);
  const file = o.get('--file');
  const line = Number(o.get('--line'));
  const reason = o.get('--reason');
  if (!file || !Number.isInteger(line) || line < 1 || !reason)
    throw new UsageError('warden feedback add needs --file, --line and --reason');
  const ruleId = o.get('--rule');
  const cls = o.get('--class') ?? ruleId?.split('/')[1];
  if (!cls) throw new UsageError('warden feedback add needs --rule <id> or --class <class>');
  const language = languageForPath(file);
  if (!language) throw new UsageError(`${file}: not a language Warden scans`);
  const read = readWorkspaceFile(path.resolve(root, file), { maxBytes: 2 * 1024 * 1024 });
  if (!read.ok) throw new UsageError(`${file}: ${read.detail}`);
  const records = readRecords(root);
  records.records.push(
    newFeedbackRecord({
      kind,
      ruleId,
      class: cls,
      file: path.relative(root, path.resolve(root, file)).split(path.sep).join('/'),
      line,
      language,
      text: read.text,
      reason,
      date: new Date().toISOString().slice(0, 10),
    }),
  );
  fs.mkdirSync(path.join(root, '.warden'), { recursive: true });
  writeFileAtomic(path.join(root, FEEDBACK_FILE), JSON.stringify(records, null, 2) + '\n');
  return `recorded (${records.records.length} in ${FEEDBACK_FILE})\n`;
}

function exportDrafts(argv: string[], root: string): string {
  const out = path.resolve(root, options(argv, ['--out']).get('--out') ?? '.warden/fixture-drafts');
  const { records } = readRecords(root);
  const written: string[] = [];
  records.forEach((record, index) => {
    const language = languageForPath(record.file);
    if (!language) return;
    const draft = fixtureDraft(
      record,
      index,
      LANGUAGES[language].syntax.lineComment,
      path.extname(record.file).slice(1),
    );
    const target = path.join(out, draft.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, draft.text, { confineTo: out });
    written.push(path.relative(root, target));
  });
  return written.length === 0
    ? `no feedback recorded in ${FEEDBACK_FILE}\n`
    : `${written.length} fixture draft${written.length === 1 ? '' : 's'}:\n${written.map((w) => `  ${escapeControls(w)}\n`).join('')}`;
}

export function runFeedback(argv: string[], write: (text: string) => void, root = process.cwd()): number {
  const [sub, ...rest] = argv;
  if (sub === 'add') write(add(rest, root));
  else if (sub === 'export') write(exportDrafts(rest, root));
  else throw new UsageError('warden feedback needs add or export');
  return 0;
}
