(function () {
  'use strict';

  const $ = function (id) { return document.getElementById(id); };
  const SVG = 'http://www.w3.org/2000/svg';
  const FILTERS = ['from', 'to', 'companyId', 'definitionId', 'family', 'operation', 'outcome', 'bankCode', 'reason', 'q'];
  const CHART_FILTERS = ['from', 'to', 'companyId', 'definitionId', 'family'];
  // distinguishable on white and in grey-scale order; a reason keeps its colour across bars (legend order)
  const PALETTE = ['#b3261e', '#e8710a', '#f9ab00', '#1e8e3e', '#12b5cb', '#0b5cab', '#9334e6', '#e52592', '#795548',
    '#5f6368', '#7cb342', '#00796b'];
  const state = { page: 0, size: 50, sort: 'occurredAt', direction: 'desc', total: 0, companies: {}, selected: null };

  async function request(method, path, body) {
    const init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const data = await response.json().catch(function () { return {}; });
    if (!response.ok) {
      const e = new Error(data.message || ('HTTP ' + response.status));
      e.body = data;
      throw e;
    }
    return data;
  }

  function getJson(path) { return request('GET', path); }

  function problem(e) {
    const fields = (e.body && e.body.fields || []).map(function (f) { return f.field + ': ' + f.reason; });
    return fields.length ? e.message + ' ' + fields.join(' ') : e.message;
  }

  function showError(e) {
    $('errors').hidden = false;
    $('errors').textContent = problem(e);
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

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function companyName(id) {
    const c = state.companies[id];
    return c ? c.code : String(id);
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  // ---- the log table -------------------------------------------------------------------------------------------

  async function loadLog() {
    const p = params(FILTERS);
    p.set('page', state.page); p.set('size', state.size); p.set('sort', state.sort); p.set('direction', state.direction);
    const body = await getJson('api/v1/transaction-log?' + p);
    state.total = body.total;
    const rows = body.items.map(function (i) {
      const tr = document.createElement('tr');
      tr.id = 'interaction-' + i.id;
      tr.className = 'row' + (state.selected === i.id ? ' selected' : '');
      tr.tabIndex = 0;
      tr.setAttribute('aria-label', 'Interaction ' + i.id + ', ' + i.outcome + ', order ' + (i.bankOrderId || '–')
        + ': show the request and response');
      tr.appendChild(cell(time(i.occurredAt)));
      tr.appendChild(cell(companyName(i.companyId)));
      tr.appendChild(cell(i.family));
      tr.appendChild(cell(i.definitionCode || i.definitionId));
      tr.appendChild(cell(i.operation));
      tr.appendChild(cell(i.outcome, 'outcome-' + i.outcome));
      tr.appendChild(cell(i.bankCode));
      tr.appendChild(cell(i.reasonText));
      tr.appendChild(cell(i.message, 'bank-message'));
      tr.appendChild(cell(i.latencyMs, 'num'));
      tr.appendChild(cell(i.bankOrderId));
      tr.addEventListener('click', function () { showDetail(i.id); });
      tr.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showDetail(i.id); }
      });
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('No interaction matches the filter.');
      td.colSpan = 11;
      tr.appendChild(td);
      rows.push(tr);
    }
    const tbody = document.querySelector('#log tbody');
    tbody.replaceChildren.apply(tbody, rows);
    $('totals').textContent = body.total + ' interaction(s)' + (body.totals.length ? ': ' : '.') + body.totals.map(
      function (t) { return t.count + ' ' + t.outcome; }).join(' · ');
    const last = Math.max(0, Math.ceil(state.total / state.size) - 1);
    $('position').textContent = 'page ' + (state.page + 1) + ' of ' + (last + 1);
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page >= last;
    document.querySelectorAll('button.sort').forEach(function (b) {
      const th = b.parentElement;
      if (b.dataset.sort === state.sort) {
        th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
  }

  // ---- one interaction in full ---------------------------------------------------------------------------------

  async function showDetail(id) {
    let i;
    try {
      i = await getJson('api/v1/transaction-log/' + encodeURIComponent(id));
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
      ['Time', time(i.occurredAt)], ['Company', companyName(i.companyId)],
      ['Bank family', i.family], ['Definition', i.definitionCode || i.definitionId], ['Operation', i.operation],
      ['Outcome', i.outcome], ['Bank code', i.bankCode], ['Reason', i.reasonText + (i.reason ? ' (' + i.reason + ')' : '')],
      ['Message', i.message], ['HTTP status', i.httpStatus], ['Latency', i.latencyMs + ' ms'],
      ['Order id', i.bankOrderId], ['Collection', i.collectionReference]
    ];
    const dl = $('detail-facts');
    dl.replaceChildren();
    facts.forEach(function (f) {
      const dt = document.createElement('dt');
      dt.textContent = f[0];
      const dd = document.createElement('dd');
      dd.textContent = f[1] == null || f[1] === '' ? '–' : String(f[1]);
      dl.appendChild(dt);
      dl.appendChild(dd);
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
    if (!text) return '(nothing recorded)';
    const t = text.trim();
    if (t.charAt(0) === '{' || t.charAt(0) === '[') {
      try { return JSON.stringify(JSON.parse(t), null, 2); } catch (e) { return text; }
    }
    if (t.charAt(0) === '<') {
      let depth = 0;
      // an empty element (<Taksit></Taksit>) stays on one line
      const kept = t.replace(/<([A-Za-z][^\s\/>]*)([^>]*[^\/>])?>\s*<\/\1>/g, '<$1$2>\u0000</$1>');
      return kept.replace(/>\s*</g, '>\n<').split('\n').map(function (line) {
        line = line.replace('>\u0000<', '><');
        if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
        const out = '  '.repeat(depth) + line;
        if (/^<[^!?\/][^>]*[^\/]>$|^<[^!?\/]>$/.test(line) && line.indexOf('</') < 0) depth++;
        return out;
      }).join('\n');
    }
    if (/^[^\s=&]+=[^\s]*(&[^\s=&]+=[^\s]*)+$/.test(t)) return t.split('&').join('\n');
    return text;
  }

  // ---- the decline-reason chart: a stacked bar per bank family, drawn as inline SVG ---------------------------

  function svg(name, attributes, text) {
    const el = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (k) { el.setAttribute(k, attributes[k]); });
    if (text != null) el.textContent = text;
    return el;
  }

  function percent(rate) {
    return (Number(rate) * 100).toFixed(1) + '%';
  }

  function drawChart(chart) {
    const colours = {};
    chart.reasons.forEach(function (r, n) { colours[r.reason] = PALETTE[n % PALETTE.length]; });
    const host = $('chart');
    host.replaceChildren();
    const legend = $('legend');
    legend.replaceChildren();
    const table = document.querySelector('#chart-table tbody');
    table.replaceChildren();
    // the period as the server read it: dates in the business zone, the end exclusive
    const start = chart.start.substring(0, 10);
    const last = new Date(Date.parse(chart.end) - 1000);
    const end = chart.end.substring(11, 16) === '00:00' ? isoUtcDay(Date.parse(chart.end.substring(0, 10)) - 86400000)
      : time(last.toISOString());
    $('chart-period').textContent = 'Payment authorisations (' + chart.operations.join(', ') + ') from '
      + start + ' to ' + end + ' (' + chart.zone + '): why those not approved were not.';
    if (chart.families.length === 0) {
      const p = document.createElement('p');
      p.id = 'chart-empty';
      p.textContent = 'No payment attempts in this period.';
      host.appendChild(p);
      host.dataset.loaded = String(Date.now());
      return;
    }
    const labelWidth = 110, barWidth = 420, statsWidth = 330, barHeight = 22, gap = 12, top = 8;
    const width = labelWidth + barWidth + statsWidth;
    const height = top + chart.families.length * (barHeight + gap);
    const most = Math.max.apply(null, chart.families.map(function (f) { return f.attempts - f.approved; }).concat([1]));
    const summary = chart.families.map(function (f) {
      return f.family + ': ' + f.attempts + ' attempts, ' + percent(f.approvalRate) + ' approved'
        + (f.reasons.length ? '; not approved: ' + f.reasons.map(function (r) { return r.text + ' ' + r.count; })
          .join(', ') : '');
    }).join('. ') + '.';
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-labelledby': 'chart-svg-title chart-svg-desc' });
    root.appendChild(svg('title', { id: 'chart-svg-title' }, 'Decline reasons per bank family'));
    root.appendChild(svg('desc', { id: 'chart-svg-desc' }, summary));
    chart.families.forEach(function (f, row) {
      const y = top + row * (barHeight + gap);
      const group = svg('g', { 'data-family': f.family });
      group.appendChild(svg('text', { x: labelWidth - 8, y: y + barHeight / 2 + 4, 'text-anchor': 'end' }, f.family));
      group.appendChild(svg('rect', { x: labelWidth, y: y, width: barWidth, height: barHeight, fill: '#f1f3f4' }));
      let x = labelWidth;
      f.reasons.forEach(function (r) {
        const w = Math.max(1, barWidth * r.count / most);
        const rect = svg('rect', { x: x.toFixed(2), y: y, width: w.toFixed(2), height: barHeight,
          fill: colours[r.reason], 'data-reason': r.reason, 'data-count': r.count });
        rect.appendChild(svg('title', null, f.family + ' – ' + r.text + ': ' + r.count));
        group.appendChild(rect);
        x += w;
      });
      group.appendChild(svg('text', { x: labelWidth + barWidth + 8, y: y + barHeight / 2 + 4 },
        (f.attempts - f.approved) + ' of ' + f.attempts + ' not approved · ' + percent(f.approvalRate) + ' approved'));
      root.appendChild(group);
      const tr = document.createElement('tr');
      tr.appendChild(cell(f.family));
      tr.appendChild(cell(f.attempts, 'num'));
      tr.appendChild(cell(f.approved, 'num'));
      tr.appendChild(cell(percent(f.approvalRate), 'num'));
      tr.appendChild(cell(f.reasons.map(function (r) { return r.text + ': ' + r.count; }).join(', ') || '–'));
      table.appendChild(tr);
    });
    host.appendChild(root);
    chart.reasons.forEach(function (r) {
      const li = document.createElement('li');
      li.dataset.reason = r.reason;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colours[r.reason];
      swatch.setAttribute('aria-hidden', 'true');
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(r.text + ' (' + r.count + ')'));
      legend.appendChild(li);
    });
    host.dataset.loaded = String(Date.now());
  }

  async function loadChart() {
    drawChart(await getJson('api/v1/transaction-log/decline-reasons?' + params(CHART_FILTERS)));
  }

  // ---- retention and pruning (admins) --------------------------------------------------------------------------

  function notice(text, bad) {
    $('retention-notice').hidden = false;
    $('retention-notice').className = 'notice' + (bad ? ' bad' : '');
    $('retention-notice').textContent = text;
  }

  async function saveRetention(companyId, input) {
    try {
      const r = await request('PUT', 'api/v1/log-retention/' + companyId, { months: input.value.trim() || null });
      notice(r.companyCode + ' keeps its log for ' + r.months + ' month(s).');
      await loadRetention();
    } catch (e) {
      notice(problem(e), true);
      input.classList.add('bad');
      input.focus();
    }
  }

  async function resetRetention(companyId) {
    try {
      const r = await request('DELETE', 'api/v1/log-retention/' + companyId);
      notice(r.companyCode + ' is back to the default of ' + r.months + ' month(s).');
      await loadRetention();
    } catch (e) {
      notice(problem(e), true);
    }
  }

  async function loadRetention() {
    const list = await getJson('api/v1/log-retention');
    const rows = list.map(function (r) {
      const tr = document.createElement('tr');
      tr.id = 'retention-' + r.companyId;
      tr.appendChild(cell(r.companyCode + ' – ' + r.companyName));
      const td = document.createElement('td');
      const input = document.createElement('input');
      input.type = 'number'; input.min = '1'; input.max = '120'; input.step = '1'; input.value = r.months;
      input.setAttribute('aria-label', 'Months ' + r.companyCode + ' keeps its log');
      td.appendChild(input);
      if (r.companyDefault) td.appendChild(document.createTextNode(' (default)'));
      tr.appendChild(td);
      tr.appendChild(cell(r.companyDefault ? '' : r.updatedBy + ', ' + time(r.updatedAt)));
      const actions = document.createElement('td');
      const save = document.createElement('button');
      save.type = 'button'; save.className = 'small'; save.textContent = 'Save';
      save.addEventListener('click', function () { saveRetention(r.companyId, input); });
      actions.appendChild(save);
      if (!r.companyDefault) {
        const reset = document.createElement('button');
        reset.type = 'button'; reset.className = 'small secondary'; reset.textContent = 'Use default';
        reset.addEventListener('click', function () { resetRetention(r.companyId); });
        actions.appendChild(reset);
      }
      tr.appendChild(actions);
      return tr;
    });
    const tbody = document.querySelector('#retention tbody');
    tbody.replaceChildren.apply(tbody, rows);
    await loadRuns();
  }

  async function loadRuns() {
    const runs = await getJson('api/v1/transaction-log/prune-runs?size=20');
    const tbody = document.querySelector('#prune-runs tbody');
    tbody.replaceChildren.apply(tbody, runs.items.map(function (r) {
      const tr = document.createElement('tr');
      [time(r.finishedAt), companyName(r.companyId)].forEach(function (v) { tr.appendChild(cell(v)); });
      tr.appendChild(cell(r.retentionMonths, 'num'));
      tr.appendChild(cell(time(r.cutoff)));
      tr.appendChild(cell(r.deleted, 'num'));
      tr.appendChild(cell(r.keptOpen, 'num'));
      tr.appendChild(cell(r.actor + ' (' + r.triggeredBy + ')'));
      tr.appendChild(cell(r.failure));
      return tr;
    }));
  }

  async function pruneNow() {
    $('prune-now').disabled = true;
    try {
      const report = await request('POST', 'api/v1/transaction-log/prune');
      notice('Pruned now: ' + report.deleted + ' interaction(s) deleted. ' + report.companies.map(function (c) {
        return c.companyCode + ' ' + c.deleted + (c.failure ? ' (stopped: ' + c.failure + ')' : '');
      }).join(' · '));
      await loadRuns();
      await refresh();
    } catch (e) {
      notice(problem(e), true);
    } finally {
      $('prune-now').disabled = false;
    }
  }

  // ---- the page ------------------------------------------------------------------------------------------------

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
    select.replaceChildren(new Option('All', ''));
    const company = $('companyId').value;
    if (!company) return;
    const definitions = await getJson('api/v1/companies/' + encodeURIComponent(company) + '/vpos-definitions');
    definitions.forEach(function (d) {
      select.appendChild(new Option(d.code + ' (' + d.family + ')', String(d.id)));
    });
  }

  async function start() {
    const me = await getJson('api/v1/me');
    $('user').textContent = me.user;
    // the business day (the server's zone), not the browser's
    const today = Date.parse(me.businessDate + 'T00:00:00Z');
    $('to').value = me.businessDate;
    $('from').value = isoUtcDay(today - 29 * 86400000);
    const companies = await getJson('api/v1/companies');
    companies.forEach(function (c) {
      state.companies[c.id] = c;
      $('companyId').appendChild(new Option(c.code + ' – ' + c.name, String(c.id)));
    });
    const reasons = await getJson('api/v1/transaction-log/reasons');
    reasons.forEach(function (r) { $('reason').appendChild(new Option(r.text, r.reason)); });
    $('companyId').addEventListener('change', function () { loadDefinitions().catch(showError); });
    $('filter').addEventListener('submit', function (e) { e.preventDefault(); state.page = 0; refresh(); });
    $('prev').addEventListener('click', function () { state.page--; loadLog().then(loaded, showError); });
    $('next').addEventListener('click', function () { state.page++; loadLog().then(loaded, showError); });
    $('detail-close').addEventListener('click', function () {
      $('detail').hidden = true;
      state.selected = null;
      document.querySelectorAll('#log tbody tr.selected').forEach(function (tr) { tr.classList.remove('selected'); });
    });
    document.querySelectorAll('button.sort').forEach(function (b) {
      b.addEventListener('click', function () {
        state.direction = state.sort === b.dataset.sort && state.direction === 'desc' ? 'asc' : 'desc';
        state.sort = b.dataset.sort;
        state.page = 0;
        loadLog().then(loaded, showError);
      });
    });
    if (me.roles.includes('VPOS_ADMIN')) {
      $('retention-section').hidden = false;
      $('prune-now').addEventListener('click', pruneNow);
      loadRetention().catch(function (e) { notice(problem(e), true); });
    }
    await refresh();
  }

  start().catch(function (e) { $('user').textContent = 'error: ' + e.message; });
})();
