// Settings of `npm run bench` shared by its parts: where the built tools are, and the sample sizes
// (smaller with --quick).

import * as path from 'path';

export const REPO = path.resolve(__dirname, '..');
export const SERVER = path.join(REPO, 'dist', 'server.js');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const quick = process.argv.includes('--quick');
export const skipPeers = process.argv.includes('--skip-peers');
/** `--only small-files`: run that part alone (trying a change to it). */
export const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

export const SIZES = [2000, 10000];
export const EDITS: Record<number, number> = quick ? { 2000: 12, 10000: 8 } : { 2000: 25, 10000: 15 };
export const IDLE_SAMPLES = quick ? 1 : 2;
export const COLD_RUNS = quick ? 1 : 3;
export const PEER_RUNS = quick ? 1 : 3;
/** An editor's own start-up between starting the language server and sending the first document. */
export const CLIENT_STARTUP_MS = 300;
export const CORPUS_BYTES = quick ? 4 * 1024 * 1024 : 21 * 1024 * 1024;
export const CORPUS_MIN_FILES = quick ? 300 : 2000;
/** Pause between keystrokes: a fast typist's pace. */
export const TYPING_PAUSE_MS = 40;
