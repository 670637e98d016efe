// class: tls-verify, weak-crypto — outbound clients with certificate checks disabled (nested too) or legacy protocols
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const axios = require('axios');
const { Sequelize } = require('sequelize');
const { Pool } = require('pg');

// expect: tls-verify
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const insecureClient = axios.create({
  baseURL: 'https://inventory.internal.example.com',
  // expect: tls-verify
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      // expect: tls-verify
      rejectUnauthorized: false,
    },
  },
});

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // safe: tls-verify
  ssl: { rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/certs/rds-ca.pem', 'utf8') },
});

function fetchLedger(path) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: 'ledger.example.com',
      path,
      // expect: tls-verify
      checkServerIdentity: () => undefined,
    }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function connectLegacyGateway() {
  return tls.connect({
    host: 'gateway.example.com',
    port: 8443,
    // expect: weak-crypto
    secureProtocol: 'TLSv1_method',
  });
}

const agent = new https.Agent({
  // expect: weak-crypto
  minVersion: 'TLSv1',
  keepAlive: true,
});

const modernAgent = new https.Agent({
  keepAlive: true,
  // safe: weak-crypto
  minVersion: 'TLSv1.2',
  // safe: tls-verify
  rejectUnauthorized: true,
});

module.exports = { insecureClient, sequelize, pool, fetchLedger, connectLegacyGateway, agent, modernAgent };
