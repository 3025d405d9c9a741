(function () {
  'use strict';

  function cell(text, numeric) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (numeric) td.className = 'num';
    return td;
  }

  function fill(tableId, rows, columns) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren();
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('Nothing yet.');
      td.colSpan = columns.length;
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    rows.forEach(function (row) {
      const tr = document.createElement('tr');
      columns.forEach(function (c) { tr.appendChild(cell(c.value(row), c.numeric)); });
      body.appendChild(tr);
    });
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
    return response.json();
  }

  async function checkWithBank(reference) {
    const response = await fetch('api/v1/collections/' + encodeURIComponent(reference) + '/status-check',
      { method: 'POST', headers: { 'Accept': 'application/json' } });
    const body = await response.json();
    const notice = document.getElementById('attention-notice');
    notice.textContent = response.ok ? body.bankOrderId + ': ' + body.state + ' – ' + body.reasonMessage : body.message;
    notice.hidden = false;
    loadAttention();
  }

  async function loadAttention() {
    const items = await getJson('api/v1/collections/needing-attention');
    document.getElementById('attention-section').hidden = false;
    fill('attention', items, [
      { value: function (c) { return time(c.createdAt); } },
      { value: function (c) { return c.bankOrderId; } },
      { value: function (c) { return c.maskedPan + ' ' + c.cardBrand; } },
      { value: function (c) { return c.amount + ' ' + c.currency; }, numeric: true },
      { value: function (c) { return c.reasonMessage; } },
      { value: function () { return ''; } }
    ]);
    const rows = document.querySelectorAll('#attention tbody tr');
    items.forEach(function (c, i) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'small';
      b.textContent = 'Ask the bank';
      b.addEventListener('click', function () { checkWithBank(c.reference); });
      rows[i].lastChild.appendChild(b);
    });
  }

  async function resolveNotification(n, note) {
    const response = await fetch('api/v1/provider-notifications/' + n.id + '/resolve', {
      method: 'POST', headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: note })
    });
    const body = await response.json();
    const notice = document.getElementById('notifications-notice');
    notice.textContent = response.ok ? 'Notification ' + n.id + ' resolved.' : body.message;
    notice.hidden = false;
    loadNotifications();
  }

  async function loadNotifications() {
    const page = await getJson('api/v1/provider-notifications?attention=true&size=50');
    document.getElementById('notifications-section').hidden = page.items.length === 0;
    fill('notifications', page.items, [
      { value: function (n) { return time(n.receivedAt); } },
      { value: function (n) { return n.family; } },
      { value: function (n) { return n.bankOrderId; } },
      { value: function (n) { return n.kind + ' ' + n.eventId; } },
      { value: function (n) { return n.amount == null ? '' : n.amount + ' ' + n.currency; }, numeric: true },
      { value: function (n) { return n.status; } },
      { value: function (n) { return n.outcomeNote; } },
      { value: function () { return ''; } }
    ]);
    const rows = document.querySelectorAll('#notifications tbody tr');
    page.items.forEach(function (n, i) {
      const input = document.createElement('input');
      input.className = 'note';
      input.maxLength = 500;
      input.setAttribute('aria-label', 'How notification ' + n.id + ' was dealt with');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'small';
      b.textContent = 'Resolve';
      b.addEventListener('click', function () { resolveNotification(n, input.value); });
      rows[i].lastChild.append(input, b);
    });
  }

  async function load() {
    const me = await getJson('api/v1/me');
    document.getElementById('user').textContent = me.user;
    document.getElementById('roles').textContent = '(' + me.roles.join(', ') + ')';
    document.getElementById('screens').hidden = !me.roles.includes('VPOS_ADMIN');
    document.getElementById('collect-nav').hidden = !me.roles.some(function (r) {
      return ['COLLECTOR', 'FINANCE', 'VPOS_ADMIN'].includes(r);
    });
    if (me.roles.some(function (r) { return ['FINANCE', 'VPOS_ADMIN'].includes(r); })) {
      await loadAttention();
      await loadNotifications();
    }
    if (me.roles.some(function (r) { return ['FINANCE', 'COLLECTOR', 'AUDITOR', 'VPOS_ADMIN'].includes(r); })) {
      const batches = await getJson('api/v1/batches?size=20');
      fill('batches', batches.items, [
        { value: function (b) { return time(b.transactionTime); } },
        { value: function (b) { return b.bankOrderId; } },
        { value: function (b) { return b.maskedPan + ' ' + b.cardBrand; } },
        { value: function (b) { return b.installments; }, numeric: true },
        { value: function (b) { return b.amount + ' ' + b.currency; }, numeric: true },
        { value: function (b) { return b.commission; }, numeric: true },
        { value: function (b) { return b.netAmount; }, numeric: true },
        { value: function (b) { return b.valueDate; } },
        { value: function (b) { return b.authCode; } },
        { value: function (b) { return b.hostRefNum; } }
      ]);
    }
    if (me.roles.some(function (r) { return ['AUDITOR', 'FINANCE', 'VPOS_ADMIN'].includes(r); })) {
      const log = await getJson('api/v1/transaction-log?size=20');
      fill('txlog', log.items, [
        { value: function (i) { return time(i.occurredAt); } },
        { value: function (i) { return i.bankOrderId; } },
        { value: function (i) { return i.outcome; } },
        { value: function (i) { return i.bankCode; } },
        { value: function (i) { return i.reason; } },
        { value: function (i) { return i.message; } },
        { value: function (i) { return i.latencyMs; }, numeric: true }
      ]);
    }
  }

  load().catch(function (e) {
    document.getElementById('user').textContent = 'error: ' + e.message;
  });
})();
