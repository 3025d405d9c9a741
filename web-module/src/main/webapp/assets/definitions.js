(function () {
  'use strict';

  const api = 'api/v1';
  const state = { company: null, families: [], editing: null };
  const $ = function (id) { return document.getElementById(id); };

  async function call(method, path, body) {
    const options = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(api + path, options);
    const text = await response.text();
    return { status: response.status, ok: response.ok, body: text ? JSON.parse(text) : null };
  }

  function notice(text, bad) {
    const n = $('notice');
    n.textContent = text;
    n.className = bad ? 'notice bad' : 'notice';
    n.hidden = false;
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function button(text, id, handler) {
    const b = el('button', text, 'small');
    b.type = 'button';
    b.id = id;
    b.addEventListener('click', handler);
    return b;
  }

  function base() { return '/companies/' + state.company + '/vpos-definitions'; }

  async function loadDefinitions() {
    const reply = await call('GET', base());
    const body = $('definitions').querySelector('tbody');
    body.replaceChildren();
    reply.body.forEach(function (d) {
      const tr = el('tr');
      tr.id = 'definition-' + d.code;
      const logo = el('td');
      if (d.logoUrl) { const img = el('img', null, 'logo'); img.src = d.logoUrl; img.alt = ''; logo.appendChild(img); }
      tr.appendChild(logo);
      [d.code, d.displayName, d.bankName, d.family].forEach(function (v) { tr.appendChild(el('td', v)); });
      const env = el('td'); env.appendChild(el('span', d.environment, 'badge ' + d.environment)); tr.appendChild(env);
      tr.appendChild(el('td', d.enabled ? 'yes' : 'no', 'enabled'));
      tr.appendChild(el('td', d.companyDefault ? 'default' : ''));
      tr.appendChild(el('td', d.lastApprovedAt ? new Date(d.lastApprovedAt).toLocaleString() : '—'));
      const actions = el('td');
      actions.appendChild(button('Edit', 'edit-' + d.code, function () { edit(d); }));
      actions.appendChild(d.enabled
        ? button('Disable', 'disable-' + d.code, function () { toggle(d, false); })
        : button('Enable', 'enable-' + d.code, function () { toggle(d, true); }));
      actions.appendChild(button('Test connection', 'test-' + d.code, function () { testConnection(d); }));
      actions.appendChild(button('Audit', 'audit-' + d.code, function () { audit(d); }));
      tr.appendChild(actions);
      body.appendChild(tr);
    });
  }

  async function toggle(d, enable) {
    let reply = await call('POST', base() + '/' + d.id + (enable ? '/enable' : '/disable'), {});
    if (reply.status === 409 && reply.body.error === 'definition.liveNeedsTestApproval') {
      const reason = window.prompt(reply.body.message + '\n\nOverride reason (audited):');
      if (!reason) { notice(reply.body.message, true); return; }
      reply = await call('POST', base() + '/' + d.id + '/enable', { overrideReason: reason });
    }
    if (!reply.ok) { notice(reply.body.message, true); return; }
    notice(d.code + (enable ? ' enabled.' : ' disabled.'));
    loadDefinitions();
  }

  async function testConnection(d) {
    notice('Testing ' + d.code + '…');
    const reply = await call('POST', base() + '/' + d.id + '/test-connection');
    if (!reply.ok) { notice(reply.body ? reply.body.message : 'HTTP ' + reply.status, true); return; }
    const r = reply.body;
    notice(d.code + ': ' + (r.reachable ? 'bank reachable' : 'bank NOT reachable') + ', '
      + (r.credentialsAccepted ? 'credentials accepted' : 'credentials NOT accepted') + ', '
      + r.latencyMs + ' ms. ' + (r.detail || ''), !(r.reachable && r.credentialsAccepted));
  }

  async function audit(d) {
    const reply = await call('GET', base() + '/' + d.id + '/audit');
    const body = $('audit-table').querySelector('tbody');
    body.replaceChildren();
    reply.body.slice().reverse().forEach(function (a) {
      const tr = el('tr');
      tr.appendChild(el('td', new Date(a.occurredAt).toLocaleString()));
      tr.appendChild(el('td', a.actor));
      tr.appendChild(el('td', a.action));
      const changes = el('td'); changes.appendChild(el('pre', a.changes)); tr.appendChild(changes);
      tr.appendChild(el('td', a.reason || ''));
      body.appendChild(tr);
    });
    $('audit').hidden = false;
  }

  function schema(family) {
    return state.families.find(function (f) { return f.family === family; });
  }

  function renderCredentials(family, current) {
    const box = $('credentials');
    box.replaceChildren();
    const s = schema(family);
    $('f-paymentModel').replaceChildren();
    s.paymentModels.forEach(function (m) { const o = el('option', m); o.value = m; $('f-paymentModel').appendChild(o); });
    $('f-testEndpointUrl').placeholder = s.defaultTestEndpoint;
    $('f-liveEndpointUrl').placeholder = s.defaultLiveEndpoint;
    s.fields.forEach(function (f) {
      const label = el('label', f.label + (f.required ? ' *' : ''));
      const input = el('input');
      input.name = 'credentials.' + f.name;
      input.id = 'cred-' + f.name;
      input.type = f.secret ? 'password' : 'text';
      input.autocomplete = 'off';
      input.pattern = f.format;
      input.title = f.formatHint;
      const view = current && current.find(function (c) { return c.name === f.name; });
      if (view && f.secret && view.set) input.placeholder = 'set (…' + view.lastTwo + ')';
      if (view && !f.secret && view.value) input.value = view.value;
      label.appendChild(input);
      box.appendChild(label);
    });
  }

  function planRow(plan) {
    const tr = el('tr');
    [['installments', 'number', plan.installments], ['commissionRate', 'text', plan.commissionRate],
      ['fixedFee', 'text', plan.fixedFee], ['blockedDays', 'number', plan.blockedDays]].forEach(function (c, i) {
      const td = el('td');
      const input = el('input');
      input.type = c[1];
      input.className = 'plan-' + c[0];
      input.value = c[2] == null ? '' : c[2];
      input.setAttribute('aria-label', ['Installments', 'Commission %', 'Fixed fee', 'Blocked days'][i]);
      td.appendChild(input);
      tr.appendChild(td);
    });
    const remove = el('td');
    remove.appendChild(button('Remove', '', function () { tr.remove(); }));
    tr.appendChild(remove);
    $('plans').querySelector('tbody').appendChild(tr);
  }

  function renderPlans(plans) {
    $('plans').querySelector('tbody').replaceChildren();
    (plans && plans.length ? plans : [{ installments: 1, commissionRate: '0', fixedFee: '0', blockedDays: 0 }])
      .forEach(planRow);
  }

  function openEditor(definition) {
    state.editing = definition;
    const form = $('definition-form');
    form.reset();
    clearErrors();
    $('editor-title').textContent = definition ? 'Edit ' + definition.code : 'New definition';
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
    const reply = await call('GET', base() + '/' + d.id);
    openEditor(reply.body);
  }

  function clearErrors() {
    document.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    document.querySelectorAll('.bad').forEach(function (e) { e.classList.remove('bad'); });
  }

  function showFieldErrors(fields) {
    fields.forEach(function (f) {
      const plan = /^installmentPlans\[(\d+)\]\.(\w+)$/.exec(f.field);
      const input = plan ? $('plans').querySelectorAll('tbody tr')[Number(plan[1])].querySelector('.plan-' + plan[2])
        : f.field === 'installmentPlans' ? $('plans-errors') : document.querySelector('[name="' + f.field + '"]');
      const error = el('span', f.reason, 'field-error');
      if (input) { input.classList.add('bad'); input.parentElement.appendChild(error); } else { notice(f.field + ' ' + f.reason, true); }
    });
  }

  function formBody() {
    const v = function (id) { const x = $('f-' + id).value.trim(); return x === '' ? null : x; };
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
      minAmount: v('minAmount'), maxAmount: v('maxAmount'),
      installmentPlans: Array.from($('plans').querySelectorAll('tbody tr')).map(function (tr) {
        const cell = function (name) { const x = tr.querySelector('.plan-' + name).value.trim(); return x === '' ? null : x; };
        return { installments: cell('installments') == null ? null : Number(cell('installments')),
          commissionRate: cell('commissionRate'), fixedFee: cell('fixedFee'),
          blockedDays: cell('blockedDays') == null ? null : Number(cell('blockedDays')) };
      }),
      discountType: v('discountType'), discountValue: v('discountValue'), saveCardAllowed: $('f-saveCardAllowed').checked,
      outgoingIp: v('outgoingIp'), bankAccountId: number('bankAccountId'),
      companyDefault: $('f-companyDefault').checked, credentials: credentials
    };
  }

  async function save(event) {
    event.preventDefault();
    clearErrors();
    const editing = state.editing;
    const reply = editing ? await call('PUT', base() + '/' + editing.id, formBody()) : await call('POST', base(), formBody());
    if (reply.status === 400) { notice(reply.body.message, true); showFieldErrors(reply.body.fields); return; }
    if (!reply.ok) { notice(reply.body.message, true); return; }
    $('editor').hidden = true;
    notice('Saved ' + reply.body.code + (reply.body.enabled ? '.' : ' (disabled until you enable it).'));
    loadDefinitions();
  }

  async function start() {
    const me = (await call('GET', '/me')).body;
    $('user').textContent = me.user;
    const companies = (await call('GET', '/companies')).body;
    companies.forEach(function (c) {
      const o = el('option', c.code + ' – ' + c.name);
      o.value = c.id;
      $('company').appendChild(o);
    });
    state.families = (await call('GET', '/gateway-families')).body;
    state.families.forEach(function (f) {
      const o = el('option', f.displayName);
      o.value = f.family;
      $('f-family').appendChild(o);
    });
    state.company = $('company').value;
    $('company').addEventListener('change', function () { state.company = $('company').value; $('editor').hidden = true; loadDefinitions(); });
    $('f-family').addEventListener('change', function () { renderCredentials($('f-family').value, null); });
    $('new-definition').addEventListener('click', function () { openEditor(null); });
    $('add-plan').addEventListener('click', function () { planRow({ installments: '', commissionRate: '0', fixedFee: '0', blockedDays: 0 }); });
    $('cancel').addEventListener('click', function () { $('editor').hidden = true; });
    $('definition-form').addEventListener('submit', save);
    loadDefinitions();
  }

  start().catch(function (e) { notice('Cannot load: ' + e.message, true); });
})();
