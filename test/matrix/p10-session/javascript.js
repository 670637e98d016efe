// construct: session middleware created on one line takes effect where it is registered (app.use)
const express = require('express');
const session = require('express-session');

const app = express();
const sessions = session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false });
app.set('trust proxy', 1);
// expect: insecure-cookie
app.use(sessions);

const admin = express.Router();
const adminSessions = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
});
// safe: insecure-cookie
admin.use(adminSessions);

module.exports = { app, admin };
