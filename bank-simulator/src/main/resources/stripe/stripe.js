/*
 * The bank simulator's stand-in for Stripe.js v3 (https://js.stripe.com/v3/): just the part a card payment needs.
 *   var stripe = Stripe('pk_test_...');
 *   var card = stripe.elements().create('card'); card.mount('#card-element');
 *   stripe.createPaymentMethod({type: 'card', card: card, billing_details: {name: '...'}})
 *         .then(function (result) { result.paymentMethod.id  or  result.error.message });
 * The card fields it mounts have no name attribute and belong to no form, so the merchant's page never posts them:
 * the card number goes from the browser to the simulated Stripe API (POST /v1/payment_methods with the publishable
 * key) and only the PaymentMethod id goes on to the merchant. (Real Stripe Elements also isolates the fields in an
 * iframe of Stripe's origin; the simulator does not need to.)
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var api = script.src.replace(/\/js\/v3\/?[^\/]*$/, '');

  function encode(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== undefined && params[k] !== null; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }

  function field(container, id, label, placeholder, autocomplete) {
    var l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    var input = document.createElement('input');
    input.id = id;
    input.placeholder = placeholder;
    input.autocomplete = autocomplete;
    input.inputMode = 'numeric';
    container.appendChild(l);
    container.appendChild(input);
    return input;
  }

  function CardElement() {
    this.inputs = null;
  }

  CardElement.prototype.mount = function (selector) {
    var container = typeof selector === 'string' ? document.querySelector(selector) : selector;
    container.innerHTML = '';
    this.inputs = {
      number: field(container, 'stripe-card-number', 'Card number', '4242 4242 4242 4242', 'cc-number'),
      expiry: field(container, 'stripe-card-expiry', 'Expiry (MM/YY)', 'MM / YY', 'cc-exp'),
      cvc: field(container, 'stripe-card-cvc', 'CVC', 'CVC', 'cc-csc')
    };
  };

  CardElement.prototype.values = function () {
    var expiry = this.inputs.expiry.value.replace(/\s/g, '').split('/');
    return {
      number: this.inputs.number.value.replace(/\s/g, ''),
      exp_month: expiry[0] || '',
      exp_year: expiry[1] || '',
      cvc: this.inputs.cvc.value.trim()
    };
  };

  function Stripe(key) {
    if (!(this instanceof Stripe)) {
      return new Stripe(key);
    }
    this.key = key;
  }

  Stripe.prototype.elements = function () {
    return { create: function () { return new CardElement(); } };
  };

  Stripe.prototype.createPaymentMethod = function (options) {
    var card = options.card.values();
    var billing = options.billing_details || {};
    return fetch(api + '/v1/payment_methods', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: encode({
        type: 'card', 'card[number]': card.number, 'card[exp_month]': card.exp_month,
        'card[exp_year]': card.exp_year, 'card[cvc]': card.cvc, 'billing_details[name]': billing.name, key: this.key
      })
    }).then(function (response) {
      return response.json().then(function (json) {
        return response.ok ? { paymentMethod: json } : { error: json.error };
      });
    }, function () {
      return { error: { type: 'api_connection_error', message: 'Could not reach Stripe. Please try again.' } };
    });
  };

  window.Stripe = Stripe;
})();
