// Process measurements for the benchmark, from Linux /proc: memory and CPU time of a live process.

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
