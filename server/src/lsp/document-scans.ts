// Scanning open documents: debounced per document, incremental after small edits (only the
// functions an edit touched are analysed again, until the full scan that follows on idle), paced
// so a large document never blocks the server, and dropped when a newer edit or a close makes them
// stale. Manifests go to SCA. A document that is not scanned has its findings cleared and the user
// told once.

import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Diagnostic } from 'vscode-languageserver';
import {
  applyCodeKind,
  classifyFile,
  Finding,
  notScannedBecause,
  Rule,
  ScanCancelled,
  Scanner,
  skipReason,
} from '../engine';
import type { AdvisorySnapshot } from '../sca';
import { isManifest, scanManifest } from '../sca';
import { isConfigFile } from '../../../core/secrets/config-files';
import { projectManifests } from '../sca/project-files';
import { readGoModuleCode } from '../sca/go-module-files';
import { inventedImportFindings } from '../sca/invented';
import { toDiagnostic } from './diagnostics';
import { editedSpans, focusFor, shiftFinding } from './incremental';
import type { DocumentSession, Sessions } from './session';
import type { WardenSettings } from './settings';
import { DEBOUNCE_MS, FULL_SCAN_IDLE_MS, KEYSTROKE_SCAN_BUDGET_MS, SCAN_SLICE_MS } from './timing';

/** A focus larger than this share of the document is not worth a partial scan. */
const MAX_FOCUS_SHARE = 0.3;

/** What document scans need from the server: the engine, settings, and the way to the user. */
export interface ScanHost {
  scanner(): Scanner;
  rule(id: string): Rule | undefined;
  snapshot(): AdvisorySnapshot;
  /** The `warden` settings for a document (uncached; sessions cache them). */
  settings(uri: string): Promise<WardenSettings>;
  /** The workspace folders: a document's code kind comes from its path inside its folder. */
  folders?(): string[];
  /** Team-policy findings (boundary violations) of a document; none in an untrusted workspace. */
  policyFindings?(file: string, text: string): Finding[];
  publish(uri: string, version: number, diagnostics: Diagnostic[]): Promise<void>;
  /** An information message to the user. */
  tell(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** One line per scan for the output channel (file, ms, findings, or skipped and why). */
  log?(message: string): void;
}

export function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** The deepest workspace folder holding the document. */
function deepestFolder(file: string, folders: string[]): string | undefined {
  return folders
    .filter((f) => !path.relative(f, file).startsWith('..') && !path.isAbsolute(path.relative(f, file)))
    .sort((a, b) => b.length - a.length)[0];
}

/** The document's path relative to the deepest workspace folder holding it, else its full path. */
function codeKindPath(file: string, folders: string[]): string {
  const folder = deepestFolder(file, folders);
  return folder ? path.relative(folder, file) : file;
}

export class DocumentScans {
  /** When each document's current scan started, for its line in the output channel. */
  private readonly started = new Map<string, number>();

  constructor(
    private readonly host: ScanHost,
    private readonly sessions: Sessions,
  ) {}

  private logScan(uri: string, outcome: string): void {
    const at = this.started.get(uri);
    this.started.delete(uri);
    const ms = at === undefined ? '' : ` in ${Math.round(performance.now() - at)} ms`;
    this.host.log?.(`scan ${pathOf(uri)}: ${outcome}${ms}`);
  }

  settingsOf(session: DocumentSession): Promise<WardenSettings> {
    return session.settingsFrom(() => this.host.settings(session.uri));
  }

