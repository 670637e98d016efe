const http = require('http');
const cookie = require('cookie');
const crypto = require('crypto');

http.createServer((req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  if (req.url === '/login') {
    // expect: insecure-cookie
    res.setHeader('Set-Cookie', `sid=${sid}; Path=/`);
    // expect: insecure-cookie
    res.setHeader('Set-Cookie', cookie.serialize('sid', sid, { httpOnly: true, path: '/' }));
    const pref = 'lang=en; HttpOnly; Path=/';
    // expect: insecure-cookie
    res.setHeader('Set-Cookie', pref);
    res.end('ok');
    return;
  }
  // safe: insecure-cookie
  res.setHeader('Set-Cookie', `sid=${sid}; HttpOnly; Secure; SameSite=Strict; Path=/`);
  // safe: insecure-cookie
  res.setHeader('Set-Cookie', cookie.serialize('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }));
  // safe: insecure-cookie
  res.setHeader('Set-Cookie', 'sid=; Max-Age=0; Path=/');
  // safe: insecure-cookie
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('ok');
});

async function login(request) {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  // expect: insecure-cookie
  headers.append('Set-Cookie', 'session=' + crypto.randomUUID() + '; Path=/; SameSite=Lax');
  // safe: insecure-cookie
  headers.append('Set-Cookie', 'session=' + crypto.randomUUID() + '; Path=/; HttpOnly; Secure');
  return new Response('{}', { headers });
}

module.exports = { login };

function forwardCookies(res, upstream) {
  // Cookies made elsewhere, passed through: judged where they are made.
  // safe: insecure-cookie
  res.setHeader('Set-Cookie', upstream.headers.getSetCookie());
  for (const cookie of upstream.cookies) {
    // safe: insecure-cookie
    res.append('Set-Cookie', cookie);
  }
}

module.exports.forwardCookies = forwardCookies;

function serializeWith(res, name, value, options) {
  // The options come from the caller: judged where they are set.
  // safe: insecure-cookie
  res.append('Set-Cookie', cookie.serialize(name, String(value), options));
  // expect: insecure-cookie
  res.append('Set-Cookie', cookie.serialize(name, String(value)));
}

module.exports.serializeWith = serializeWith;
