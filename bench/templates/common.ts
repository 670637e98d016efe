// What every benchmark template shares: the random helpers, the vocabulary of generated names,
// and the shape of a language template.

export type Rand = () => number;
export const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];
export const NOUNS = [
  'user',
  'order',
  'invoice',
  'account',
  'report',
  'session',
  'product',
  'payment',
  'profile',
  'ticket',
  'comment',
  'upload',
  'team',
  'project',
  'message',
];
export const FIELDS = ['name', 'email', 'status', 'total', 'owner', 'title', 'created', 'region', 'priority', 'amount'];
export const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** One unit of code (a function, handler or class) given its index and the random source. */
export type Unit = (i: number, r: Rand, vulnerable: boolean) => string;

export interface LanguageTemplate {
  extension: string;
  header: (r: Rand) => string;
  units: Unit[];
  /** Closes what header opened (Java's class). */
  footer?: string;
}
