const crypto = require('crypto');
const CryptoJS = require('crypto-js');

function createResetToken(userId) {
  const raw = `${userId}:${Date.now()}`;
  // expect: weak-crypto
  const token = crypto.createHash('md5').update(raw).digest('hex');
  return token;
}

function signPayload(payload) {
  // expect: weak-crypto
  const signature = crypto.createHash('sha1').update(JSON.stringify(payload)).digest('hex');
  return { payload, signature };
}

function encryptNote(text, key) {
  // expect: weak-crypto
  return CryptoJS.DES.encrypt(text, key).toString();
}

function makeKeys(done) {
  // expect: weak-crypto
  crypto.generateKeyPair('rsa', { modulusLength: 1024 }, done);
}

function deriveKey(password, salt) {
  // expect: weak-crypto
  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256');
}

function etagFor(body) {
  // safe: weak-crypto
  return crypto.createHash('md5').update(body).digest('hex');
}

function signPayloadSafely(payload) {
  // safe: weak-crypto
  const signature = crypto.createHmac('sha256', process.env.SIGNING_KEY).update(JSON.stringify(payload)).digest('hex');
  return { payload, signature };
}

function encryptNoteSafely(text, key) {
  // safe: weak-crypto
  return CryptoJS.AES.encrypt(text, key).toString();
}

function makeStrongKeys(done) {
  // safe: weak-crypto
  crypto.generateKeyPair('rsa', { modulusLength: 3072 }, done);
}

function deriveStrongKey(password, salt) {
  // safe: weak-crypto
  return crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}

module.exports = { createResetToken, signPayload, encryptNote, makeKeys, deriveKey, etagFor };
