// class: hardcoded-secret — key/token names whose values are not secrets (grammar scopes, i18n, cache keys) next to real ones
const crypto = require('crypto');

// safe: hardcoded-secret
const highlightRules = [{ token: 'comment.doc.tag', regex: '@\\w+' }, { token: 'keyword.operator', regex: '=>' }];

// safe: hardcoded-secret
const keybinding = { key: 'ctrl+shift+p', command: 'workbench.action.showCommands' };

// safe: hardcoded-secret
const messages = { passwordLabel: 'auth.password.label', tokenExpired: 'errors.session.token_expired' };

// safe: hardcoded-secret
const designTokens = { token: '--color-brand-primary', secretBadge: 'badge.secret.variant' };

// expect: hardcoded-secret
const apiKey = 'a7Fq2Lx9Vt4Kp8Wz3Nm6Rb1Y';

function cacheKeyFor(userId, page) {
  // safe: hardcoded-secret
  const cacheKey = crypto.createHash('sha256').update(`${userId}:${page}`).digest('hex');
  return cacheKey;
}

// safe: hardcoded-secret
const ETAG_CACHE_KEY = '5d41402abc4b2a76b9719d911017c592';

const client = {
  endpoint: 'https://api.partner.example.org/v2',
  // expect: hardcoded-secret
  clientSecret: 'Xq8!mT3#vR6@pL1$',

  // safe: hardcoded-secret
  tokenType: 'Bearer',
};

const session = {
  // expect: hardcoded-secret
  secret: 'Jd82kLq0vXz5Rt7Wm3Bn',
  resave: false,
  saveUninitialized: false,
};

// safe: hardcoded-secret
const schema = { primaryKey: 'tenant_id_user_id', sortKey: 'created_at#id', keyPath: 'settings.profile.avatar' };

// expect: hardcoded-secret
const ENCRYPTION_KEY = '3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c8e';

// safe: hardcoded-secret
const passwordField = 'password_confirmation';

// expect: hardcoded-secret
const auth = { user: 'reports', pass: 'N4vB8xQ2mK6tZ9wL' };

// safe: hardcoded-secret
const REDACTED = { password: '***', apiKey: 'redacted' };

module.exports = { highlightRules, keybinding, messages, designTokens, apiKey, cacheKeyFor, ETAG_CACHE_KEY, client, session, schema, ENCRYPTION_KEY, passwordField, auth, REDACTED };
