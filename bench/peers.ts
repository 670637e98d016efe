// The peer tools the benchmark compares against, installed on demand: bandit from Debian
// (python3-bandit), ESLint + eslint-plugin-security from npm into a private folder (node_modules/.cache/warden-bench-peers: outside the sources the build transpiles);
// for the blind-set comparison also eslint-plugin-no-unsanitized, @microsoft/eslint-plugin-sdl and
// typescript-eslint's parser (bench-only: never a project dependency).
// Each ensure* returns how to run the tool, or a sentence saying why it is skipped.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface PeerTool {
  name: string;
  version: string;
  command: string;
  args: (target: string) => string[];
  /** Exit codes meaning "ran fine" (linters exit non-zero when they report something). */
  okStatus: number[];
}

function run(command: string, args: string[], cwd?: string): { ok: boolean; out: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
}

function which(command: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function ensureBandit(log: (m: string) => void): PeerTool | string {
  if (!which('bandit')) {
    if (!which('apt-get')) return 'bandit is not installed and apt-get is not available (install python3-bandit)';
    log('installing python3-bandit with apt-get…');
    const install = run('apt-get', ['install', '-y', '-q', 'python3-bandit']);
    if (!install.ok) {
      // The package lists may be missing on a fresh machine.
      run('apt-get', ['update', '-q']);
      const retry = run('apt-get', ['install', '-y', '-q', 'python3-bandit']);
      if (!retry.ok) return `bandit could not be installed: ${retry.out.trim().split('\n').slice(-2).join(' ')}`;
    }
    if (!which('bandit')) return 'bandit is still not on PATH after installing python3-bandit';
  }
  const version = /bandit\s+([\d.]+)/.exec(run('bandit', ['--version']).out)?.[1] ?? 'unknown';
  return {
    name: 'bandit',
    version,
    command: 'bandit',
    // -r: the folder; -q: no progress; JSON to a file so printing does not dominate.
    args: (target) => ['-r', '-q', '-f', 'json', '-o', '/dev/null', target],
    okStatus: [0, 1],
  };
}

const ESLINT_CONFIG = `// Written by Warden's benchmark: the recommended rules of eslint-plugin-security, nothing else.
const security = require('eslint-plugin-security');
module.exports = [
  security.configs.recommended,
  { languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', console: 'readonly', document: 'readonly', localStorage: 'readonly' } } },
];
`;

const ESLINT_SUITE_CONFIG = `// Written by Warden's benchmark: the recommended rules of eslint-plugin-security,
// eslint-plugin-no-unsanitized and @microsoft/eslint-plugin-sdl; TypeScript read by typescript-eslint's parser.
const security = require('eslint-plugin-security');
const noUnsanitized = require('eslint-plugin-no-unsanitized');
const sdl = require('@microsoft/eslint-plugin-sdl');
const tsParser = require('@typescript-eslint/parser');
const globals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', document: 'readonly', window: 'readonly', location: 'readonly', localStorage: 'readonly' };
module.exports = [
  security.configs.recommended,
  noUnsanitized.configs.recommended,
  // sdl's recommended registers its own older eslint-plugin-security (no rules on): keep version 4's.
  ...sdl.configs.recommended.filter((c) => !(c.plugins && c.plugins.security)),
  { languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
];
`;

const SUITE_PACKAGES = [
  'eslint@9',
  'eslint-plugin-security@4',
  'eslint-plugin-no-unsanitized@4',
  '@microsoft/eslint-plugin-sdl@1',
  '@typescript-eslint/parser@8',
];

/** ESLint with the three security plugins and the TypeScript parser (the blind-set side-by-side). */
export function ensureEslintSuite(folder: string, log: (m: string) => void): PeerTool | string {
  const modules = path.join(folder, 'node_modules');
  const pkg = (name: string): string => path.join(modules, ...name.replace(/@\d+$/, '').split('/'), 'package.json');
  const bin = path.join(modules, 'eslint', 'bin', 'eslint.js');
  if (!SUITE_PACKAGES.every((p) => fs.existsSync(pkg(p)))) {
    if (!which('npm')) return 'ESLint is not installed and npm is not available';
    log(`installing ${SUITE_PACKAGES.join(', ')} into ${path.relative(process.cwd(), folder) || folder}…`);
    fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(path.join(folder, 'package.json')))
      fs.writeFileSync(path.join(folder, 'package.json'), '{ "name": "warden-bench-peers", "private": true }\n');
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...SUITE_PACKAGES], folder);
    if (!install.ok || !fs.existsSync(bin))
      return `ESLint could not be installed: ${install.out.trim().split('\n').slice(-2).join(' ')}`;
  }
  const config = path.join(folder, 'eslint.suite.config.cjs');
  fs.writeFileSync(config, ESLINT_SUITE_CONFIG);
  const version = (p: string): string => JSON.parse(fs.readFileSync(pkg(p), 'utf8')).version as string;
  return {
    name: 'eslint+security+no-unsanitized+sdl',
    version: SUITE_PACKAGES.map((p) => `${p.replace(/@\d+$/, '')} ${version(p)}`).join(', '),
    command: process.execPath,
    args: (target) => [bin, '--no-config-lookup', '-c', config, '--no-ignore', '-f', 'json', '-o', '/dev/null', target],
    okStatus: [0, 1],
  };
}

export function ensureEslint(folder: string, log: (m: string) => void): PeerTool | string {
  const bin = path.join(folder, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const plugin = path.join(folder, 'node_modules', 'eslint-plugin-security', 'package.json');
  if (!fs.existsSync(bin) || !fs.existsSync(plugin)) {
    if (!which('npm')) return 'ESLint is not installed and npm is not available';
    log(`installing eslint and eslint-plugin-security into ${path.relative(process.cwd(), folder) || folder}…`);
    fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(path.join(folder, 'package.json')))
      fs.writeFileSync(path.join(folder, 'package.json'), '{ "name": "warden-bench-peers", "private": true }\n');
    const install = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', 'eslint@9', 'eslint-plugin-security@4'],
      folder,
    );
    if (!install.ok || !fs.existsSync(bin))
      return `ESLint could not be installed: ${install.out.trim().split('\n').slice(-2).join(' ')}`;
  }
  const config = path.join(folder, 'eslint.config.cjs');
  fs.writeFileSync(config, ESLINT_CONFIG);
  const version = JSON.parse(fs.readFileSync(path.join(folder, 'node_modules', 'eslint', 'package.json'), 'utf8'))
    .version as string;
  const pluginVersion = JSON.parse(fs.readFileSync(plugin, 'utf8')).version as string;
  return {
    name: 'eslint+security',
    version: `eslint ${version}, eslint-plugin-security ${pluginVersion}`,
    command: process.execPath,
    args: (target) => [bin, '--no-config-lookup', '-c', config, '--no-ignore', '-f', 'json', '-o', '/dev/null', target],
    okStatus: [0, 1],
  };
}
