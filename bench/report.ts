// The benchmark's results: their shape, percentiles, and the console table / Markdown renderings
// (with the targets beside each figure).

export interface Results {
  date: string;
  quick: boolean;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    loadAverageAtStart: number;
    loadAverageAtEnd?: number;
  };
  debounceMs: number;
  fullScanIdleMs: number;
  latency: Array<{
    language: string;
    lines: number;
    kb: number;
    edits: number;
    p50: number;
    p95: number;
    max: number;
    openMs: number;
    idleFullScanMs?: number;
    cpuPerEditMs?: number;
  }>;
  coldStart: Array<{ language: string; lines: number; ms: number; cpuMs?: number; openAfterStartupMs?: number }>;
  /** Whole-file scans paced as the server runs them, in-process. */
  pacing?: Array<{ language: string; lines: number; unpacedMs: number; pacedMs: number; longestRunMs: number }>;
  memory?: {
    churnDocuments: number;
    documentKb: number;
    rssBeforeMb?: number;
    rssAfterMb?: number;
    rssSamplesMb?: number[];
  };
  workspaceScan?: {
    files: number;
    scanned: number;
    findings: number;
    mb: number;
    seconds: number;
    filesPerSecond: number;
    peakRssMb?: number;
    cpuSeconds?: number;
  };
  cli?: {
    files: number;
    mb: number;
    seconds: number;
    cpuSeconds?: number;
    jobs: number;
    filesPerSecond: number;
    mbPerSecond: number;
    peakRssMb?: number;
  };
  peers: Array<{
    language: string;
    files: number;
    mb: number;
    wardenSeconds: number;
    wardenCpuSeconds?: number;
    peer?: { name: string; version: string; seconds: number; cpuSeconds?: number; peakRssMb?: number };
    skipped?: string;
  }>;
  /** Many small real files per language, one small file, and the catalogue's growth (bench/small-files.ts). */
  smallFiles?: {
    skipped?: string;
    folders: Array<{ language: string; files: number; kb: number; warden: Run; peer: PeerRun }>;
    oneFile: Array<{ language: string; kb: number; warden: Run; peer: PeerRun }>;
    scaling: Array<{
      share: number;
      rules: number;
      files: number;
      seconds: number;
      cpuSeconds?: number;
      filesPerSecond: number;
    }>;
  };
  durationSeconds?: number;
}

/** A median timed run. */
export interface Run {
  seconds: number;
  cpuSeconds?: number;
}
/** A peer's median run, or why it did not run (a string run: it failed). */
export type PeerRun = { skipped: string } | { name: string; version: string; run: Run | string };

function smallFilesSections(s: NonNullable<Results['smallFiles']>): string[] {
  const out: string[] = ['### Small real files (issue 24)', ''];
  if (s.skipped) return [...out, `Skipped: ${s.skipped}.`, ''];
  const peerCells = (p: PeerRun, warden: Run, target: number): string[] => {
    if ('skipped' in p) return [`— (${p.skipped})`, '—', '—', '—'];
    if (typeof p.run === 'string') return [`${p.name} (${p.version})`, `failed: ${p.run}`, '—', '—'];
    const ratio = p.run.seconds / warden.seconds;
    return [
      `${p.name} (${p.version})`,
      `${num(p.run.seconds, 2)} (${num(p.run.cpuSeconds, 2)})`,
      `${ratio.toFixed(1)}×`,
      `≥ ${target}×${mark(ratio >= target)}`,
    ];
  };
  out.push(
    ...table(
      ['language', 'files', 'KB', 'Warden s (CPU s)', 'peer', 'peer s (CPU s)', 'Warden/peer throughput', 'target'],
      s.folders.map((f) => [
        f.language,
        String(f.files),
        num(f.kb, 0),
        `${num(f.warden.seconds, 2)} (${num(f.warden.cpuSeconds, 2)})`,
        ...peerCells(f.peer, f.warden, 3),
      ]),
    ),
    '',
    '#### One small file (`warden scan <file>`, a cold process)',
    '',
    ...table(
      ['language', 'KB', 'Warden s (CPU s)', 'peer', 'peer s (CPU s)', 'Warden/peer', 'target'],
      s.oneFile.map((f) => [
        f.language,
        num(f.kb, 1),
        `${num(f.warden.seconds, 3)} (${num(f.warden.cpuSeconds, 2)})${mark(f.warden.seconds <= 0.25)}`,
        ...peerCells(f.peer, f.warden, 1).slice(0, 3),
        'Warden ≤ 0.25 s',
      ]),
    ),
    '',
    '#### Rule-count scaling (every 4th / 2nd / every rule by id, the small-files folders, `-j 1`)',
    '',
    ...table(
      ['share of rules', 'rules', 'files', 'seconds', 'CPU s', 'files/s', 'vs 25 %', 'target'],
      s.scaling.map((r) => {
        const base = s.scaling[0];
        const relative = r.filesPerSecond / base.filesPerSecond;
        return [
          `${Math.round(r.share * 100)} %`,
          String(r.rules),
          String(r.files),
          num(r.seconds, 2),
          num(r.cpuSeconds, 2),
          num(r.filesPerSecond, 0),
          `${relative.toFixed(2)}×`,
          r.share === 1 ? `≥ 0.7×${mark(relative >= 0.7)}` : '',
        ];
      }),
    ),
    '',
    'Files: the noise benchmark real code (bench/noise-sources.ts), 300 B to 16 KB, not minified, spread over the projects in path order. Each tool scans the same folder from a cold process, taking turns, three times (once with --quick); the median run is shown. Warden uses all cores for folders (workers only when the input is large enough), the peers one.',
    '',
  );
  return out;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number | undefined): string =>
  v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
