// class: cmdi — media conversion endpoints: exec/execSync, spawn/execFile with shell programs or {shell: true}
const express = require('express');
const { exec, execSync, execFile, spawn, spawnSync } = require('child_process');

const app = express();
app.use(express.json());

app.post('/thumbnails', (req, res) => {
  // expect: cmdi
  exec(`convert uploads/${req.body.file} -resize 200x200 thumbs/${req.body.file}`, (err) => {
    res.json({ ok: !err });
  });
});

app.post('/thumbnails-safe', (req, res) => {
  // safe: cmdi
  execFile('convert', ['uploads/' + req.body.file, '-resize', '200x200', 'thumbs/out.png'], (err) => {
    res.json({ ok: !err });
  });
});

app.get('/git/log', (req, res) => {
  // expect: cmdi
  const out = execSync('git log --oneline ' + req.query.branch).toString();
  res.type('text/plain').send(out);
});

app.post('/archive', (req, res) => {
  // expect: cmdi
  const child = spawn('sh', ['-c', `tar czf /tmp/export.tgz ${req.body.folder}`]);
  child.on('close', (code) => res.json({ code }));
});

app.post('/transcode', (req, res) => {
  // expect: cmdi
  const child = spawn('ffmpeg', ['-i', req.body.input, 'out.mp4'], { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.post('/transcode-safe', (req, res) => {
  const args = ['-i', req.body.input, '-codec', 'copy', 'out.mp4'];
  // safe: cmdi
  const child = spawn('ffmpeg', args);
  child.on('close', (code) => res.json({ code }));
});

app.post('/cleanup', (req, res) => {
  // expect: cmdi
  execFile('bash', ['-c', 'rm -rf /var/cache/app/' + req.body.key], () => res.sendStatus(204));
});

app.post('/windows/dir', (req, res) => {
  // expect: cmdi
  const result = spawnSync('cmd', ['/c', 'dir ' + req.body.path]);
  res.send(result.stdout.toString());
});

app.get('/uptime', (req, res) => {
  // safe: cmdi
  exec('uptime', (err, stdout) => res.type('text/plain').send(stdout));
});

module.exports = app;
