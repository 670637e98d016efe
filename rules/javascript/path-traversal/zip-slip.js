const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const yauzl = require('yauzl');
const unzipper = require('unzipper');
const tar = require('tar-stream');

function extractTheme(archivePath, dest) {
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    // expect: path-traversal
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractUpload(zipPath, dest) {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      const target = path.join(dest, entry.fileName);
      zipfile.openReadStream(entry, (e, stream) => {
        // expect: path-traversal
        stream.pipe(fs.createWriteStream(target));
        stream.on('end', () => zipfile.readEntry());
      });
    });
  });
}

function extractBackup(input, dest) {
  input.pipe(unzipper.Parse()).on('entry', (entry) => {
    // expect: path-traversal
    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
  });
}

function extractLayer(stream, dest) {
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    // expect: path-traversal
    body.pipe(fs.createWriteStream(path.resolve(dest, header.name))).on('finish', next);
  });
  stream.pipe(extract);
}

function extractThemeSafely(archivePath, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error(`unsafe entry ${entry.entryName}`);
    // safe: path-traversal
    fs.writeFileSync(target, entry.getData());
  }
}

function extractFlat(input, dest) {
  input.pipe(unzipper.Parse()).on('entry', (entry) => {
    // safe: path-traversal
    entry.pipe(fs.createWriteStream(path.join(dest, path.basename(entry.path))));
  });
}

function writeManifest(dest, manifest) {
  // safe: path-traversal
  fs.writeFileSync(path.join(dest, 'manifest.json'), JSON.stringify(manifest));
}

module.exports = { extractTheme, extractUpload, extractBackup, extractLayer, extractThemeSafely, extractFlat, writeManifest };
