(function () {
  'use strict';

  const $ = function (id) { return document.getElementById(id); };
  const state = { page: 0, size: 50, sort: 'transactionTime', direction: 'desc', total: 0 };

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

  async function load() {
    const p = params();
    $('export').href = 'api/v1/batches/export.csv?' + p;
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
      [new Date(b.transactionTime).toLocaleString(), b.definitionCode + ' (' + b.family + ')',
        b.customerCode + ' ' + b.customerName, b.documentNo, b.channel, b.maskedPan + ' ' + b.cardBrand]
        .forEach(function (v) { tr.appendChild(cell(v)); });
      tr.appendChild(cell(b.installments, true));
      tr.appendChild(cell(b.amount.toFixed(2) + ' ' + b.currency, true));
      tr.appendChild(cell(b.commission.toFixed(2), true));
      tr.appendChild(cell(b.netAmount.toFixed(2), true));
      [b.valueDate, b.state + (b.status === 'VOIDED' ? ' (voided)' : ''), b.bankOrderId, b.authCode, b.hostRefNum,
        b.reconciliationStatus].forEach(function (v) { tr.appendChild(cell(v)); });
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

  async function start() {
    const me = await getJson('api/v1/me');
    $('user').textContent = me.user;
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
    await load();
  }

  start().catch(function (e) { $('user').textContent = 'error: ' + e.message; });
})();
