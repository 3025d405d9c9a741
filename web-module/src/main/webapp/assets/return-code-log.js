/* System › Return-Code Log: every bank interaction filtered, its masked exchange, decline reasons, retention. */
Vpos.page('return-code-log', async function (me) {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const SVG = 'http://www.w3.org/2000/svg';
  const FILTERS = ['from', 'to', 'companyId', 'definitionId', 'family', 'operation', 'outcome', 'bankCode', 'reason', 'q'];
  const CHART_FILTERS = ['from', 'to', 'companyId', 'definitionId', 'family'];
  // distinguishable on white and in grey-scale order; a reason keeps its colour across bars (legend order, and the
  // legend's swatches in return-code-log.css)
  const PALETTE = ['#b3261e', '#e8710a', '#f9ab00', '#1e8e3e', '#12b5cb', '#0b5cab', '#9334e6', '#e52592', '#795548',
    '#5f6368', '#7cb342', '#00796b'];
  const list = { page: 0, size: 50, sort: 'occurredAt', direction: 'desc' };
  const state = { companies: {}, selected: null };

  function showError(e) {
    V.notice('errors', V.problem(e), true);
  }

  function isoUtcDay(millis) {
    return new Date(millis).toISOString().substring(0, 10);
  }

  function loaded() {
    document.body.dataset.loaded = String(Date.now());
  }

  function params(names) {
    const p = new URLSearchParams();
    names.forEach(function (id) {
      const v = $(id).value.trim();
      if (v) p.set(id, v);
    });
    return p;
  }

  function companyName(id) {
    const c = state.companies[id];
    return c ? c.code : String(id);
  }

  // ---- the log table ------------------------------------------------------------------------------------------

  function logRow(i) {
    const tr = V.row([V.dateTime(i.occurredAt), companyName(i.companyId), i.family, i.definitionCode || i.definitionId,
      V.label('operation', i.operation), { text: V.label('outcome', i.outcome), className: 'outcome-' + i.outcome },
      { text: i.bankCode, className: 'nowrap' }, i.reasonText,
      { text: i.message, className: 'bank-message', dir: 'auto' }, { text: V.number(i.latencyMs), num: true },
      i.bankOrderId]);
    tr.id = 'interaction-' + i.id;
    tr.className = 'row' + (state.selected === i.id ? ' selected' : '');
    tr.tabIndex = 0;
    tr.setAttribute('aria-label', t('log.rowLabel', { id: i.id, outcome: V.label('outcome', i.outcome),
      order: i.bankOrderId || '–' }));
    tr.addEventListener('click', function () { showDetail(i.id); });
    tr.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showDetail(i.id); }
    });
    return tr;
  }

  let showPosition = null;

  async function loadLog() {
    const p = params(FILTERS);
    p.set('page', list.page); p.set('size', list.size); p.set('sort', list.sort); p.set('direction', list.direction);
    const body = await V.get('api/v1/transaction-log?' + p);
    V.fill('log', body.items, logRow, t('log.none'));
    $('totals').textContent = t('log.totals', { count: V.number(body.total) }) + (body.totals.length ? ': ' : '.')
      + body.totals.map(function (x) { return V.number(x.count) + ' ' + V.label('outcome', x.outcome); }).join(' · ');
    showPosition(body.total);
  }

  // ---- one interaction in full --------------------------------------------------------------------------------

  async function showDetail(id) {
    let i;
    try {
      i = await V.get('api/v1/transaction-log/' + encodeURIComponent(id));
    } catch (e) {
      showError(e);
      return;
    }
    state.selected = id;
    document.querySelectorAll('#log tbody tr.row').forEach(function (tr) {
      tr.classList.toggle('selected', tr.id === 'interaction-' + id);
    });
    $('detail-id').textContent = '#' + i.id;
    const facts = [
      ['col.time', V.dateTime(i.occurredAt)], ['col.company', companyName(i.companyId)],
      ['field.family', i.family], ['col.definition', i.definitionCode || i.definitionId],
      ['col.operation', V.label('operation', i.operation)], ['col.outcome', V.label('outcome', i.outcome)],
      ['col.bankCode', i.bankCode], ['col.reason', i.reasonText + (i.reason ? ' (' + i.reason + ')' : '')],
      ['col.bankMessage', i.message], ['log.httpStatus', i.httpStatus],
      ['col.latency', t('unit.ms', { n: V.number(i.latencyMs) })],
      ['col.orderId', i.bankOrderId], ['batches.collection', i.collectionReference],
      ['log.requestId', i.requestId]
    ];
    const dl = $('detail-facts');
    dl.replaceChildren();
    facts.forEach(function (f) {
      const dd = V.el('dd');
      dd.appendChild(V.el('bdi', f[1] == null || f[1] === '' ? '–' : f[1]));
      dl.append(V.el('dt', t(f[0])), dd);
    });
    // textContent: whatever the bank sent is shown as text, never interpreted as markup
    $('detail-request').textContent = readable(i.maskedRequest);
    $('detail-response').textContent = readable(i.maskedResponse);
    $('detail').hidden = false;
    $('detail').dataset.id = String(i.id);
    $('detail-title').focus();
    $('detail').scrollIntoView({ block: 'nearest' });
  }

  /** One element or field per line, indented: XML, JSON and form bodies as the bank exchanged them. */
  function readable(text) {
    if (!text) return t('log.nothingRecorded');
    const s = text.trim();
    if (s.charAt(0) === '{' || s.charAt(0) === '[') {
      try { return JSON.stringify(JSON.parse(s), null, 2); } catch (e) { return text; }
    }
    if (s.charAt(0) === '<') {
      let depth = 0;
      // an empty element (<Taksit></Taksit>) stays on one line
      const kept = s.replace(/<([A-Za-z][^\s\/>]*)([^>]*[^\/>])?>\s*<\/\1>/g, '<$1$2>\u0000</$1>');
      return kept.replace(/>\s*</g, '>\n<').split('\n').map(function (line) {
        line = line.replace('>\u0000<', '><');
        if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
        const out = '  '.repeat(depth) + line;
        if (/^<[^!?\/][^>]*[^\/]>$|^<[^!?\/]>$/.test(line) && line.indexOf('</') < 0) depth++;
        return out;
      }).join('\n');
    }
    if (/^[^\s=&]+=[^\s]*(&[^\s=&]+=[^\s]*)+$/.test(s)) return s.split('&').join('\n');
    return text;
  }

  // ---- the decline-reason chart: a stacked bar per bank family, drawn as SVG (mirrored right to left) ---------

  function svg(name, attributes, text) {
    const e = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  function drawChart(chart) {
    const colours = {};
    chart.reasons.forEach(function (r, n) { colours[r.reason] = PALETTE[n % PALETTE.length]; });
    const host = $('chart');
    host.replaceChildren();
    $('legend').replaceChildren();
    const table = $('chart-table').tBodies[0];
    table.replaceChildren();
    // the period as the server read it: dates in the business zone, the end exclusive
    const start = V.date(chart.start.substring(0, 10));
    const end = chart.end.substring(11, 16) === '00:00'
      ? V.date(isoUtcDay(Date.parse(chart.end.substring(0, 10)) - 86400000))
      : V.dateTime(new Date(Date.parse(chart.end) - 1000).toISOString());
    $('chart-period').textContent = t('log.chartPeriod', { operations: chart.operations.map(function (o) {
      return V.label('operation', o);
    }).join(', '), start: start, end: end, zone: chart.zone });
    if (chart.families.length === 0) {
      const p = V.el('p', t('log.noAttempts'));
      p.id = 'chart-empty';
      host.appendChild(p);
      host.dataset.loaded = String(Date.now());
      return;
    }
    const rtl = V.rightToLeft();
    const labelWidth = 110, barWidth = 420, statsWidth = 330, barHeight = 22, gap = 12, top = 8;
    const width = labelWidth + barWidth + statsWidth;
    const height = top + chart.families.length * (barHeight + gap);
    // x from the start edge (left, or right on a right-to-left page)
    const x = function (fromStart, w) { return rtl ? width - fromStart - (w || 0) : fromStart; };
    // text-anchor follows the text's direction (rtl on a right-to-left page): "end" is next to the bar either way
    const most = Math.max.apply(null, chart.families.map(function (f) { return f.attempts - f.approved; }).concat([1]));
    const summary = chart.families.map(function (f) {
      return t('log.chartFamilySummary', { family: f.family, attempts: V.number(f.attempts),
        rate: V.percent(f.approvalRate) }) + (f.reasons.length ? '; ' + t('log.notApproved') + ': '
        + f.reasons.map(function (r) { return r.text + ' ' + V.number(r.count); }).join(', ') : '');
    }).join('. ') + '.';
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-labelledby': 'chart-svg-title chart-svg-desc', direction: rtl ? 'rtl' : 'ltr' });
    root.appendChild(svg('title', { id: 'chart-svg-title' }, t('log.chartTitle')));
    root.appendChild(svg('desc', { id: 'chart-svg-desc' }, summary));
    chart.families.forEach(function (f, n) {
      const y = top + n * (barHeight + gap);
      const group = svg('g', { 'data-family': f.family });
      group.appendChild(svg('text', { x: x(labelWidth - 8), y: y + barHeight / 2 + 4, 'text-anchor': 'end' },
        f.family));
      group.appendChild(svg('rect', { x: x(labelWidth, barWidth), y: y, width: barWidth, height: barHeight,
        fill: '#f1f3f4' }));
      let at = labelWidth;
      f.reasons.forEach(function (r) {
        const w = Math.max(1, barWidth * r.count / most);
        const rect = svg('rect', { x: x(at, w).toFixed(2), y: y, width: w.toFixed(2), height: barHeight,
          fill: colours[r.reason], 'data-reason': r.reason, 'data-count': r.count });
        rect.appendChild(svg('title', null, f.family + ' – ' + r.text + ': ' + V.number(r.count)));
        group.appendChild(rect);
        at += w;
      });
      group.appendChild(svg('text', { x: x(labelWidth + barWidth + 8), y: y + barHeight / 2 + 4,
        'text-anchor': 'start' }, t('log.chartBarLabel', { notApproved: V.number(f.attempts - f.approved),
        attempts: V.number(f.attempts), rate: V.percent(f.approvalRate) })));
      root.appendChild(group);
      table.appendChild(V.row([f.family, { text: V.number(f.attempts), num: true },
        { text: V.number(f.approved), num: true }, { text: V.percent(f.approvalRate), num: true },
        f.reasons.map(function (r) { return r.text + ': ' + V.number(r.count); }).join(', ') || '–']));
    });
    host.appendChild(root);
    chart.reasons.forEach(function (r) {
      const li = V.el('li');
      li.dataset.reason = r.reason;
      const swatch = V.el('span', null, 'swatch');
      swatch.setAttribute('aria-hidden', 'true');
      li.append(swatch, r.text + ' (' + V.number(r.count) + ')');
      $('legend').appendChild(li);
    });
    host.dataset.loaded = String(Date.now());
  }

  async function loadChart() {
    drawChart(await V.get('api/v1/transaction-log/decline-reasons?' + params(CHART_FILTERS)));
  }

  // ---- retention and pruning (admins) -------------------------------------------------------------------------

  function notice(text, bad) {
    V.notice('retention-notice', text, bad);
  }

  async function saveRetention(companyId, input) {
    try {
      const r = await V.request('PUT', 'api/v1/log-retention/' + companyId, { months: input.value.trim() || null });
      notice(t('log.retentionSet', { company: r.companyCode, months: V.number(r.months) }));
      await loadRetention();
    } catch (e) {
      notice(V.problem(e), true);
      input.classList.add('bad');
      input.focus();
    }
  }

  async function resetRetention(companyId) {
    try {
      const r = await V.request('DELETE', 'api/v1/log-retention/' + companyId);
      notice(t('log.retentionDefault', { company: r.companyCode, months: V.number(r.months) }));
      await loadRetention();
    } catch (e) {
      notice(V.problem(e), true);
    }
  }

  async function loadRetention() {
    const all = await V.get('api/v1/log-retention');
    V.fill('retention', all, function (r) {
      const input = V.el('input');
      input.type = 'number'; input.min = '1'; input.max = '120'; input.step = '1'; input.value = r.months;
      input.setAttribute('aria-label', t('log.monthsFor', { company: r.companyCode }));
      const months = V.el('span');
      months.appendChild(input);
      if (r.companyDefault) months.append(' ' + t('log.isDefault'));
      const actions = V.el('span');
      actions.appendChild(V.button(t('action.save'), function () { saveRetention(r.companyId, input); }));
      if (!r.companyDefault) {
        actions.appendChild(V.button(t('log.useDefault'), function () { resetRetention(r.companyId); },
          'small secondary'));
      }
      const tr = V.row([r.companyCode + ' – ' + r.companyName, months,
        r.companyDefault ? '' : r.updatedBy + ', ' + V.dateTime(r.updatedAt), actions]);
      tr.id = 'retention-' + r.companyId;
      return tr;
    });
    await loadRuns();
  }

  async function loadRuns() {
    const runs = await V.get('api/v1/transaction-log/prune-runs?size=20');
    V.fill('prune-runs', runs.items, function (r) {
      return [V.dateTime(r.finishedAt), companyName(r.companyId), { text: V.number(r.retentionMonths), num: true },
        V.dateTime(r.cutoff), { text: V.number(r.deleted), num: true }, { text: V.number(r.keptOpen), num: true },
        r.actor + ' (' + V.label('pruneTrigger', r.triggeredBy) + ')', r.failure];
    });
  }

  async function pruneNow() {
    $('prune-now').disabled = true;
    try {
      const report = await V.request('POST', 'api/v1/transaction-log/prune');
      notice(t('log.pruned', { deleted: V.number(report.deleted) }) + ' ' + report.companies.map(function (c) {
        return c.companyCode + ' ' + V.number(c.deleted) + (c.failure ? ' (' + t('log.stopped', { failure: c.failure }) + ')'
          : '');
      }).join(' · '));
      await loadRuns();
      await refresh();
    } catch (e) {
      notice(V.problem(e), true);
    } finally {
      $('prune-now').disabled = false;
    }
  }

  // ---- the page -----------------------------------------------------------------------------------------------

  async function refresh() {
    $('errors').hidden = true;
    try {
      await Promise.all([loadLog(), loadChart()]);
    } catch (e) {
      showError(e);
    }
    loaded();
  }

  async function loadDefinitions() {
    const select = $('definitionId');
    select.replaceChildren(new Option(t('filter.all'), ''));
    const company = $('companyId').value;
    if (!company) return;
    const definitions = await V.get('api/v1/companies/' + encodeURIComponent(company) + '/vpos-definitions');
    definitions.forEach(function (d) { select.appendChild(V.option(d.code + ' (' + d.family + ')', String(d.id))); });
  }

  function reloadLog() {
    loadLog().then(loaded, showError);
  }

  // the business day (the server's zone), not the browser's
  const today = Date.parse(me.businessDate + 'T00:00:00Z');
  $('to').value = me.businessDate;
  $('from').value = isoUtcDay(today - 29 * 86400000);
  const companies = await V.get('api/v1/companies');
  companies.forEach(function (c) {
    state.companies[c.id] = c;
    $('companyId').appendChild(V.option(c.code + ' – ' + c.name, String(c.id)));
  });
  const reasons = await V.get('api/v1/transaction-log/reasons');
  reasons.forEach(function (r) { $('reason').appendChild(new Option(r.text, r.reason)); });
  $('companyId').addEventListener('change', function () { loadDefinitions().catch(showError); });
  $('filter').addEventListener('submit', function (e) { e.preventDefault(); list.page = 0; refresh(); });
  showPosition = V.paging({ prev: 'prev', next: 'next', position: 'position' }, list, reloadLog);
  V.sortable($('log'), list, reloadLog);
  $('detail-close').addEventListener('click', function () {
    $('detail').hidden = true;
    state.selected = null;
    document.querySelectorAll('#log tbody tr.selected').forEach(function (tr) { tr.classList.remove('selected'); });
  });
  if (me.roles.includes('VPOS_ADMIN')) {
    $('retention-section').hidden = false;
    $('prune-now').addEventListener('click', pruneNow);
    loadRetention().catch(function (e) { notice(V.problem(e), true); });
  }
  await refresh();
});
