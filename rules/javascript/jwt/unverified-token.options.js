const fs = require('fs');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = fs.readFileSync('./keys/public.pem');

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    // expect: jwt
    req.user = jwt.verify(token, process.env.JWT_SECRET, { ignoreExpiration: true });
    next();
  } catch {
    res.sendStatus(401);
  }
}

function verifyWithPublicKey(token) {
  // expect: jwt
  return jwt.verify(token, PUBLIC_KEY);
}

function verifyAny(token) {
  // expect: jwt
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256', 'none'] });
}

function verifyStrict(token) {
  // safe: jwt
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

function verifyShared(token) {
  // safe: jwt
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: false });
}

function verifyIssuer(token) {
  const options = { algorithms: ['RS256'], issuer: 'https://auth.example.com' };
  // safe: jwt
  return jwt.verify(token, PUBLIC_KEY, options);
}

module.exports = { authenticate, verifyWithPublicKey, verifyAny, verifyStrict, verifyShared, verifyIssuer };
