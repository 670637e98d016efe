// Reads typed fields from a rule file's parsed YAML. A bad field throws InvalidRule with the field's
// path, which the loader turns into a problem at that field's line.

import { isLanguageId, LanguageId } from './languages';
import { compileRuleRegex, RuleRegexError, TextPattern } from './rule-regex';

export class InvalidRule extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

/** Reads typed fields from one YAML document, throwing InvalidRule with the field's path. */
export class FieldReader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly path: (string | number)[] = [],
    /** Compile regexes for RE2 now (custom rules: errors at load time) rather than on first use. */
    readonly eagerRegex = true,
  ) {}

  private fail(key: string | number, message: string): never {
    throw new InvalidRule(message, [...this.path, key]);
  }
  raw(key: string): unknown {
    return this.data[key];
  }
  has(key: string): boolean {
    return this.data[key] !== undefined && this.data[key] !== null;
  }
  string(key: string, optional = false): string {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (optional) return '';
      this.fail(key, `missing required field '${key}'`);
    }
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, `'${key}' must be a non-empty string`);
    return value.trim();
  }
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const value = this.string(key);
    if (!allowed.includes(value as T)) this.fail(key, `'${key}' must be one of ${allowed.join(', ')} (got '${value}')`);
    return value as T;
  }
  stringList(key: string, optional = false): string[] {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (optional) return [];
      this.fail(key, `missing required field '${key}'`);
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item, i) => {
      if (typeof item !== 'string' && typeof item !== 'number') this.fail(key, `'${key}[${i}]' must be a string`);
    });
    return list.map(String);
  }
  regex(key: string): TextPattern {
    try {
      return compileRuleRegex(this.string(key), this.eagerRegex);
    } catch (e) {
      if (!(e instanceof RuleRegexError)) throw e;
      this.fail(key, e.message);
    }
  }
  child(key: string | number, value: unknown): FieldReader {
    if (!value || typeof value !== 'object' || Array.isArray(value)) this.fail(key, `'${key}' must be a mapping`);
    return new FieldReader(value as Record<string, unknown>, [...this.path, key], this.eagerRegex);
  }
  /** Readers for the mappings of a list field, each knowing its path for error lines. */
  items(key: string): FieldReader[] {
    return this.list(key).map((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item))
        throw new InvalidRule(`'${key}[${i}]' must be a mapping`, [...this.path, key, i]);
      return new FieldReader(item as Record<string, unknown>, [...this.path, key, i], this.eagerRegex);
    });
  }
  list(key: string): unknown[] {
    const value = this.data[key];
    if (!Array.isArray(value)) this.fail(key, `'${key}' must be a list`);
    return value;
  }
  rejectUnknown(allowed: Set<string>, what: string): void {
    for (const key of Object.keys(this.data)) {
      if (!allowed.has(key)) this.fail(key, `unknown field '${key}' in ${what}`);
    }
  }
  at(key: string | number): (string | number)[] {
    return [...this.path, key];
  }
}

export function languagesOf(reader: FieldReader, key: string, optional = false): LanguageId[] {
  const list = reader.stringList(key, optional);
  for (const lang of list) {
    if (!isLanguageId(lang)) throw new InvalidRule(`unknown language '${lang}'`, reader.at(key));
  }
  return list as LanguageId[];
}
