const https = require('https');
const axios = require('axios');
const fs = require('fs');
const tls = require('tls');

// expect: tls-verify
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// expect: tls-verify
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

async function callPartner(url) {
  return axios.get(url, {
    // expect: tls-verify
    httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
  });
}

function connect(host) {
  const options = {
    host,
    port: 8443,
    // expect: tls-verify
    rejectUnauthorized: false,
  };
  return tls.connect(options);
}

// safe: tls-verify
const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true });

function secureConnect(host) {
  // safe: tls-verify
  return tls.connect({ host, port: 443, servername: host });
}

// safe: tls-verify
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

module.exports = { insecureAgent, callPartner, connect, agent, secureConnect };
