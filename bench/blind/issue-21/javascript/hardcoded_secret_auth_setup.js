// class: hardcoded-secret — auth setup: jwt.sign/verify literals, jose keys, createHmac, session secrets, passport, digit names
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { Strategy: GoogleStrategy } = require('passport-google-oauth20');
const { SignJWT, JWK } = require('jose');

const app = express();

app.use(session({
  // expect: hardcoded-secret
  secret: 'f3Kq9!zR2vLx8#Pw',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.use(cookieSession({
  name: 'prefs',
  // expect: hardcoded-secret
  keys: ['Yh7s-2LpQ9xW-kd83N', 'Vb4r-Mz81Xe0-pT6qL'],
  secure: true,
  httpOnly: true,
}));

function issueToken(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'a8Jd92kLmQ0zXv7Rt5Yp', { expiresIn: '1h' });
}

function readToken(token) {
  // safe: hardcoded-secret
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
}

function readLegacyToken(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, 'Lg4cy-S1gn1ng-K3y-2019', { algorithms: ['HS256'] });
}

async function issueJoseToken(claims) {
  // expect: hardcoded-secret
  const key = new TextEncoder().encode('pR7vT2xQ9mW4zK8nB5cH1jL6');
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

// expect: hardcoded-secret
const legacyKey = JWK.asKey('Qw8Er5Ty2Ui9Op4As7Df1Gh6');

function webhookSignature(body) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'whk_9aF3bX7qL2mZ8tR4').update(body).digest('hex');
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: hardcoded-secret
  secretOrKey: 'Zm9vYmFyLXNpZ25pbmcta2V5LTQ4',
}, (payload, done) => done(null, payload)));

passport.use(new GoogleStrategy({
  clientID: '1234567890-abc.apps.googleusercontent.com',
  // expect: hardcoded-secret
  clientSecret: 'Gx3T-9vQ2mL8pZ4wK7rN1sY5',
  callbackURL: 'https://app.example.com/auth/google/callback',
}, (accessToken, refreshToken, profile, done) => done(null, profile)));

// expect: hardcoded-secret
const secret12 = 'h7Gk2PqL9xWm4Rt8';

const auditLabel = 'auth-setup';
// safe: hardcoded-secret
const cacheKey = 'user-profile-v2-cache';

module.exports = { app, issueToken, readToken, readLegacyToken, issueJoseToken, legacyKey, webhookSignature, secret12, cacheKey, auditLabel };
