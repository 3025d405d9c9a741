/*
 * System › Definition Health: the operator's morning check per VPOS definition (GET api/v1/definition-health):
 * status with its reasons, last approval, the last hour's approval rate, counts and bank latency, certificate expiry,
 * the bank host and the outgoing address toward it. Admins and auditors, for the companies granted to them.
 */
Vpos.page('definition-health', function () {
  'use strict';
  const V = Vpos;
  const t = V.t;

  /** A finding's sentence in the user's language, its values formatted (rates as percentages, dates by locale). */
  function finding(f) {
    const v = Object.assign({}, f.values);
    if (v.rate != null) v.rate = V.percent(v.rate);
    if (v.threshold != null) v.threshold = V.percent(v.threshold);
    if (v.notAfter != null) v.date = V.dateTime(v.notAfter, false);
    ['calls', 'count', 'approved', 'answered', 'days'].forEach(function (k) {
      if (v[k] != null) v[k] = V.number(Number(v[k]));
    });
    return t('health.finding.' + f.code, v);
  }

  function statusCell(d) {
    const box = V.el('span');
    box.appendChild(V.el('span', t('health.status.' + d.status), 'badge ' + d.status));
    d.findings.forEach(function (f) {
      box.appendChild(V.el('span', finding(f), 'sub finding-' + f.code));
    });
    return { node: box, className: 'status' };
  }

  function definitionCell(d) {
    const lines = [d.displayName, d.family + ' · ' + V.label('environment', d.environment)];
    if (!d.enabled) lines.push(t('health.disabled'));
    return { text: d.code, lines: lines };
  }

  function rateCell(w) {
    if (w.approvalRate == null) return { text: '–', num: true, className: 'rate' };
    return { text: V.percent(w.approvalRate), num: true, className: 'rate',
      lines: [t('health.approvedOfAnswered', { approved: V.number(w.approved), answered: V.number(w.declined + w.approved) })] };
  }

  function callsCell(w) {
    return { text: V.number(w.calls), num: true, className: 'calls', lines: [
      t('health.attempts', { attempts: V.number(w.attempts), declined: V.number(w.declined) }),
      w.notSent + w.unknown > 0
        ? t('health.unanswered', { notSent: V.number(w.notSent), unknown: V.number(w.unknown) }) : ''] };
  }

  function latencyCell(w) {
    if (w.latencyMaxMs == null) return { text: '–', num: true, className: 'latency' };
    return { text: t('health.p50', { ms: V.number(w.latencyP50Ms) }), num: true, className: 'latency',
      lines: [t('health.p95', { ms: V.number(w.latencyP95Ms) }), t('health.max', { ms: V.number(w.latencyMaxMs) })] };
  }

  function expiryCell(d) {
    if (!d.expiries.length) return { text: t('health.none'), className: 'expiry' };
    return { text: V.dateTime(d.expiries[0].notAfter, false), className: 'expiry',
      lines: d.expiries.map(function (e, i) {
        return i === 0 ? e.label : e.label + ': ' + V.dateTime(e.notAfter, false);
      }) };
  }

  function routeCell(d) {
    const ip = d.outgoingIp === 'unknown' ? t('health.unknownIp') : d.outgoingIp;
    return { text: d.bankHost || '–', ltr: true, className: 'route', lines: [
      t('health.outgoingIp', { ip: ip }),
      d.whitelistedIp ? t('health.whitelistedIp', { ip: d.whitelistedIp }) : ''] };
  }

  function healthRow(d) {
    const tr = V.row([statusCell(d), definitionCell(d), d.companyCode,
      { text: d.lastApprovedAt ? V.dateTime(d.lastApprovedAt) : t('health.never'), className: 'last-approval nowrap' },
      rateCell(d.lastHour), callsCell(d.lastHour), latencyCell(d.lastHour), expiryCell(d), routeCell(d)]);
    tr.id = 'health-' + d.definitionId;
    tr.dataset.status = d.status;
    return tr;
  }

  async function load() {
    const button = V.$('health-refresh');
    button.disabled = true;
    try {
      const r = await V.get('api/v1/definition-health');
      V.$('health-summary').textContent = t('health.summary', {
        from: V.dateTime(r.windowStart, false), to: V.dateTime(r.windowEnd, false),
        ok: V.number(r.ok), warning: V.number(r.warning), failing: V.number(r.failing) });
      V.fill('health', r.definitions, healthRow, t('health.noDefinitions'));
      document.body.dataset.loaded = String(Date.now());
    } finally {
      button.disabled = false;
    }
  }

  V.$('health-refresh').addEventListener('click', function () {
    load().catch(function (e) { V.notice('health-errors', V.problem(e), true); });
  });
  return load();
});
