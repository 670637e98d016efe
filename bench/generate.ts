// Deterministic generators of realistic source files for the benchmark: web handlers, helpers and
// data classes in each language Warden scans, mostly safe code with a few vulnerable handlers
// (the mistakes the rules look for), so a scan does real taint work, not just a parse.

import type { LanguageId } from '../server/src/engine';
import { rng } from './rng';

export { rng };

import { pick, type LanguageTemplate } from './templates/common';
import { GO } from './templates/go';
import { JAVA } from './templates/java';
import { JAVASCRIPT } from './templates/javascript';
import { PYTHON } from './templates/python';
import { TYPESCRIPT } from './templates/typescript';

export const TEMPLATES: Partial<Record<LanguageId, LanguageTemplate>> & Record<BenchLanguage, LanguageTemplate> = {
  python: PYTHON,
  javascript: JAVASCRIPT,
  typescript: TYPESCRIPT,
  go: GO,
  java: JAVA,
};

export type BenchLanguage = 'python' | 'javascript' | 'typescript' | 'go' | 'java';
export const BENCH_LANGUAGES: BenchLanguage[] = ['python', 'javascript', 'typescript', 'go', 'java'];

/** Share of handlers written with the vulnerable variant. */
const VULNERABLE_SHARE = 0.08;

/** A file of at least `lines` lines in `language`, the same for the same seed. */
export function generateFile(language: BenchLanguage, lines: number, seed: number): string {
  const t = TEMPLATES[language];
  const r = rng(seed);
  const parts = [t.header(r)];
  let count = parts[0].split('\n').length;
  const footerLines = t.footer ? t.footer.split('\n').length : 0;
  for (let i = 0; count + footerLines < lines; i++) {
    const unit = pick(r, t.units)(i, r, r() < VULNERABLE_SHARE);
    parts.push(unit);
    count += unit.split('\n').length - 1;
  }
  if (t.footer) parts.push(t.footer);
  return parts.join('');
}

export interface CorpusFile {
  relativePath: string;
  language: LanguageId;
  text: string;
}

/**
 * A multi-language corpus of about `totalBytes`, files of 80–600 lines spread over folders, the
 * languages in equal shares. Returned lazily so a 20 MB corpus is never held in memory twice.
 */
export function* generateCorpus(totalBytes: number, seed: number): Generator<CorpusFile> {
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; bytes < totalBytes; i++) {
    const language = BENCH_LANGUAGES[i % BENCH_LANGUAGES.length];
    const lines = 80 + Math.floor(r() * 520);
    const text = generateFile(language, lines, seed * 7919 + i);
    bytes += Buffer.byteLength(text);
    const base = language === 'java' ? 'GeneratedService' : `module_${i}`;
    yield {
      relativePath: `${language}/pkg${Math.floor(i / 50)}/${base}${language === 'java' ? i : ''}.${TEMPLATES[language].extension}`,
      language,
      text,
    };
  }
}
