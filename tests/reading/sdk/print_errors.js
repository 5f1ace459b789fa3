// Raises a real StripeError for each recorded body the stub on 127.0.0.1 replays, and prints it
// the ways Node programs do: console.log(err), err.message, JSON of err.raw. One JSON line per
// case: {"case": i, "renderings": {name: text}}.
const util = require('util');
const Stripe = require('stripe');
const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const stripe = new Stripe('sk_test_matrix', {
  host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0,
});
(async () => {
  for (let i = 0; i < count; i++) {
    try {
      await stripe.paymentIntents.create({amount: 100 + i, currency: 'usd', confirm: true});
      console.log(JSON.stringify({case: i, renderings: {}}));
    } catch (err) {
      const renderings = {
        console_log: util.inspect(err, {depth: 4}),
        message: String(err.message),
        raw_json: JSON.stringify(err.raw),
        console_error_line: `Payment failed: ${err.type} ${util.inspect(err.raw, {breakLength: Infinity})}`,
      };
      console.log(JSON.stringify({case: i, renderings}));
    }
  }
})();
