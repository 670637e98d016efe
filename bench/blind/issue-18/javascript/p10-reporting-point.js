// point 10: where a finding is reported — explicit insecure setting on the setting, missing setting at the use
const express = require('express');
const cors = require('cors');
const session = require('express-session');
const multer = require('multer');
const https = require('https');

const app = express();

app.use(
  cors({
    // expect: cors
    origin: '*',
    credentials: true,
  }),
);

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      // expect: insecure-cookie
      secure: false,
    },
  }),
);

// safe: file-upload
const upload = multer({ dest: '/srv/uploads' });

app.post('/login', (req, res) => {
  // safe: insecure-cookie
  const cookieOptions = { path: '/', maxAge: 86400000 };
  const token = req.body.token;
  res.set('Cache-Control', 'no-store');
  // expect: insecure-cookie
  res.cookie('session', token, cookieOptions);
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  // safe: insecure-cookie
  res.cookie('prefs', 'compact', { secure: true, httpOnly: true, sameSite: 'lax' });
  res.sendStatus(204);
});

// expect: file-upload
app.post('/avatar', upload.single('avatar'), (req, res) => {
  res.json({ stored: req.file.filename });
});

const legacyAgent = new https.Agent({
  keepAlive: true,
  // expect: tls-verify
  rejectUnauthorized: false,
});

// safe: tls-verify
const strictAgent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' });

module.exports = { app, legacyAgent, strictAgent };
