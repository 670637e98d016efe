// class: jwt — auth middleware: algorithms with none, missing algorithms with a public key, decode for authz, ignoreExpiration
const fs = require('fs');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = fs.readFileSync('/etc/app/jwt-public.pem');
const SHARED = process.env.JWT_SECRET;

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // expect: jwt
  req.user = jwt.verify(token, PUBLIC_KEY);
  next();
}

function requireService(req, res, next) {
  const token = req.headers['x-service-token'];
  // expect: jwt
  req.service = jwt.verify(token, SHARED, { algorithms: ['HS256', 'none'] });
  next();
}

function requireAdmin(req, res, next) {
  const token = req.cookies.session;
  // expect: jwt
  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') return res.sendStatus(403);
  next();
}

function allowExpired(req, res, next) {
  const token = req.query.token;
  req.user = jwt.verify(token, PUBLIC_KEY, {
    algorithms: ['RS256'],
    // expect: jwt
    ignoreExpiration: true,
  });
  next();
}

function requireUserStrict(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // safe: jwt
  req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api' });
  next();
}

function logTokenKid(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // safe: jwt
  const header = jwt.decode(token, { complete: true })?.header;
  req.log?.info({ kid: header && header.kid }, 'token received');
  req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  next();
}

module.exports = { requireUser, requireService, requireAdmin, allowExpired, requireUserStrict, logTokenKid };
