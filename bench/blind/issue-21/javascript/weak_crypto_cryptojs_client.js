// class: weak-crypto — browser-side crypto-js helpers: MD5/SHA1 for secrets, DES/TripleDES/RC4 vs AES and SHA-256 checksums
import CryptoJS from 'crypto-js';

export function passwordDigest(password) {
  // expect: weak-crypto
  return CryptoJS.MD5(password).toString();
}

export function apiSignature(body, apiSecret) {
  // expect: weak-crypto
  return CryptoJS.SHA1(apiSecret + body).toString();
}

export function encryptNote(note, passphrase) {
  // expect: weak-crypto
  return CryptoJS.DES.encrypt(note, passphrase).toString();
}

export function encryptDraft(draft, passphrase) {
  // expect: weak-crypto
  return CryptoJS.TripleDES.encrypt(draft, passphrase).toString();
}

export function encryptStream(chunk, passphrase) {
  // expect: weak-crypto
  return CryptoJS.RC4.encrypt(chunk, passphrase).toString();
}

export function encryptSettings(settings, passphrase) {
  // safe: weak-crypto
  return CryptoJS.AES.encrypt(JSON.stringify(settings), passphrase).toString();
}

export function fileChecksum(contents) {
  // safe: weak-crypto
  return CryptoJS.SHA256(contents).toString();
}
