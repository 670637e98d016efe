// class: weak-random — Math.random for reset tokens, session ids, invite URLs, headers vs backoff jitter and UUIDs
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/password-reset', async (req, res) => {
  // expect: weak-random
  const resetToken = Math.random().toString(36).substring(2, 15);
  await req.app.locals.db.saveResetToken(req.body.email, resetToken);
  res.sendStatus(202);
});

router.post('/login', (req, res) => {
  // expect: weak-random
  res.cookie('sid', Math.random().toString(16).slice(2), { httpOnly: true, secure: true });
  res.sendStatus(204);
});

router.post('/invites', (req, res) => {
  // expect: weak-random
  const inviteUrl = `https://app.example.com/join?code=${Math.floor(Math.random() * 1e10)}`;
  res.json({ inviteUrl });
});

router.get('/download-link', (req, res) => {
  // expect: weak-random
  res.set('X-Download-Key', String(Math.random()).slice(2));
  res.sendStatus(204);
});

function generateTemporaryPassword() {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let password = '';
  for (let i = 0; i < 12; i++) {
    // expect: weak-random
    password += chars[Math.floor(Math.random() * chars.length)];
  }
  return password;
}

function retryDelay(attempt) {
  // safe: weak-random
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

router.post('/api-keys', (req, res) => {
  // safe: weak-random
  const apiKey = crypto.randomBytes(32).toString('hex');
  res.json({ apiKey, requestId: crypto.randomUUID() });
});

function pickBannerColor() {
  const colors = ['teal', 'amber', 'indigo'];
  // safe: weak-random
  return colors[Math.floor(Math.random() * colors.length)];
}

module.exports = { router, generateTemporaryPassword, retryDelay, pickBannerColor };
