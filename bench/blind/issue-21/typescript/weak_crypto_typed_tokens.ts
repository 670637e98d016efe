// class: weak-crypto, weak-random — typed auth utilities: hashes, ciphers, key sizes, Math.random tokens vs crypto APIs
import { createCipheriv, createHash, generateKeyPair, randomBytes, randomUUID, scryptSync } from 'node:crypto';
import CryptoJS from 'crypto-js';

const FIXED_IV: Buffer = Buffer.from('0000000000000000');

export function passwordHash(password: string): string {
  // expect: weak-crypto
  return createHash('sha1').update(password).digest('hex');
}

export function passwordHashStrong(password: string, salt: Buffer): string {
  // safe: weak-crypto
  return scryptSync(password, salt, 64).toString('hex');
}

export function contentHash(body: string): string {
  // safe: weak-crypto
  return createHash('sha256').update(body).digest('hex');
}

export function encryptToken(token: string, key: Buffer): string {
  // expect: weak-crypto
  const cipher = createCipheriv('rc4', key, null);
  return cipher.update(token, 'utf8', 'hex') + cipher.final('hex');
}

export function encryptRecord(record: string, key: Buffer): string {
  // expect: weak-crypto
  const cipher = createCipheriv('aes-256-cbc', key, FIXED_IV);
  return cipher.update(record, 'utf8', 'hex') + cipher.final('hex');
}

export function makeKeys(): void {
  // expect: weak-crypto
  generateKeyPair('rsa', { modulusLength: 512 }, () => undefined);
}

export function legacySignature(payload: string): string {
  // expect: weak-crypto
  return CryptoJS.MD5(payload + ':signature').toString();
}

export function sessionId(): string {
  // expect: weak-random
  return 'sess_' + Math.random().toString(36).slice(2);
}

export function apiSecret(): string {
  // safe: weak-random
  return randomBytes(24).toString('base64url');
}

export function otpCode(): string {
  // expect: weak-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

export function traceId(): string {
  // safe: weak-random
  return randomUUID();
}

export function animationDelayMs(): number {
  // safe: weak-random
  return 150 + Math.random() * 100;
}
