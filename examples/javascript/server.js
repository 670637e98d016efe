// An Express app as an assistant might write it. Labels mark what Warden should report.
const express = require('express');
const { exec, execFile } = require('child_process');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost' });

app.get('/user', (req, res) => {
  // expect: sqli
  db.query(`SELECT * FROM users WHERE id = '${req.query.id}'`, (err, rows) => {
    if (err) {
      // expect: info-leak
      return res.status(500).send(err.message);
    }
    res.json(rows);
  });
  // safe: sqli
  db.query('SELECT * FROM users WHERE id = ?', [req.query.id], () => {});
});

app.get('/convert', (req, res) => {
  // expect: cmdi
  exec('convert ' + req.query.file + ' out.png', () => res.send('ok'));
  // safe: cmdi
  execFile('convert', [req.query.file, 'out.png'], () => {});
});

app.get('/files', (req, res) => {
  // expect: path-traversal
  fs.readFile(path.join(__dirname, 'files', req.query.name), (err, data) => res.send(data));
});

app.post('/login', (req, res) => {
  // expect: insecure-cookie
  res.cookie('session', createSession(req.body.user));
  // safe: insecure-cookie
  res.cookie('session2', createSession(req.body.user), { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 });
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

function renderGreeting(name) {
  // expect: xss
  document.getElementById('greeting').innerHTML = 'Hello ' + new URLSearchParams(location.search).get('name');
  // safe: xss
  document.getElementById('greeting').textContent = 'Hello ' + name;
}

function saveUserPreferences(userId, preferences) {
  // expect: insecure-cookie
  document.cookie = `user_${userId}_prefs=${JSON.stringify(preferences)}`;
}

module.exports = { app, renderGreeting, saveUserPreferences };
