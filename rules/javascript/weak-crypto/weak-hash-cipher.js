const crypto = require('crypto');
const bcrypt = require('bcrypt');

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);
const STATIC_IV = Buffer.from('0123456789abcdef');

function registerUser(username, password) {
  // expect: weak-crypto
  const passwordHash = crypto.createHash('md5').update(password).digest('hex');
  return { username, passwordHash };
}

function hashPassword(pw) {
  // expect: weak-crypto
  return crypto.createHash('sha256').update(pw).digest('hex');
}

function encryptCard(number) {
  // expect: weak-crypto
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return cipher.update(number, 'utf8', 'hex') + cipher.final('hex');
}

function encryptNote(text) {
  // expect: weak-crypto
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, STATIC_IV);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function legacyEncrypt(text) {
  // expect: weak-crypto
  const cipher = crypto.createCipher('aes192', process.env.APP_SECRET);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function etag(body) {
  // safe: weak-crypto
  return crypto.createHash('md5').update(body).digest('hex');
}

function fileChecksum(buffer) {
  // safe: weak-crypto
  return crypto.createHash('sha1').update(buffer).digest('base64');
}

async function storePassword(password) {
  // safe: weak-crypto
  return bcrypt.hash(password, 12);
}

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  // safe: weak-crypto
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { iv: iv.toString('hex'), data: data.toString('hex'), tag: cipher.getAuthTag().toString('hex') };
}

function hashResetToken(token) {
  // safe: weak-crypto
  return crypto.createHash('sha256').update(token).digest('hex');
}

module.exports = { registerUser, hashPassword, encryptCard, encryptNote, legacyEncrypt, etag, fileChecksum, storePassword, encrypt, hashResetToken };
