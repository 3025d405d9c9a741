/* System › Parameters › Card Routing: the BIN table (preview + import of a bank's CSV), each company's rules and its
   plus-installment campaigns. */
Vpos.page('card-routing', async function () {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const api = 'api/v1';
  const KINDS = ['ON_US', 'PROGRAMME', 'CHEAPEST'];
  const state = { company: null, definitions: [] };

  function notice(text, bad) {
    V.notice('notice', text, bad);
  }

  function message(reply) {
    return reply.body && reply.body.message ? reply.body.message : t('error.http', { status: reply.status });
  }

  function binRow(b) {
    return [{ text: b.prefix, className: 'nowrap' }, b.issuerCode, b.issuerName, b.programme || '—', b.brand,
      V.label('cardType', b.type), b.country];
  }

  async function binFile() {
    const file = $('bin-file').files[0];
    if (!file) { notice(t('routing.chooseFile'), true); return null; }
    return file;
  }

  function showProblems(problems) {
    $('bin-problems').replaceChildren.apply($('bin-problems'), (problems || []).map(function (p) {
      return V.el('li', (p.field ? p.field + ': ' : '') + (p.message || p.reason));
    }));
  }

  async function preview() {
    const file = await binFile();
    if (!file) return;
    $('bin-import').disabled = true;
    const reply = await V.send('POST', api + '/bins/preview', file, { contentType: 'text/csv' });
    if (!reply.ok) { notice(message(reply), true); showProblems(reply.body && reply.body.fields); return; }
    const p = reply.body;
    $('bin-summary').textContent = t('routing.previewSummary', { lines: V.number(p.lines), valid: V.number(p.valid),
      added: V.number(p.added), changed: V.number(p.changed), unchanged: V.number(p.unchanged) });
    showProblems(p.problems);
    V.fill('bin-sample', p.sample, binRow);
    $('bin-sample').hidden = !p.sample.length;
    $('bin-import').disabled = !p.importable;
    notice(t(p.importable ? 'routing.previewOk' : 'routing.previewBad'), !p.importable);
  }

  async function importBins() {
    const file = await binFile();
    if (!file) return;
    const reply = await V.send('POST', api + '/bins/import', file, { contentType: 'text/csv' });
    if (!reply.ok) { notice(message(reply), true); showProblems(reply.body && reply.body.fields); return; }
    $('bin-import').disabled = true;
    notice(t('routing.imported', { added: V.number(reply.body.added), changed: V.number(reply.body.changed),
      unchanged: V.number(reply.body.unchanged) }));
    await search();
  }

  async function search() {
    const prefix = $('bin-prefix').value.trim();
    const rows = await V.get(api + '/bins?size=100&prefix=' + encodeURIComponent(prefix));
    V.fill('bin-rows', rows, binRow, t('routing.noBins'));
  }

  function definitionSelect(selected) {
    const select = V.el('select', null, 'rule-definition');
    select.setAttribute('aria-label', t('col.definition'));
    select.appendChild(V.option('—', ''));
    state.definitions.forEach(function (d) {
      select.appendChild(V.option(d.code + ' – ' + d.bankName, String(d.id)));
    });
    select.value = selected == null ? '' : String(selected);
    return select;
  }

  function ruleRow(rule) {
    const tr = V.el('tr');
    const kind = V.el('select', null, 'rule-kind');
    kind.setAttribute('aria-label', t('routing.kind'));
    KINDS.forEach(function (k) { kind.appendChild(V.option(V.label('routeKind', k), k)); });
    kind.value = rule.kind || 'ON_US';
    const match = V.el('input', null, 'rule-match');
    match.dir = 'ltr';
    match.value = rule.matchValue || '';
    match.setAttribute('aria-label', t('routing.matchValue'));
    const definition = definitionSelect(rule.definitionId);
    function cheapest() {
      const c = kind.value === 'CHEAPEST';
      match.disabled = c;
      definition.disabled = c;
    }
    kind.addEventListener('change', cheapest);
    cheapest();
    const actions = V.el('span');
    actions.append(
      V.button(t('routing.up'), function () { if (tr.previousElementSibling) tr.parentNode.insertBefore(tr, tr.previousElementSibling); renumber(); }),
      V.button(t('routing.down'), function () { if (tr.nextElementSibling) tr.parentNode.insertBefore(tr.nextElementSibling, tr); renumber(); }),
      V.button(t('action.remove'), function () { tr.remove(); renumber(); }));
    [V.el('span', '', 'rule-position'), kind, match, definition, actions].forEach(function (c) { tr.appendChild(V.cell(c)); });
    $('rules').tBodies[0].appendChild(tr);
    renumber();
  }

  function renumber() {
    Array.from($('rules').tBodies[0].rows).forEach(function (tr, i) {
      const p = tr.querySelector('.rule-position');
      if (p) p.textContent = V.number(i + 1);
    });
  }

  function clearErrors() {
    document.querySelectorAll('#rules .field-error').forEach(function (e) { e.remove(); });
    document.querySelectorAll('#rules .bad').forEach(function (e) { e.classList.remove('bad'); });
    $('rules-errors').textContent = '';
  }

  function showRuleErrors(fields) {
    const names = { kind: '.rule-kind', matchValue: '.rule-match', definitionId: '.rule-definition' };
    fields.forEach(function (f) {
      const m = /^rules\[(\d+)\]\.(\w+)$/.exec(f.field);
      const row = m && $('rules').tBodies[0].rows[Number(m[1])];
      const input = row && row.querySelector(names[m[2]]);
      if (!input) { $('rules-errors').textContent += V.fieldProblem(f) + ' '; return; }
      input.classList.add('bad');
      input.parentElement.appendChild(V.el('span', f.reason, 'field-error'));
    });
  }

  async function loadRules() {
    state.definitions = (await V.get(api + '/companies/' + state.company + '/vpos-definitions'));
    const rules = await V.get(api + '/companies/' + state.company + '/routing-rules');
    $('rules').tBodies[0].replaceChildren();
    clearErrors();
    rules.forEach(ruleRow);
    $('rules').dataset.company = state.company;
  }

  async function saveRules() {
    clearErrors();
    const rules = Array.from($('rules').tBodies[0].rows).map(function (tr) {
      const kind = tr.querySelector('.rule-kind').value;
      const match = tr.querySelector('.rule-match').value.trim();
      const definition = tr.querySelector('.rule-definition').value;
      return kind === 'CHEAPEST' ? { kind: kind }
        : { kind: kind, matchValue: match || null, definitionId: definition ? Number(definition) : null };
    });
    const reply = await V.send('PUT', api + '/companies/' + state.company + '/routing-rules', { rules: rules });
    if (reply.status === 400) { notice(message(reply), true); showRuleErrors(reply.body.fields || []); return; }
    if (!reply.ok) { notice(message(reply), true); return; }
    notice(t('routing.rulesSaved', { count: V.number(reply.body.length) }));
    await loadRules();
  }

  /* ---- plus-installment campaigns: a programme's extra installments, shown with the installments offered ---- */

  function input(className, value, type, label) {
    const i = V.el('input', null, className);
    i.type = type;
    i.dir = 'ltr';
    i.value = value == null ? '' : String(value);
    i.setAttribute('aria-label', t(label));
    return i;
  }

  function campaignRow(c) {
    const tr = V.el('tr');
    const cells = [
      input('campaign-programme', c.programme, 'text', 'routing.programme'),
      input('campaign-extra', c.extraInstallments, 'number', 'campaigns.extra'),
      input('campaign-minimum', c.minimumInstallments, 'number', 'campaigns.minimum'),
      input('campaign-from', c.validFrom, 'date', 'campaigns.from'),
      input('campaign-to', c.validTo, 'date', 'campaigns.to'),
      V.button(t('action.remove'), function () { tr.remove(); })];
    cells.forEach(function (c) { tr.appendChild(V.cell(c)); });
    $('campaigns').tBodies[0].appendChild(tr);
  }

  function whole(text) {
    return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
  }

  function showCampaignErrors(fields) {
    const names = { programme: '.campaign-programme', extraInstallments: '.campaign-extra',
      minimumInstallments: '.campaign-minimum', validFrom: '.campaign-from', validTo: '.campaign-to' };
    fields.forEach(function (f) {
      const m = /^campaigns\[(\d+)\]\.(\w+)$/.exec(f.field);
      const row = m && $('campaigns').tBodies[0].rows[Number(m[1])];
      const box = row && row.querySelector(names[m[2]]);
      if (!box) { $('campaigns-errors').textContent += V.fieldProblem(f) + ' '; return; }
      box.classList.add('bad');
      box.parentElement.appendChild(V.el('span', f.reason, 'field-error'));
    });
  }

  async function loadCampaigns() {
    const campaigns = await V.get(api + '/companies/' + state.company + '/installment-campaigns');
    $('campaigns').tBodies[0].replaceChildren();
    $('campaigns-errors').textContent = '';
    campaigns.forEach(campaignRow);
    $('campaigns').dataset.company = state.company;
  }

  async function saveCampaigns() {
    document.querySelectorAll('#campaigns .field-error').forEach(function (e) { e.remove(); });
    document.querySelectorAll('#campaigns .bad').forEach(function (e) { e.classList.remove('bad'); });
    $('campaigns-errors').textContent = '';
    const campaigns = Array.from($('campaigns').tBodies[0].rows).map(function (tr) {
      return { programme: tr.querySelector('.campaign-programme').value.trim() || null,
        extraInstallments: whole(tr.querySelector('.campaign-extra').value),
        minimumInstallments: whole(tr.querySelector('.campaign-minimum').value),
        validFrom: tr.querySelector('.campaign-from').value || null,
        validTo: tr.querySelector('.campaign-to').value || null };
    });
    const reply = await V.send('PUT', api + '/companies/' + state.company + '/installment-campaigns',
      { campaigns: campaigns });
    if (reply.status === 400) { notice(message(reply), true); showCampaignErrors(reply.body.fields || []); return; }
    if (!reply.ok) { notice(message(reply), true); return; }
    notice(t('campaigns.saved', { count: V.number(reply.body.length) }));
    await loadCampaigns();
  }

  $('bin-preview').addEventListener('click', function () { preview().catch(V.pageError); });
  $('bin-import').addEventListener('click', function () { importBins().catch(V.pageError); });
  $('bin-file').addEventListener('change', function () { $('bin-import').disabled = true; });
  $('bin-search').addEventListener('click', function () { search().catch(V.pageError); });
  $('add-rule').addEventListener('click', function () { ruleRow({ kind: 'ON_US' }); });
  $('save-rules').addEventListener('click', function () { saveRules().catch(V.pageError); });
  $('add-campaign').addEventListener('click', function () { campaignRow({}); });
  $('save-campaigns').addEventListener('click', function () { saveCampaigns().catch(V.pageError); });
  const companies = await V.get(api + '/companies');
  companies.forEach(function (c) { $('company').appendChild(V.option(c.code + ' – ' + c.name, String(c.id))); });
  state.company = $('company').value;
  $('company').addEventListener('change', function () {
    state.company = $('company').value;
    loadRules().catch(V.pageError);
    loadCampaigns().catch(V.pageError);
  });
  await Promise.all([loadRules(), loadCampaigns(), search()]);
  document.body.dataset.ready = 'true';
});
