/* The payer's page (WEB-INF/payer/pay.html): reads /vpos/pay/{id}/details and draws it in the payer's language.
   The payment itself is the page's own form, posted by the browser once the checks below pass, so that the bank's
   3-D page or the provider's page is an ordinary navigation. No inline script or style, no HTML from strings. */
(function () {
  'use strict';

  var LANGUAGES = ['tr', 'en', 'ar', 'el', 'it', 'ru'];
  var FORMAT_LOCALES = { tr: 'tr-TR', en: 'en-GB', ar: 'ar-SA', el: 'el-GR', it: 'it-IT', ru: 'ru-RU' };
  var REASONS = ['INSUFFICIENT_FUNDS', 'EXPIRED_CARD', 'INVALID_CARD', 'DO_NOT_HONOR', 'LIMIT_EXCEEDED', 'RESTRICTED_CARD',
    'NOT_PERMITTED', 'THREE_D_AUTHENTICATION_FAILED', 'BANK_NOT_REACHED', 'PICK_UP_CARD', 'LOST_CARD_PICK_UP',
    'STOLEN_CARD_PICK_UP', 'REFER_TO_ISSUER', 'INVALID_AMOUNT'];
  var FIELDS = ['holder', 'cardNumber', 'expiry', 'cvv'];

  var sessionId = location.pathname.replace(/\/+$/, '').split('/').pop();
  var query = new URLSearchParams(location.search);
  var texts = {};
  var language = 'en';
  var page = null;
  var chosen = null;
  var cardBox = null;
  var installmentsBox = null;

  /* An element of the page, also while it sits in the card form or the installments table that a method without
     them has taken off the page (drawing a method must not depend on which method was drawn before). */
  function $(id) {
    var found = document.getElementById(id);
    [cardBox, installmentsBox].forEach(function (box) {
      if (!found && box && !box.parentNode) { found = box.querySelector('#' + id); }
    });
    return found;
  }

  function t(key, args) {
    var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return args && args[name] !== undefined ? String(args[name]) : all;
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function say(text) { $('status').textContent = ''; window.setTimeout(function () { $('status').textContent = text; }, 50); }

  /* ---- language ---- */

  function supported(tag) {
    var code = String(tag || '').toLowerCase().split('-')[0];
    return LANGUAGES.indexOf(code) >= 0 ? code : null;
  }

  function chooseLanguage() {
    var fromQuery = supported(query.get('lang'));
    if (fromQuery) { return fromQuery; }
    try {
      var stored = supported(window.localStorage.getItem('vpos.payer.language'));
      if (stored) { return stored; }
    } catch (ignored) { /* storage refused: the browser's languages decide */ }
    var fromSession = page && supported(page.locale);
    if (fromSession) { return fromSession; }
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var code = supported(wanted[i]);
      if (code) { return code; }
    }
    return 'en';
  }

  function loadTexts(code) {
    return fetch('/vpos/assets/payer/i18n/' + code + '.json', { credentials: 'omit' })
      .then(function (r) { if (!r.ok) { throw new Error('texts ' + r.status); } return r.json(); })
      .then(function (json) {
        texts = json;
        language = code;
        document.documentElement.lang = code;
        document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
        [document, cardBox, installmentsBox].forEach(function (root) {
          if (root) { root.querySelectorAll('[data-t]').forEach(function (n) { n.textContent = t(n.getAttribute('data-t')); }); }
        });
        $('language').value = code;
        // the pages after ours (the bank's 3-D page, a provider's, our Stripe card page) speak it too
        setHidden('lang', code);
      });
  }

  /* ---- formatting for the locale ---- */

  function money(amount, currency) {
    var digits = (String(amount).split('.')[1] || '').length;
    try {
      return new Intl.NumberFormat(FORMAT_LOCALES[language], {
        style: 'currency', currency: currency, minimumFractionDigits: digits, maximumFractionDigits: digits
      }).format(Number(amount));
    } catch (e) {
      return amount + ' ' + currency;
    }
  }

  function count(n) {
    return new Intl.NumberFormat(FORMAT_LOCALES[language]).format(n);
  }

  function dateTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return ''; }
    return new Intl.DateTimeFormat(FORMAT_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }

  /* ---- card checks (the server checks again) ---- */

  function digits(s) { return String(s || '').replace(/\D/g, ''); }

  function brandOf(number) {
    var n = digits(number);
    if (/^4/.test(n)) { return 'visa'; }
    if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(n)) { return 'mastercard'; }
    if (/^3[47]/.test(n)) { return 'amex'; }
    if (/^9792/.test(n)) { return 'troy'; }
    if (/^(6011|65|64[4-9])/.test(n)) { return 'discover'; }
    return '';
  }

  function luhn(n) {
    var sum = 0;
    for (var i = 0; i < n.length; i++) {
      var d = Number(n.charAt(n.length - 1 - i));
      if (i % 2 === 1) { d *= 2; if (d > 9) { d -= 9; } }
      sum += d;
    }
    return sum % 10 === 0;
  }

  function spaced(n, brand) {
    if (brand === 'amex') {
      return [n.slice(0, 4), n.slice(4, 10), n.slice(10, 15)].filter(Boolean).join(' ');
    }
    return n.replace(/(\d{4})(?=\d)/g, '$1 ');
  }

  function cardProblem(field, value) {
    var v = String(value || '').trim();
    if (field === 'holder') {
      return v.length < 2 ? 'error.holder' : null;
    }
    if (field === 'cardNumber') {
      var n = digits(v);
      if (n.length < 12 || n.length > 19) { return 'error.cardNumber.length'; }
      return luhn(n) ? null : 'error.cardNumber.luhn';
    }
    if (field === 'expiry') {
      var m = /^(\d{2})\/(\d{2})$/.exec(v);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) { return 'error.expiry.format'; }
      var now = new Date();
      var year = 2000 + Number(m[2]);
      var month = Number(m[1]);
      if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
        return 'error.expiry.past';
      }
      return null;
    }
    if (field === 'cvv') {
      var want = brandOf($('cardNumber').value) === 'amex' ? 4 : 3;
      return new RegExp('^\\d{' + want + '}$').test(v) ? null : (want === 4 ? 'error.cvv.amex' : 'error.cvv');
    }
    return null;
  }

  function showFieldError(field, key) {
    var input = $(field);
    var out = $(field + '-error');
    if (!input || !out) { return; }
    if (key) {
      input.setAttribute('aria-invalid', 'true');
      out.textContent = t(key);
    } else {
      input.removeAttribute('aria-invalid');
      out.textContent = '';
    }
  }

  function showSummary(problems) {
    var box = $('form-errors');
    clear(box);
    if (!problems.length) { box.hidden = true; return; }
    box.appendChild(el('p', {}, t('error.summary', { count: problems.length })));
    var list = el('ul');
    problems.forEach(function (p) {
      var li = el('li');
      var a = el('a', { href: '#' + p.field }, t(p.field) + ': ' + t(p.key));
      a.addEventListener('click', function (e) { e.preventDefault(); $(p.field).focus(); });
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(list);
    box.hidden = false;
  }

  function wireCardInputs() {
    var number = $('cardNumber');
    number.addEventListener('input', function () {
      var brand = brandOf(number.value);
      var n = digits(number.value).slice(0, brand === 'amex' ? 15 : 19);
      var atEnd = number.selectionStart === number.value.length;
      number.value = spaced(n, brand);
      if (atEnd) { number.setSelectionRange(number.value.length, number.value.length); }
      var badge = $('brand');
      badge.className = 'brand ' + brand;
      badge.textContent = brand ? t('brand.' + brand) : '';
      $('cvv').setAttribute('maxlength', brand === 'amex' ? '4' : '3');
      suggestRoute();
    });
    var expiry = $('expiry');
    expiry.addEventListener('input', function (e) {
      var d = digits(expiry.value).slice(0, 4);
      if (d.length === 1 && Number(d) > 1) { d = '0' + d; }
      var deleting = e.inputType && e.inputType.indexOf('delete') === 0;
      expiry.value = d.length > 2 || (d.length === 2 && !deleting) ? d.slice(0, 2) + '/' + d.slice(2) : d;
    });
    $('cvv').addEventListener('input', function () { $('cvv').value = digits($('cvv').value).slice(0, 4); });
    // a field's error goes as soon as it is put right; new errors appear only on submit, so that nothing moves
    // under the payer's pointer on the way to the button
    FIELDS.forEach(function (f) {
      $(f).addEventListener('input', function () {
        if ($(f).getAttribute('aria-invalid') === 'true' && !cardProblem(f, $(f).value)) { showFieldError(f, null); }
      });
    });
  }

  /* ---- the route: which method the company's rules choose for the card being typed, and why ----
     A suggestion only: the payer's own choice of method is what is paid with (a named method is never replaced);
     a different suggestion offers a button to switch. Only the card's first 6 to 8 digits are sent. */

  var route = { key: null, answer: null, campaign: null };

  function routeQuery() {
    // a method whose bank or provider takes the card (3D Host, myPOS, ...) has no card fields on our page at all
    if (!chosen || !chosen.asksCard || !cardBox.parentNode) { return null; }
    var n = digits($('cardNumber').value);
    if (n.length < 6) { return null; }
    var picked = installmentsBox.parentNode && installmentsBox.querySelector('input[name="installments"]:checked');
    return 'bin=' + n.slice(0, 8) + '&installments=' + (picked ? picked.value : '1');
  }

  function suggestRoute() {
    var q = routeQuery();
    if (q === null) {
      route.key = null;
      route.answer = null;
      route.campaign = null;
      drawRoute();
      labelInstallments();
      return;
    }
    if (q === route.key) { drawRoute(); return; }
    route.key = q;
    fetch('/vpos/pay/' + encodeURIComponent(sessionId) + '/route?' + q, { credentials: 'omit', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : { route: null }; })
      .then(function (json) {
        if (route.key !== q) { return; } // the payer typed on: a later answer counts
        route.answer = json.route;
        route.campaign = json.campaign || null;
        drawRoute();
        labelInstallments();
      })
      .catch(function () {
        if (route.key === q) { route.answer = null; route.campaign = null; drawRoute(); labelInstallments(); }
      });
  }

  function routeWhy(r) {
    if (r.reason === 'ON_US') { return t('route.why.onUs', { issuer: r.issuer }); }
    if (r.reason === 'PROGRAMME') { return t('route.why.programme', { programme: r.programme }); }
    return r.installments > 1 ? t('route.why.cheapest', { count: count(r.installments) }) : t('route.why.cheapestSingle');
  }

  function drawRoute() {
    var box = $('route');
    var r = route.answer;
    var method = r && page.methods.filter(function (m) { return m.id === r.methodId; })[0];
    if (!method || !chosen || !chosen.asksCard) {
      box.hidden = true;
      return;
    }
    var same = method.id === chosen.id;
    box.className = 'route' + (same ? ' same' : ' other');
    box.setAttribute('data-method', String(method.id));
    box.setAttribute('data-reason', r.reason);
    $('route-text').textContent = same
      ? t('route.this', { method: method.name, why: routeWhy(r) })
      : t('route.other', { method: method.name, why: routeWhy(r), chosen: chosen.name });
    var button = $('route-switch');
    button.hidden = same;
    button.textContent = same ? '' : t('route.switch', { method: method.name });
    box.hidden = false;
  }

  /* The card programme's plus-installment campaign: the bank adds its extra installments at no cost; the count sent
     stays the one chosen, so only the rows' words change ("6 + 2 installments (Bonus campaign)"). */
  function installmentText(n) {
    var c = route.campaign;
    if (n === 1) { return t('installments.single'); }
    if (c && n >= c.minimumInstallments) {
      return t('installments.plus', { count: count(n), plus: count(c.plusInstallments), programme: c.programme });
    }
    return t('installments.months', { count: count(n) });
  }

  function labelInstallments() {
    installmentsBox.querySelectorAll('tbody tr').forEach(function (tr) {
      var n = Number(tr.getAttribute('data-count'));
      var words = tr.querySelector('.count');
      words.textContent = installmentText(n);
      var c = route.campaign;
      tr.classList.toggle('campaign', Boolean(c && n > 1 && n >= c.minimumInstallments));
    });
  }

  /* ---- drawing the page ---- */

  function logoOf(m) {
    return m.logoUrl || '/vpos/assets/logos/' + String(m.family).toLowerCase() + '.svg';
  }

  function drawMerchant() {
    $('merchant-name').textContent = page.companyName;
    $('order').textContent = t(page.purpose === 'ORDER' ? 'order' : page.purpose === 'LINK' ? 'link' : 'balance',
      { reference: page.reference });
    document.title = t('title.for', { company: page.companyName });
    if (page.companyLogoUrl) {
      $('merchant-logo').src = page.companyLogoUrl;
      // decorative: the company's name is written right beside it
      $('merchant-logo').alt = '';
      $('merchant-logo').hidden = false;
    }
  }

  function drawMethods() {
    var box = $('methods');
    $('methods-box').after($('method-panel'));
    clear(box);
    $('methods-box').hidden = page.methods.length < 2 && !(chosen && Number(chosen.discount) > 0);
    page.methods.forEach(function (m) {
      var a = el('a', { href: '?method=' + m.id, 'class': 'method', 'data-family': m.family, 'data-id': String(m.id) });
      if (chosen && chosen.id === m.id) {
        a.classList.add('selected');
        a.setAttribute('aria-current', 'true');
      }
      a.appendChild(el('img', { src: logoOf(m), alt: '' }));
      a.appendChild(el('span', { 'class': 'name', dir: 'auto' }, m.name));
      a.appendChild(el('span', { 'class': 'amount' }, money(m.payable, page.currency)));
      var hint = el('span', { 'class': 'hint' });
      if (Number(m.discount) > 0) {
        hint.appendChild(el('span', { 'class': 'badge' }, t('method.discount', { discount: money(m.discount, page.currency) })));
        hint.appendChild(document.createTextNode(' '));
      }
      hint.appendChild(document.createTextNode(m.asksCard ? t(m.threeDs ? 'method.card3d' : 'method.card')
        : t('method.hosted', { name: m.name })));
      a.appendChild(hint);
      a.addEventListener('click', function (e) {
        e.preventDefault();
        choose(m.id, true);
      });
      box.appendChild(a);
    });
  }

  function drawInstallments() {
    var body = installmentsBox.querySelector('tbody');
    clear(body);
    var rows = chosen && chosen.asksCard ? chosen.installments : [];
    if (rows.length < 2) {
      if (installmentsBox.parentNode) { installmentsBox.parentNode.removeChild(installmentsBox); }
      return;
    }
    $('card-box').after(installmentsBox);
    installmentsBox.hidden = false;
    // a surcharge column only when the definition passes some count's commission on to the payer
    var surcharged = rows.some(function (row) { return Number(row.surcharge) > 0; });
    installmentsBox.querySelector('#installments-surcharge-col').hidden = !surcharged;
    rows.forEach(function (row, i) {
      var tr = el('tr', i === 0 ? { 'class': 'chosen', 'data-count': String(row.count) } : { 'data-count': String(row.count) });
      var td = el('td');
      var label = el('label');
      var radio = el('input', { type: 'radio', name: 'installments', value: String(row.count) });
      if (i === 0) { radio.checked = true; }
      radio.addEventListener('change', function () {
        body.querySelectorAll('tr').forEach(function (r) { r.classList.remove('chosen'); });
        tr.classList.add('chosen');
        suggestRoute();
      });
      label.appendChild(radio);
      label.appendChild(el('span', { 'class': 'count' }, installmentText(row.count)));
      td.appendChild(label);
      tr.appendChild(td);
      tr.appendChild(el('td', { 'class': 'num' }, money(row.perMonth, page.currency)));
      tr.appendChild(el('td', { 'class': 'num' }, money(row.total, page.currency)));
      if (surcharged) {
        tr.appendChild(el('td', { 'class': 'num surcharge' },
          Number(row.surcharge) > 0 ? '+' + money(row.surcharge, page.currency) : t('installments.noSurcharge')));
      }
      body.appendChild(tr);
    });
  }

  function drawSavedCards() {
    var box = $('saved-cards');
    var deletion = $('saved-card-deletion');
    var consent = $('save-card-box');
    clear(box); clear(deletion); clear(consent);
    var cards = chosen && chosen.keepsCards ? chosen.savedCards : [];
    box.hidden = cards.length === 0;
    deletion.hidden = cards.length === 0;
    consent.hidden = !(chosen && chosen.keepsCards);
    if (chosen && chosen.keepsCards) {
      var label = el('label', { 'class': 'check' });
      label.appendChild(el('input', { type: 'checkbox', id: 'saveCard', name: 'saveCard', value: '1' }));
      label.appendChild(el('span', {}, t('saveCard', { provider: chosen.name })));
      consent.appendChild(label);
    }
    if (!cards.length) { return; }
    box.appendChild(el('p', { 'class': 'muted' }, t('saved.title', { provider: chosen.name })));
    deletion.appendChild(el('p', { 'class': 'muted' }, t('saved.manage')));
    cards.forEach(function (c) {
      var text = t('saved.pay', { card: c.label }) + (c.expiry ? ' (' + c.expiry + ')' : '');
      var b = el('button', { type: 'button', 'class': 'saved-card', id: 'pay-saved-' + c.id }, text);
      b.addEventListener('click', function () { submitWith({ savedCard: String(c.id) }); });
      box.appendChild(b);
      var f = el('form', {
        method: 'post',
        action: '/vpos/pay/' + encodeURIComponent(sessionId) + '/saved-cards/' + c.id + '/delete?method=' + chosen.id
      });
      f.appendChild(el('span', {}, c.label));
      f.appendChild(el('button', { type: 'submit', id: 'delete-saved-' + c.id, 'aria-label': t('saved.delete.label', { card: c.label }) },
        t('saved.delete')));
      deletion.appendChild(f);
    });
  }

  function drawChosen() {
    var amount = chosen ? chosen.payable : page.amount;
    // a pre-authorisation only reserves the amount: the page says so instead of "Pay"
    var hold = page.kind === 'PRE_AUTH';
    $('charged').textContent = t(hold ? 'hold.amount' : 'pay.amount', { amount: money(amount, page.currency) });
    $('hold-note').hidden = !hold;
    $('hold-note').textContent = hold ? t('hold.note') : '';
    var discount = $('discount');
    discount.hidden = !(chosen && Number(chosen.discount) > 0);
    if (!discount.hidden) {
      discount.textContent = t('discount', {
        method: chosen.name, discount: money(chosen.discount, page.currency), amount: money(page.amount, page.currency)
      });
    }
    var asksCard = !chosen || chosen.asksCard;
    $('card-title').textContent = t('card.legend', { method: chosen ? chosen.name : '' });
    $('hosted-note').hidden = asksCard;
    $('hosted-note').textContent = asksCard ? '' : t('hosted.note', { name: chosen.name });
    $('three-ds-note').hidden = !(chosen && chosen.asksCard && chosen.threeDs);
    $('three-ds-note').textContent = t('threeDs.note');
    $('pay').textContent = asksCard ? t(hold ? 'hold.button' : 'pay.button', { amount: money(amount, page.currency) })
      : t('pay.hosted', { name: chosen.name });
    drawMethods();
    placeCardForm(asksCard);
    drawInstallments();
    drawSavedCards();
    suggestRoute();
  }

  /* The chosen method's panel (saved cards, card form, installments, the pay button) goes right under the chosen
     method, so that it visibly belongs to it; a method whose provider takes the card has no card fields at all. */
  function placeCardForm(asksCard) {
    var panel = $('method-panel');
    var selected = document.querySelector('#methods a.method.selected');
    if (selected && !$('methods-box').hidden) {
      selected.after(panel);
    } else {
      $('methods-box').after(panel);
    }
    if (asksCard && !cardBox.parentNode) {
      $('saved-cards').after(cardBox);
    } else if (!asksCard && cardBox.parentNode) {
      cardBox.parentNode.removeChild(cardBox);
    }
  }

  function choose(id, announce) {
    chosen = page.methods.filter(function (m) { return m.id === id; })[0] || page.methods[0] || null;
    var url = new URL(location.href);
    if (chosen) { url.searchParams.set('method', String(chosen.id)); }
    url.searchParams.delete('invalid');
    history.replaceState(null, '', url.pathname + url.search);
    $('pay-form').setAttribute('action', '/vpos/pay/' + encodeURIComponent(sessionId) + (chosen ? '?method=' + chosen.id : ''));
    setHidden('method', chosen ? String(chosen.id) : '');
    drawChosen();
    if (announce && chosen) { say(t('method.chosen', { name: chosen.name, amount: money(chosen.payable, page.currency) })); }
  }

  function setHidden(name, value) {
    var form = $('pay-form');
    var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
    if (!input) {
      input = el('input', { type: 'hidden', name: name });
      form.insertBefore(input, form.firstChild);
    }
    input.value = value;
  }

  function submitWith(extra) {
    Object.keys(extra).forEach(function (k) { setHidden(k, extra[k]); });
    busy();
    $('pay-form').submit();
  }

  function busy() {
    var pay = $('pay');
    pay.disabled = true;
    pay.setAttribute('aria-busy', 'true');
    pay.textContent = chosen && chosen.asksCard && chosen.threeDs ? t('pay.toBank') : t('pay.busy');
    say(pay.textContent);
  }

  function onSubmit(e) {
    if ($('pay').disabled) { e.preventDefault(); return; }
    if (!chosen || chosen.asksCard) {
      var problems = [];
      FIELDS.forEach(function (f) {
        var key = cardProblem(f, $(f).value);
        showFieldError(f, key);
        if (key) { problems.push({ field: f, key: key }); }
      });
      showSummary(problems);
      if (problems.length) {
        e.preventDefault();
        $(problems[0].field).focus();
        return;
      }
      $('cardNumber').value = digits($('cardNumber').value);
    }
    busy();
  }

  /* ---- the outcome ---- */

  function showResult() {
    $('checkout').hidden = true;
    var last = page.last;
    var outcome;
    var title;
    var text = '';
    var detail = '';
    if (page.state === 'PAID' || (last && last.state === 'APPROVED')) {
      outcome = 'approved';
      title = t(page.kind === 'PRE_AUTH' ? 'result.held' : 'result.approved');
      text = last ? t(page.kind === 'PRE_AUTH' ? 'result.held.text' : 'result.approved.text',
        { amount: money(last.amount, page.currency) }) : '';
      detail = last && last.authCode ? t('result.approved.detail', { code: last.authCode, card: last.maskedPan || '' }) : '';
    } else if (last && (last.state === 'UNKNOWN' || last.state === 'INITIATED' || last.state === 'PENDING_3DS')) {
      outcome = 'unknown';
      title = t('result.unknown');
      text = t('result.unknown.text');
    } else if (page.state === 'EXPIRED') {
      outcome = 'expired';
      title = t('result.expired');
      text = t(page.backUrl ? 'result.expired.text' : 'result.expired.link', { company: page.companyName });
    } else if (page.state === 'CANCELLED') {
      outcome = 'cancelled';
      title = t('result.cancelled');
      text = t('result.cancelled.text', { company: page.companyName });
    } else if (last && (last.state === 'DECLINED' || last.state === 'NOT_SENT')) {
      outcome = 'declined';
      title = t(last.state === 'NOT_SENT' ? 'result.notSent' : 'result.declined');
      text = t(REASONS.indexOf(last.reason) >= 0 ? 'reason.' + last.reason : 'reason.other');
      detail = t(last.state === 'NOT_SENT' ? 'result.notSent.detail' : 'result.declined.detail');
    } else {
      outcome = 'closed';
      title = t('result.closed');
    }
    var box = $('result');
    box.setAttribute('data-outcome', outcome);
    $('result-title').textContent = title;
    $('result-text').textContent = text;
    $('result-detail').textContent = detail;
    // a payment link has no shop to go back to
    $('back').hidden = !page.backUrl;
    $('back').href = page.backUrl || '#';
    var retry = $('retry');
    retry.hidden = !(outcome === 'declined' && page.state === 'OPEN');
    retry.href = location.pathname + (query.get('method') ? '?method=' + encodeURIComponent(query.get('method')) : '');
    var shown = box.hidden === false;
    box.hidden = false;
    if (!shown) {
      $('result-title').focus();
    } else {
      say(title + '. ' + text);
    }
    if (outcome === 'unknown') {
      watch();
    }
  }

  /* While the outcome is unknown, ask again every few seconds: the janitor settles it with the bank's own answer. */
  var watching = 0;
  function watch() {
    if (watching > 40) { return; }
    watching++;
    window.setTimeout(function () {
      fetch('/vpos/pay/' + encodeURIComponent(sessionId) + '/details', { credentials: 'omit', cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (json) {
          if (!json) { watch(); return; }
          page = json;
          showResult();
        })
        .catch(function () { watch(); });
    }, 3000);
  }

  function showNotice(titleKey, textKey) {
    $('checkout').hidden = true;
    $('notice-title').textContent = t(titleKey);
    $('notice-text').textContent = t(textKey);
    $('notice').hidden = false;
  }

  function showCheckout() {
    drawMerchant();
    if (!page.methods.length) {
      showNotice('noMethod.title', 'noMethod.text');
      return;
    }
    var wanted = Number(query.get('method'));
    var offered = page.methods.some(function (m) { return m.id === wanted; });
    if (query.get('method') && !offered) {
      $('form-errors').hidden = false;
      $('form-errors').textContent = t('error.method');
    }
    choose(offered ? wanted : page.methods[0].id, false);
    $('expires').textContent = page.expiresAt ? t('expires', { time: dateTime(page.expiresAt) }) : '';
    $('leave').parentNode.hidden = !page.backUrl;
    $('leave').href = page.backUrl || '#';
    var invalid = (query.get('invalid') || '').split(',').filter(Boolean);
    if (invalid.length) {
      var problems = invalid.map(function (f) {
        var field = FIELDS.indexOf(f) >= 0 ? f : null;
        if (field) { showFieldError(field, 'error.server'); }
        return { field: field || 'pay', key: field ? 'error.server' : 'error.server.other' };
      });
      showSummary(problems);
    }
    $('checkout').hidden = false;
    if (invalid.length) { $('form-errors').focus(); }
  }

  function draw() {
    drawMerchant();
    if (query.get('view') === 'result' || page.state !== 'OPEN') {
      showResult();
    } else {
      showCheckout();
    }
  }

  function start() {
    cardBox = $('card-box');
    installmentsBox = $('installments-box');
    installmentsBox.parentNode.removeChild(installmentsBox);
    setHidden('view', 'page');
    wireCardInputs();
    $('pay-form').addEventListener('submit', onSubmit);
    $('route-switch').addEventListener('click', function () {
      if (route.answer) { choose(route.answer.methodId, true); $('cardNumber').focus(); }
    });
    $('language').addEventListener('change', function () {
      var code = supported($('language').value) || 'en';
      try { window.localStorage.setItem('vpos.payer.language', code); } catch (ignored) { /* not kept: fine */ }
      loadTexts(code).then(function () { if (page) { draw(); } say(t('language.changed')); });
    });
    fetch('/vpos/pay/' + encodeURIComponent(sessionId) + '/details', { credentials: 'omit', cache: 'no-store' })
      .then(function (r) {
        if (r.status === 404) { return null; }
        if (!r.ok) { throw new Error('details ' + r.status); }
        return r.json();
      })
      .then(function (json) {
        page = json;
        return loadTexts(chooseLanguage());
      })
      .then(function () {
        document.documentElement.classList.remove('loading');
        if (!page) {
          showNotice('notFound.title', 'notFound.text');
        } else {
          draw();
        }
      })
      .catch(function (failure) {
        if (window.console) { window.console.error(failure); }
        return loadTexts(chooseLanguage()).then(function () { showNotice('failed.title', 'failed.text'); });
      })
      .then(function () { document.documentElement.classList.remove('loading'); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
