/* Financial Accounting › Bank › Credit Card Batches › Online Collection: a phone order keyed in by accounting staff. */
Vpos.page('collect', async function () {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  let customers = [];
  let idempotencyKey = null;
  let quoteTimer = null;
  let quotedBin = '';
  /** Why routing chose the definition (the quote's route.reason). */
  const ROUTE_TEXTS = { NAMED: 'collect.routeNamed', DEFAULT: 'collect.routeDefault', ON_US: 'collect.routeOnUs',
    PROGRAMME: 'collect.routeProgramme', CHEAPEST: 'collect.routeCheapest' };
  const CARD_TYPES = { CREDIT: 'collect.cardCredit', DEBIT: 'collect.cardDebit', COMMERCIAL: 'collect.cardCommercial' };

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
    return number.length ? t('collect.brandUnknown') : '';
  }

  function customer() {
    const text = $('customer-search').value.trim();
    return customers.find(function (c) { return c.code + ' – ' + c.name === text || c.code === text; }) || null;
  }

  function customerId() {
    const hit = customer();
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
    const companies = await V.get('api/v1/companies');
    $('company').replaceChildren.apply($('company'), companies.map(function (c) {
      return V.option(c.code + ' – ' + c.name, String(c.id));
    }));
    await loadCustomers();
  }

  async function loadCustomers() {
    customers = await V.get('api/v1/companies/' + $('company').value + '/customer-accounts');
    $('customers').replaceChildren.apply($('customers'), customers.map(function (c) {
      const o = document.createElement('option');
      o.value = c.code + ' – ' + c.name;
      return o;
    }));
  }

  async function loadDocuments() {
    const select = $('document');
    select.replaceChildren(new Option('—', ''));
    const id = customerId();
    if (!id) return;
    const docs = await V.get('api/v1/companies/' + $('company').value + '/customer-accounts/' + id + '/open-documents');
    docs.forEach(function (d) {
      const o = new Option(t('collect.documentOption', { type: V.label('document', d.type), number: d.number,
        open: V.money(d.open, d.currency) }), String(d.id));
      o.dataset.open = V.plainAmount(d.open, d.currency);
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
    quoteTimer = setTimeout(function () { quote().catch(V.pageError); }, 250);
  }

  /**
   * A count's words; with the card programme's campaign "6 + 2 installments (Bonus campaign)" (the bank gets 6); when
   * the definition passes the count's commission on to the payer, what a month and the total come to with it.
   */
  function installmentsText(option, currency) {
    const n = option.installments;
    let words;
    if (n === 1) {
      words = t('collect.singlePayment');
    } else if (option.plusInstallments > 0) {
      words = t('collect.installmentsPlus', { n: V.number(n), plus: V.number(option.plusInstallments),
        programme: option.campaignProgramme });
    } else {
      words = t('collect.installmentsN', { n: V.number(n) });
    }
    if (Number(option.surcharge) > 0) {
      words += ' ' + t('collect.installmentsSurcharged', { perMonth: V.money(option.perMonth, currency),
        total: V.money(option.total, currency), surcharge: V.money(option.surcharge, currency) });
    }
    return words;
  }

  async function quote() {
    const box = $('quote');
    const amount = V.parseAmount($('amount').value);
    if (!amount) { box.hidden = true; return; }
    const q = new URLSearchParams({ companyId: $('company').value, amount: amount, currency: $('currency').value,
      installments: $('installments').value });
    quotedBin = cardBin();
    if (quotedBin) q.set('bin', quotedBin);
    const reply = await V.send('GET', 'api/v1/quotes?' + q);
    const body = reply.body || {};
    if (!reply.ok) {
      V.notice(box, (body.fields || []).map(V.fieldProblem).join(' ') || body.message
        || t('error.http', { status: reply.status }), true);
      return;
    }
    V.notice(box, t('collect.quote', { definition: body.definitionName, code: body.definitionCode,
      commission: V.money(body.commission, body.currency), net: V.money(body.net, body.currency),
      valueDate: V.date(body.valueDate) })
      + (Number(body.surcharge) > 0 ? ' ' + t('collect.surchargeCharged', { charged: V.money(body.charged, body.currency),
        surcharge: V.money(body.surcharge, body.currency) }) : '')
      + ' ' + routeText(body));
    const select = $('installments');
    const chosen = select.value;
    const options = body.installmentOptions || [];
    const shown = Array.prototype.map.call(select.options, function (o) { return o.value + ':' + o.text; }).join(',');
    const text = function (o) { return installmentsText(o, body.currency); };
    if (shown !== options.map(function (o) { return o.installments + ':' + text(o); }).join(',')) {
      select.replaceChildren.apply(select, options.map(function (o) {
        return new Option(text(o), String(o.installments));
      }));
      select.value = body.installmentsOffered.includes(Number(chosen)) ? chosen : '1';
    }
  }

  /** The card's first 6 to 8 digits once typed (all routing reads of the card), else ''. */
  function cardBin() {
    const number = digits($('card-number').value);
    return number.length >= 6 ? number.slice(0, 8) : '';
  }

  /** Which definition and why, what the BIN table says about the card, and the failover if there is one. */
  function routeText(body) {
    const route = body.route || {};
    const parts = [];
    if (body.card) {
      parts.push(t('collect.cardProfile', { issuer: body.card.issuerName, programme: body.card.programme || '—',
        type: t(CARD_TYPES[body.card.type] || 'collect.brandUnknown'), country: body.card.country }));
    }
    if (ROUTE_TEXTS[route.reason]) parts.push(t(ROUTE_TEXTS[route.reason], { detail: route.detail || '' }));
    if (route.fallbackDefinitionCode) parts.push(t('collect.routeFallback', { code: route.fallbackDefinitionCode }));
    return parts.join(' ');
  }

  function cardChanged() {
    const number = digits($('card-number').value);
    if (cardBin() !== quotedBin) scheduleQuote();
    $('card-brand').textContent = brand(number)
      + (number.length >= 12 && !luhn(number) ? ' – ' + t('collect.numberDoesNotCheck') : '');
  }

  /** The result line: our words first, then the bank's own message verbatim (in its own direction). */
  function showResult(good, text, bankMessage) {
    const result = $('result');
    result.className = good ? 'notice' : 'notice bad';
    result.replaceChildren(document.createTextNode(text));
    if (bankMessage) {
      result.appendChild(document.createTextNode(' · ' + t('collect.bankSays') + ' '));
      const verbatim = V.el('bdi', bankMessage, 'bank-message');
      result.appendChild(verbatim);
    }
    result.hidden = false;
  }

  async function submit(event) {
    event.preventDefault();
    const button = $('collect');
    if (button.disabled) return;
    clearErrors();
    const number = digits($('card-number').value);
    const local = [];
    if (!customerId()) local.push(['customerAccountId', t('collect.pickCustomer')]);
    if (!luhn(number)) local.push(['cardNumber', t('collect.cardInvalid')]);
    if (local.length) { local.forEach(function (e) { showError(e[0], e[1]); }); return; }
    idempotencyKey = idempotencyKey || V.newKey();
    button.disabled = true;
    button.textContent = t('collect.collecting');
    const body = {
      companyId: Number($('company').value), customerAccountId: customerId(), amount: V.parseAmount($('amount').value),
      currency: $('currency').value, installments: Number($('installments').value), channel: 'MOTO',
      documentId: $('document').value ? Number($('document').value) : null,
      card: { number: number, expiry: $('card-expiry').value.trim(), cvv: $('card-cvv').value.trim(),
        holder: $('card-holder').value.trim() }
    };
    try {
      const reply = await V.send('POST', 'api/v1/collections', body, { headers: { 'Idempotency-Key': idempotencyKey } });
      const answer = reply.body || {};
      if (reply.status === 400) {
        (answer.fields || []).forEach(function (f) { showError(f.field.replace('card.', ''), f.reason); });
        showResult(false, answer.message);
        idempotencyKey = null;
      } else if (answer.state === 'APPROVED') {
        showResult(true, t('collect.approved', { authCode: answer.authCode, amount: V.money(answer.amount, answer.currency),
          pan: answer.maskedPan, order: answer.bankOrderId })
          + (answer.failedOverFrom ? ' ' + t('collect.failedOver') : ''));
        $('card-number').value = ''; $('card-cvv').value = ''; $('card-expiry').value = '';
      } else if (answer.state) {
        showResult(false, (answer.state === 'DECLINED' ? t('collect.declined', { reason: answer.reasonMessage })
          : t('collect.otherOutcome', { state: V.label('state', answer.state), reason: answer.reasonMessage }))
          + (answer.bankCode ? ' ' + t('collect.bankCode', { code: answer.bankCode }) : ''), answer.bankMessage);
      } else {
        showResult(false, answer.message || t('error.http', { status: reply.status }));
      }
    } catch (e) {
      showResult(false, V.problem(e));
    } finally {
      button.textContent = t('collect.collect');
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

  await loadCompanies();
  $('company').addEventListener('change', function () { loadCustomers().catch(V.pageError); scheduleQuote(); });
  $('customer-search').addEventListener('change', function () { loadDocuments().catch(V.pageError); });
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
  // paylinks.js: the same company, customer, document and amount sent as a payment link instead
  await window.VposPayLinks({ customer: customer, customerId: customerId, showError: showError, clearErrors: clearErrors });
  document.body.dataset.ready = 'true';
});
