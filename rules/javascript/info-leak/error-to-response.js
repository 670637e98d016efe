const express = require('express');
const mysql = require('mysql2');

const app = express();
const db = mysql.createPool({ host: 'localhost', database: 'shop' });

app.get('/orders/:id', async (req, res) => {
  try {
    const [rows] = await db.promise().query('SELECT * FROM orders WHERE id = ?', [req.params.id]);
    res.json(rows);
  } catch (err) {
    // expect: info-leak
    res.status(500).json({ error: err.message });
  }
});

app.get('/users', (req, res) => {
  db.query('SELECT * FROM users', (err, rows) => {
    if (err) {
      // expect: info-leak
      return res.status(500).send(err);
    }
    res.json(rows);
  });
});

app.get('/report', (req, res) => {
  buildReport()
    .then((report) => res.json(report))
    // expect: info-leak
    .catch((error) => res.status(500).send(`Report failed: ${error.stack}`));
});

// Express error middleware
app.use((err, req, res, next) => {
  console.error(err);
  // expect: info-leak
  res.status(err.status || 500).json({ message: err.message, stack: err.stack });
});

app.post('/login', async (req, res) => {
  try {
    await login(req.body);
    res.json({ ok: true });
  } catch (e) {
    console.error('login failed', e);
    // safe: info-leak
    res.status(500).json({ error: 'Internal server error' });
  }
});

app.get('/health', (req, res) => {
  db.query('SELECT 1', (err) => {
    // safe: info-leak
    if (err) return res.status(503).send('database unavailable');
    // safe: info-leak
    res.send('ok');
  });
});

app.post('/items', (req, res) => {
  const error = validate(req.body);
  // safe: info-leak
  if (error) return res.status(400).json({ error: 'invalid item' });
  res.sendStatus(201);
});

async function buildReport() { return {}; }
async function login() { return true; }
function validate() { return null; }

app.get('/items', async (req, res) => {
  try {
    res.json(await buildReport());
  } catch (error) {
    console.error(error);
    // expect: info-leak
    res.status(500).json({ message: 'Error fetching items', error });
  }
});

const { exec } = require('child_process');
app.get('/convert', (req, res) => {
  exec('convert in.png out.jpg', (error, stdout, stderr) => {
    // Known miss: a child process's stderr is not tracked as error text.
    // todo-expect: info-leak
    if (error) return res.status(500).send('Conversion failed: ' + stderr);
    res.send('ok');
  });
});
