/*
 * The landing page: the alerts that concern the user's roles (acknowledged here), what needs finance's attention, the
 * latest batch records and bank interactions.
 */
Vpos.page('home', function (me) {
  'use strict';
  const V = Vpos;
  const t = V.t;

  function may(roles) {
    return me.roles.some(function (r) { return roles.indexOf(r) >= 0; });
  }

  async function acknowledge(a) {
    const reply = await V.send('POST', 'api/v1/alerts/' + a.id + '/acknowledge');
    V.notice('alerts-notice', reply.ok ? t('home.alerts.acknowledged', { id: a.id })
      : V.problem(new V.ApiError(reply.status, reply.body)), !reply.ok);
    await loadAlerts();
  }

  async function loadAlerts() {
    const alerts = await V.get('api/v1/alerts');
    V.$('alerts-section').hidden = alerts.length === 0;
    V.fill('alerts', alerts, function (a) {
      const acknowledged = a.acknowledgedBy
        ? t('home.alerts.by', { user: a.acknowledgedBy, at: V.dateTime(a.acknowledgedAt) })
        : V.button(t('home.alerts.acknowledge'), function () { acknowledge(a).catch(V.pageError); });
      const tr = V.row([V.dateTime(a.raisedAt), { text: t('alert.kind.' + a.kind), lines: [V.alertText(a)] },
        a.companyCode, acknowledged]);
      tr.id = 'alert-' + a.id;
      tr.dataset.kind = a.kind;
      tr.className = 'alert alert-' + a.kind;
      return tr;
    });
  }

  async function checkWithBank(reference) {
    const reply = await V.send('POST', 'api/v1/collections/' + encodeURIComponent(reference) + '/status-check');
    const c = reply.body || {};
    V.notice('attention-notice', reply.ok
      ? t('home.attention.checked', { order: c.bankOrderId, state: V.label('state', c.state), reason: c.reasonMessage })
      : (c.message || t('error.http', { status: reply.status })), !reply.ok);
    await loadAttention();
  }

  async function loadAttention() {
    const items = await V.get('api/v1/collections/needing-attention');
    V.$('attention-section').hidden = false;
    V.fill('attention', items, function (c) {
      return [V.dateTime(c.createdAt), c.bankOrderId, { text: c.maskedPan + ' ' + c.cardBrand, ltr: true },
        { text: V.money(c.amount, c.currency), num: true }, { text: c.reasonMessage, lines: [c.bankMessage] },
        V.button(t('home.attention.ask'), function () { checkWithBank(c.reference).catch(V.pageError); })];
    }, t('table.nothingYet'));
  }

  async function resolveNotification(n, note) {
    const reply = await V.send('POST', 'api/v1/provider-notifications/' + n.id + '/resolve', { note: note });
    V.notice('notifications-notice', reply.ok ? t('home.notifications.resolved', { id: n.id })
      : V.problem(new V.ApiError(reply.status, reply.body)), !reply.ok);
    await loadNotifications();
  }

  async function loadNotifications() {
    const page = await V.get('api/v1/provider-notifications?attention=true&size=50');
    V.$('notifications-section').hidden = page.items.length === 0;
    V.fill('notifications', page.items, function (n) {
      const input = V.el('input', null, 'note');
      input.maxLength = 500;
      input.setAttribute('aria-label', t('home.notifications.noteFor', { id: n.id }));
      const box = V.el('span');
      box.append(input, V.button(t('home.notifications.resolve'), function () {
        resolveNotification(n, input.value).catch(V.pageError);
      }));
      return [V.dateTime(n.receivedAt), n.family, n.bankOrderId, n.kind + ' ' + n.eventId,
        { text: V.money(n.amount, n.currency), num: true }, V.label('notification', n.status), n.outcomeNote, box];
    });
  }

  async function loadBatches() {
    const batches = await V.get('api/v1/batches?size=20');
    V.$('batches-section').hidden = false;
    V.fill('batches', batches.items, function (b) {
      return [V.dateTime(b.transactionTime), b.bankOrderId, { text: b.maskedPan + ' ' + b.cardBrand, ltr: true },
        { text: V.number(b.installments), num: true }, { text: V.money(b.amount, b.currency), num: true },
        { text: V.amount(b.commission, b.currency), num: true }, { text: V.amount(b.netAmount, b.currency), num: true },
        V.date(b.valueDate), b.authCode, b.hostRefNum];
    }, t('table.nothingYet'));
  }

  async function loadLog() {
    const log = await V.get('api/v1/transaction-log?size=20');
    V.$('txlog-section').hidden = false;
    V.fill('txlog', log.items, function (i) {
      return [V.dateTime(i.occurredAt), i.bankOrderId, { text: V.label('outcome', i.outcome),
        className: 'outcome-' + i.outcome }, i.bankCode, i.reasonText, { text: i.message, className: 'bank-message', dir: 'auto' },
      { text: V.number(i.latencyMs), num: true }];
    }, t('table.nothingYet'));
  }

  return (async function () {
    if (may(['FINANCE', 'COLLECTOR', 'VPOS_ADMIN'])) await loadAlerts();
    if (may(['FINANCE', 'VPOS_ADMIN'])) {
      await loadAttention();
      await loadNotifications();
    }
    if (may(['FINANCE', 'COLLECTOR', 'AUDITOR', 'VPOS_ADMIN'])) await loadBatches();
    if (may(['AUDITOR', 'FINANCE', 'VPOS_ADMIN'])) await loadLog();
    document.body.dataset.loaded = String(Date.now());
  })();
});
