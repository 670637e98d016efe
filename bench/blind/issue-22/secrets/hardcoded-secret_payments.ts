// class: hardcoded-secret — payment provider keys in a TypeScript checkout service
import Stripe from 'stripe';
import Razorpay from 'razorpay';
import { Client, Environment } from 'square';
import braintree from 'braintree';

// expect: hardcoded-secret
const stripe = new Stripe('{{token:sk_live_51VL3bc|edkUkA7qxljf|qtqXXz1L74auRfM|wlMhiz2|DUoH25Liv|OcmhzY9qth524IlR|5PNmUpav30j4kjt|cvCwsR|4ejfON|5kHoC}}', { apiVersion: '2024-06-20' });

// safe: hardcoded-secret
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_51NzQkLHa8vB3cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX2yZ4';

// expect: hardcoded-secret
const reportingStripe = new Stripe('{{token:rk_live_5|1UDuib6G|c9JtE0L4CqU14|E0mYKix|3qYuu|wSV7CT0XCuE|3zhOQ0THibeWSrtp|9HmzaZ|MVN0ST061|JXojx4AqSMxFB|xA9RnA9Hr}}', { apiVersion: '2024-06-20' });

// safe: hardcoded-secret
const stripeFromEnv = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

// expect: hardcoded-secret
const WEBHOOK_SECRET = '{{token:whsec_HXXmApP|jWGFxf2DaGbSBi|Z6fkk2LGSuO}}';

// safe: hardcoded-secret
const WEBHOOK_SECRET_DOCS = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

export function verifyStripeEvent(body: string, signature: string): Stripe.Event {
  return stripe.webhooks.constructEvent(body, signature, WEBHOOK_SECRET);
}

const razorpay = new Razorpay({
  // expect: hardcoded-secret
  key_id: '{{token:rzp_live_9|Ie7VwRCt2prFl}}',
  key_secret: 'q8Zr3LmV7xKp2NwT5bYc9HdJ',
});

const square = new Client({
  // expect: hardcoded-secret
  accessToken: '{{token:EAAAyAsEhV|7p_21xFWj|jQPYmW3qgcBj|MBABvVa|uPylsY2mv9Vgump0|MTLSinlGKx}}',
  environment: Environment.Production,
});

const squareSandbox = new Client({
  // safe: hardcoded-secret
  accessToken: process.env.SQUARE_ACCESS_TOKEN,
  environment: Environment.Sandbox,
});

// expect: hardcoded-secret
const gateway = new braintree.BraintreeGateway({ accessToken: '{{token:access_t|oken$product|ion$ftk3|265rgv|60fb4t$85dc37|f6538a337|2b716f5ecb7e|56bd1}}' });

// expect: hardcoded-secret
const SHOPIFY_ADMIN_TOKEN = '{{token:shpat_fe34|bc24167fb91|add62531f|aee15315}}';

// safe: hardcoded-secret
const SHOPIFY_SCOPE = 'read_orders,write_fulfillments';

export { stripeFromEnv, reportingStripe, razorpay, square, squareSandbox, gateway, SHOPIFY_ADMIN_TOKEN, SHOPIFY_SCOPE, WEBHOOK_SECRET_DOCS };
