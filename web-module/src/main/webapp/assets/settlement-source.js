/*
 * Virtual POS Definitions › Settlement files over SFTP: where a definition's bank publishes its day-end files
 * (GET/PUT .../vpos-definitions/{id}/settlement-source), its fetch history and "Fetch now" (.../fetches).
 */
(function () {
  'use strict';
  const V = window.Vpos;
  const t = V.t;
  const $ = V.$;
  const state = { url: null, source: null, definition: null, wired: false };

  function notice(text, bad) {
    V.notice('notice', text, bad);
  }

  function message(reply) {
    return reply.body && reply.body.message ? reply.body.message : t('error.http', { status: reply.status });
  }

  function clearErrors() {
    document.querySelectorAll('#sftp .field-error').forEach(function (e) { e.remove(); });
    document.querySelectorAll('#sftp .bad').forEach(function (e) { e.classList.remove('bad'); });
  }

  function showFieldErrors(fields) {
    fields.forEach(function (f) {
      const input = document.querySelector('#sftp-form [name="' + f.field + '"]');
      if (!input) { notice(V.fieldProblem(f), true); return; }
      input.classList.add('bad');
      (input.closest('label') || input.parentElement).appendChild(V.el('span', f.reason, 'field-error'));
    });
  }

  function fill(s) {
    $('sftp-form').reset();
    $('s-enabled').checked = s ? s.enabled : true;
    ['host', 'port', 'username', 'folder', 'filePattern', 'fetchTime'].forEach(function (k) {
      if (s && s[k] != null) $('s-' + k).value = s[k];
    });
    if (s) $('s-mappingId').value = String(s.mappingId);
    $('s-password').placeholder = s && s.passwordSet ? t('sftp.secretSet') : '';
    $('s-privateKey').placeholder = s && s.privateKeySet ? t('sftp.secretSet') : '';
    $('s-hostKey').placeholder = s && s.hostKeyFingerprint ? s.hostKeyFingerprint : '';
    const parts = [];
    if (s && s.hostKeyFingerprint) {
      parts.push(t('sftp.knownKey', { fingerprint: s.hostKeyFingerprint, when: V.dateTime(s.hostKeyRecorded) }));
    }
    if (s && s.nextFetchAt) parts.push(t('sftp.nextFetch', { when: V.dateTime(s.nextFetchAt) }));
    if (s && s.failuresInARow > 0) parts.push(t('sftp.failures', { count: V.number(s.failuresInARow) }));
    $('sftp-state').textContent = parts.join(' · ');
  }

  function body(extra) {
    const v = function (id) { const x = $('s-' + id).value.trim(); return x === '' ? null : x; };
    const b = {
      version: state.source ? state.source.version : null,
      enabled: $('s-enabled').checked, host: v('host'), port: v('port') == null ? null : Number(v('port')),
      username: v('username'), password: $('s-password').value || null, privateKey: v('privateKey'),
      folder: v('folder'), filePattern: v('filePattern'),
      mappingId: v('mappingId') == null ? null : Number(v('mappingId')), fetchTime: v('fetchTime'),
      hostKey: v('hostKey')
    };
    return Object.assign(b, extra || {});
  }

  async function save(extra) {
    clearErrors();
    const reply = await V.send('PUT', state.url, body(extra));
    if (reply.status === 400) { notice(message(reply), true); showFieldErrors(reply.body.fields || []); return; }
    if (!reply.ok) { notice(message(reply), true); return; }
    state.source = reply.body;
    fill(state.source);
    notice(t('sftp.saved', { code: state.definition.code }));
  }

  function outcome(run) {
    return V.el('span', V.label('fetchOutcome', run.outcome), 'badge ' + run.outcome);
  }

  function reason(run) {
    const box = V.el('span');
    if (run.reason) box.appendChild(V.el('span', run.reason));
    run.files.forEach(function (f) {
      const line = V.el('div', f.fileName + ': ' + V.label('fileOutcome', f.outcome) + (f.reason ? ' – ' + f.reason : ''));
      line.dir = 'ltr';
      if (f.dayId) line.append(' · ' + t('sftp.dayOf', { day: V.number(f.dayId) }));
      box.appendChild(line);
    });
    return box;
  }

  async function history() {
    const reply = await V.send('GET', state.url + '/fetches');
    if (!reply.ok) { notice(message(reply), true); return; }
    V.fill('sftp-history', reply.body, function (run) {
      return [V.dateTime(run.startedAt), V.label('fetchTrigger', run.trigger) + ' #' + V.number(run.attempt),
        outcome(run),
        t('sftp.fileCounts', { listed: V.number(run.filesListed), imported: V.number(run.filesImported),
          known: V.number(run.filesKnown) }),
        reason(run), run.nextTryAt ? V.dateTime(run.nextTryAt) : '—'];
    }, t('sftp.noFetches'));
  }

  async function fetchNow() {
    notice(t('sftp.fetching', { code: state.definition.code }));
    const reply = await V.send('POST', state.url + '/fetches');
    if (!reply.ok) { notice(message(reply), true); return; }
    const run = reply.body;
    notice(t('sftp.fetched', { outcome: V.label('fetchOutcome', run.outcome),
      imported: V.number(run.filesImported) }) + (run.reason ? ' ' + run.reason : ''), run.outcome === 'FAILED');
    const again = await V.send('GET', state.url);
    state.source = again.status === 200 ? again.body : state.source;
    fill(state.source);
    await history();
  }

  function wire() {
    if (state.wired) return;
    state.wired = true;
    $('sftp-form').addEventListener('submit', function (e) { e.preventDefault(); save().catch(V.pageError); });
    $('sftp-forget-key').addEventListener('click', function () { save({ hostKey: '' }).catch(V.pageError); });
    $('sftp-fetch').addEventListener('click', function () { fetchNow().catch(V.pageError); });
    $('sftp-close').addEventListener('click', function () { $('sftp').hidden = true; });
  }

  async function open(companyId, definition) {
    wire();
    state.definition = definition;
    state.url = 'api/v1/companies/' + companyId + '/vpos-definitions/' + definition.id + '/settlement-source';
    const mappings = await V.get('api/v1/reconciliation/mappings');
    $('s-mappingId').replaceChildren.apply($('s-mappingId'), mappings.map(function (m) {
      return V.option(m.code + ' – ' + m.name, String(m.id));
    }));
    const proposed = mappings.find(function (m) { return m.family === definition.family; });
    const reply = await V.send('GET', state.url);
    if (!reply.ok) { notice(message(reply), true); return; }
    state.source = reply.status === 200 ? reply.body : null;
    fill(state.source);
    if (!state.source && proposed) $('s-mappingId').value = String(proposed.id);
    $('sftp-title').textContent = t('sftp.titleOf', { code: definition.code });
    $('sftp').hidden = false;
    await history();
    $('s-host').focus();
  }

  window.SettlementSource = { open: open };
})();
