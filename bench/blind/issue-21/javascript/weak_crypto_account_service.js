// class: weak-crypto — account service: graded MD5/SHA-1, createCipher, DES/RC4/ECB/static IV, short RSA, crypto-js
const crypto = require('crypto');
const CryptoJS = require('crypto-js');

const STATIC_IV = Buffer.alloc(16, 0);

function hashPassword(password) {
  // expect: weak-crypto
  return crypto.createHash('md5').update(password).digest('hex');
}

function signPayload(payload, secret) {
  // expect: weak-crypto
  return crypto.createHash('sha1').update(secret + JSON.stringify(payload)).digest('hex');
}

function etagFor(body) {
  // safe: weak-crypto
  return crypto.createHash('md5').update(body).digest('base64');
}

function encryptLegacy(text, password) {
  // expect: weak-crypto
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptCardNumber(pan, key) {
  // expect: weak-crypto
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, crypto.randomBytes(8));
  return cipher.update(pan, 'utf8', 'hex') + cipher.final('hex');
}

function encryptBlock(data, key) {
  // expect: weak-crypto
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function encryptWithStaticIv(data, key) {
  // expect: weak-crypto
  const cipher = crypto.createCipheriv('aes-256-cbc', key, STATIC_IV);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function encryptProperly(data, key) {
  const iv = crypto.randomBytes(12);
  // safe: weak-crypto
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return { iv, data: Buffer.concat([cipher.update(data), cipher.final()]), tag: cipher.getAuthTag() };
}

function makeSigningKeys() {
  // expect: weak-crypto
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

function makeStrongKeys() {
  // safe: weak-crypto
  return crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });
}

module.exports = { hashPassword, signPayload, etagFor, encryptLegacy, encryptCardNumber, encryptBlock, encryptWithStaticIv, encryptProperly, makeSigningKeys, makeStrongKeys };
