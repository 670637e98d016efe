const express = require('express');
const fileUpload = require('express-fileupload');
const path = require('path');
const { randomUUID } = require('crypto');

const app = express();
// expect: file-upload
app.use(fileUpload());
// safe: file-upload
app.use('/v2', fileUpload({ limits: { fileSize: 5 * 1024 * 1024 }, abortOnLimit: true }));

app.post('/upload', (req, res) => {
  const doc = req.files.document;
  const stored = randomUUID() + '.bin';
  // expect: file-upload
  doc.mv(path.join(__dirname, 'uploads', stored), () => res.send('stored'));
});

app.post('/upload/photo', async (req, res) => {
  const photo = req.files.photo;
  // expect: file-upload
  await photo.mv(`/srv/photos/${randomUUID()}`);
  res.send('ok');
});

const ALLOWED_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg']);
app.post('/upload/safe', (req, res) => {
  const photo = req.files.photo;
  const ext = path.extname(photo.name).toLowerCase();
  if (!ALLOWED_EXTENSIONS.has(ext)) return res.status(400).send('unsupported type');
  // safe: file-upload
  photo.mv(path.join(__dirname, 'uploads', randomUUID() + ext), () => res.send('ok'));
});

app.post('/upload/pdf', (req, res) => {
  const doc = req.files.doc;
  if (doc.mimetype !== 'application/pdf') return res.status(400).send('PDF only');
  // safe: file-upload
  doc.mv(path.join(__dirname, 'pdfs', `${randomUUID()}.pdf`), () => res.send('ok'));
});
