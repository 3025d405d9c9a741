(function () {
  'use strict';

  const $ = function (id) { return document.getElementById(id); };
  const API = 'api/v1/reconciliation';
  const COLUMNS = ['date', 'time', 'merchant', 'orderId', 'type', 'amount', 'debit', 'credit', 'currency',
    'installments', 'card', 'authCode', 'rrn', 'transId', 'batchNo', 'commission', 'net'];
  const state = { roles: [], definitions: [], mappings: [], day: null, page: 0, size: 50, total: 0, action: null,
    editing: null };

  function canAct() { return state.roles.some(function (r) { return r === 'FINANCE' || r === 'VPOS_ADMIN'; }); }
  function isAdmin() { return state.roles.includes('VPOS_ADMIN'); }

  async function call(method, path, body, contentType) {
    const init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = contentType || 'application/json';
      init.body = contentType ? body : JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const e = new Error(json && json.message ? json.message : method + ' ' + path + ': HTTP ' + response.status);
      e.body = json || {};
      e.status = response.status;
      throw e;
    }
    return json;
  }

  function getJson(path) { return call('GET', path); }

  function cell(text, numeric) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (numeric) td.className = 'num';
    return td;
  }

  function money(v) { return v == null ? '' : Number(v).toFixed(2); }

  function amounts(amount, commission, currency) {
    if (amount == null) return '';
    return money(amount) + ' ' + (currency || '') + (commission == null ? '' : ' (' + money(commission) + ')');
  }

  function showErrors(e) {
    const box = $('errors');
    box.replaceChildren();
    const fields = e.body && e.body.fields || [];
    const head = document.createElement('p');
    head.textContent = e.message;
    box.appendChild(head);
    if (fields.length) {
      const list = document.createElement('ul');
      fields.forEach(function (f) {
        const li = document.createElement('li');
        li.textContent = f.field === 'file' ? f.reason : f.field + ': ' + f.reason;
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function clearErrors() { $('errors').hidden = true; $('errors').replaceChildren(); }

  function selectedDefinition() {
    const id = Number($('definition').value);
    return state.definitions.find(function (d) { return d.id === id; });
  }

  // ---- statement import ---------------------------------------------------------------------------------------------

  async function importFile() {
    clearErrors();
    const file = $('file').files[0];
    const definition = selectedDefinition();
    if (!file || !definition) {
      showErrors({ message: !definition ? 'Choose a VPOS definition.' : 'Choose the settlement file.' });
      return;
    }
    const p = new URLSearchParams({ definitionId: definition.id, mappingId: $('mapping').value, fileName: file.name });
    if ($('date').value) p.set('date', $('date').value);
    $('import').disabled = true;
    try {
      const started = await call('POST', API + '/imports?' + p, file, 'text/csv');
      $('progress-box').hidden = false;
      await follow(started);
    } catch (e) {
      showErrors(e);
    } finally {
      $('import').disabled = false;
    }
  }

  /** Polls the import until it is done, moving the progress bar. */
  async function follow(im) {
    while (true) {
      const pct = im.total ? Math.round(100 * im.processed / im.total) : 100;
      $('progress').value = im.status === 'DONE' ? 100 : pct;
      $('progress-text').textContent = im.fileName + ': ' + im.processed.toLocaleString() + ' of '
        + im.total.toLocaleString() + ' lines stored' + (im.status === 'DONE' ? ' – done.' : '…');
      if (im.status === 'DONE') {
        $('date').value = im.statementDate;
        await loadDay(im.dayId);
        return;
      }
      if (im.status === 'FAILED') {
        showErrors({ message: 'The import failed and nothing of it was kept: ' + im.failure });
        return;
      }
      await new Promise(function (resolve) { setTimeout(resolve, 300); });
      im = await getJson(API + '/imports/' + im.id);
    }
  }

  // ---- day ----------------------------------------------------------------------------------------------------------

  async function showDay() {
    clearErrors();
    const definition = selectedDefinition();
    if (!definition || !$('date').value) return;
    const days = await getJson(API + '/days?definitionId=' + definition.id + '&date=' + $('date').value);
    if (!days.length) {
      state.day = null;
      $('day-section').hidden = true;
      showErrors({ message: 'Nothing was imported for ' + definition.code + ' on ' + $('date').value + ' yet.' });
      document.body.dataset.loaded = String(Date.now());
      return;
    }
    await loadDay(days[0].id);
  }

  async function loadDay(id) {
    const day = await getJson(API + '/days/' + id);
    state.day = day;
    state.page = 0;
    $('day-section').hidden = false;
    $('day-title').textContent = day.definitionCode + ' (' + day.family + ') – ' + day.statementDate + ' – ' + day.status;
    $('day-summary').textContent = day.lines + ' line(s): ' + day.matched + ' matched, ' + day.differences
      + ' with a difference, ' + day.missingInErp + ' missing in the ERP; ' + day.missingAtBank
      + ' batch(es) missing at the bank. Open: ' + day.open + ', resolved: ' + day.resolved + '.'
      + (day.status === 'CLOSED' ? ' Closed by ' + day.closedBy + ' at ' + new Date(day.closedAt).toLocaleString()
        + ' (read-only).' : '');
    $('day-summary').dataset.open = String(day.open);
    $('day-summary').dataset.status = day.status;
    const rows = day.imports.map(function (i) {
      const tr = document.createElement('tr');
      [i.fileName, i.importedBy + ', ' + new Date(i.startedAt).toLocaleString(),
        i.status + (i.failure ? ': ' + i.failure : '')].forEach(function (v) { tr.appendChild(cell(v)); });
      [i.total, i.matched, i.differences, i.missingInErp, i.missingAtBank]
        .forEach(function (v) { tr.appendChild(cell(v, true)); });
      return tr;
    });
    $('imports').tBodies[0].replaceChildren.apply($('imports').tBodies[0], rows);
    const closed = day.status === 'CLOSED';
    $('close-day').hidden = closed || !canAct();
    $('close-day').disabled = day.open > 0;
    $('close-day').title = day.open > 0 ? 'Resolve every open difference first.' : '';
    $('reopen-day').hidden = !(closed && isAdmin());
    hideAction();
    await loadDifferences();
  }

  async function loadDifferences() {
    const day = state.day;
    const p = new URLSearchParams({ status: $('diff-filter').value, page: state.page, size: state.size });
    const page = await getJson(API + '/days/' + day.id + '/differences?' + p);
    state.total = page.total;
    const open = day.status === 'OPEN' && canAct();
    const rows = page.items.map(function (d) {
      const tr = document.createElement('tr');
      tr.id = (d.source === 'LINE' ? 'line-' : 'batch-') + d.id;
      tr.dataset.kind = d.kind;
      [label(d.kind) + (d.transactionKind === 'REFUND' ? ' (refund)' : ''), d.lineNo,
        d.transactionDate + (d.transactionClock ? ' ' + d.transactionClock : ''), d.orderId,
        [d.authCode, d.rrn].filter(Boolean).join(' / '), d.maskedPan]
        .forEach(function (v, i) { tr.appendChild(cell(v, i === 1)); });
      tr.appendChild(cell(amounts(d.amount, d.commission, d.currency), true));
      tr.appendChild(cell(amounts(d.erpAmount, d.erpCommission, d.currency), true));
      const resolution = cell(d.resolution ? d.resolution + ' by ' + d.resolvedBy + (d.reason ? ': ' + d.reason : '') : '');
      resolution.className = 'wrap';
      tr.appendChild(resolution);
      const actions = document.createElement('td');
      if (open) {
        if (!d.resolution) {
          if (d.kind === 'MISSING_IN_ERP') actions.appendChild(button('Enter batch', 'enter', d));
          actions.appendChild(button('Explain', 'explain', d));
        } else {
          actions.appendChild(button('Reopen', 'reopen', d));
        }
      }
      tr.appendChild(actions);
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement('tr');
      const td = cell($('diff-filter').value === 'open' ? 'No open differences.' : 'None.');
      td.colSpan = 10;
      tr.appendChild(td);
      rows.push(tr);
    }
    $('differences').tBodies[0].replaceChildren.apply($('differences').tBodies[0], rows);
    const last = Math.max(0, Math.ceil(state.total / state.size) - 1);
    $('position').textContent = 'page ' + (state.page + 1) + ' of ' + (last + 1) + ' (' + state.total + ')';
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= last;
    document.body.dataset.loaded = String(Date.now());
  }

  function label(kind) {
    return {
      MISSING_IN_ERP: 'Missing in ERP', MISSING_AT_BANK: 'Missing at bank', AMOUNT: 'Amount differs',
      FEE: 'Commission differs', VOIDED_IN_ERP: 'Voided in ERP, settled by bank', DUPLICATE: 'Settled twice'
    }[kind] || kind;
  }

  function button(text, action, item) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.textContent = text;
    b.dataset.action = action;
    b.addEventListener('click', function () { startAction(action, item); });
    return b;
  }

  // ---- resolutions --------------------------------------------------------------------------------------------------

  async function startAction(action, item) {
    state.action = { action: action, item: item };
    const what = item.source === 'LINE' ? 'line ' + item.lineNo : 'batch ' + item.id;
    $('action-title').textContent = { enter: 'Enter the missing batch from ' + what, explain: 'Explain ' + what,
      reopen: 'Reopen ' + what }[action] + (item.orderId ? ' (order ' + item.orderId + ')' : '');
    $('action-customer-label').hidden = action !== 'enter';
    $('action-error').textContent = '';
    $('action-reason').value = '';
    if (action === 'enter') {
      const accounts = await getJson('api/v1/companies/' + selectedDefinition().companyId + '/customer-accounts');
      $('action-customer').replaceChildren.apply($('action-customer'), accounts.map(function (a) {
        return new Option(a.code + ' – ' + a.name, String(a.id));
      }));
    }
    $('action-form').hidden = false;
    (action === 'enter' ? $('action-customer') : $('action-reason')).focus();
  }

  function hideAction() { $('action-form').hidden = true; state.action = null; }

  async function saveAction(e) {
    e.preventDefault();
    const a = state.action;
    if (!a) return;
    const day = state.day;
    const base = API + '/days/' + day.id + (a.item.source === 'LINE' ? '/lines/' : '/missing/') + a.item.id + '/';
    const body = { reason: $('action-reason').value };
    if (a.action === 'enter') body.customerAccountId = Number($('action-customer').value);
    $('action-save').disabled = true;
    try {
      await call('POST', base + (a.action === 'enter' ? 'manual-batch' : a.action), body);
      await loadDay(day.id);
    } catch (err) {
      $('action-error').textContent = (err.body.fields || []).map(function (f) { return f.field + ': ' + f.reason; })
        .join(' ') || err.message;
    } finally {
      $('action-save').disabled = false;
    }
  }

  async function closeDay() {
    clearErrors();
    try {
      await call('POST', API + '/days/' + state.day.id + '/close');
      await loadDay(state.day.id);
    } catch (e) {
      showErrors(e);
    }
  }

  async function reopenDay() {
    const reason = window.prompt('Why is the closed day opened again?');
    if (!reason) return;
    try {
      await call('POST', API + '/days/' + state.day.id + '/reopen', { reason: reason });
      await loadDay(state.day.id);
    } catch (e) {
      showErrors(e);
    }
  }

  // ---- mappings (admins) --------------------------------------------------------------------------------------------

  async function loadMappings() {
    state.mappings = await getJson(API + '/mappings');
    const keep = $('mapping').value;
    $('mapping').replaceChildren.apply($('mapping'), state.mappings.map(function (m) {
      return new Option(m.code + ' – ' + m.name, String(m.id));
    }));
    if (keep) $('mapping').value = keep;
    if (!isAdmin()) return;
    $('mappings-section').hidden = false;
    const rows = state.mappings.map(function (m) {
      const tr = document.createElement('tr');
      tr.id = 'mapping-' + m.id;
      [m.code, m.name, m.family, m.separator, m.decimalSeparator, m.signConvention, m.datePattern
        + (m.timePattern ? ' ' + m.timePattern : ''), '±' + m.dateToleranceDays + ' d, ' + m.amountTolerance]
        .forEach(function (v) { tr.appendChild(cell(v)); });
      const td = document.createElement('td');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'small';
      b.textContent = 'Edit';
      b.addEventListener('click', function () { editMapping(m); });
      td.appendChild(b);
      tr.appendChild(td);
      return tr;
    });
    $('mappings').tBodies[0].replaceChildren.apply($('mappings').tBodies[0], rows);
  }

  function editMapping(m) {
    state.editing = m;
    $('mapping-title').textContent = m ? 'Edit mapping ' + m.code : 'New mapping';
    const v = m || { header: true, separator: ';', charset: 'UTF-8', decimalSeparator: ',', signConvention: 'SIGNED',
      dateToleranceDays: 1, amountTolerance: '0', columns: {} };
    ['code', 'name', 'family', 'datePattern', 'timePattern', 'saleCodes', 'refundCodes', 'ignoreCodes',
      'defaultCurrency', 'currencyAliases', 'dateToleranceDays', 'amountTolerance'].forEach(function (f) {
      $('m-' + f).value = v[f] == null ? '' : v[f];
    });
    $('m-separator').value = v.separator;
    $('m-header').checked = v.header;
    $('m-charset').value = v.charset;
    $('m-decimal').value = v.decimalSeparator;
    $('m-sign').value = v.signConvention;
    COLUMNS.forEach(function (c) { $('m-col-' + c).value = v.columns[c] || ''; });
    document.querySelectorAll('#mapping-form .field-error').forEach(function (e) { e.textContent = ''; });
    $('mapping-form').hidden = false;
    $('m-code').focus();
  }

  async function saveMapping(e) {
    e.preventDefault();
    const body = {
      code: $('m-code').value, name: $('m-name').value, family: $('m-family').value, separator: $('m-separator').value,
      header: $('m-header').checked, charset: $('m-charset').value, decimalSeparator: $('m-decimal').value,
      signConvention: $('m-sign').value, datePattern: $('m-datePattern').value, timePattern: $('m-timePattern').value,
      saleCodes: $('m-saleCodes').value, refundCodes: $('m-refundCodes').value, ignoreCodes: $('m-ignoreCodes').value,
      defaultCurrency: $('m-defaultCurrency').value, currencyAliases: $('m-currencyAliases').value,
      dateToleranceDays: Number($('m-dateToleranceDays').value), amountTolerance: $('m-amountTolerance').value,
      columns: {}
    };
    COLUMNS.forEach(function (c) { if ($('m-col-' + c).value.trim()) body.columns[c] = $('m-col-' + c).value.trim(); });
    document.querySelectorAll('#mapping-form .field-error').forEach(function (x) { x.textContent = ''; });
    try {
      if (state.editing) {
        body.version = state.editing.version;
        await call('PUT', API + '/mappings/' + state.editing.id, body);
      } else {
        await call('POST', API + '/mappings', body);
      }
      $('mapping-form').hidden = true;
      await loadMappings();
    } catch (err) {
      const fields = err.body.fields || [];
      fields.forEach(function (f) {
        const key = f.field.startsWith('columns.') ? 'col-' + f.field.substring(8) : f.field;
        const target = document.querySelector('#mapping-form .field-error[data-for="' + key + '"]')
          || document.querySelector('#mapping-form .field-error[data-for="general"]');
        target.textContent += (target.dataset.for === 'general' ? f.field + ': ' : '') + f.reason + ' ';
      });
      if (!fields.length) {
        document.querySelector('#mapping-form .field-error[data-for="general"]').textContent = err.message;
      }
    }
  }

  function buildColumnInputs() {
    COLUMNS.forEach(function (c) {
      const label = document.createElement('label');
      label.textContent = c + ' ';
      const input = document.createElement('input');
      input.id = 'm-col-' + c;
      input.autocomplete = 'off';
      const error = document.createElement('span');
      error.className = 'field-error';
      error.dataset.for = 'col-' + c;
      label.appendChild(input);
      label.appendChild(error);
      $('m-columns').appendChild(label);
    });
  }

  // ---- start --------------------------------------------------------------------------------------------------------

  function onDefinitionChange() {
    const d = selectedDefinition();
    if (d && d.mappingId) $('mapping').value = String(d.mappingId);
  }

  async function start() {
    const me = await getJson('api/v1/me');
    $('user').textContent = me.user;
    state.roles = me.roles;
    document.querySelectorAll('.can-act').forEach(function (e) { e.hidden = !canAct(); });
    buildColumnInputs();
    $('date').value = me.businessDate; // the business day (the server's zone), not the browser's
    state.definitions = await getJson(API + '/definitions');
    $('definition').replaceChildren.apply($('definition'), state.definitions.map(function (d) {
      return new Option(d.companyCode + ' – ' + d.code + ' (' + d.family + ')' + (d.enabled ? '' : ' – disabled'),
        String(d.id));
    }));
    await loadMappings();
    onDefinitionChange();
    $('definition').addEventListener('change', onDefinitionChange);
    $('import').addEventListener('click', importFile);
    $('show').addEventListener('click', function () { showDay().catch(showErrors); });
    $('diff-filter').addEventListener('change', function () { state.page = 0; loadDifferences(); });
    $('prev').addEventListener('click', function () { state.page--; loadDifferences(); });
    $('next').addEventListener('click', function () { state.page++; loadDifferences(); });
    $('action-form').addEventListener('submit', saveAction);
    $('action-cancel').addEventListener('click', hideAction);
    $('close-day').addEventListener('click', closeDay);
    $('reopen-day').addEventListener('click', reopenDay);
    $('new-mapping').addEventListener('click', function () { editMapping(null); });
    $('mapping-form').addEventListener('submit', saveMapping);
    $('mapping-cancel').addEventListener('click', function () { $('mapping-form').hidden = true; });
    document.body.dataset.ready = 'true';
  }

  start().catch(function (e) { $('user').textContent = 'error: ' + e.message; });
})();
