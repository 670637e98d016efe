const express = require('express');
const session = require('express-session');

const app = express();

// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));

app.use(
  // expect: insecure-cookie
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

app.get('/me', (req, res) => {
  // safe: insecure-cookie
  const user = req.session.user;
  res.json(user);
});
