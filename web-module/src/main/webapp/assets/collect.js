(function () {
  'use strict';

  const $ = function (id) { return document.getElementById(id); };
  let customers = [];
  let idempotencyKey = null;
  let quoteTimer = null;

  async function getJson(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
    return response.json();
  }

  function digits(s) { return (s || '').replace(/\D/g, ''); }

  /** Luhn check, as the bank will do it. */
  function luhn(number) {
    let sum = 0;
    for (let i = 0; i < number.length; i++) {
      let d = Number(number[number.length - 1 - i]);
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return number.length >= 12 && sum % 10 === 0;
  }

  function brand(number) {
    if (/^4/.test(number)) return 'Visa';
    if (/^(5[1-5]|2[2-7])/.test(number)) return 'Mastercard';
    if (/^3[47]/.test(number)) return 'American Express';
    if (/^9792/.test(number)) return 'Troy';
    return number.length ? 'Unknown brand' : '';
  }

  function customerId() {
    const text = $('customer-search').value.trim();
    const hit = customers.find(function (c) { return c.code + ' – ' + c.name === text || c.code === text; });
    return hit ? hit.id : null;
  }

  function clearErrors() {
    document.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; });
  }

  function showError(field, text) {
    const target = document.querySelector('.field-error[data-for="' + field + '"]')
      || document.querySelector('.field-error[data-for="definitionId"]');
    target.textContent = text;
  }

  async function loadCompanies() {
    const companies = await getJson('api/v1/companies');
    $('company').replaceChildren.apply($('company'), companies.map(function (c) {
      const o = document.createElement('option');
      o.value = c.id; o.textContent = c.code + ' – ' + c.name; return o;
    }));
    await loadCustomers();
  }

  async function loadCustomers() {
    customers = await getJson('api/v1/companies/' + $('company').value + '/customer-accounts');
    $('customers').replaceChildren.apply($('customers'), customers.map(function (c) {
      const o = document.createElement('option');
      o.value = c.code + ' – ' + c.name; return o;
    }));
  }

  async function loadDocuments() {
    const select = $('document');
    select.replaceChildren(new Option('—', ''));
    const id = customerId();
    if (!id) return;
    const docs = await getJson('api/v1/companies/' + $('company').value + '/customer-accounts/' + id + '/open-documents');
    docs.forEach(function (d) {
      const o = new Option(d.type + ' ' + d.number + ' – open ' + Number(d.open).toFixed(2) + ' ' + d.currency, String(d.id));
      o.dataset.open = Number(d.open).toFixed(2);
      o.dataset.currency = d.currency;
      select.appendChild(o);
    });
  }

  function documentChosen() {
    const o = $('document').selectedOptions[0];
    if (o && o.value) {
      $('amount').value = o.dataset.open;
      $('currency').value = o.dataset.currency;
    }
    scheduleQuote();
  }

  function scheduleQuote() {
    clearTimeout(quoteTimer);
    quoteTimer = setTimeout(quote, 250);
  }

  async function quote() {
    const box = $('quote');
    const amount = $('amount').value.trim();
    if (!amount) { box.hidden = true; return; }
    const q = new URLSearchParams({ companyId: $('company').value, amount: amount, currency: $('currency').value,
      installments: $('installments').value });
    const response = await fetch('api/v1/quotes?' + q, { headers: { 'Accept': 'application/json' } });
    const body = await response.json();
    box.hidden = false;
    if (!response.ok) {
      box.className = 'notice bad';
      box.textContent = (body.fields || []).map(function (f) { return f.field + ': ' + f.reason; }).join(' ') || body.message;
      return;
    }
    box.className = 'notice';
    box.textContent = 'Through ' + body.definitionName + ' (' + body.definitionCode + '): commission '
      + Number(body.commission).toFixed(2) + ' ' + body.currency + ', net ' + Number(body.net).toFixed(2) + ' '
      + body.currency + ', value date ' + body.valueDate + '.';
    const select = $('installments');
    const chosen = select.value;
    if (select.options.length !== body.installmentsOffered.length) {
      select.replaceChildren.apply(select, body.installmentsOffered.map(function (n) {
        return new Option(n === 1 ? 'Single payment' : n + ' installments', String(n));
      }));
      select.value = body.installmentsOffered.includes(Number(chosen)) ? chosen : '1';
    }
  }

  function cardChanged() {
    const number = digits($('card-number').value);
    $('card-brand').textContent = brand(number) + (number.length >= 12 && !luhn(number) ? ' – number does not check' : '');
  }

  async function submit(event) {
    event.preventDefault();
    const button = $('collect');
    if (button.disabled) return;
    clearErrors();
    const number = digits($('card-number').value);
    const local = [];
    if (!customerId()) local.push(['customerAccountId', 'Pick a customer account from the list.']);
    if (!luhn(number)) local.push(['cardNumber', 'This card number is not valid.']);
    if (local.length) { local.forEach(function (e) { showError(e[0], e[1]); }); return; }
    idempotencyKey = idempotencyKey || (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
    button.disabled = true;
    button.textContent = 'Collecting…';
    const body = {
      companyId: Number($('company').value), customerAccountId: customerId(), amount: $('amount').value.trim(),
      currency: $('currency').value, installments: Number($('installments').value), channel: 'MOTO',
      documentId: $('document').value ? Number($('document').value) : null,
      card: { number: number, expiry: $('card-expiry').value.trim(), cvv: $('card-cvv').value.trim(),
        holder: $('card-holder').value.trim() }
    };
    try {
      const response = await fetch('api/v1/collections', { method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body) });
      const answer = await response.json();
      const result = $('result');
      result.hidden = false;
      if (response.status === 400) {
        (answer.fields || []).forEach(function (f) { showError(f.field.replace('card.', ''), f.reason); });
        result.className = 'notice bad';
        result.textContent = answer.message;
        idempotencyKey = null;
      } else if (answer.state === 'APPROVED') {
        result.className = 'notice';
        result.textContent = 'Approved – auth code ' + answer.authCode + ', ' + Number(answer.amount).toFixed(2) + ' ' + answer.currency
          + ' from ' + answer.maskedPan + ' (order ' + answer.bankOrderId + ').';
        $('card-number').value = ''; $('card-cvv').value = ''; $('card-expiry').value = '';
      } else if (answer.state) {
        result.className = 'notice bad';
        result.textContent = (answer.state === 'DECLINED' ? 'Declined: ' : answer.state + ': ') + answer.reasonMessage
          + (answer.bankCode ? ' (bank code ' + answer.bankCode + ')' : '');
      } else {
        result.className = 'notice bad';
        result.textContent = answer.message || ('HTTP ' + response.status);
      }
    } finally {
      button.textContent = 'Collect';
      button.disabled = $('result').className === 'notice';
    }
  }

  function reset() {
    idempotencyKey = null;
    $('collect-form').reset();
    $('result').hidden = true;
    $('collect').disabled = false;
    clearErrors();
    cardChanged();
    $('company').focus();
  }

  async function start() {
    const me = await getJson('api/v1/me');
    $('user').textContent = me.user;
    await loadCompanies();
    $('company').addEventListener('change', function () { loadCustomers(); scheduleQuote(); });
    $('customer-search').addEventListener('change', loadDocuments);
    $('document').addEventListener('change', documentChosen);
    ['amount', 'currency', 'installments'].forEach(function (id) { $(id).addEventListener('change', scheduleQuote); });
    $('amount').addEventListener('input', scheduleQuote);
    $('card-number').addEventListener('input', cardChanged);
    ['company', 'customer-search', 'amount', 'currency', 'installments', 'card-number', 'card-expiry', 'card-cvv',
      'card-holder'].forEach(function (id) {
      $(id).addEventListener('input', function () { if ($('result').className === 'notice bad') idempotencyKey = null; });
    });
    $('collect-form').addEventListener('submit', submit);
    $('new-payment').addEventListener('click', reset);
    document.body.dataset.ready = 'true';
  }

  start().catch(function (e) { $('user').textContent = 'error: ' + e.message; });
})();
