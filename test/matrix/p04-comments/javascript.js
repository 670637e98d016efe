// p04-comments: comments inside a call (before the first argument, between arguments, before .method) hide nothing
const childProcess = require('child_process');
const fs = require('fs');

function handler(req, res) {
  // expect: cmdi
  childProcess.exec(/* user supplied */ 'ping -c 1 ' + req.query.host);

  // expect: cmdi
  childProcess.spawn('sh', /* shell */ ['-c', /* script */ 'ping ' + req.query.host]);

  // expect: path-traversal
  fs /* the disk */ .readFileSync(/* path */ '/srv/files/' + req.query.name);

  // safe: cmdi
  childProcess.exec(/* fixed */ 'uptime');
  res.end();
}

module.exports = { handler };
