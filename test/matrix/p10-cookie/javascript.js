// construct: cookie options built on one line take effect at res.cookie, where the finding is reported
const express = require('express');

const app = express();

app.post('/login', (req, res) => {
  const options = { maxAge: 3600000 };
  res.status(200);
  // expect: insecure-cookie
  res.cookie('session', req.session.id, options);
  res.end();
});

app.post('/login/safe', (req, res) => {
  const options = { httpOnly: true, secure: true, sameSite: 'strict' };
  res.status(200);
  // safe: insecure-cookie
  res.cookie('session', req.session.id, options);
  res.end();
});
