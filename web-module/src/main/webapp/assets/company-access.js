/*
 * System › Security › Company Access: which companies each user works for (GET/PUT/DELETE api/v1/staff/{user}/companies)
 * and the trail of changes. Admins change grants; auditors read them.
 */
Vpos.page('company-access', function (me) {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const mayChange = me.roles.indexOf('VPOS_ADMIN') >= 0;
  let companies = [];

  function companyName(id) {
    const c = companies.find(function (x) { return x.id === id; });
    return c ? c.code : '#' + id;
  }

  /** "Every company", the companies' codes, or "none" — as stored ("*" / ids / "") in the trail. */
  function scopeText(allCompanies, ids) {
    if (allCompanies) return t('access.every');
    if (!ids.length) return t('access.none');
    return ids.map(companyName).join(', ');
  }

  function storedScope(text) {
    if (text === '*') return t('access.every');
    if (!text) return t('access.none');
    return text.split(',').map(function (id) { return companyName(Number(id)); }).join(', ');
  }

  function companyBoxes() {
    const box = V.$('access-companies');
    companies.forEach(function (c) {
      const label = V.el('label', null, 'check');
      const input = V.el('input');
      input.type = 'checkbox';
      input.name = 'companyId';
      input.value = String(c.id);
      input.id = 'access-company-' + c.id;
      label.appendChild(input);
      label.appendChild(V.el('bdi', ' ' + c.code + ' – ' + c.name));
      box.appendChild(label);
    });
    V.$('access-all').addEventListener('change', function () {
      box.disabled = V.$('access-all').checked;
    });
  }

  function edit(g) {
    V.$('access-user').value = g.user;
    V.$('access-all').checked = g.allCompanies;
    V.$('access-companies').disabled = g.allCompanies;
    V.$('access-companies').querySelectorAll('input').forEach(function (i) {
      i.checked = g.companyIds.indexOf(Number(i.value)) >= 0;
    });
    V.$('access-user').focus();
  }

  async function showTrail(user) {
    const trail = await V.get('api/v1/staff/' + encodeURIComponent(user) + '/companies/audit');
    V.$('access-trail-title').textContent = t('access.trailOf', { user: user });
    V.$('access-trail-section').hidden = false;
    V.fill('access-trail', trail.slice().reverse(), function (a) {
      return [V.dateTime(a.at), a.actor, storedScope(a.before), storedScope(a.after)];
    }, t('table.nothingYet'));
  }

  async function load() {
    const grants = await V.get('api/v1/staff');
    V.fill('access-users', grants, function (g) {
      const actions = V.el('span');
      if (mayChange) actions.appendChild(V.button(t('access.change'), function () { edit(g); }));
      actions.appendChild(V.button(t('access.trail'), function () { showTrail(g.user).catch(V.pageError); }));
      return [g.user, scopeText(g.allCompanies, g.companyIds), g.updatedBy, g.updatedAt ? V.dateTime(g.updatedAt) : '',
        actions];
    }, t('table.nothingYet'));
  }

  function user() {
    return V.$('access-user').value.trim();
  }

  async function save(event) {
    event.preventDefault();
    if (!user()) {
      V.notice('access-notice', t('access.userRequired'), true);
      return;
    }
    const all = V.$('access-all').checked;
    const ids = Array.from(V.$('access-companies').querySelectorAll('input:checked')).map(function (i) {
      return Number(i.value);
    });
    const reply = await V.send('PUT', 'api/v1/staff/' + encodeURIComponent(user()) + '/companies',
      { allCompanies: all, companyIds: all ? [] : ids });
    if (!reply.ok) {
      V.notice('access-notice', V.problem(new V.ApiError(reply.status, reply.body)), true);
      return;
    }
    V.notice('access-notice', t('access.saved', { user: reply.body.user,
      companies: scopeText(reply.body.allCompanies, reply.body.companyIds) }));
    await load();
    await showTrail(reply.body.user);
  }

  async function revoke() {
    if (!user()) {
      V.notice('access-notice', t('access.userRequired'), true);
      return;
    }
    if (!window.confirm(t('access.revokeConfirm', { user: user() }))) return;
    const reply = await V.send('DELETE', 'api/v1/staff/' + encodeURIComponent(user()) + '/companies');
    if (!reply.ok) {
      V.notice('access-notice', V.problem(new V.ApiError(reply.status, reply.body)), true);
      return;
    }
    V.notice('access-notice', t('access.revoked', { user: user() }));
    await load();
    await showTrail(user());
  }

  return (async function () {
    companies = await V.get('api/v1/companies');
    if (mayChange) {
      companyBoxes();
      V.$('access-editor').hidden = false;
      V.$('access-form').addEventListener('submit', function (e) { save(e).catch(V.pageError); });
      V.$('access-revoke').addEventListener('click', function () { revoke().catch(V.pageError); });
    }
    await load();
  })();
});
