// class: path-traversal — "import project archive": zip slip with adm-zip, unzipper, yauzl, tar
const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const yauzl = require('yauzl');
const tar = require('tar');

function extractWithAdmZip(archivePath, dest) {
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    // expect: path-traversal
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractWithAdmZipChecked(archivePath, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error('entry outside target: ' + entry.entryName);
    if (entry.isDirectory) continue;
    // safe: path-traversal
    fs.writeFileSync(target, entry.getData());
  }
}

function extractWithUnzipper(stream, dest) {
  return stream.pipe(unzipper.Parse()).on('entry', (entry) => {
    // expect: path-traversal
    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
  });
}

function extractWithYauzl(archivePath, dest) {
  yauzl.open(archivePath, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (streamErr, readStream) => {
        // expect: path-traversal
        readStream.pipe(fs.createWriteStream(dest + '/' + entry.fileName));
        readStream.on('end', () => zipfile.readEntry());
      });
    });
    zipfile.readEntry();
  });
}

function extractTarball(file, dest) {
  // expect: path-traversal
  return tar.x({ file, cwd: dest, preservePaths: true });
}

module.exports = { extractWithAdmZip, extractWithAdmZipChecked, extractWithUnzipper, extractWithYauzl, extractTarball };
