// Validates the provider-token catalogue (a rule file with a `providers:` list). Each bad entry is
// a problem naming the file and its line; every other entry still loads.

import { RE2JS } from 're2js';
import type { ParsedSource } from './rule-yaml';
import { isPlaceholder } from '../../../core/secrets/placeholders';
import type { EngineProblem } from './types';
import { literalStart, type ProviderFormat } from './provider-catalogue';

const FIELDS = new Set([
  'provider',
  'name',
  'pattern',
  'entropy',
  'example',
  'docs',
  'keywords',
  'in-tests',
  'checked',
]);
/** Bounds what one catalogue file may ask the engine to compile. */
export const MAX_PROVIDER_FORMATS = 1000;
/** Shorter keywords would send most strings of a file to the format's pattern. */
const MIN_KEYWORD_CHARS = 2;

/** `checked: 2026-12-07 prefix ghp_, 36 base62 chars`: the day of the check, then what the docs say. */
const CHECKED = /^(\d{4})-(\d{2})-(\d{2}) (\S.{9,})$/;

class InvalidEntry extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

function text(entry: Record<string, unknown>, field: string, optional = false): string | undefined {
  const value = entry[field];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidEntry(`'${field}' must be a non-empty string`, field);
  return value;
}

/** The record of the check against the provider's documentation: a real date and what was found. */
function checkedNote(entry: Record<string, unknown>): string | undefined {
  const note = text(entry, 'checked', true);
  if (note === undefined) return undefined;
  const m = CHECKED.exec(note);
  const day = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3]))
    throw new InvalidEntry("'checked' must be 'YYYY-MM-DD what the documentation says' (10+ characters)", 'checked');
  return note;
}

/** `validate`: compile the pattern and check the example (the built-in catalogue has a test doing so). */
function readEntry(entry: unknown, validate: boolean): ProviderFormat {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new InvalidEntry('an entry must be a mapping');
  const e = entry as Record<string, unknown>;
  for (const key of Object.keys(e)) if (!FIELDS.has(key)) throw new InvalidEntry(`unknown field '${key}'`, key);
  const pattern = text(e, 'pattern')!;
  let program: RE2JS | undefined;
  try {
    if (validate) program = RE2JS.compile(pattern);
  } catch (err) {
    throw new InvalidEntry(`'pattern' is not RE2 syntax: ${(err as Error).message}`, 'pattern');
  }
  const docs = text(e, 'docs')!;
  if (!/^https:\/\/\S+$/.test(docs)) throw new InvalidEntry("'docs' must be an https URL", 'docs');
  // The built catalogue ships with examples blanked (esbuild.config.mjs: a packaging secret scan reads
  // placeholders in a token's shape as tokens); the source file keeps them and a unit test checks them.
  const example = e.example === '' ? '' : text(e, 'example')!;
  if (
    program &&
    example &&
    !program.matcher(example).find() &&
    !isPlaceholder(example) &&
    !/[xX*]{3,}|<|EXAMPLE/.test(example)
  )
    throw new InvalidEntry("'example' is neither in the format's shape nor an obvious placeholder", 'example');
  let entropy: number | undefined;
  if (e.entropy !== undefined) {
    if (typeof e.entropy !== 'number' || e.entropy < 0 || e.entropy > 8)
      throw new InvalidEntry("'entropy' must be a number of bits per character (0-8)", 'entropy');
    entropy = e.entropy;
  }
  let keywords: string[];
  if (e.keywords !== undefined) {
    if (!Array.isArray(e.keywords) || e.keywords.some((k) => typeof k !== 'string' || k.length < MIN_KEYWORD_CHARS))
      throw new InvalidEntry(`'keywords' must be a list of strings of ${MIN_KEYWORD_CHARS}+ characters`, 'keywords');
    keywords = e.keywords as string[];
  } else {
    const start = literalStart(pattern);
    if (start.length < MIN_KEYWORD_CHARS)
      throw new InvalidEntry(
        "the pattern starts with no literal text: list the literal 'keywords' every match contains",
        'pattern',
      );
    keywords = [start];
  }
  if (e['in-tests'] !== undefined && typeof e['in-tests'] !== 'boolean')
    throw new InvalidEntry("'in-tests' must be true or false", 'in-tests');
  return {
    provider: text(e, 'provider')!,
    name: text(e, 'name')!,
    pattern,
    entropy,
    example,
    docs,
    keywords,
    inTests: e['in-tests'] !== false,
    checked: checkedNote(e),
  };
}

/** The catalogue's valid entries and a problem (file, line) for each invalid one. */
export function readProviderCatalogue(
  parsed: ParsedSource,
  file: string,
  validate = true,
): { formats: ProviderFormat[]; problems: EngineProblem[] } {
  const list = (parsed.data as Record<string, unknown>).providers;
  const problems: EngineProblem[] = [];
  if (!Array.isArray(list))
    return {
      formats: [],
      problems: [{ file, line: parsed.line(['providers']), message: "'providers' must be a list" }],
    };
  if (list.length > MAX_PROVIDER_FORMATS)
    return {
      formats: [],
      problems: [
        { file, line: 1, message: `'providers' has ${list.length} entries, over the limit of ${MAX_PROVIDER_FORMATS}` },
      ],
    };
  const formats: ProviderFormat[] = [];
  list.forEach((entry, i) => {
    try {
      formats.push({ ...readEntry(entry, validate), line: parsed.line(['providers', i]) });
    } catch (err) {
      if (!(err instanceof InvalidEntry)) throw err;
      const at = err.field ? ['providers', i, err.field] : ['providers', i];
      problems.push({ file, line: parsed.line(at), message: `provider format ${i + 1}: ${err.message}` });
    }
  });
  return { formats, problems };
}
