/* Financial Accounting › Bank › Credit Card Batches: the filtered list, a record with its history, and cancel. */
Vpos.page('batches', async function (me) {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const FILTERS = ['from', 'to', 'companyId', 'family', 'state', 'channel', 'reconciliation', 'q'];
  const list = { page: 0, size: 50, sort: 'transactionTime', direction: 'desc' };
  const detail = { data: null, key: null };
  const mayCancel = me.roles.indexOf('FINANCE') >= 0 || me.roles.indexOf('VPOS_ADMIN') >= 0;

  function params() {
    const p = new URLSearchParams();
    FILTERS.forEach(function (id) {
      const v = $(id).value.trim();
      if (v) p.set(id, v);
    });
    return p;
  }

  function batchRow(b) {
    const tr = V.row([
      V.dateTime(b.transactionTime, false),
      { text: b.customerCode + ' ' + b.customerName, lines: [b.documentNo] },
      { text: b.definitionCode, lines: [b.family + ' · ' + V.label('channel', b.channel)] },
      { text: b.maskedPan, ltr: true, className: 'nowrap', lines: [b.cardBrand + (b.installments > 1
        ? ' · ' + t('batches.installmentsN', { n: V.number(b.installments) }) : '')] },
      { text: V.money(b.amount, b.currency), num: true },
      { text: V.amount(b.commission, b.currency), num: true },
      { text: V.amount(b.netAmount, b.currency), num: true },
      { text: V.date(b.valueDate), className: 'nowrap' },
      { text: V.label('state', b.state) + (b.status === 'VOIDED' ? ' ' + t('batches.voidedMark') : ''),
        lines: [V.label('batchReconciliation', b.reconciliationStatus)] },
      { text: b.bankOrderId, lines: [[b.authCode, b.hostRefNum].filter(Boolean).join(' · ')] }
    ]);
    tr.id = 'batch-' + b.id;
    tr.tabIndex = 0;
    tr.title = t('batches.openRecord');
    tr.addEventListener('click', function () { openDetail(b.id); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') openDetail(b.id); });
    return tr;
  }

  let showPosition = null;
  const cursors = { key: null, at: [] };

  async function load() {
    const p = params();
    $('export').href = 'api/v1/batches/export.csv?' + p;
    $('export-xlsx').href = 'api/v1/batches/export.xlsx?' + p;
    p.set('size', list.size); p.set('sort', list.sort); p.set('direction', list.direction);
    // pages reached by "next" are read after the previous page's last row (a cursor), so the thousandth page costs
    // what the first does; the cursors are forgotten when the filter or the sort changes
    const key = p.toString();
    if (cursors.key !== key) { cursors.key = key; cursors.at = []; }
    p.set('page', list.page);
    if (list.page > 0 && cursors.at[list.page]) p.set('after', cursors.at[list.page]);
    $('errors').hidden = true;
    let body;
    try {
      body = await V.get('api/v1/batches?' + p);
    } catch (e) {
      V.notice('errors', e.fields.length ? e.fields.map(V.fieldProblem).join(' ') : e.message, true);
      return;
    }
    if (body.next) cursors.at[list.page + 1] = body.next;
    V.fill('batches', body.items, batchRow, t('batches.none'));
    $('totals').textContent = [t('batches.totals', { count: V.number(body.total) })].concat(body.totals.map(function (x) {
      return t('batches.totalsCurrency', { currency: x.currency, gross: V.amount(x.amount, x.currency),
        commission: V.amount(x.commission, x.currency), net: V.amount(x.net, x.currency) });
    }).join(' · ')).join(' ');
    showPosition(body.total);
    document.body.dataset.loaded = String(Date.now());
  }

  // ---- the record opened ---------------------------------------------------------------------------------------

  function exchange(i) {
    const box = V.el('details');
    const summary = V.el('summary');
    summary.append((i.httpStatus ? 'HTTP ' + i.httpStatus + ' · ' : ''), V.el('bdi', i.message || V.label('outcome', i.outcome)));
    const pre = V.el('pre', t('batches.request') + ':\n' + (i.maskedRequest || '') + '\n\n' + t('batches.response') + ':\n'
      + (i.maskedResponse || ''));
    pre.dir = 'ltr';
    box.append(summary, pre);
    return box;
  }

  function facts(pairs) {
    const dl = $('detail-summary');
    dl.replaceChildren();
    pairs.forEach(function (p) {
      const dd = V.el('dd');
      // isolated like table cells: a Latin name or a card number keeps its order on a right-to-left page
      dd.appendChild(V.el('bdi', p[1] == null ? '' : p[1]));
      if (p[3]) dd.firstChild.dir = 'ltr';
      if (p[2]) dd.id = p[2];
      dl.append(V.el('dt', t(p[0])), dd);
    });
  }

  function render(d) {
    const b = d.batch;
    const c = d.collection;
    $('detail-title').textContent = t(b.kind === 'REFUND' ? 'batches.refundRecordOf' : 'batches.recordOf',
      { order: b.bankOrderId });
    const pairs = [['col.date', V.dateTime(b.transactionTime)], ['col.amount', V.money(b.amount, b.currency), 'detail-amount'],
      ['batches.commissionNet', V.money(b.commission, b.currency) + ' / ' + V.money(b.netAmount, b.currency)],
      ['col.valueDate', V.date(b.valueDate)], ['col.customer', b.customerCode + ' ' + b.customerName],
      ['col.definition', b.definitionCode + ' (' + b.family + ')'], ['col.card', b.maskedPan + ' ' + b.cardBrand, null, true],
      ['field.installments', V.number(b.installments)], ['col.orderId', b.bankOrderId], ['col.authCode', b.authCode],
      ['col.rrn', b.hostRefNum], ['col.transId', b.transId],
      ['batches.recordKind', [V.label('batchKind', b.kind), V.label('batchStatus', b.status),
        V.label('batchSource', b.source)].join(' · ')],
      ['field.reconciliation', V.label('batchReconciliation', b.reconciliationStatus)]];
    if (c) {
      pairs.push(['batches.collection', c.reference], ['batches.collectionState', V.label('state', c.state), 'detail-state'],
        ['field.channel', V.label('channel', c.channel)], ['batches.authorisation', V.label('saleKind', c.kind)],
        ['batches.captured', V.money(c.capturedAmount, c.currency)],
        ['batches.refunded', V.money(c.refundedAmount, c.currency), 'detail-refunded'], ['col.document', b.documentNo]);
    } else {
      pairs.push(['batches.collection', t('batches.keyedInByHand')]);
    }
    facts(pairs);
    V.fill('detail-history', d.history, function (h) {
      return [V.dateTime(h.at), V.label('state', h.from), V.label('state', h.to), V.label('channel', h.channel), h.user,
        h.note, h.interactionId];
    });
    V.fill('detail-operations', d.operations, function (o) {
      return [V.dateTime(o.createdAt), V.label('operationKind', o.kind), { text: V.money(o.amount, o.currency), num: true },
        V.label('state', o.state), o.bankCode,
        { text: o.reasonMessage, lines: [o.bankMessage] }];
    });
    $('detail-no-log').hidden = d.interactionsShown;
    $('detail-interactions').hidden = !d.interactionsShown;
    V.fill('detail-interactions', d.interactions, function (i) {
      return [i.id, V.dateTime(i.occurredAt), V.label('operation', i.operation), V.label('outcome', i.outcome),
        i.bankCode, i.reasonText || i.reason, { text: t('unit.ms', { n: V.number(i.latencyMs) }), num: true },
        exchange(i)];
    });
    $('cancel-box').hidden = !(mayCancel && d.cancel && d.cancel.possible);
    $('cancel-start').hidden = false;
    $('cancel-form').hidden = true;
  }

  async function openDetail(id, keepResult) {
    $('detail-error').hidden = true;
    if (!keepResult) $('cancel-result').hidden = true;
    let d;
    try {
      d = await V.get('api/v1/batches/' + id);
    } catch (e) {
      V.notice('detail-error', V.problem(e), true);
      if (!$('detail').open) $('detail').showModal();
      return;
    }
    detail.data = d;
    render(d);
    if (!$('detail').open) $('detail').showModal();
    document.body.dataset.detail = String(Date.now());
  }

  function startCancel() {
    const q = detail.data.cancel;
    $('cancel-amount').value = V.plainAmount(q.remaining, q.currency);
    $('cancel-amount').readOnly = !q.partialAllowed;
    $('cancel-currency').textContent = q.currency;
    $('cancel-explain').textContent = [t(q.kind === 'VOID' ? 'batches.cancelVoids' : 'batches.cancelRefunds'),
      t(q.partialAllowed ? 'batches.cancelPartial' : 'batches.cancelWholeOnly'), t('batches.cancelCheck')].join(' ');
    detail.key = V.newKey();
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
      const reply = await V.send('POST', 'api/v1/collections/' + encodeURIComponent(d.collection.reference) + '/cancel',
        { amount: V.parseAmount($('cancel-amount').value) },
        { headers: { 'Idempotency-Key': detail.key, 'X-Channel': 'BATCHES_SCREEN' } });
      const body = reply.body || {};
      if (reply.status === 202) {
        bad = false;
        text = t('approvals.waits', { amount: V.money(body.amount, body.currency), id: body.approvalId })
          + ' ' + (body.reasons || []).map(function (r) { return r.message; }).join(' ');
        detail.key = V.newKey();
        await loadApprovals();
      } else if (reply.status === 200 || reply.status === 402 || reply.status === 503) {
        bad = reply.status !== 200;
        text = t('batches.cancelResult', { kind: V.label('operationKind', body.kind),
          amount: V.money(body.amount, body.currency), state: V.label('state', body.state) })
          + (body.bankCode ? ' (' + body.bankCode + ')' : '') + ' – ' + (body.reasonMessage || '');
        if (reply.status !== 503) detail.key = V.newKey();
      } else {
        text = V.problem(new V.ApiError(reply.status, reply.body));
      }
    } catch (err) {
      text = err.message;
    } finally {
      button.disabled = false;
    }
    V.notice('cancel-result', text, bad);
    if (!bad) {
      await load();
      await openDetail(d.batch.id, true);
    }
    document.body.dataset.cancelled = String(Date.now());
  }

  // ---- four eyes: what waits for a second user --------------------------------------------------------------------

  const mayDecide = me.roles.indexOf('FINANCE') >= 0;
  const maySeeApprovals = mayDecide || me.roles.indexOf('VPOS_ADMIN') >= 0 || me.roles.indexOf('AUDITOR') >= 0;

  async function decide(a, decision, reason) {
    const reply = await V.send('POST', 'api/v1/refund-approvals/' + encodeURIComponent(a.approvalId) + '/' + decision,
      decision === 'reject' ? { reason: reason } : undefined);
    const body = reply.body || {};
    if (reply.status === 200 || reply.status === 402 || reply.status === 503) {
      const op = body.operation;
      V.notice('approvals-result', op
        ? t('batches.cancelResult', { kind: V.label('operationKind', op.kind), amount: V.money(op.amount, op.currency),
          state: V.label('state', op.state) }) + (op.bankCode ? ' (' + op.bankCode + ')' : '') + ' – '
          + (op.reasonMessage || '')
        : t('approvals.rejected', { id: a.approvalId }), reply.status !== 200);
      await load();
    } else {
      V.notice('approvals-result', V.problem(new V.ApiError(reply.status, reply.body)), true);
    }
    await loadApprovals();
    document.body.dataset.decided = String(Date.now());
  }

  function approvalRow(a) {
    const actions = V.el('div', null, 'actions');
    if (mayDecide) {
      const reason = V.el('input');
      reason.setAttribute('aria-label', t('approvals.rejectReason'));
      reason.placeholder = t('approvals.rejectReason');
      reason.maxLength = 500;
      reason.className = 'approval-reason';
      actions.append(
        V.button(t('approvals.approve'), function () { decide(a, 'approve'); }, 'small approve'),
        reason,
        V.button(t('approvals.reject'), function () { decide(a, 'reject', reason.value); }, 'small secondary reject'));
    }
    const tr = V.row([
      V.dateTime(a.requestedAt, false),
      { text: a.collectionReference, ltr: true, lines: [a.approvalId] },
      V.label('operationKind', a.operation),
      { text: V.money(a.amount, a.currency), num: true },
      (a.reasons || []).map(function (r) { return r.message; }).join(' '),
      a.requestedBy,
      actions
    ]);
    tr.id = 'approval-' + a.approvalId;
    return tr;
  }

  async function loadApprovals() {
    if (!maySeeApprovals) return;
    let body;
    try {
      body = await V.get('api/v1/refund-approvals?state=PENDING&size=100');
    } catch (e) {
      V.notice('errors', V.problem(e), true);
      return;
    }
    $('approvals-box').hidden = false;
    V.fill('approvals', body.items, approvalRow, t('approvals.none'));
    document.body.dataset.approvalsLoaded = String(Date.now());
  }

  const companies = await V.get('api/v1/companies');
  companies.forEach(function (c) { $('companyId').appendChild(V.option(c.code + ' – ' + c.name, String(c.id))); });
  $('filter').addEventListener('submit', function (e) { e.preventDefault(); list.page = 0; load(); });
  showPosition = V.paging({ prev: 'prev', next: 'next', position: 'position' }, list, load);
  V.sortable($('batches'), list, load);
  $('detail-close').addEventListener('click', function () { $('detail').close(); });
  $('cancel-start').addEventListener('click', startCancel);
  $('cancel-back').addEventListener('click', function () {
    $('cancel-form').hidden = true;
    $('cancel-start').hidden = false;
  });
  $('cancel-amount').addEventListener('input', function () { detail.key = V.newKey(); });
  $('cancel-form').addEventListener('submit', confirmCancel);
  await loadApprovals();
  await load();
});
