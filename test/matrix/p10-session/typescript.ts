// construct: session middleware created on one line takes effect where it is registered (app.use)
import express, { Express } from 'express';
import session, { SessionOptions } from 'express-session';

export function mount(app: Express): void {
  const options: SessionOptions = {
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: false, secure: true },
  };
  const middleware = session(options);
  // expect: insecure-cookie
  app.use(middleware);
}

export function mountSafe(app: Express): void {
  const middleware = session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  });
  // safe: insecure-cookie
  app.use(middleware);
}

export const app = express();
