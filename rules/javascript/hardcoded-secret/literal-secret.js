const express = require('express');
const jwt = require('jsonwebtoken');
const session = require('express-session');
const mysql = require('mysql2');

// expect: hardcoded-secret
const JWT_SECRET = 'f8a9s7df98a7sdf9a8s7df';
// expect: hardcoded-secret
const stripeKey = 'sk_live_51HxYzAbCdEfGhIjKlMnOpQr';

const app = express();
app.use(session({
  // expect: hardcoded-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
}));

const db = mysql.createConnection({
  host: 'localhost',
  user: 'root',
  // expect: hardcoded-secret
  password: 'Sup3rS3cret!',
  database: 'shop',
});

app.post('/login', (req, res) => {
  // expect: hardcoded-secret
  const token = jwt.sign({ sub: req.body.user }, 'my-signing-key', { expiresIn: '1h' });
  res.json({ token });
});

// expect: hardcoded-secret
const API_KEY = process.env.API_KEY || 'a1b2c3d4e5f6g7h8';

// safe: hardcoded-secret
const SESSION_SECRET = process.env.SESSION_SECRET;
// safe: hardcoded-secret
const PASSWORD_MIN_LENGTH = 12;
// safe: hardcoded-secret
const passwordField = 'password';
// safe: hardcoded-secret
const TOKEN_HEADER = 'x-auth-token';
const form = {
  // safe: hardcoded-secret
  password: '',
  // safe: hardcoded-secret
  apiKey: 'YOUR_API_KEY_HERE',
};

app.post('/verify', (req, res) => {
  // safe: hardcoded-secret
  const claims = jwt.verify(req.body.token, process.env.JWT_SECRET);
  res.json({ claims, db: !!db, form });
});

module.exports = { JWT_SECRET, stripeKey, API_KEY, SESSION_SECRET, PASSWORD_MIN_LENGTH, passwordField, TOKEN_HEADER };

// safe: hardcoded-secret
const forgotPassword = 'Forgot your password?';
// expect: hardcoded-secret
const adminPassword = 'admin123';

const COLUMNS = [
  // safe: hardcoded-secret
  { key: 'createdAt', label: 'Created' },
];
// safe: hardcoded-secret
const key = 'user_preferences_v2';
module.exports.COLUMNS = COLUMNS;
module.exports.key = key;

// Placeholders and grammar tokens are not secrets (policy.md, "Secrets").
// safe: hardcoded-secret
const SESSION_SECRET = 'your-session-secret-here';

const highlightRules = [
  // safe: hardcoded-secret
  { token: 'comment.doc.tag', regex: '@[\\w\\d_]+' },
];
module.exports.highlightRules = highlightRules;
