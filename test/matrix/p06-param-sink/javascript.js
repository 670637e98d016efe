// p06 param sink: a sink whose whole query or command is a parameter of the enclosing function
const { exec } = require('child_process');
const db = require('./db');

function runQuery(sql) {
  // policy: origin-not-traced
  // expect: sqli
  return db.query(sql);
}

function runCommand(cmd) {
  // policy: origin-not-traced
  // expect: cmdi
  exec(cmd);
}

function findUser(name) {
  // expect: sqli
  return db.query("SELECT * FROM users WHERE name = '" + name + "'");
}

function runTraced(sql) {
  // expect: sqli
  return db.query(sql);
}

function search(req, res) {
  res.json(runTraced(req.query.q));
}

function runFixed(sql) {
  // safe: sqli
  return db.query(sql);
}

function countUsers() {
  return runFixed('SELECT count(*) FROM users');
}

module.exports = { runQuery, runCommand, findUser, search, countUsers };
