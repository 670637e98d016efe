// Crypto and security libraries that assistants still suggest although they are unmaintained,
// deprecated or weak by design, with what to use instead. Advisories cover known bugs; this list
// covers libraries that should not be chosen at all.

import type { AffectedRange, Ecosystem } from './model';

export interface Unmaintained {
  ecosystem: Ecosystem;
  name: string;
  /** Only these versions (default: all). */
  ranges?: AffectedRange[];
  why: string;
  replacement: string;
}

export const UNMAINTAINED: Unmaintained[] = [
  {
    ecosystem: 'npm',
    name: 'crypto-js',
    ranges: [{ introduced: '0', fixed: '4.2.0' }],
    why: 'crypto-js before 4.2.0 derives PBKDF2 keys with SHA-1 and a single iteration by default, and the project is discontinued',
    replacement: 'the Web Crypto API (`crypto.subtle`) or `node:crypto`',
  },
  {
    ecosystem: 'npm',
    name: 'request',
    why: '`request` has been deprecated and unmaintained since 2020 (no security fixes)',
    replacement: 'the built-in `fetch` (Node 18+) or `undici`',
  },
  {
    ecosystem: 'npm',
    name: 'md5',
    why: 'MD5 is broken for any security use (collisions), and this package only offers MD5',
    replacement: '`node:crypto` SHA-256 (`createHash("sha256")`) for integrity, or argon2/bcrypt/scrypt for passwords',
  },
  {
    ecosystem: 'npm',
    name: 'blueimp-md5',
    why: 'MD5 is broken for any security use (collisions)',
    replacement: '`node:crypto` SHA-256, or argon2/bcrypt/scrypt for passwords',
  },
  {
    ecosystem: 'npm',
    name: 'sha1',
    why: 'SHA-1 is broken for collision resistance',
    replacement: '`node:crypto` SHA-256',
  },
  {
    ecosystem: 'npm',
    name: 'bcrypt-nodejs',
    why: '`bcrypt-nodejs` is abandoned (last release 2013) and has known bugs',
    replacement: '`bcrypt` or `bcryptjs` (or argon2)',
  },
  {
    ecosystem: 'npm',
    name: 'node-uuid',
    why: '`node-uuid` is deprecated and may use a weak random source',
    replacement: '`crypto.randomUUID()` or `uuid`',
  },
  {
    ecosystem: 'npm',
    name: 'crypto',
    why: 'the npm package `crypto` is a deprecated placeholder; the real module ships with Node',
    replacement: 'the built-in `node:crypto` (remove this dependency)',
  },
  {
    ecosystem: 'npm',
    name: 'jwt-simple',
    why: '`jwt-simple` is barely maintained and does not pin algorithms by default',
    replacement: '`jose` (or `jsonwebtoken` ≥ 9 with an explicit `algorithms` list)',
  },
  {
    ecosystem: 'PyPI',
    name: 'pycrypto',
    why: 'PyCrypto has been unmaintained since 2013 and has unfixed vulnerabilities (CVE-2013-7459)',
    replacement: '`pycryptodome` (drop-in) or `cryptography`',
  },
  {
    ecosystem: 'PyPI',
    name: 'python-jose',
    why: '`python-jose` is barely maintained and had algorithm-confusion bugs',
    replacement: '`PyJWT` or `joserfc`',
  },
  {
    ecosystem: 'PyPI',
    name: 'pyjwt',
    ranges: [{ introduced: '0', fixed: '2.4.0' }],
    why: 'PyJWT before 2.4.0 allows algorithm confusion when `algorithms` is not pinned (CVE-2022-29217)',
    replacement: 'PyJWT ≥ 2.4.0 with an explicit `algorithms=[…]`',
  },
  {
    ecosystem: 'PyPI',
    name: 'md5',
    why: 'MD5 is broken for any security use',
    replacement: '`hashlib.sha256`, or argon2/bcrypt for passwords',
  },
  {
    ecosystem: 'Go',
    name: 'github.com/dgrijalva/jwt-go',
    why: '`dgrijalva/jwt-go` is archived and unmaintained (CVE-2020-26160 is not fixed there)',
    replacement: '`github.com/golang-jwt/jwt/v5`',
  },
  {
    ecosystem: 'Go',
    name: 'github.com/satori/go.uuid',
    why: '`satori/go.uuid` is unmaintained and older versions produce predictable UUIDs',
    replacement: '`github.com/google/uuid`',
  },
  {
    ecosystem: 'Maven',
    name: 'commons-httpclient:commons-httpclient',
    why: 'Commons HttpClient 3.x is end of life and does not verify TLS host names properly',
    replacement: '`org.apache.httpcomponents.client5:httpclient5` or `java.net.http.HttpClient`',
  },
  {
    ecosystem: 'Maven',
    name: 'org.bouncycastle:bcprov-jdk15',
    why: 'the `-jdk15` Bouncy Castle artifacts stopped receiving releases in 2011',
    replacement: '`org.bouncycastle:bcprov-jdk18on`',
  },
  {
    ecosystem: 'Maven',
    name: 'org.bouncycastle:bcprov-jdk16',
    why: 'the `-jdk16` Bouncy Castle artifacts stopped receiving releases in 2011',
    replacement: '`org.bouncycastle:bcprov-jdk18on`',
  },
];