  schedule(session: DocumentSession, delay = DEBOUNCE_MS, full = false): void {
    session.schedule(full ? 'full' : 'edit', delay, () => {
      this.scan(session, full).catch((e: unknown) => {
        // A newer edit or a close stopped it; the newer version has its own scan.
        if (e instanceof ScanCancelled) return;
        this.host.error(`Warden: scan of ${session.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      });
    });
  }

  /**
   * How long to wait for more edits before scanning: re-scans that fit the keystroke budget run at
   * once (the diagnostics arrive while the user still looks at the edit); costlier ones wait
   * DEBOUNCE_MS for a pause, so typing is not slowed by scans the next keystroke makes stale.
   */
  editDelay(session: DocumentSession): number {
    return (session.editScanCost ?? 0) <= KEYSTROKE_SCAN_BUDGET_MS ? 0 : DEBOUNCE_MS;
  }

  /** Findings of the current version of a document, or nothing if it changed since the last scan. */
  currentFindings(uri: string): Finding[] | undefined {
    const session = this.sessions.get(uri);
    const last = session?.published;
    return session && last && last.version === session.version ? last.findings : undefined;
  }

  private async publish(session: DocumentSession, version: number, findings: Finding[]): Promise<void> {
    findings = [...findings, ...(this.host.policyFindings?.(pathOf(session.uri), session.document.getText()) ?? [])];
    session.published = { version, findings };
    const { uri } = session;
    this.logScan(uri, `${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    await this.host.publish(
      uri,
      version,
      findings.map((f) => toDiagnostic(f, uri, version, this.host.rule(f.ruleId))),
    );
  }

  /** Not scanned (disabled, too large, binary, parse budget): old findings no longer apply; the user hears why once. */
  private async notScanned(session: DocumentSession, version: number, detail?: string): Promise<void> {
    if (detail && session.firstSkip())
      this.host.tell(`Warden: ${path.basename(pathOf(session.uri))} not scanned: ${detail}`);
    session.published = undefined;
    this.logScan(session.uri, `skipped (${detail ?? 'Warden is disabled'})`);
    await this.host.publish(session.uri, version, []);
  }

  /** Dependency manifests (package.json, go.mod, pom.xml, …): checked against the advisory snapshot. */
  private async scanManifest(session: DocumentSession): Promise<void> {
    const settings = await this.settingsOf(session);
    const version = session.version;
    const result = settings.enable
      ? scanManifest(pathOf(session.uri), session.document.getText(), this.host.snapshot(), {
          disabledRules: new Set(settings.disabledRules),
          minimumSeverity: settings.minimumSeverity,
          project: projectManifests(pathOf(session.uri)),
          goCode: () => readGoModuleCode(pathOf(session.uri)),
        })
      : { findings: [], problems: [] };
    if (session.isDisposed || session.version !== version) return;
    for (const p of result.problems) this.host.warn(`Warden: ${session.uri}: ${p.message}`);
    await this.publish(session, version, result.findings);
  }

  /** Config files (.env, YAML, JSON, …): secrets, read line by line (engine/config-secrets.ts). */
  private async scanConfig(session: DocumentSession): Promise<void> {
    const settings = await this.settingsOf(session);
    const version = session.version;
    if (!settings.enable) return this.notScanned(session, version);
    const result = await this.host.scanner().scanNamedText(pathOf(session.uri), session.document.getText(), {
      ...this.kindOptions(session, settings),
      disabledRules: new Set(settings.disabledRules),
      minimumSeverity: settings.minimumSeverity,
      maxBytes: settings.maxFileSizeKB * 1024,
    });
    if (session.isDisposed || session.version !== version) return;
    if (!result || result.skipped) return this.notScanned(session, version, result?.skipped?.detail);
    await this.publish(session, version, result.findings);
  }

  async scan(session: DocumentSession, forceFull = false): Promise<void> {
    if (session.isDisposed) return;
    this.started.set(session.uri, performance.now());
    if (!session.language) {
      const file = pathOf(session.uri);
      if (isManifest(file)) return this.scanManifest(session);
      return isConfigFile(file) ? this.scanConfig(session) : undefined;
    }
    const settings = await this.settingsOf(session);
    const version = session.version;
    /** A newer edit or a close made this scan's result stale. */
    const superseded = (): boolean => session.isDisposed || session.version !== version;
    if (superseded()) return;
    if (!settings.enable) return this.notScanned(session, version);
    const text = session.document.getText();
    const skip = skipReason(text, settings.maxFileSizeKB * 1024);
    if (skip) return this.notScanned(session, version, skip.detail);
    const kindOptions = this.kindOptions(session, settings);
    const because = notScannedBecause(classifyFile(pathOf(session.uri), text, kindOptions), kindOptions);
    if (because) return this.notScanned(session, version, because);
    const release = session.hold();
    try {
      await this.scanText(session, text, version, settings, forceFull, superseded);
    } finally {
      release();
    }
  }

  private kindOptions(session: DocumentSession, settings: WardenSettings) {
    return {
      codeKindPath: codeKindPath(pathOf(session.uri), this.host.folders?.() ?? []),
      includeKinds: settings.includeCodeKinds,
    };
  }

  /** Parses (incrementally) and scans the held tree: partially after small edits, else paced and whole. */
  private async scanText(
    session: DocumentSession,
    text: string,
    version: number,
    settings: WardenSettings,
    forceFull: boolean,
    superseded: () => boolean,
  ): Promise<void> {
    const language = session.language!;
    const edits = session.pendingEdits;
    const previous = session.published;
    const tree = await this.parse(session, text);
    if (superseded()) return; // a newer edit will rescan
    // Parsing ran out of its budget: the last findings no longer match the text.
    if (!tree) return this.notScanned(session, version, 'parsing took longer than its time budget');
    session.scannedAgain();
    session.markScanned();
    const focus =
      !forceFull && edits && edits.length > 0 && previous
        ? focusFor(tree, language, editedSpans(edits), MAX_FOCUS_SHARE)
        : undefined;
    const partial = focus && focus.endIndex - focus.startIndex < MAX_FOCUS_SHARE * text.length ? focus : undefined;
    const scanStarted = performance.now();
    const result = await this.host.scanner().scanTree(tree, text, language, {
      disabledRules: new Set(settings.disabledRules),
      minimumSeverity: settings.minimumSeverity,
      focus: partial,
      aiMarkerLabel: settings.aiMarkerLabel,
      // A whole-file scan of a large document pauses every few milliseconds, so edits, hovers and
      // code actions are answered meanwhile; an edit or a close stops it (its tree is edited then).
      ...(partial ? {} : { yieldEveryMs: SCAN_SLICE_MS, cancelled: superseded }),
    });
    if (superseded()) return;
    for (const p of result.problems) this.host.warn(`Warden: ${session.uri}: ${p.message}`);
    const kindOptions = this.kindOptions(session, settings);
    const kind = classifyFile(pathOf(session.uri), text, kindOptions).kind;
    // Imports of packages that may not exist: a cheap pass over the whole text, every scan.
    const invented = session.uri.startsWith('file:')
      ? inventedImportFindings(pathOf(session.uri), text, language, {
          root: deepestFolder(pathOf(session.uri), this.host.folders?.() ?? []),
          disabledRules: settings.disabledRules,
          minimumSeverity: settings.minimumSeverity,
          snapshot: this.host.snapshot(),
        })
      : [];
    let findings = applyCodeKind([...result.findings, ...invented], kind, {
      ...kindOptions,
      minimumSeverity: settings.minimumSeverity,
      text,
    });
    if (partial && previous && edits) {
      const inFocus = (f: Finding): boolean => {
        const at = session.document.offsetAt(f.range.start);
        return at >= partial.startIndex && at < partial.endIndex;
      };
      const kept = previous.findings
        .map((f) => shiftFinding(f, edits))
        // Import findings were just recomputed for the whole text.
        .filter((f): f is Finding => !!f && !inFocus(f) && !f.ruleId.startsWith('sca/'));
      findings = [...kept, ...findings].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      );
      this.schedule(session, FULL_SCAN_IDLE_MS, true);
    }
    if (!forceFull && edits) {
      const cost = performance.now() - scanStarted;
      session.editScanCost = ((session.editScanCost ?? cost) + cost) / 2;
    }
    await this.publish(session, version, findings);
  }

  /** The session's current tree, parsed incrementally from the edited old one when needed. */
  private async parse(session: DocumentSession, text: string) {
    if (session.treeCurrent && session.tree) return session.tree;
    // A document closed while its settings or grammar loaded must not get a tree: nothing would free it.
    if (session.isDisposed) return undefined;
    try {
      const tree = await this.host.scanner().pool.parse(session.language!, text, session.tree);
      session.setTree(tree); // freed at once if the session was disposed meanwhile
      return session.isDisposed ? undefined : tree;
    } catch (e) {
      this.host.warn(`Warden: ${session.uri} not scanned: ${(e as Error).message}`);
      return undefined;
    }
  }
}