const num = (v: number | undefined, digits = 1): string =>
  v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
const mark = (ok: boolean | undefined): string => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function sections(r: Results): string[] {
  const out: string[] = [];
  out.push('### Keystroke latency (edit → first publishDiagnostics of that version, real server over stdio)', '');
  out.push(
    ...table(
      [
        'language',
        'lines',
        'KB',
        'edits',
        'p50 ms',
        'p95 ms',
        'max ms',
        'target p95',
        'server CPU ms/edit',
        'open → diagnostics ms',
        'full scan on idle ms',
      ],
      r.latency.map((l) => {
        const target = l.lines <= 5000 ? 15 : 50;
        return [
          l.language,
          String(l.lines),
          String(l.kb),
          String(l.edits),
          ms(l.p50),
          ms(l.p95),
          ms(l.max),
          `≤ ${target}${mark(l.p95 <= target)}`,
          ms(l.cpuPerEditMs),
          ms(l.openMs),
          ms(l.idleFullScanMs),
        ];
      }),
    ),
    '',
    `Single-character edits at seeded random places (type a character, then delete it), ${r.latency[0]?.edits ?? 0} per file, one after another with a typing pause. ` +
      `Server CPU ms/edit is the language server's user+system time over the edits divided by their number (load-independent). ` +
      `The server scans at once when its re-scans are cheap and coalesces edits for up to ${r.debounceMs} ms when they are not; it re-scans only the functions an edit touched, and re-scans the whole file ${r.fullScanIdleMs} ms after typing stops ("full scan on idle", shown without that wait).`,
    '',
  );
  out.push('### Server cold start (spawn → first diagnostics of an opened 2,000-line file)', '');
  out.push(
    ...table(
      ['language', 'ms', 'server CPU ms', 'target', 'open → diagnostics after an editor start-up ms'],
      r.coldStart.map((c) => [
        c.language,
        ms(c.ms),
        ms(c.cpuMs),
        `≤ 300${mark(c.ms <= 300)}`,
        ms(c.openAfterStartupMs),
      ]),
    ),
    '',
  );
  out.push(
    "The first column opens the document at once after the handshake. The last column starts the way VS Code does: the client names the open documents' languages at `initialize` and sends the document once its own start-up is done (300 ms here), so grammar loading and rule compilation are no longer on the document's path.",
    '',
  );
  if (r.pacing?.length) {
    out.push('### Event loop during a whole-file scan (in-process, paced as the server runs it)', '');
    out.push(
      ...table(
        ['language', 'lines', 'scan in one go ms', 'paced scan ms', 'longest stretch without a pause ms', 'target'],
        r.pacing.map((p) => [
          p.language,
          String(p.lines),
          ms(p.unpacedMs),
          ms(p.pacedMs),
          ms(p.longestRunMs),
          `≤ 50${mark(p.longestRunMs <= 50)}`,
        ]),
      ),
      '',
      `The server's whole-file scans (on open, and after typing pauses) query the tree in 8 KB windows, build the scope index in steps and check conditions in turn, handing the event loop back every 10 ms so edits, hovers and code actions are answered meanwhile; a newer edit stops the scan. Median of 3 runs each, after a warm-up scan.`,
      '',
    );
  }
  if (r.memory) {
    out.push(
      `Memory: opening and closing a ${r.memory.documentKb} KB document ${r.memory.churnDocuments} times, the server's RSS was ${num(r.memory.rssBeforeMb, 0)} MB before and ${(r.memory.rssSamplesMb ?? [r.memory.rssAfterMb]).map((v) => num(v, 0)).join(', ')} MB after every 10 documents: it moves with garbage collection, without a trend when trees of closed documents are freed (a leak grows with every document).`,
      '',
    );
  }
  if (r.workspaceScan) {
    const w = r.workspaceScan;
    out.push('### Workspace scan over LSP (`warden/scanWorkspace`, worker threads)', '');
    out.push(
      ...table(
        ['files', 'MB', 'findings', 'seconds', 'CPU s', 'files/s', 'peak RSS MB', 'target'],
        [
          [
            String(w.scanned),
            num(w.mb),
            String(w.findings),
            num(w.seconds),
            num(w.cpuSeconds),
            num(w.filesPerSecond, 0),
            num(w.peakRssMb, 0),
            `≤ 150 MB${mark(w.peakRssMb === undefined ? undefined : w.peakRssMb <= 150)}`,
          ],
        ],
      ),
      '',
    );
  }
  if (r.cli) {
    const c = r.cli;
    out.push(`### CLI throughput (\`warden scan\`, JSON report, ${c.jobs} jobs)`, '');
    out.push(
      ...table(
        ['files', 'MB', 'seconds', 'CPU s', 'files/s', 'MB/s', 'peak RSS MB'],
        [
          [
            String(c.files),
            num(c.mb),
            num(c.seconds),
            num(c.cpuSeconds),
            num(c.filesPerSecond, 0),
            num(c.mbPerSecond, 2),
            num(c.peakRssMb, 0),
          ],
        ],
      ),
      '',
    );
  }
  if (r.peers.length) {
    out.push('### Peers on the same files', '');
    out.push(
      ...table(
        [
          'part',
          'files',
          'MB',
          'Warden s (CPU s)',
          'peer',
          'peer s (CPU s)',
          'peer peak RSS MB',
          'Warden/peer throughput',
          'by CPU time',
          'target',
        ],
        r.peers.map((p) => {
          const target = p.language === 'python' ? 5 : 3;
          const ratio = p.peer ? p.peer.seconds / p.wardenSeconds : undefined;
          const cpuRatio =
            p.peer?.cpuSeconds && p.wardenCpuSeconds ? p.peer.cpuSeconds / p.wardenCpuSeconds : undefined;
          return [
            p.language,
            String(p.files),
            num(p.mb),
            `${num(p.wardenSeconds, 2)} (${num(p.wardenCpuSeconds, 2)})`,
            p.peer ? `${p.peer.name} (${p.peer.version})` : `skipped: ${p.skipped}`,
            `${num(p.peer?.seconds, 2)} (${num(p.peer?.cpuSeconds, 2)})`,
            num(p.peer?.peakRssMb, 0),
            ratio === undefined ? '—' : `${ratio.toFixed(1)}×`,
            cpuRatio === undefined ? '—' : `${cpuRatio.toFixed(1)}×`,
            `≥ ${target}×${mark(ratio === undefined ? undefined : ratio >= target)}`,
          ];
        }),
      ),
      '',
      'Each tool scans the same folder of generated files from a cold process, three times, taking turns with the other (one time with --quick); the median run is shown; the throughput ratio is peer wall time / Warden wall time (Warden uses all cores, the peers one); "by CPU time" compares the total CPU time each used.',
      '',
    );
  }
  return out;
}

function allSections(r: Results): string[] {
  return [...sections(r), ...(r.smallFiles ? smallFilesSections(r.smallFiles) : [])];
}

export function renderTable(r: Results): string {
  return allSections(r).join('\n');
}

export function renderMarkdown(r: Results): string {
  const m = r.machine;
  return [
    '# Warden benchmark',
    '',
    `Run by \`npm run bench\` on ${r.date.slice(0, 10)} (${r.date}). Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB memory, Node ${m.node}, ${m.platform}. Took ${num(r.durationSeconds, 0)} s.`,
    `Load average (1 min) at start ${num(m.loadAverageAtStart)}, at end ${num(m.loadAverageAtEnd)}${m.loadAverageAtStart > m.cpus ? ': the machine was shared with other work, so wall-clock figures are inflated; the CPU-time columns are less affected' : ''}.`,
    'All input is generated from fixed seeds (bench/generate.ts): Flask, Express, typed Express, net/http and JDBC code with about 8% of handlers written the vulnerable way.',
    '',
    ...allSections(r),
  ].join('\n');
}
