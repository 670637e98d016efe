const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

// expect: cors
app.use(cors({ origin: '*', credentials: true }));

// expect: cors
app.use('/api', cors({ origin: true, credentials: true }));

const corsOptions = {
  origin: (origin, callback) => callback(null, true),
  credentials: true,
};
// expect: cors
app.use('/v2', cors(corsOptions));

app.use('/legacy', (req, res, next) => {
  // expect: cors
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

// safe: cors
app.use('/public', cors());
// safe: cors
app.use('/app', cors({ origin: ALLOWED_ORIGINS, credentials: true }));
// safe: cors
app.use('/assets', cors({ origin: '*' }));

app.use('/open', (req, res, next) => {
  // safe: cors
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
});
