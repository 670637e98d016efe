// How a finding and `warden --version` name the data they rest on: each database with its date
// ("Go vulndb 2026-08-21", "Node.js security WG, advisories up to 2020"), and a notice when that
// data is older than 90 days, with how to refresh it.

import type { Advisory, AdvisorySnapshot, AdvisorySource } from './model';

export const STALE_AFTER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export function sourceLabel(source: AdvisorySource): string {
  return source.dateLabel ? `${source.name}, ${source.dateLabel}` : `${source.name} ${source.date}`;
}

export function isStale(date: string, now: Date): boolean {
  const t = Date.parse(date);
  return Number.isFinite(t) && now.getTime() - t > STALE_AFTER_DAYS * DAY_MS;
}

const REFRESH = `older than ${STALE_AFTER_DAYS} days: \`warden advisories import <OSV folder or zip>\` refreshes it`;

/** The parenthesised note ending a dependency finding: the sources of these advisories, dated, and whether they are stale. */
export function sourcesNote(snapshot: AdvisorySnapshot, advisories: Advisory[], now: Date): string {
  const sources = [...new Set(advisories.map((a) => a.source ?? ''))]
    .map((key) => snapshot.sources?.[key])
    .filter((s): s is AdvisorySource => !!s);
  if (sources.length === 0)
    return `(Warden advisory snapshot of ${snapshot.date}${isStale(snapshot.date, now) ? `, ${REFRESH}` : ''}.)`;
  const stale = sources.some((s) => isStale(s.date, now));
  return `(Advisories: ${sources.map(sourceLabel).join('; ')}${stale ? `. Data ${REFRESH}` : ''}.)`;
}

/** One line per source, for `warden --version` and the docs. */
export function describeSources(snapshot: AdvisorySnapshot, now: Date): string[] {
  const sources = Object.values(snapshot.sources ?? {});
  if (sources.length === 0) return [`Warden advisory snapshot of ${snapshot.date}`];
  return sources.map((s) => `${sourceLabel(s)}${isStale(s.date, now) ? ` (older than ${STALE_AFTER_DAYS} days)` : ''}`);
}
