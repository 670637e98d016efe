// Warden: Open a sample with findings — the walkthrough's first step: an unsaved JavaScript file
// (nothing is written to disk or the workspace) with three mistakes assistants often make.

import * as vscode from 'vscode';
import type { WardenCommand } from './index';

export const SAMPLE = `// A Warden sample: three findings to hover, fix or suppress. Nothing here is saved.
const express = require('express');
const { exec } = require('child_process');
const db = require('mysql').createConnection({ host: 'localhost' });
const app = express();

app.get('/user', (req, res) => {
  db.query(\`SELECT * FROM users WHERE id = '\${req.query.id}'\`, (err, rows) => {
    res.json(rows);
  });
});

app.get('/ping', (req, res) => {
  exec('ping -c 1 ' + req.query.host, (err, stdout) => res.send(stdout));
});

app.get('/prefs', (req, res) => {
  res.cookie('theme', req.query.theme);
  res.send('ok');
});
`;

export const openSampleCommand: WardenCommand = {
  id: 'warden.openSample',
  async run() {
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: SAMPLE });
    await vscode.window.showTextDocument(doc, { preview: false });
  },
};
