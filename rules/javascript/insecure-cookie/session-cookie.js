const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));

// expect: insecure-cookie
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, maxAge: 3600000 },
  }),
);

const sessionOptions = {
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: false, secure: true, sameSite: 'lax' },
};
// expect: insecure-cookie
app.use(session(sessionOptions));

// safe: insecure-cookie
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 3600000 },
}));

const hardened = {
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 1800000 },
};
// safe: insecure-cookie
app.use(session(hardened));

// A missing SameSite or expiry alone is not a finding (policy.md, "Cookies").
// safe: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

// cookie-session takes the attributes at the top level; Secure is off by default.
// expect: insecure-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.KEY_A, process.env.KEY_B], maxAge: 24 * 60 * 60 * 1000 }));
// safe: insecure-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.KEY_A], secure: true, httpOnly: true, sameSite: 'lax' }));

function mountSessions(router) {
  // The middleware takes effect where it is registered: reported there, created here.
  const sessions = session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false });
  router.get('/health', (req, res) => res.send('ok'));
  // expect: insecure-cookie
  router.use(sessions);
}

app.get('/me', (req, res) => {
  // safe: insecure-cookie
  const user = req.session.user;
  res.json(user);
});

module.exports = { app, mountSessions };
