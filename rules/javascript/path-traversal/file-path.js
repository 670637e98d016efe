const express = require('express');
const fs = require('fs');
const path = require('path');
const fileUpload = require('express-fileupload');
const { v4: uuidv4 } = require('uuid');

const app = express();
app.use(fileUpload({ limits: { fileSize: 5 * 1024 * 1024 } }));
const FILES_DIR = path.join(__dirname, 'files');

app.get('/files', (req, res) => {
  // expect: path-traversal
  fs.readFile(path.join(FILES_DIR, req.query.name), (err, data) => res.send(data));
});

app.get('/download/:file', (req, res) => {
  const target = FILES_DIR + '/' + req.params.file;
  // expect: path-traversal
  res.download(target);
});

app.get('/avatar', (req, res) => {
  // expect: path-traversal
  res.sendFile(path.resolve(`uploads/${req.query.user}.png`));
});

app.delete('/files/:name', async (req, res) => {
  // expect: path-traversal
  await fs.promises.unlink(path.join(FILES_DIR, req.params.name));
  res.sendStatus(204);
});

app.post('/upload', (req, res) => {
  const file = req.files.document;
  // expect: path-traversal
  file.mv(path.join(__dirname, 'uploads', file.name), (err) => res.send('stored'));
});

app.get('/safe/basename', (req, res) => {
  const name = path.basename(req.query.name);
  // safe: path-traversal
  fs.readFile(path.join(FILES_DIR, name), (err, data) => res.send(data));
});

app.get('/safe/root', (req, res) => {
  // safe: path-traversal
  res.sendFile(req.params.file, { root: FILES_DIR });
});

app.get('/safe/checked', (req, res) => {
  const full = path.resolve(FILES_DIR, req.query.name);
  if (!full.startsWith(FILES_DIR + path.sep)) return res.sendStatus(400);
  // safe: path-traversal
  fs.createReadStream(full).pipe(res);
});

app.post('/safe/upload', (req, res) => {
  const file = req.files.document;
  const stored = `${uuidv4()}${path.extname(file.name).toLowerCase() === '.pdf' ? '.pdf' : ''}`;
  // safe: path-traversal
  file.mv(path.join(__dirname, 'uploads', stored), () => res.send('ok'));
});

function loadTemplate(name) {
  // safe: path-traversal
  return fs.readFileSync(path.join(__dirname, 'templates', `${name}.html`), 'utf8');
}

module.exports = { loadTemplate };
