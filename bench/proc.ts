// Process measurements for the benchmark, from Linux /proc: memory and CPU time of a live process.

import { spawnSync } from 'child_process';
import * as fs from 'fs';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** A memory figure of a live process from /proc/<pid>/status, in MB: VmHWM is the peak resident set, VmRSS the current one. */
export function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
export const peakRssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmHWM');
export const currentRssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmRSS');

/** CPU time (user + system) a live process has used so far, in ms (Linux /proc; 10 ms ticks). */
export function cpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
export const cpuSince = (pid: number, before: number | undefined): number | undefined => {
  const now = cpuMs(pid);
  return now === undefined || before === undefined ? undefined : now - before;
};

/** Runs a command under /usr/bin/time for wall time and peak RSS of the whole process tree's leader. */
export function timed(
  command: string,
  args: string[],
  cwd: string,
): { seconds: number; cpuSeconds?: number; peakRssMb?: number; status: number | null; stderr: string } {
  const haveTime = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const run = haveTime
    ? spawnSync('/usr/bin/time', ['-f', 'WARDEN_BENCH_RSS_KB=%M WARDEN_BENCH_CPU=%U+%S', command, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const m = /WARDEN_BENCH_RSS_KB=(\d+) WARDEN_BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '');
  return {
    seconds,
    peakRssMb: m ? Number(m[1]) / 1024 : undefined,
    cpuSeconds: m ? Number(m[2]) + Number(m[3]) : undefined,
    status: run.status,
    stderr: (run.stderr ?? '').replace(/WARDEN_BENCH_RSS_KB=.*\n?/, ''),
  };
}

/** The run with the median wall time. */
export function medianRun<T extends { seconds: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}
