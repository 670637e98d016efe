const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const session = require('express-session');
const cookieSession = require('cookie-session');
const { SignJWT } = require('jose');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');

const TOKEN_KEY = 'f3c9a1d2e8b74c6a';

function issue(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id }, TOKEN_KEY, { expiresIn: '1h' });
}

function webhookSignature(body) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'whsec-9f8e7d6c5b4a').update(body).digest('hex');
}

async function issueJose(user) {
  // expect: hardcoded-secret
  const key = new TextEncoder().encode('a-very-long-signing-secret-value');
  return new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

const app = require('express')();
// expect: hardcoded-secret
app.use(cookieSession({ name: 'sid', keys: ['k8s7d6f5g4h3j2'] }));

const strategy = new JwtStrategy(
  {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // expect: hardcoded-secret
    secretOrKey: 'passport-signing-key-2024',
  },
  (payload, done) => done(null, payload),
);

function issueFromEnv(user) {
  // safe: hardcoded-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

function webhookSignatureFromEnv(body) {
  // safe: hardcoded-secret
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

async function issueJoseFromEnv(user) {
  // safe: hardcoded-secret
  const key = new TextEncoder().encode(process.env.JOSE_SECRET);
  return new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

// safe: hardcoded-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
// safe: hardcoded-secret
app.use(cookieSession({ name: 'sid', keys: [process.env.COOKIE_KEY] }));

module.exports = { issue, webhookSignature, issueJose, strategy, issueFromEnv, webhookSignatureFromEnv, issueJoseFromEnv };
