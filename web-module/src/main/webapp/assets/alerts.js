/*
 * System › Parameters › Alert Rules: a company's rules with their thresholds, the recipients of its alert e-mails and
 * the certificates and keys an admin watches (GET/PUT api/v1/companies/{id}/alert-settings), and its alerts of the
 * last 30 days (GET api/v1/alerts?history=true). Admins only.
 */
Vpos.page('alerts', function () {
  'use strict';
  const V = Vpos;
  const t = V.t;
  let definitions = [];

  function company() {
    return Number(V.$('alerts-company').value);
  }

  function ruleRow(r) {
    const on = V.el('input');
    on.type = 'checkbox';
    on.checked = r.enabled;
    on.name = 'enabled-' + r.kind;
    on.setAttribute('aria-label', t('alerts.enabled') + ' – ' + t('alert.kind.' + r.kind));
    const threshold = V.el('input');
    threshold.type = 'number';
    threshold.min = String(r.minThreshold);
    threshold.max = String(r.maxThreshold);
    threshold.step = '1';
    threshold.value = String(r.threshold);
    threshold.name = 'threshold-' + r.kind;
    threshold.className = 'threshold';
    threshold.setAttribute('aria-label', t('alerts.threshold') + ' – ' + t('alert.kind.' + r.kind));
    const box = V.el('span');
    box.append(threshold, V.el('span', ' ' + t('alerts.unit.' + r.kind) + ' (' +
      t('alerts.range', { min: V.number(r.minThreshold), max: V.number(r.maxThreshold) }) + ')', 'sub'));
    const tr = V.row([t('alert.kind.' + r.kind), on, box,
      r.updatedBy ? t('alerts.updated', { user: r.updatedBy, at: V.dateTime(r.updatedAt) }) : '']);
    tr.dataset.kind = r.kind;
    return tr;
  }

  function expiryRow(e) {
    const select = V.el('select');
    select.name = 'definitionId';
    select.setAttribute('aria-label', t('col.definition'));
    definitions.forEach(function (d) { select.add(V.option(d.code, String(d.id))); });
    if (e.definitionId) select.value = String(e.definitionId);
    const label = V.el('input');
    label.name = 'label';
    label.maxLength = 100;
    label.value = e.label || '';
    label.setAttribute('aria-label', t('alerts.label'));
    const on = V.el('input');
    on.type = 'date';
    on.name = 'expiresOn';
    on.value = e.expiresOn || '';
    on.setAttribute('aria-label', t('alerts.expiresOn'));
    const tr = V.row([select, label, on, V.button(t('alerts.remove'), function () { tr.remove(); })]);
    tr.className = 'expiry';
    return tr;
  }

  function show(s) {
    V.fill('alerts-rules', s.rules, ruleRow);
    V.$('alerts-recipients').value = s.recipients.join('\n');
    V.$('alerts-mail-language').value = s.mailLanguage;
    V.fill('alerts-expiries', s.expiries, expiryRow);
  }

  function historyRow(a) {
    const mails = { sent: 0, pending: 0, failed: 0 };
    a.mails.forEach(function (m) { mails[m.status.toLowerCase()] += 1; });
    const tr = V.row([V.dateTime(a.raisedAt),
      { text: t('alert.kind.' + a.kind), lines: [V.alertText(a), a.mails.length ? t('alerts.mails', {
        sent: V.number(mails.sent), pending: V.number(mails.pending), failed: V.number(mails.failed) }) : ''] },
      t('alerts.status.' + a.status),
      a.acknowledgedBy ? t('home.alerts.by', { user: a.acknowledgedBy, at: V.dateTime(a.acknowledgedAt) }) : '',
      a.resolvedAt ? V.dateTime(a.resolvedAt) : '']);
    tr.dataset.kind = a.kind;
    return tr;
  }

  async function load() {
    const id = company();
    definitions = await V.get('api/v1/companies/' + id + '/vpos-definitions');
    show(await V.get('api/v1/companies/' + id + '/alert-settings'));
    const history = await V.get('api/v1/alerts?history=true');
    V.fill('alerts-history', history.filter(function (a) { return a.companyId === id; }), historyRow,
      t('table.nothingYet'));
  }

  function settings() {
    const rules = Array.from(V.$('alerts-rules').tBodies[0].rows).map(function (tr) {
      const value = tr.querySelector('input.threshold').value.trim();
      return { kind: tr.dataset.kind, enabled: tr.querySelector('input[type=checkbox]').checked,
        threshold: /^-?\d+$/.test(value) ? Number(value) : null };
    });
    const recipients = V.$('alerts-recipients').value.split('\n').map(function (l) { return l.trim(); })
      .filter(function (l) { return l; });
    const expiries = Array.from(V.$('alerts-expiries').tBodies[0].rows).filter(function (tr) {
      return tr.classList.contains('expiry');
    }).map(function (tr) {
      return { definitionId: Number(tr.querySelector('select').value), label: tr.querySelector('input[name=label]').value,
        expiresOn: tr.querySelector('input[name=expiresOn]').value || null };
    });
    return { rules: rules, recipients: recipients, expiries: expiries,
      mailLanguage: V.$('alerts-mail-language').value };
  }

  async function save(event) {
    event.preventDefault();
    const reply = await V.send('PUT', 'api/v1/companies/' + company() + '/alert-settings', settings());
    if (!reply.ok) {
      V.notice('alerts-notice', V.problem(new V.ApiError(reply.status, reply.body)), true);
      return;
    }
    show(reply.body);
    const c = V.$('alerts-company');
    V.notice('alerts-notice', t('alerts.saved', { company: c.options[c.selectedIndex].text }));
  }

  return (async function () {
    const companies = await V.get('api/v1/companies');
    const select = V.$('alerts-company');
    companies.forEach(function (c) { select.add(V.option(c.code + ' – ' + c.name, String(c.id))); });
    select.addEventListener('change', function () { load().catch(V.pageError); });
    V.$('alerts-form').addEventListener('submit', function (e) { save(e).catch(V.pageError); });
    V.$('alerts-add-expiry').addEventListener('click', function () {
      V.$('alerts-expiries').tBodies[0].querySelectorAll('tr.empty').forEach(function (r) { r.remove(); });
      V.$('alerts-expiries').tBodies[0].appendChild(expiryRow({}));
    });
    await load();
    document.body.dataset.loaded = String(Date.now());
  })();
});
