// class: hardcoded-secret — config defaults: placeholders and env lookups are safe, a real-looking key named key16 is not
const jwt = require('jsonwebtoken');
const session = require('express-session');
const crypto = require('crypto');

const settings = {
  // safe: hardcoded-secret
  jwtSecret: process.env.JWT_SECRET || 'changeme',
  // safe: hardcoded-secret
  sessionSecret: 'your-session-secret-here',
  // safe: hardcoded-secret
  hmacKey: '${HMAC_KEY}',
};

// expect: hardcoded-secret
const key16 = 'k9Xm2Qv7Lp4Rz8Tw';

function sign(payload) {
  // safe: hardcoded-secret
  return jwt.sign(payload, settings.jwtSecret, { expiresIn: '15m' });
}

function sessionMiddleware() {
  return session({
    // safe: hardcoded-secret
    secret: '<session-secret>',
    resave: false,
    saveUninitialized: false,
  });
}

function checksum(body) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'Tz5q-Wn8e-Jr2k-Lb6v').update(body).digest('hex');
}

function demoToken() {
  // expect: hardcoded-secret
  return jwt.sign({ demo: true }, 'B3n7-Xq9s-Pm2w-Kd5r');
}

module.exports = { settings, key16, sign, sessionMiddleware, checksum, demoToken };
