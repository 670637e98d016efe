const express = require('express');

const app = express();

function generateResetToken() {
  // expect: weak-random
  return Math.random().toString(36).substring(2, 15);
}

app.post('/otp', (req, res) => {
  // expect: weak-random
  const otp = Math.floor(100000 + Math.random() * 900000);
  res.json({ sent: true, length: String(otp).length });
});

app.post('/invite', (req, res) => {
  const invite = {
    email: req.body.email,
    // expect: weak-random
    inviteCode: Math.random().toString(36).slice(2, 10),
  };
  res.json(invite);
});

const createSessionId = () =>
  // expect: weak-random
  Date.now().toString(36) + Math.random().toString(36).slice(2);

function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    // safe: weak-random
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function retryDelay(attempt) {
  // safe: weak-random
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

// safe: weak-random
const sampleRate = Math.random() < 0.1;
// safe: weak-random
const color = `hsl(${Math.floor(Math.random() * 360)}, 70%, 50%)`;

module.exports = { generateResetToken, createSessionId, shuffle, retryDelay, sampleRate, color };

// A process-wide id made once at start-up (a dev server's hot-reload session) is not a user token.
// safe: weak-random
const sessionId = Math.floor(Number.MAX_SAFE_INTEGER * Math.random());
// expect: weak-random
const sessionSecret = Math.random().toString(36).slice(2);

function startSession(user) {
  // A user's session id, made per login.
  // expect: weak-random
  const sessionId = Math.floor(Number.MAX_SAFE_INTEGER * Math.random());
  return { user, sessionId };
}

module.exports.sessionId = sessionId;
module.exports.sessionSecret = sessionSecret;
module.exports.startSession = startSession;
