const express = require('express');
const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

// expect: file-upload
const upload = multer({ dest: 'uploads/' });

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, UPLOAD_DIR),
  filename: (req, file, cb) => cb(null, Date.now() + '-' + file.originalname),
});
// expect: file-upload
const diskUpload = multer({ storage, limits: { fileSize: 10 * 1024 * 1024 } });

// expect: file-upload
const memoryUpload = multer();

app.post('/avatar', upload.single('avatar'), (req, res) => res.json({ file: req.file.filename }));
app.post('/docs', diskUpload.array('docs', 5), (req, res) => res.json({ count: req.files.length }));
app.post('/import', memoryUpload.single('csv'), (req, res) => res.json({ size: req.file.size }));

const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];
// safe: file-upload
const safeUpload = multer({
  storage: multer.diskStorage({
    destination: UPLOAD_DIR,
    filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase()),
  }),
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

const imageOptions = {
  dest: UPLOAD_DIR,
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter(req, file, cb) {
    cb(null, /\.(png|jpe?g|gif)$/i.test(file.originalname));
  },
};
// safe: file-upload
const imageUpload = multer(imageOptions);

app.post('/safe', safeUpload.single('file'), (req, res) => res.json({ stored: req.file.filename }));
// safe: file-upload
app.post('/images', imageUpload.single('image'), (req, res) => res.json({ stored: req.file.filename }));
