// The .vsix's software bill of materials: dist/sbom.cdx.json, CycloneDX 1.5 JSON. It lists the npm
// packages whose code esbuild put into the shipped bundles (read from esbuild's metafile: only
// modules that kept bytes in the output, so tree-shaken ones are left out) and the packages whose
// .wasm files are copied into dist/wasm, at the versions, licences and hashes package-lock.json
// pins. `npm sbom --omit dev` cannot say this: every package here is a devDependency, bundled or not.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The bundles the .vsix ships: the .js files .vscodeignore's allow-list names in dist/. */
export function shippedBundles(root) {
  const allowList = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/);
  return allowList.filter((line) => /^!dist\/[^/*]+\.js$/.test(line)).map((line) => line.slice(1));
}

/** 'node_modules/a/node_modules/@s/b/lib/x.js' → 'node_modules/a/node_modules/@s/b' (package-lock's key). */
export function lockKeyOf(file) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file.split(path.sep).join('/'));
  return m ? m[1] : undefined;
}

/** The package-lock keys of every package with code in the given outputs of esbuild's metafiles. */
export function bundledLockKeys(root, metafiles, outputs) {
  const keys = new Set();
  const wanted = new Set(outputs.map((o) => path.resolve(root, o)));
  for (const meta of metafiles) {
    for (const [out, info] of Object.entries(meta.outputs)) {
      if (!wanted.has(path.resolve(out))) continue;
      for (const [input, use] of Object.entries(info.inputs)) {
        if (use.bytesInOutput === 0) continue;
        const key = lockKeyOf(path.relative(root, path.resolve(input)));
        if (key) keys.add(key);
      }
    }
  }
  return keys;
}

function purl(name, version) {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}

function license(spdx) {
  if (!spdx) return undefined;
  return [/[\s()]/.test(spdx) ? { expression: spdx } : { license: { id: spdx } }];
}

function hashes(integrity) {
  const m = /^sha512-(.+)$/.exec(integrity ?? '');
  return m ? [{ alg: 'SHA-512', content: Buffer.from(m[1], 'base64').toString('hex') }] : undefined;
}

/** A name-based UUID from the content, so the same build gives the same document. */
function serialNumber(text) {
  const h = crypto.createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function cycloneDx(pkg, lock, keys) {
  const components = [...keys]
    .map((key) => {
      const entry = lock.packages[key];
      if (!entry?.version) throw new Error(`sbom: ${key} is bundled but not in package-lock.json`);
      const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      return {
        type: 'library',
        'bom-ref': `${purl(name, entry.version)}#${key}`,
        name,
        version: entry.version,
        purl: purl(name, entry.version),
        licenses: license(entry.license),
        hashes: hashes(entry.integrity),
      };
    })
    .sort((a, b) => a['bom-ref'].localeCompare(b['bom-ref']));
  const body = JSON.stringify(components);
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: serialNumber(`${pkg.name}@${pkg.version}\n${body}`),
    version: 1,
    metadata: {
      component: {
        type: 'application',
        'bom-ref': purl(pkg.name, pkg.version),
        name: pkg.name,
        version: pkg.version,
        purl: purl(pkg.name, pkg.version),
        licenses: license(pkg.license),
      },
    },
    components,
  };
}

/** Writes dist/sbom.cdx.json for the shipped bundles plus the packages whose files are copied in whole. */
export function writeSbom(root, metafiles, copiedPackages) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const shipped = shippedBundles(root);
  if (shipped.length === 0) throw new Error('sbom: .vscodeignore names no bundle in dist/');
  const keys = bundledLockKeys(root, metafiles, shipped);
  for (const name of copiedPackages) keys.add(`node_modules/${name}`);
  const sbom = cycloneDx(pkg, lock, keys);
  fs.writeFileSync(path.join(root, 'dist', 'sbom.cdx.json'), JSON.stringify(sbom, null, 2) + '\n');
  return sbom;
}

// `npm run sbom`: build, then list what the SBOM names.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const sbom = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'sbom.cdx.json'), 'utf8'));
  for (const c of sbom.components) console.log(`${c.name}@${c.version}`);
  console.log(`${sbom.components.length} components in dist/sbom.cdx.json`);
}
