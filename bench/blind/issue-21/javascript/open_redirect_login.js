// class: open-redirect — post-login redirects: user-supplied next URL vs a fixed-host prefix
const express = require('express');

const router = express.Router();
const APP_ORIGIN = 'https://app.example.com';

router.post('/login', (req, res) => {
  req.session.userId = 42;
  // expect: open-redirect
  res.redirect(req.query.next);
});

router.get('/go', (req, res) => {
  // expect: open-redirect
  res.redirect(302, req.query.url);
});

router.get('/continue', (req, res) => {
  const path = String(req.query.path || '').replace(/^\/+/, '');
  // safe: open-redirect
  res.redirect(`${APP_ORIGIN}/${path}`);
});

router.get('/docs/:page', (req, res) => {
  // safe: open-redirect
  res.redirect('https://docs.example.com/guide/' + encodeURIComponent(req.params.page));
});

module.exports = router;
