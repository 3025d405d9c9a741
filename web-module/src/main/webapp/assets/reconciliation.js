/* Financial Accounting › Bank › Credit Card Batches › Reconciliation: a bank's day-end file against the batches. */
Vpos.page('reconciliation', async function (me) {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const API = 'api/v1/reconciliation';
  const COLUMNS = ['date', 'time', 'merchant', 'orderId', 'type', 'amount', 'debit', 'credit', 'currency',
    'installments', 'card', 'authCode', 'rrn', 'transId', 'batchNo', 'commission', 'net'];
  const state = { roles: me.roles, definitions: [], mappings: [], day: null, action: null, editing: null };
  const list = { page: 0, size: 50 };

  function canAct() { return state.roles.some(function (r) { return r === 'FINANCE' || r === 'VPOS_ADMIN'; }); }
  function isAdmin() { return state.roles.includes('VPOS_ADMIN'); }

  function amounts(amount, commission, currency) {
    if (amount == null) return '';
    return V.money(amount, currency || '') + (commission == null ? '' : ' (' + V.amount(commission, currency) + ')');
  }

  /** The message, then each field problem on its own line (a statement line's problem is its own sentence). */
  function showErrors(e) {
    const box = $('errors');
    box.replaceChildren(V.el('p', e.message));
    const fields = e.fields || [];
    if (fields.length) {
      const ul = V.el('ul');
      fields.forEach(function (f) { ul.appendChild(V.el('li', f.field === 'file' ? f.reason : V.fieldProblem(f))); });
      box.appendChild(ul);
    }
    box.hidden = false;
  }

  function clearErrors() { $('errors').hidden = true; $('errors').replaceChildren(); }

  function selectedDefinition() {
    const id = Number($('definition').value);
    return state.definitions.find(function (d) { return d.id === id; });
  }

  // ---- statement import ---------------------------------------------------------------------------------------

  async function importFile() {
    clearErrors();
    const file = $('file').files[0];
    const definition = selectedDefinition();
    if (!file || !definition) {
      showErrors({ message: t(!definition ? 'reconciliation.chooseDefinition' : 'reconciliation.chooseFile') });
      return;
    }
    const p = new URLSearchParams({ definitionId: definition.id, mappingId: $('mapping').value, fileName: file.name });
    if ($('date').value) p.set('date', $('date').value);
    $('import').disabled = true;
    try {
      const started = await V.request('POST', API + '/imports?' + p, file, { contentType: 'text/csv' });
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
    for (;;) {
      const pct = im.total ? Math.round(100 * im.processed / im.total) : 100;
      $('progress').value = im.status === 'DONE' ? 100 : pct;
      $('progress-text').textContent = t('reconciliation.progress', { file: im.fileName, done: V.number(im.processed),
        total: V.number(im.total) }) + (im.status === 'DONE' ? ' – ' + t('reconciliation.progressDone') : '…');
      if (im.status === 'DONE') {
        $('date').value = im.statementDate;
        await loadDay(im.dayId);
        return;
      }
      if (im.status === 'FAILED') {
        showErrors({ message: t('reconciliation.importFailed', { failure: im.failure }) });
        return;
      }
      await new Promise(function (resolve) { setTimeout(resolve, 300); });
      im = await V.get(API + '/imports/' + im.id);
    }
  }

  // ---- day ----------------------------------------------------------------------------------------------------

  async function showDay() {
    clearErrors();
    const definition = selectedDefinition();
    if (!definition || !$('date').value) return;
    const days = await V.get(API + '/days?definitionId=' + definition.id + '&date=' + $('date').value);
    if (!days.length) {
      state.day = null;
      $('day-section').hidden = true;
      showErrors({ message: t('reconciliation.nothingImported', { code: definition.code, date: V.date($('date').value) }) });
      document.body.dataset.loaded = String(Date.now());
      return;
    }
    await loadDay(days[0].id);
  }

  async function loadDay(id) {
    const day = await V.get(API + '/days/' + id);
    state.day = day;
    list.page = 0;
    $('day-section').hidden = false;
    $('day-title').textContent = day.definitionCode + ' (' + day.family + ') – ' + V.date(day.statementDate) + ' – '
      + V.label('dayStatus', day.status);
    $('day-summary').textContent = t('reconciliation.summary', { lines: V.number(day.lines), matched: V.number(day.matched),
      differences: V.number(day.differences), missingInErp: V.number(day.missingInErp),
      missingAtBank: V.number(day.missingAtBank), open: V.number(day.open), resolved: V.number(day.resolved) })
      + (day.status === 'CLOSED' ? ' ' + t('reconciliation.closedBy', { user: day.closedBy,
        at: V.dateTime(day.closedAt) }) : '');
    V.fill('imports', day.imports, function (i) {
      return [i.fileName, i.importedBy + ', ' + V.dateTime(i.startedAt),
        V.label('importStatus', i.status) + (i.failure ? ': ' + i.failure : ''),
        { text: V.number(i.total), num: true }, { text: V.number(i.matched), num: true },
        { text: V.number(i.differences), num: true }, { text: V.number(i.missingInErp), num: true },
        { text: V.number(i.missingAtBank), num: true }];
    });
    const closed = day.status === 'CLOSED';
    $('close-day').hidden = closed || !canAct();
    $('close-day').disabled = day.open > 0;
    $('close-day').title = day.open > 0 ? t('reconciliation.resolveFirst') : '';
    $('reopen-day').hidden = !(closed && isAdmin());
    hideAction();
    await loadDifferences();
    // the day is on the screen with its differences: say so (tests and assistive tools wait for this)
    $('day-summary').dataset.open = String(day.open);
    $('day-summary').dataset.status = day.status;
  }

  let showPosition = null;

  async function loadDifferences() {
    const day = state.day;
    const p = new URLSearchParams({ status: $('diff-filter').value, page: list.page, size: list.size });
    const page = await V.get(API + '/days/' + day.id + '/differences?' + p);
    const open = day.status === 'OPEN' && canAct();
    V.fill('differences', page.items, function (d) {
      const actions = V.el('span');
      if (open) {
        if (!d.resolution) {
          if (d.kind === 'MISSING_IN_ERP') actions.appendChild(actionButton('reconciliation.enterBatch', 'enter', d));
          actions.appendChild(actionButton('reconciliation.explain', 'explain', d));
        } else {
          actions.appendChild(actionButton('reconciliation.reopen', 'reopen', d));
        }
      }
      const tr = V.row([
        V.label('differenceKind', d.kind) + (d.transactionKind === 'REFUND' ? ' ' + t('reconciliation.refundMark') : ''),
        { text: V.number(d.lineNo), num: true },
        V.date(d.transactionDate) + (d.transactionClock ? ' ' + d.transactionClock : ''), d.orderId,
        [d.authCode, d.rrn].filter(Boolean).join(' / '), { text: d.maskedPan, ltr: true },
        { text: amounts(d.amount, d.commission, d.currency), num: true },
        { text: amounts(d.erpAmount, d.erpCommission, d.currency), num: true },
        { text: d.resolution ? t('reconciliation.resolvedBy', { resolution: V.label('resolution', d.resolution),
          user: d.resolvedBy }) + (d.reason ? ': ' + d.reason : '') : '', className: 'wrap' },
        actions]);
      tr.id = (d.source === 'LINE' ? 'line-' : 'batch-') + d.id;
      tr.dataset.kind = d.kind;
      return tr;
    }, t($('diff-filter').value === 'open' ? 'reconciliation.noOpenDifferences' : 'reconciliation.none'));
    showPosition(page.total);
    document.body.dataset.loaded = String(Date.now());
  }

  function actionButton(key, action, item) {
    const b = V.button(t(key), function () { startAction(action, item).catch(showErrors); });
    b.dataset.action = action;
    return b;
  }

  // ---- resolutions --------------------------------------------------------------------------------------------

  async function startAction(action, item) {
    state.action = { action: action, item: item };
    const what = item.source === 'LINE' ? t('reconciliation.lineN', { n: V.number(item.lineNo) })
      : t('reconciliation.batchN', { n: item.id });
    $('action-title').textContent = t('reconciliation.action.' + action, { what: what })
      + (item.orderId ? ' ' + t('reconciliation.orderMark', { order: item.orderId }) : '');
    $('action-customer-label').hidden = action !== 'enter';
    $('action-error').textContent = '';
    $('action-reason').value = '';
    if (action === 'enter') {
      const accounts = await V.get('api/v1/companies/' + selectedDefinition().companyId + '/customer-accounts');
      $('action-customer').replaceChildren.apply($('action-customer'), accounts.map(function (a) {
        return V.option(a.code + ' – ' + a.name, String(a.id));
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
    const path = API + '/days/' + day.id + (a.item.source === 'LINE' ? '/lines/' : '/missing/') + a.item.id + '/';
    const body = { reason: $('action-reason').value };
    if (a.action === 'enter') body.customerAccountId = Number($('action-customer').value);
    $('action-save').disabled = true;
    try {
      await V.request('POST', path + (a.action === 'enter' ? 'manual-batch' : a.action), body);
      await loadDay(day.id);
    } catch (err) {
      $('action-error').textContent = err.fields && err.fields.length ? err.fields.map(V.fieldProblem).join(' ')
        : err.message;
    } finally {
      $('action-save').disabled = false;
    }
  }

  async function closeDay() {
    clearErrors();
    try {
      await V.request('POST', API + '/days/' + state.day.id + '/close');
      await loadDay(state.day.id);
    } catch (e) {
      showErrors(e);
    }
  }

  async function reopenDay() {
    const reason = window.prompt(t('reconciliation.reopenWhy'));
    if (!reason) return;
    try {
      await V.request('POST', API + '/days/' + state.day.id + '/reopen', { reason: reason });
      await loadDay(state.day.id);
    } catch (e) {
      showErrors(e);
    }
  }

  // ---- mappings (admins) --------------------------------------------------------------------------------------

  async function loadMappings() {
    state.mappings = await V.get(API + '/mappings');
    const keep = $('mapping').value;
    $('mapping').replaceChildren.apply($('mapping'), state.mappings.map(function (m) {
      return V.option(m.code + ' – ' + m.name, String(m.id));
    }));
    if (keep) $('mapping').value = keep;
    if (!isAdmin()) return;
    $('mappings-section').hidden = false;
    V.fill('mappings', state.mappings, function (m) {
      const tr = V.row([m.code, m.name, m.family, m.separator, m.decimalSeparator, V.label('mapping.sign', m.signConvention),
        { text: m.datePattern + (m.timePattern ? ' ' + m.timePattern : ''), className: 'nowrap' },
        t('mapping.toleranceValue', { days: V.number(m.dateToleranceDays), amount: m.amountTolerance }),
        V.button(t('action.edit'), function () { editMapping(m); })]);
      tr.id = 'mapping-' + m.id;
      return tr;
    });
  }

  function editMapping(m) {
    state.editing = m;
    $('mapping-title').textContent = m ? t('mapping.editTitle', { code: m.code }) : t('mapping.new');
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
        await V.request('PUT', API + '/mappings/' + state.editing.id, body);
      } else {
        await V.request('POST', API + '/mappings', body);
      }
      $('mapping-form').hidden = true;
      await loadMappings();
    } catch (err) {
      const general = document.querySelector('#mapping-form .field-error[data-for="general"]');
      err.fields.forEach(function (f) {
        const key = f.field.startsWith('columns.') ? 'col-' + f.field.substring(8) : f.field;
        const target = document.querySelector('#mapping-form .field-error[data-for="' + key + '"]') || general;
        target.textContent += (target === general ? V.label('apiField', f.field) + ': ' : '') + f.reason + ' ';
      });
      if (!err.fields.length) general.textContent = err.message;
    }
  }

  function buildColumnInputs() {
    COLUMNS.forEach(function (c) {
      const label = V.el('label');
      label.appendChild(V.el('span', c + ' '));
      const input = V.el('input');
      input.id = 'm-col-' + c;
      input.autocomplete = 'off';
      input.dir = 'ltr';
      const error = V.el('span', null, 'field-error');
      error.dataset.for = 'col-' + c;
      label.append(input, error);
      $('m-columns').appendChild(label);
    });
  }

  // ---- start --------------------------------------------------------------------------------------------------

  function onDefinitionChange() {
    const d = selectedDefinition();
    if (d && d.mappingId) $('mapping').value = String(d.mappingId);
  }

  document.querySelectorAll('.can-act').forEach(function (e) { e.hidden = !canAct(); });
  buildColumnInputs();
  $('date').value = me.businessDate; // the business day (the server's zone), not the browser's
  state.definitions = await V.get(API + '/definitions');
  $('definition').replaceChildren.apply($('definition'), state.definitions.map(function (d) {
    return V.option(d.companyCode + ' – ' + d.code + ' (' + d.family + ')'
      + (d.enabled ? '' : ' – ' + t('reconciliation.disabledMark')), String(d.id));
  }));
  await loadMappings();
  onDefinitionChange();
  showPosition = V.paging({ prev: 'prev', next: 'next', position: 'position' }, list,
    function () { loadDifferences().catch(showErrors); });
  $('definition').addEventListener('change', onDefinitionChange);
  $('import').addEventListener('click', importFile);
  $('show').addEventListener('click', function () { showDay().catch(showErrors); });
  $('diff-filter').addEventListener('change', function () { list.page = 0; loadDifferences().catch(showErrors); });
  $('action-form').addEventListener('submit', saveAction);
  $('action-cancel').addEventListener('click', hideAction);
  $('close-day').addEventListener('click', closeDay);
  $('reopen-day').addEventListener('click', reopenDay);
  $('new-mapping').addEventListener('click', function () { editMapping(null); });
  $('mapping-form').addEventListener('submit', saveMapping);
  $('mapping-cancel').addEventListener('click', function () { $('mapping-form').hidden = true; });
  document.body.dataset.ready = 'true';
});
