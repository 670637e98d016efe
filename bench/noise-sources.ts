// The noise benchmark's inputs: real, well-maintained code from the two registries this project
// reaches (Debian with apt-get, npm with npm pack), at pinned versions, laid out one folder per
// project in a cache outside the repository. Only this file knows versions and layouts.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CACHE = process.env.WARDEN_NOISE_CACHE ?? path.join(os.homedir(), '.cache', 'warden-noise');

/** Debian bookworm versions; a newer point release on the mirror is used only with --latest. */
export const DEBIAN: Record<string, string> = {
  'python3-django': '3:3.2.25-0+deb12u3',
  'python3-flask': '2.2.2-3',
  'golang-github-gin-gonic-gin-dev': '1.8.1-1',
  'golang-github-gin-contrib-sse-dev': '0.1.0-2',
  'golang-github-go-playground-validator-v10-dev': '10.4.1-4',
  'openjdk-17-source': '17.0.19+10-1~deb12u2',
};
export const NPM: Record<string, string> = {
  express: '5.3.0',
  koa: '3.3.0',
  fastify: '5.12.8',
  next: '16.5.0',
};

/** One piece of a project: a folder or file of a package (or of a zip inside it), copied to `to`. */
interface Part {
  from: { deb: string } | { npm: string };
  path: string;
  /** The module folders to take from this zip (path is then the zip inside the package). */
  zipFolders?: string[];
  to: string;
}
export interface Project {
  /** Short and stable: the cache folder's name and the first field of a judgment's key. */
  id: string;
  name: string;
  language: string;
  parts: Part[];
}

const GOCODE = 'usr/share/gocode/src/github.com';
const NEXT_COMPILED = ['busboy', 'content-disposition', 'cookie', 'fast-jwt', 'http-proxy-agent', 'path-to-regexp']
  .concat(['raw-body', 'send'])
  .map((name): Part => ({ from: { npm: 'next' }, path: `package/dist/compiled/${name}`, to: `compiled/${name}` }));

export const PROJECTS: Project[] = [
  {
    id: 'django',
    name: 'django',
    language: 'Python',
    parts: [{ from: { deb: 'python3-django' }, path: 'usr/lib/python3/dist-packages/django', to: 'django' }],
  },
  {
    id: 'flask',
    name: 'flask',
    language: 'Python',
    parts: [
      { from: { deb: 'python3-flask' }, path: 'usr/lib/python3/dist-packages/flask', to: 'flask' },
      { from: { deb: 'python3-flask' }, path: 'usr/share/doc/python3-flask/examples', to: 'examples' },
    ],
  },
  {
    id: 'gin',
    name: 'gin',
    language: 'Go',
    parts: [{ from: { deb: 'golang-github-gin-gonic-gin-dev' }, path: `${GOCODE}/gin-gonic/gin`, to: '.' }],
  },
  {
    id: 'gin-sse',
    name: 'gin-contrib/sse',
    language: 'Go',
    parts: [{ from: { deb: 'golang-github-gin-contrib-sse-dev' }, path: `${GOCODE}/gin-contrib/sse`, to: '.' }],
  },
  {
    id: 'validator',
    name: 'go-playground/validator',
    language: 'Go',
    parts: [
      {
        from: { deb: 'golang-github-go-playground-validator-v10-dev' },
        path: `${GOCODE}/go-playground/validator/v10`,
        to: '.',
      },
    ],
  },
  {
    // The JDK's HTTP client and server and its logging: web and I/O code, bounded (~58 K non-blank lines).
    id: 'jdk',
    name: 'jdk (net.http, httpserver, logging)',
    language: 'Java',
    parts: [
      {
        from: { deb: 'openjdk-17-source' },
        path: 'usr/lib/jvm/openjdk-17/lib/src.zip',
        zipFolders: ['java.net.http', 'jdk.httpserver', 'java.logging'],
        to: '.',
      },
    ],
  },
  {
    id: 'express',
    name: 'express',
    language: 'JavaScript',
    parts: [{ from: { npm: 'express' }, path: 'package', to: '.' }],
  },
  { id: 'koa', name: 'koa', language: 'JavaScript', parts: [{ from: { npm: 'koa' }, path: 'package', to: '.' }] },
  {
    id: 'fastify',
    name: 'fastify',
    language: 'JavaScript',
    parts: [{ from: { npm: 'fastify' }, path: 'package', to: '.' }],
  },
  {
    // Next's server runtime and a few of the dependencies it ships compiled (minified) beside it;
    // the whole package (217 MB, mostly dist/compiled and a second ESM copy) would take too long.
    id: 'next',
    name: 'next (server)',
    language: 'JavaScript/TypeScript',
    parts: [
      { from: { npm: 'next' }, path: 'package/package.json', to: 'package.json' },
      { from: { npm: 'next' }, path: 'package/dist/server', to: 'server' },
      { from: { npm: 'next' }, path: 'package/dist/api', to: 'api' },
      ...NEXT_COMPILED,
    ],
  },
];

