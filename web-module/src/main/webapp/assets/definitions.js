/* System › Parameters › Virtual POS Definitions: a company's VPOS accounts, their credentials, plans and logos. */
Vpos.page('definitions', async function () {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const api = 'api/v1';
  const state = { company: null, families: [], editing: null };

  function notice(text, bad) {
    V.notice('notice', text, bad);
  }

  function message(reply) {
    return reply.body && reply.body.message ? reply.body.message : t('error.http', { status: reply.status });
  }

  function base() { return api + '/companies/' + state.company + '/vpos-definitions'; }

  /** The family's own simple mark (assets/logos), used when a definition has no logo of its own or it fails. */
  function familyLogo(family) {
    return 'assets/logos/' + String(family || 'bank').toLowerCase() + '.svg';
  }

  /** Shows a logo; if it cannot be loaded (gone, or not allowed by the page's policy), the family's, then ours. */
  function showLogo(img, url, family) {
    img.dataset.fallback = familyLogo(family);
    if (!img.dataset.watched) {
      img.dataset.watched = 'true';
      img.addEventListener('error', function () {
        const next = img.src.endsWith(img.dataset.fallback) ? familyLogo('bank') : img.dataset.fallback;
        if (!img.src.endsWith(next)) img.src = next;
      });
    }
    img.src = url || img.dataset.fallback;
  }

  function logo(d) {
    const img = V.el('img', null, 'logo');
    img.alt = d.bankName;
    showLogo(img, d.logoUrl, d.family);
    return img;
  }

  async function loadDefinitions() {
    const reply = await V.send('GET', base());
    if (!reply.ok) { notice(message(reply), true); return; }
    V.fill('definitions', reply.body, function (d) {
      const env = V.el('span', V.label('environment', d.environment), 'badge ' + d.environment);
      const actions = V.el('span');
      actions.append(
        action('action.edit', 'edit-' + d.code, function () { edit(d); }),
        d.enabled ? action('definitions.disable', 'disable-' + d.code, function () { toggle(d, false); })
          : action('definitions.enable', 'enable-' + d.code, function () { toggle(d, true); }),
        action('definitions.testConnection', 'test-' + d.code, function () { testConnection(d); }),
        action('definitions.audit', 'audit-' + d.code, function () { audit(d); }),
        action('sftp.action', 'sftp-' + d.code, function () {
          window.SettlementSource.open(state.company, d).catch(V.pageError);
        }));
      const tr = V.row([logo(d), { text: d.code, className: 'nowrap' }, d.displayName, d.bankName, d.family, env,
        { text: t(d.enabled ? 'definitions.yes' : 'definitions.no'), className: 'enabled' },
        d.companyDefault ? t('definitions.isDefault') : '',
        d.lastApprovedAt ? V.dateTime(d.lastApprovedAt) : '—', actions]);
      tr.id = 'definition-' + d.code;
      return tr;
    }, t('definitions.none'));
  }

  function action(key, id, handler) {
    const b = V.button(t(key), handler);
    b.id = id;
    return b;
  }

  async function toggle(d, enable) {
    let reply = await V.send('POST', base() + '/' + d.id + (enable ? '/enable' : '/disable'), {});
    if (reply.status === 409 && reply.body && reply.body.error === 'definition.liveNeedsTestApproval') {
      const reason = window.prompt(reply.body.message + '\n\n' + t('definitions.overrideReason'));
      if (!reason) { notice(reply.body.message, true); return; }
      reply = await V.send('POST', base() + '/' + d.id + '/enable', { overrideReason: reason });
    }
    if (!reply.ok) {
      // e.g. a 3-D payment model without its store key: say which credential and why
      const fields = (reply.body && reply.body.fields) || [];
      notice([message(reply)].concat(fields.map(V.fieldProblem)).join(' '), true);
      return;
    }
    notice(t(enable ? 'definitions.enabledNotice' : 'definitions.disabledNotice', { code: d.code }));
    await loadDefinitions();
  }

  async function testConnection(d) {
    notice(t('definitions.testing', { code: d.code }));
    const reply = await V.send('POST', base() + '/' + d.id + '/test-connection');
    if (!reply.ok) { notice(message(reply), true); return; }
    const r = reply.body;
    notice(t('definitions.testResult', { code: d.code,
      reachable: t(r.reachable ? 'definitions.reachable' : 'definitions.notReachable'),
      accepted: t(r.credentialsAccepted ? 'definitions.accepted' : 'definitions.notAccepted'),
      ms: V.number(r.latencyMs) }) + (r.detail ? ' ' + r.detail : ''), !(r.reachable && r.credentialsAccepted));
  }

  async function audit(d) {
    const reply = await V.send('GET', base() + '/' + d.id + '/audit');
    if (!reply.ok) { notice(message(reply), true); return; }
    V.fill('audit-table', reply.body.slice().reverse(), function (a) {
      const changes = V.el('pre', a.changes);
      changes.dir = 'ltr';
      return [V.dateTime(a.occurredAt), a.actor, V.label('auditAction', a.action), changes, a.reason || ''];
    });
    $('audit').hidden = false;
  }

  function schema(family) {
    return state.families.find(function (f) { return f.family === family; });
  }

  /** The family's credential fields, labelled as the bank names them (the bank's onboarding papers use them). */
  function renderCredentials(family, current) {
    const box = $('credentials');
    box.replaceChildren();
    const s = schema(family);
    $('f-paymentModel').replaceChildren.apply($('f-paymentModel'), s.paymentModels.map(function (m) {
      return new Option(V.label('paymentModel', m), m);
    }));
    $('f-testEndpointUrl').placeholder = s.defaultTestEndpoint || '';
    $('f-liveEndpointUrl').placeholder = s.defaultLiveEndpoint || '';
    s.fields.forEach(function (f) {
      const label = V.el('label');
      label.appendChild(V.el('span', f.label + (f.required ? ' *' : '')));
      const input = V.el('input');
      input.name = 'credentials.' + f.name;
      input.id = 'cred-' + f.name;
      input.type = f.secret ? 'password' : 'text';
      input.autocomplete = 'off';
      input.dir = 'ltr';
      input.pattern = f.format;
      input.title = f.formatHint;
      const view = current && current.find(function (c) { return c.name === f.name; });
      if (view && f.secret && view.set) input.placeholder = t('definitions.secretSet', { lastTwo: view.lastTwo });
      if (view && !f.secret && view.value) input.value = view.value;
      label.appendChild(input);
      box.appendChild(label);
    });
    preview();
  }

  function preview() {
    showLogo($('logo-preview'), $('f-logoUrl').value.trim(), $('f-family').value);
  }

  function planRow(plan) {
    const tr = V.el('tr');
    [['installments', 'number', plan.installments, 'field.installments'],
      ['commissionRate', 'text', plan.commissionRate, 'definitions.commissionRate'],
      ['fixedFee', 'text', plan.fixedFee, 'definitions.fixedFee'],
      ['blockedDays', 'number', plan.blockedDays, 'definitions.blockedDays']].forEach(function (c) {
      const input = V.el('input', null, 'plan-' + c[0]);
      input.type = c[1];
      input.value = c[2] == null ? '' : c[2];
      input.dir = 'ltr';
      input.setAttribute('aria-label', t(c[3]));
      tr.appendChild(V.cell(input));
    });
    // the payer pays this count's commission as a surcharge ("vade farkı")
    const toPayer = V.el('input', null, 'plan-commissionToPayer');
    toPayer.type = 'checkbox';
    toPayer.checked = plan.commissionToPayer === true;
    toPayer.setAttribute('aria-label', t('definitions.commissionToPayer'));
    tr.appendChild(V.cell(toPayer));
    tr.appendChild(V.cell(V.button(t('action.remove'), function () { tr.remove(); })));
    $('plans').tBodies[0].appendChild(tr);
  }

  function renderPlans(plans) {
    $('plans').tBodies[0].replaceChildren();
    (plans && plans.length ? plans : [{ installments: 1, commissionRate: '0', fixedFee: '0', blockedDays: 0 }])
      .forEach(planRow);
  }

  function openEditor(definition) {
    state.editing = definition;
    $('definition-form').reset();
    clearErrors();
    $('editor-title').textContent = definition ? t('definitions.editTitle', { code: definition.code })
      : t('definitions.new');
    $('f-family').disabled = !!definition;
    if (definition) {
      ['family', 'code', 'displayName', 'bankName', 'logoUrl', 'environment', 'testEndpointUrl', 'liveEndpointUrl',
        'connectTimeoutMs', 'readTimeoutMs', 'minAmount', 'maxAmount', 'discountType', 'discountValue', 'outgoingIp',
        'bankAccountId'].forEach(function (k) {
        $('f-' + k).value = definition[k] == null ? '' : definition[k];
      });
      $('f-currencies').value = definition.currencies.join(',');
      $('f-companyDefault').checked = definition.companyDefault;
      $('f-saveCardAllowed').checked = definition.saveCardAllowed;
    }
    renderPlans(definition && definition.installmentPlans);
    renderCredentials($('f-family').value, definition && definition.credentials);
    if (definition) $('f-paymentModel').value = definition.paymentModel;
    $('editor').hidden = false;
    $('f-code').focus();
  }

  async function edit(d) {
    const reply = await V.send('GET', base() + '/' + d.id);
    if (!reply.ok) { notice(message(reply), true); return; }
    openEditor(reply.body);
  }

  function clearErrors() {
    document.querySelectorAll('#editor .field-error').forEach(function (e) { e.remove(); });
    document.querySelectorAll('#editor .bad').forEach(function (e) { e.classList.remove('bad'); });
  }

  function showFieldErrors(fields) {
    fields.forEach(function (f) {
      const plan = /^installmentPlans\[(\d+)\]\.(\w+)$/.exec(f.field);
      const row = plan && $('plans').tBodies[0].rows[Number(plan[1])];
      const input = plan ? row && row.querySelector('.plan-' + plan[2])
        : f.field === 'installmentPlans' ? $('plans-errors') : document.querySelector('[name="' + f.field + '"]');
      if (!input) { notice(V.fieldProblem(f), true); return; }
      input.classList.add('bad');
      (input.closest('label') || input.parentElement).appendChild(V.el('span', f.reason, 'field-error'));
    });
  }

  function formBody() {
    const v = function (id) { const x = $('f-' + id).value.trim(); return x === '' ? null : x; };
    const amount = function (id) { const x = v(id); return x == null ? null : V.parseAmount(x); };
    const number = function (id) { const x = v(id); return x == null ? null : Number(x); };
    const credentials = {};
    schema($('f-family').value).fields.forEach(function (f) { credentials[f.name] = $('cred-' + f.name).value; });
    return {
      version: state.editing ? state.editing.version : null,
      family: $('f-family').value, code: v('code'), displayName: v('displayName'), bankName: v('bankName'),
      logoUrl: v('logoUrl'), environment: v('environment'), paymentModel: v('paymentModel'),
      testEndpointUrl: v('testEndpointUrl'), liveEndpointUrl: v('liveEndpointUrl'),
      connectTimeoutMs: number('connectTimeoutMs'), readTimeoutMs: number('readTimeoutMs'),
      currencies: (v('currencies') || '').split(',').map(function (c) { return c.trim().toUpperCase(); }).filter(Boolean),
      minAmount: amount('minAmount'), maxAmount: amount('maxAmount'),
      installmentPlans: Array.from($('plans').tBodies[0].rows).map(function (tr) {
        const cell = function (name) { const x = tr.querySelector('.plan-' + name).value.trim(); return x === '' ? null : x; };
        return { installments: cell('installments') == null ? null : Number(cell('installments')),
          commissionRate: cell('commissionRate') == null ? null : V.parseAmount(cell('commissionRate')),
          fixedFee: cell('fixedFee') == null ? null : V.parseAmount(cell('fixedFee')),
          blockedDays: cell('blockedDays') == null ? null : Number(cell('blockedDays')),
          commissionToPayer: tr.querySelector('.plan-commissionToPayer').checked };
      }),
      discountType: v('discountType'), discountValue: amount('discountValue'),
      saveCardAllowed: $('f-saveCardAllowed').checked, outgoingIp: v('outgoingIp'), bankAccountId: number('bankAccountId'),
      companyDefault: $('f-companyDefault').checked, credentials: credentials
    };
  }

  async function save(event) {
    event.preventDefault();
    clearErrors();
    const editing = state.editing;
    const reply = editing ? await V.send('PUT', base() + '/' + editing.id, formBody())
      : await V.send('POST', base(), formBody());
    if (reply.status === 400) { notice(message(reply), true); showFieldErrors(reply.body.fields || []); return; }
    if (!reply.ok) { notice(message(reply), true); return; }
    $('editor').hidden = true;
    notice(t(reply.body.enabled ? 'definitions.saved' : 'definitions.savedDisabled', { code: reply.body.code }));
    await loadDefinitions();
  }

  /** The company's logo on the payer's page: shown here, uploaded (PNG or JPEG) or removed by the administrator. */
  function companyLogo() {
    const img = $('company-logo');
    img.hidden = true;
    img.src = api + '/companies/' + state.company + '/logo?at=' + Date.now();
  }

  async function uploadLogo() {
    const file = $('company-logo-file').files[0];
    if (!file) return;
    const reply = await V.send('PUT', api + '/companies/' + state.company + '/logo', file,
      { contentType: file.type || 'application/octet-stream' });
    $('company-logo-file').value = '';
    if (!reply.ok) {
      notice(reply.body ? V.problem(reply.body) : message(reply), true);
      return;
    }
    notice(t('companyLogo.saved'));
    companyLogo();
  }

  async function removeLogo() {
    const reply = await V.send('DELETE', api + '/companies/' + state.company + '/logo');
    if (!reply.ok) {
      notice(message(reply), true);
      return;
    }
    notice(t('companyLogo.removed'));
    companyLogo();
  }

  $('company-logo').addEventListener('load', function () { $('company-logo').hidden = false; });
  $('company-logo').addEventListener('error', function () { $('company-logo').hidden = true; });
  $('company-logo-file').addEventListener('change', function () { uploadLogo().catch(V.pageError); });
  $('company-logo-remove').addEventListener('click', function () { removeLogo().catch(V.pageError); });

  const companies = await V.get(api + '/companies');
  companies.forEach(function (c) { $('company').appendChild(V.option(c.code + ' – ' + c.name, String(c.id))); });
  state.families = await V.get(api + '/gateway-families');
  state.families.forEach(function (f) { $('f-family').appendChild(V.option(f.displayName, f.family)); });
  state.company = $('company').value;
  $('company').addEventListener('change', function () {
    state.company = $('company').value;
    $('editor').hidden = true;
    $('sftp').hidden = true;
    companyLogo();
    loadDefinitions().catch(V.pageError);
  });
  $('f-family').addEventListener('change', function () { renderCredentials($('f-family').value, null); });
  $('f-logoUrl').addEventListener('change', preview);
  $('new-definition').addEventListener('click', function () { openEditor(null); });
  $('add-plan').addEventListener('click', function () {
    // a count added is usually 2 or more, whose commission Turkish merchants pass on to the payer
    planRow({ installments: '', commissionRate: '0', fixedFee: '0', blockedDays: 0, commissionToPayer: true });
  });
  $('cancel').addEventListener('click', function () { $('editor').hidden = true; });
  $('definition-form').addEventListener('submit', save);
  companyLogo();
  await loadDefinitions();
  document.body.dataset.ready = 'true';
});
