// class: path-traversal, file-upload — avatar and attachment uploads with multer disk storage
const express = require('express');
const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const app = express();

const looseStorage = multer.diskStorage({
  destination: 'uploads/attachments',
  filename: (req, file, cb) => {
    // expect: path-traversal
    cb(null, file.originalname);
  },
});
const looseUpload = multer({ storage: looseStorage });

const strictStorage = multer.diskStorage({
  destination: 'uploads/avatars',
  filename: (req, file, cb) => {
    // safe: path-traversal
    cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase());
  },
});
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);
const strictUpload = multer({
  storage: strictStorage,
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, IMAGE_TYPES.has(file.mimetype)),
});

// expect: file-upload
app.post('/attachments', looseUpload.single('file'), (req, res) => {
  res.status(201).json({ stored: req.file.filename });
});

// safe: file-upload
app.post('/avatar', strictUpload.single('avatar'), (req, res) => {
  res.status(201).json({ stored: req.file.filename });
});

const tmpStorage = multer.diskStorage({
  destination: (req, file, cb) => {
    // expect: path-traversal
    cb(null, path.join('uploads', req.body.folder));
  },
  filename: (req, file, cb) => cb(null, Date.now() + '.bin'),
});
const folderUpload = multer({ storage: tmpStorage, limits: { fileSize: 1024 * 1024 } });

app.post('/folders/upload', folderUpload.single('file'), (req, res) => res.sendStatus(201));

module.exports = app;
