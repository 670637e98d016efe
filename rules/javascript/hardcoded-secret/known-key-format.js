// Provider tokens are written as {{token:…}} fragments, joined in memory by the tests, so the
// repository holds no live-looking token.
const { Octokit } = require('@octokit/rest');
const Stripe = require('stripe');

// expect: hardcoded-secret
const octokit = new Octokit({ auth: '{{token:ghp_u8jz|Pde0IgxLd|6GncfBAepfJB|d0Kh8oO|OL8d}}' });
// expect: hardcoded-secret
const stripe = Stripe('{{token:sk_li|ve_Kd|NnFRI|BXuDL7Dx|tpYlSXpfK}}');
// expect: hardcoded-secret
const SLACK_TOKEN = '{{token:xoxb-487|57491186-252|760189|555-MFLZDe1|f8rESQedUStP|KR0Cs}}';
// expect: hardcoded-secret
const mongoUrl = '{{token:mongo|db+srv://svc|:eq3hD|avJA76|rNicH@|cluster0.mon|godb.net/|app}}';
// expect: hardcoded-secret
const session = '{{token:eyJhbGciOiJI|UzI1NiJ|9.eyJzdWI|iOiIxMj|M0NTY|3ODkwIn0.Be|nQtYh5X|j8TPQ|xjq4i9Do|V8gz4F|kQ1ok|TBGzv|Amwuf}}';
// safe: hardcoded-secret
const sample = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// safe: hardcoded-secret
const fromEnv = process.env.STRIPE_SECRET_KEY;
// safe: hardcoded-secret
const dbUrl = `postgres://app:${process.env.DB_PASSWORD}@db:5432/app`;
// safe: hardcoded-secret
const publishable = 'pk_live_51HxxxxxxxxxxxxxxxxxxxxxXX';

module.exports = { octokit, stripe, SLACK_TOKEN, mongoUrl, session, sample, fromEnv, dbUrl, publishable };
