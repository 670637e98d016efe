// class: file-upload, path-traversal — express-fileupload document intake: limits, type checks, stored name
const express = require('express');
const fileUpload = require('express-fileupload');
const path = require('path');
const crypto = require('crypto');

const app = express();
const ALLOWED_EXT = new Set(['.pdf', '.png', '.jpg']);

// expect: file-upload
app.use('/intake', fileUpload());

// safe: file-upload
app.use('/documents', fileUpload({ limits: { fileSize: 5 * 1024 * 1024 }, abortOnLimit: true }));

app.post('/intake', async (req, res) => {
  const doc = req.files.document;
  // expect: path-traversal
  await doc.mv(path.join(__dirname, 'intake', doc.name));
  res.sendStatus(201);
});

app.post('/documents', async (req, res) => {
  const doc = req.files.document;
  const ext = path.extname(doc.name).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) return res.status(415).send('unsupported type');
  // safe: path-traversal
  await doc.mv(path.join(__dirname, 'documents', crypto.randomUUID() + ext));
  res.sendStatus(201);
});

module.exports = app;
