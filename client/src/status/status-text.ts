// What the status bar item says, as pure functions (unit-tested without VS Code): the active
// file's finding counts and tier on one line, and a tooltip of the tier with its two strongest
// reasons. Clicking opens a menu (status-menu.ts); nothing here or there edits the file.

export interface StatusCounts {
  errors: number;
  warnings: number;
}

/**
 * `$(shield) Warden: 3 $(warning) 1 $(error) · High`; a file without findings reads `$(shield) Warden: $(check) · Low`.
 * Codicons, not emoji: every VS Code draws them, where ⚠/⛔ depend on the system's fonts.
 */
export function statusText(counts: StatusCounts, tierLabel: string): string {
  const parts = [
    ...(counts.warnings ? [`${counts.warnings} $(warning)`] : []),
    ...(counts.errors ? [`${counts.errors} $(error)`] : []),
  ];
  return `$(shield) Warden: ${parts.length ? parts.join(' ') : '$(check)'} · ${tierLabel}`;
}

/** At most a handful of lines: the tier, its two strongest reasons, the counts and what a click does. */
export function statusTooltip(counts: StatusCounts, tierLabel: string, reasons: string[], nothing: string): string {
  const lines = [`**Warden: ${tierLabel} sensitivity**`, ''];
  if (reasons.length) for (const r of reasons.slice(0, 2)) lines.push(`- ${r}`);
  else lines.push(nothing);
  const more = reasons.length > 2 ? ` (${reasons.length - 2} more reason${reasons.length === 3 ? '' : 's'})` : '';
  lines.push(
    '',
    `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}${more}. Click for Warden's actions.`,
  );
  return lines.join('\n');
}
