(function () {
  'use strict';

  const $ = function (id) { return document.getElementById(id); };
  const state = { page: 0, size: 50, sort: 'transactionTime', direction: 'desc', total: 0 };
  const detail = { data: null, roles: [], key: null };

  async function getJson(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    const body = await response.json();
    if (!response.ok) { const e = new Error(body.message); e.body = body; throw e; }
    return body;
  }

  function params() {
    const p = new URLSearchParams();
    ['from', 'to', 'companyId', 'family', 'state', 'channel', 'reconciliation', 'q'].forEach(function (id) {
      const v = $(id).value.trim();
      if (v) p.set(id, v);
    });
    return p;
  }

  function cell(text, numeric) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (numeric) td.className = 'num';
    return td;
  }

  /** Decimals of a currency (2 for TRY, 0 for JPY), as the server rounds it. */
  function digits(currency) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency: currency }).resolvedOptions().maximumFractionDigits;
    } catch (e) {
      return 2;
    }
  }

  function money(amount, currency) {
    return amount == null ? '' : Number(amount).toFixed(digits(currency)) + ' ' + currency;
  }

  function when(t) {
    return t ? new Date(t).toLocaleString() : '';
  }

  function problem(e) {
    const fields = (e.body && e.body.fields) || [];
    return [e.message].concat(fields.map(function (f) { return f.field + ': ' + f.reason; })).join(' ');
  }

  async function load() {
    const p = params();
    $('export').href = 'api/v1/batches/export.csv?' + p;
    $('export-xlsx').href = 'api/v1/batches/export.xlsx?' + p;
    p.set('page', state.page); p.set('size', state.size); p.set('sort', state.sort); p.set('direction', state.direction);
    $('errors').hidden = true;
    let body;
    try {
      body = await getJson('api/v1/batches?' + p);
    } catch (e) {
      $('errors').hidden = false;
      $('errors').textContent = (e.body && e.body.fields || []).map(function (f) { return f.field + ': ' + f.reason; })
        .join(' ') || e.message;
      return;
    }
    state.total = body.total;
    const rows = body.items.map(function (b) {
      const tr = document.createElement('tr');
      tr.id = 'batch-' + b.id;
      tr.tabIndex = 0;
      tr.title = 'Open the record';
      [new Date(b.transactionTime).toLocaleString(), b.definitionCode + ' (' + b.family + ')',
        b.customerCode + ' ' + b.customerName, b.documentNo, b.channel, b.maskedPan + ' ' + b.cardBrand]
        .forEach(function (v) { tr.appendChild(cell(v)); });
      tr.appendChild(cell(b.installments, true));
      tr.appendChild(cell(b.amount.toFixed(2) + ' ' + b.currency, true));
      tr.appendChild(cell(b.commission.toFixed(2), true));
      tr.appendChild(cell(b.netAmount.toFixed(2), true));
      [b.valueDate, b.state + (b.status === 'VOIDED' ? ' (voided)' : ''), b.bankOrderId, b.authCode, b.hostRefNum,
        b.reconciliationStatus].forEach(function (v) { tr.appendChild(cell(v)); });
      tr.addEventListener('click', function () { openDetail(b.id); });
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') openDetail(b.id); });
      return tr;
    });
    const tbody = document.querySelector('#batches tbody');
    tbody.replaceChildren.apply(tbody, rows);
    $('totals').textContent = body.total + ' record(s). ' + body.totals.map(function (t) {
      return t.currency + ': ' + t.amount.toFixed(2) + ' gross, ' + t.commission.toFixed(2) + ' commission, '
        + t.net.toFixed(2) + ' net';
    }).join(' · ');
    const last = Math.max(0, Math.ceil(state.total / state.size) - 1);
    $('position').textContent = 'page ' + (state.page + 1) + ' of ' + (last + 1);
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= last;
    document.body.dataset.loaded = String(Date.now());
  }

  // ------------------------------------------------------------------------------------------ the record opened

  function fill(tableId, lines, columns) {
    const tbody = document.querySelector('#' + tableId + ' tbody');
    tbody.replaceChildren.apply(tbody, lines.map(function (line) {
      const tr = document.createElement('tr');
      columns(line).forEach(function (c) {
        if (c instanceof Node) {
          const td = document.createElement('td');
          td.appendChild(c);
          tr.appendChild(td);
        } else {
          tr.appendChild(cell(c && c.num !== undefined ? c.num : c, c && c.num !== undefined));
        }
      });
      return tr;
    }));
  }

  function exchange(i) {
    const box = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = (i.httpStatus ? 'HTTP ' + i.httpStatus + ' · ' : '') + (i.message || i.outcome);
    const pre = document.createElement('pre');
    pre.textContent = 'request:\n' + (i.maskedRequest || '') + '\n\nresponse:\n' + (i.maskedResponse || '');
    box.appendChild(summary);
    box.appendChild(pre);
    return box;
  }

  function facts(pairs) {
    const dl = $('detail-summary');
    dl.replaceChildren();
    pairs.forEach(function (p) {
      const dt = document.createElement('dt');
      dt.textContent = p[0];
      const dd = document.createElement('dd');
      dd.textContent = p[1] == null ? '' : String(p[1]);
      if (p[2]) dd.id = p[2];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
  }

  function render(d) {
    const b = d.batch;
    const c = d.collection;
    $('detail-title').textContent = (b.kind === 'REFUND' ? 'Refund record ' : 'Card batch record ') + b.bankOrderId;
    const pairs = [['Date', when(b.transactionTime)], ['Amount', money(b.amount, b.currency), 'detail-amount'],
      ['Commission / net', money(b.commission, b.currency) + ' / ' + money(b.netAmount, b.currency)],
      ['Value date', b.valueDate], ['Customer', b.customerCode + ' ' + b.customerName],
      ['Definition', b.definitionCode + ' (' + b.family + ')'], ['Card', b.maskedPan + ' ' + b.cardBrand],
      ['Installments', b.installments], ['Order id', b.bankOrderId], ['Auth code', b.authCode],
      ['RRN / host ref.', b.hostRefNum], ['Transaction id', b.transId],
      ['Record', b.kind + ' · ' + b.status + ' · ' + b.source], ['Reconciliation', b.reconciliationStatus]];
    if (c) {
      pairs.push(['Collection', c.reference], ['Collection state', c.state, 'detail-state'],
        ['Channel', c.channel], ['Authorisation', c.kind], ['Captured', money(c.capturedAmount, c.currency)],
        ['Refunded', money(c.refundedAmount, c.currency), 'detail-refunded'], ['Document', b.documentNo]);
    } else {
      pairs.push(['Collection', 'none (record keyed in by hand)']);
    }
    facts(pairs);
    fill('detail-history', d.history, function (h) {
      return [when(h.at), h.from || '', h.to, h.channel, h.user, h.note, h.interactionId];
    });
    fill('detail-operations', d.operations, function (o) {
      return [when(o.createdAt), o.kind, { num: money(o.amount, o.currency) }, o.state, o.bankCode, o.reasonMessage];
    });
    $('detail-no-log').hidden = d.interactionsShown;
    $('detail-interactions').hidden = !d.interactionsShown;
    fill('detail-interactions', d.interactions, function (i) {
      return [i.id, when(i.occurredAt), i.operation, i.outcome, i.bankCode, i.reason, { num: i.latencyMs + ' ms' },
        exchange(i)];
    });
    const mayCancel = detail.roles.indexOf('FINANCE') >= 0 || detail.roles.indexOf('VPOS_ADMIN') >= 0;
    $('cancel-box').hidden = !(mayCancel && d.cancel && d.cancel.possible);
    $('cancel-start').hidden = false;
    $('cancel-form').hidden = true;
  }

  async function openDetail(id, keepResult) {
    $('detail-error').hidden = true;
    if (!keepResult) $('cancel-result').hidden = true;
    let d;
    try {
      d = await getJson('api/v1/batches/' + id);
    } catch (e) {
      $('detail-error').hidden = false;
      $('detail-error').textContent = problem(e);
      if (!$('detail').open) $('detail').showModal();
      return;
    }
    detail.data = d;
    render(d);
    if (!$('detail').open) $('detail').showModal();
    document.body.dataset.detail = String(Date.now());
  }

  /** A fresh idempotency key: a retried confirmation of the same cancel is answered once, never refunded twice. */
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, function (x) { return x.toString(16).padStart(2, '0'); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function startCancel() {
    const q = detail.data.cancel;
    $('cancel-amount').value = Number(q.remaining).toFixed(digits(q.currency));
    $('cancel-amount').readOnly = !q.partialAllowed;
    $('cancel-currency').textContent = q.currency;
    $('cancel-explain').textContent = (q.kind === 'VOID'
      ? 'Cancelling all of it now voids the transaction (the bank has not closed its day yet).'
      : 'Cancelling refunds the amount to the card.')
      + (q.partialAllowed ? ' A smaller amount is refunded.' : ' Only the whole amount can be cancelled.')
      + ' Check the amount, then confirm.';
    detail.key = newKey();
    $('cancel-start').hidden = true;
    $('cancel-form').hidden = false;
    $('cancel-result').hidden = true;
    $('cancel-amount').focus();
  }

  async function confirmCancel(e) {
    e.preventDefault();
    const d = detail.data;
    const button = $('cancel-confirm');
    button.disabled = true;
    let text;
    let bad = true;
    try {
      const response = await fetch('api/v1/collections/' + encodeURIComponent(d.collection.reference) + '/cancel', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': detail.key,
          'X-Channel': 'BATCHES_SCREEN' },
        body: JSON.stringify({ amount: $('cancel-amount').value.trim() })
      });
      const body = await response.json();
      if (response.status === 200 || response.status === 402 || response.status === 503) {
        bad = response.status !== 200;
        text = body.kind + ' ' + money(body.amount, body.currency) + ': ' + body.state
          + (body.bankCode ? ' (' + body.bankCode + ')' : '') + ' – ' + (body.reasonMessage || '');
        if (response.status !== 503) detail.key = newKey();
      } else {
        text = problem({ message: body.message, body: body });
      }
    } catch (err) {
      text = err.message;
    } finally {
      button.disabled = false;
    }
    $('cancel-result').textContent = text;
    $('cancel-result').className = bad ? 'notice bad' : 'notice';
    $('cancel-result').hidden = false;
    if (!bad) {
      await load();
      await openDetail(d.batch.id, true);
    }
    document.body.dataset.cancelled = String(Date.now());
  }

  async function start() {
    const me = await getJson('api/v1/me');
    $('user').textContent = me.user;
    detail.roles = me.roles || [];
    const companies = await getJson('api/v1/companies');
    companies.forEach(function (c) { $('companyId').appendChild(new Option(c.code + ' – ' + c.name, String(c.id))); });
    $('filter').addEventListener('submit', function (e) { e.preventDefault(); state.page = 0; load(); });
    $('prev').addEventListener('click', function () { state.page--; load(); });
    $('next').addEventListener('click', function () { state.page++; load(); });
    document.querySelectorAll('button.sort').forEach(function (b) {
      b.addEventListener('click', function () {
        state.direction = state.sort === b.dataset.sort && state.direction === 'desc' ? 'asc' : 'desc';
        state.sort = b.dataset.sort;
        state.page = 0;
        load();
      });
    });
    $('detail-close').addEventListener('click', function () { $('detail').close(); });
    $('cancel-start').addEventListener('click', startCancel);
    $('cancel-back').addEventListener('click', function () {
      $('cancel-form').hidden = true;
      $('cancel-start').hidden = false;
    });
    $('cancel-amount').addEventListener('input', function () { detail.key = newKey(); });
    $('cancel-form').addEventListener('submit', confirmCancel);
    await load();
  }

  start().catch(function (e) { $('user').textContent = 'error: ' + e.message; });
})();
