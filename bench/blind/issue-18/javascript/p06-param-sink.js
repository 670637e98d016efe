// point 6: a sink whose whole query/command is a parameter — medium/info, high when a same-file caller passes request data
const { exec, execFile } = require('child_process');
const { Pool } = require('pg');

const pool = new Pool();

async function runQuery(sql) {
  // policy: origin-not-traced
  // expect: sqli
  const { rows } = await pool.query(sql);
  return rows;
}

async function runSearch(sql) {
  // expect: sqli
  const { rows } = await pool.query(sql);
  return rows;
}

async function search(req, res) {
  const where = req.query.where || '1=1';
  res.json(await runSearch('SELECT * FROM reports WHERE ' + where));
}

async function byOwner(owner) {
  // safe: sqli
  const { rows } = await pool.query('SELECT * FROM reports WHERE owner = $1', [owner]);
  return rows;
}

async function byStatus(status) {
  // expect: sqli
  const { rows } = await pool.query(`SELECT * FROM reports WHERE status = '${status}'`);
  return rows;
}

function runTool(command, done) {
  // policy: origin-not-traced
  // expect: cmdi
  exec(command, done);
}

function compact(done) {
  // safe: cmdi
  execFile('pg_repack', ['--all'], done);
}

module.exports = { runQuery, search, byOwner, byStatus, runTool, compact };
