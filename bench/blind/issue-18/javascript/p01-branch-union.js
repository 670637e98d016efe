// point 1: branch union — after an if/else a variable carries what every path gave it
const express = require('express');
const fs = require('fs');
const path = require('path');
const { exec } = require('child_process');

const router = express.Router();

router.post('/backup', (req, res) => {
  let target = req.body.target;
  if (target == null) target = '';
  // expect: cmdi
  exec('tar czf /backups/site.tgz ' + target, (err) => res.json({ ok: !err }));
});

router.get('/docs', (req, res) => {
  let page = req.query.page;
  if (!page) {
    page = 'index.html';
  }
  // expect: path-traversal
  fs.readFile(path.join('/srv/docs', page), 'utf8', (err, html) => res.send(html));
});

router.get('/docs/latest', (req, res) => {
  let page = req.query.page;
  // the request value is dropped on every path
  page = 'latest.html';
  // safe: path-traversal
  fs.readFile(path.join('/srv/docs', page), 'utf8', (err, html) => res.send(html));
});

router.post('/reindex', (req, res) => {
  let script;
  if (req.body.mode === 'full') {
    script = 'full-reindex.sh';
  } else {
    script = 'quick-reindex.sh';
  }
  // safe: cmdi
  exec('/opt/search/' + script, () => res.sendStatus(202));
});

router.get('/ping', (req, res) => {
  let host = 'localhost';
  if (req.query.host) {
    host = req.query.host;
  }
  // expect: cmdi
  exec(`ping -c 1 ${host}`, (err, stdout) => res.type('text').send(stdout));
});

module.exports = router;
