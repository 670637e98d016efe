// "Build an Express endpoint for uploading documents, listing them, downloading and generating thumbnails."
const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const { exec } = require('child_process');
const mysql = require('mysql');

const app = express();
app.use(express.json());

const UPLOAD_DIR = path.join(__dirname, 'uploads');
if (!fs.existsSync(UPLOAD_DIR)) fs.mkdirSync(UPLOAD_DIR, { recursive: true });

const db = mysql.createConnection({
  host: process.env.DB_HOST || 'localhost',
  user: process.env.DB_USER || 'root',
  password: process.env.DB_PASSWORD,
  database: 'documents',
});

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, UPLOAD_DIR),
  filename: (req, file, cb) => cb(null, file.originalname),
});
// expect: file-upload
const upload = multer({ storage: storage });

app.post('/api/documents', upload.single('document'), (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded' });
  }
  const { title, owner } = req.body;
  // expect: sqli
  const sql = `INSERT INTO documents (title, owner, filename) VALUES ('${title}', '${owner}', '${req.file.originalname}')`;
  db.query(sql, (err, result) => {
    if (err) {
      // expect: info-leak
      return res.status(500).json({ error: err.message });
    }
    res.status(201).json({ id: result.insertId, filename: req.file.originalname });
  });
});

app.get('/api/documents', (req, res) => {
  const owner = req.query.owner;
  // safe: sqli
  db.query('SELECT id, title, filename FROM documents WHERE owner = ?', [owner], (err, rows) => {
    if (err) {
      console.error(err);
      // safe: info-leak
      return res.status(500).json({ error: 'Could not list documents' });
    }
    res.json(rows);
  });
});

app.get('/api/documents/:name/download', (req, res) => {
  // expect: path-traversal
  const filePath = path.join(UPLOAD_DIR, req.params.name);
  // safe: path-traversal
  if (!fs.existsSync(filePath)) return res.status(404).json({ error: 'Not found' });
  res.download(filePath);
});

app.get('/api/documents/:name/preview', (req, res) => {
  const name = path.basename(req.params.name);
  // safe: path-traversal
  res.sendFile(name, { root: UPLOAD_DIR });
});

app.post('/api/documents/:name/thumbnail', (req, res) => {
  const source = path.join(UPLOAD_DIR, req.params.name);
  const size = req.body.size || '200x200';
  // expect: cmdi
  exec(`convert "${source}" -thumbnail ${size} "${source}.thumb.png"`, (error, stdout, stderr) => {
    if (error) {
      // expect: info-leak
      return res.status(500).send('Thumbnail failed: ' + stderr);
    }
    res.json({ thumbnail: `${req.params.name}.thumb.png` });
  });
});

app.delete('/api/documents/:name', (req, res) => {
  // expect: path-traversal
  fs.unlink(path.join(UPLOAD_DIR, req.params.name), (err) => {
    if (err) return res.status(404).json({ error: 'Not found' });
    // safe: sqli
    db.query('DELETE FROM documents WHERE filename = ?', [req.params.name]);
    res.sendStatus(204);
  });
});

app.get('/api/stats', (req, res) => {
  // safe: cmdi
  exec('du -sh ' + UPLOAD_DIR, (error, stdout) => {
    res.json({ usage: error ? 'unknown' : stdout.split('\t')[0] });
  });
});

app.use((err, req, res, next) => {
  console.error(err.stack);
  // expect: info-leak
  res.status(500).json({ message: 'Something broke!', details: err.stack });
});

app.listen(3000, () => console.log('Document service listening on port 3000'));