export function projectDir(project: Project): string {
  return path.join(CACHE, 'src', project.id);
}

export function sourceVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const [name, version] of Object.entries(DEBIAN)) versions[`deb:${name}`] = version;
  for (const [name, version] of Object.entries(NPM)) versions[`npm:${name}`] = version;
  return versions;
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function debFileVersion(version: string): string {
  return version.replace(/:/g, '%3a');
}

/** apt-get download of the pinned version (the mirror's current one with `latest`), then dpkg-deb -x. */
function fetchDeb(name: string, latest: boolean, log: (line: string) => void): string {
  const version = DEBIAN[name];
  const dir = path.join(CACHE, 'deb', `${name}_${version.replace(/[^A-Za-z0-9.+~-]/g, '_')}`);
  if (fs.existsSync(path.join(dir, '.done'))) return dir;
  const debs = path.join(CACHE, 'debs');
  fs.mkdirSync(debs, { recursive: true });
  const wanted = (f: string): boolean =>
    f.startsWith(`${name}_`) && f.endsWith('.deb') && (latest || f.includes(`_${debFileVersion(version)}_`));
  let deb = fs.readdirSync(debs).find(wanted);
  if (!deb) {
    log(`apt-get download ${name}=${version}`);
    const spec = latest ? name : `${name}=${version}`;
    try {
      run('apt-get', ['download', spec], debs);
    } catch {
      run('apt-get', ['update'], debs);
      try {
        run('apt-get', ['download', spec], debs);
      } catch (e) {
        throw new Error(
          `apt-get cannot download ${spec} (${String(e).split('\n')[0]}). Debian may have replaced this point release: ` +
            'update the pin in bench/noise-sources.ts, or run with --latest to take the current version.',
        );
      }
    }
    deb = fs.readdirSync(debs).find(wanted);
    if (!deb) throw new Error(`apt-get download ${spec} left no .deb in ${debs}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  run('dpkg-deb', ['-x', path.join(debs, deb), dir], debs);
  fs.writeFileSync(path.join(dir, '.done'), deb + '\n');
  return dir;
}

/** npm pack of the pinned version, then tar -x (the tarball's root folder is `package/`). */
function fetchNpm(name: string, log: (line: string) => void): string {
  const version = NPM[name];
  const dir = path.join(CACHE, 'npm', `${name}-${version}`);
  if (fs.existsSync(path.join(dir, '.done'))) return dir;
  const tarballs = path.join(CACHE, 'tarballs');
  fs.mkdirSync(tarballs, { recursive: true });
  const tgz = `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
  if (!fs.existsSync(path.join(tarballs, tgz))) {
    log(`npm pack ${name}@${version}`);
    run('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', tarballs], tarballs);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  run('tar', ['-xzf', path.join(tarballs, tgz), '-C', dir], dir);
  fs.writeFileSync(path.join(dir, '.done'), tgz + '\n');
  return dir;
}

/**
 * Makes sure every project's folder is laid out from its pinned packages (fetching what the cache
 * lacks) and returns the folders. A folder is rebuilt when its recipe (parts and versions) changed.
 */
export function prepareProjects(options: { latest: boolean; log: (line: string) => void }): Map<Project, string> {
  const dirs = new Map<Project, string>();
  for (const project of PROJECTS) {
    const dir = projectDir(project);
    const recipe = JSON.stringify({ parts: project.parts, versions: sourceVersions(), latest: options.latest });
    const marker = path.join(dir, '.warden-noise-recipe');
    if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== recipe) {
      options.log(`laying out ${project.name}`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      for (const part of project.parts) {
        const root =
          'deb' in part.from
            ? fetchDeb(part.from.deb, options.latest, options.log)
            : fetchNpm(part.from.npm, options.log);
        const target = path.join(dir, part.to);
        if (part.zipFolders) {
          const patterns = part.zipFolders.map((folder) => `${folder}/*`);
          run('unzip', ['-q', '-o', path.join(root, part.path), ...patterns, '-d', target], dir);
        } else {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.cpSync(path.join(root, part.path), target, { recursive: true, dereference: false });
        }
      }
      fs.writeFileSync(marker, recipe);
    }
    dirs.set(project, dir);
  }
  return dirs;
}
