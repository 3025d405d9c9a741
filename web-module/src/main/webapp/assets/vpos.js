/*
 * The staff screens' shared module: every page loads it before its own script (plain JS, no build step).
 *
 * Vpos.page(screen, start) signs the page in (GET api/v1/me), picks the language (the user's stored choice, else the
 * browser's), loads its texts (assets/i18n/<language>.json), translates the page, sets lang and dir (Arabic is right
 * to left), draws the header and the ERP menu of the screens the user's roles may open, then runs start(me).
 *
 * Also here, so that no page writes its own: API requests (the chosen language sent as Accept-Language, one error
 * type with the server's message and field problems), money at the currency's decimals, numbers and dates in the
 * user's locale (times in the business zone), table cells, sorting and paging. Everything is put on the page with
 * textContent: what a bank or a user typed is shown as text, never read as markup.
 */
(function () {
  'use strict';

  const LANGUAGES = [
    { tag: 'en', name: 'English', rtl: false },
    { tag: 'tr', name: 'Türkçe', rtl: false },
    { tag: 'ar', name: 'العربية', rtl: true },
    { tag: 'el', name: 'Ελληνικά', rtl: false },
    { tag: 'it', name: 'Italiano', rtl: false },
    { tag: 'ru', name: 'Русский', rtl: false }
  ];
  /** The language last used in this browser: the login page speaks it before anyone has signed in. */
  const LAST_LANGUAGE = 'vpos.language';

  /** The ERP's menu: each screen, its menu path (text keys) and the roles that may open it (as the API allows). */
  const SCREENS = [
    { id: 'definitions', href: 'definitions.html', group: 'system', roles: ['VPOS_ADMIN'],
      path: ['menu.system', 'menu.parameters', 'screen.definitions'] },
    { id: 'card-routing', href: 'card-routing.html', group: 'system', roles: ['VPOS_ADMIN'],
      path: ['menu.system', 'menu.parameters', 'screen.cardRouting'] },
    { id: 'return-code-log', href: 'return-code-log.html', group: 'system', roles: ['AUDITOR', 'FINANCE', 'VPOS_ADMIN'],
      path: ['menu.system', 'screen.returnCodeLog'] },
    { id: 'company-access', href: 'company-access.html', group: 'system', roles: ['VPOS_ADMIN', 'AUDITOR'],
      path: ['menu.system', 'menu.security', 'screen.companyAccess'] },
    { id: 'definition-health', href: 'definition-health.html', group: 'system', roles: ['VPOS_ADMIN', 'AUDITOR'],
      path: ['menu.system', 'screen.definitionHealth'] },
    { id: 'alerts', href: 'alerts.html', group: 'system', roles: ['VPOS_ADMIN'],
      path: ['menu.system', 'menu.parameters', 'screen.alerts'] },
    { id: 'batches', href: 'batches.html', group: 'bank', roles: ['FINANCE', 'COLLECTOR', 'AUDITOR', 'VPOS_ADMIN'],
      path: ['menu.financialAccounting', 'menu.bank', 'screen.batches'] },
    { id: 'collect', href: 'collect.html', group: 'bank', roles: ['COLLECTOR', 'VPOS_ADMIN'],
      path: ['menu.financialAccounting', 'menu.bank', 'screen.batches', 'screen.collect'] },
    { id: 'reconciliation', href: 'reconciliation.html', group: 'bank', roles: ['FINANCE', 'AUDITOR', 'VPOS_ADMIN'],
      path: ['menu.financialAccounting', 'menu.bank', 'screen.batches', 'screen.reconciliation'] }
  ];
  const GROUPS = [
    { id: 'system', path: ['menu.system'] },
    { id: 'bank', path: ['menu.financialAccounting', 'menu.bank'] }
  ];
  const STAFF_ROLES = ['VPOS_ADMIN', 'COLLECTOR', 'FINANCE', 'AUDITOR'];

  const state = { language: 'en', locale: 'en', zone: undefined, texts: {}, me: null };

  // ---- texts ----------------------------------------------------------------------------------------------------

  function has(key) {
    return Object.prototype.hasOwnProperty.call(state.texts, key);
  }

  /** The text of a key in the user's language, {name} placeholders filled; the key itself if there is none. */
  function t(key, params) {
    const text = has(key) ? state.texts[key] : key;
    if (!params) return text;
    // on a right-to-left page each value is isolated (FSI…PDI): a card number, a code or a Latin name keeps its own
    // order inside an Arabic sentence (a value with no letters, such as 435508******4358, reads left to right)
    const isolate = document.documentElement.dir === 'rtl';
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      if (params[name] == null || params[name] === '') return '';
      return isolate ? '\u2068' + params[name] + '\u2069' : String(params[name]);
    });
  }

  /** A value the server sends as a code (a state, an outcome, a channel...) in words; the code where none is needed. */
  function label(kind, value) {
    if (value == null || value === '') return '';
    const key = kind + '.' + value;
    return has(key) ? state.texts[key] : String(value);
  }

  /** Puts the texts on the page: data-i18n (text), data-i18n-placeholder|title|aria-label, select[data-labels]. */
  function translate(root) {
    root.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.dataset.i18n); });
    ['placeholder', 'title', 'aria-label'].forEach(function (attribute) {
      root.querySelectorAll('[data-i18n-' + attribute + ']').forEach(function (e) {
        e.setAttribute(attribute, t(e.getAttribute('data-i18n-' + attribute)));
      });
    });
    root.querySelectorAll('select[data-labels]').forEach(function (select) {
      Array.from(select.options).forEach(function (o) {
        if (o.value) o.textContent = label(select.dataset.labels, o.value);
      });
    });
  }

  function spoken(tag) {
    const base = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.some(function (l) { return l.tag === base; }) ? base : null;
  }

  function browserTags() {
    return navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  }

  /** The first of the browser's languages the screens speak; English otherwise. */
  function browserLanguage() {
    const tags = browserTags();
    for (let i = 0; i < tags.length; i++) {
      if (spoken(tags[i])) return spoken(tags[i]);
    }
    return 'en';
  }

  /** Formats follow the browser's own region when it speaks the language (en-US, ar-EG); the language otherwise. */
  function formattingLocale(language) {
    const same = browserTags().find(function (tag) { return spoken(tag) === language; });
    try {
      return Intl.NumberFormat.supportedLocalesOf([same || language])[0] || language;
    } catch (e) {
      return language;
    }
  }

  function lastLanguage() {
    try {
      return spoken(window.localStorage.getItem(LAST_LANGUAGE));
    } catch (e) {
      return null;
    }
  }

  async function loadTexts(language) {
    const response = await fetch('assets/i18n/' + language + '.json', { headers: { 'Accept': 'application/json' } });
    if (!response.ok) throw new Error('assets/i18n/' + language + '.json: HTTP ' + response.status);
    return response.json();
  }

  async function useLanguage(language, me) {
    let texts;
    try {
      texts = await loadTexts(language);
    } catch (e) {
      if (language === 'en') throw e;
      language = 'en';
      texts = await loadTexts('en');
    }
    state.language = language;
    state.texts = texts;
    state.locale = formattingLocale(language);
    state.zone = me && me.businessZone ? me.businessZone : undefined;
    try {
      window.localStorage.setItem(LAST_LANGUAGE, language);
    } catch (e) {
      // a browser that keeps nothing: the login page follows the browser's language
    }
    const html = document.documentElement;
    html.lang = language;
    html.dir = LANGUAGES.find(function (l) { return l.tag === language; }).rtl ? 'rtl' : 'ltr';
    translate(document);
  }

  // ---- requests and errors --------------------------------------------------------------------------------------

  /** An answer that is not 2xx: the server's message (in the user's language), its field problems, the status. */
  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : t('error.http', { status: status }));
      this.status = status;
      this.body = body || {};
      this.fields = this.body.fields || [];
    }
  }

  function signInAgain() {
    const here = window.location.pathname.substring(window.location.pathname.lastIndexOf('/'));
    window.location.assign('login.html?next=' + encodeURIComponent(here + window.location.search));
  }

  /**
   * Sends a request and answers {status, ok, body} whatever the status (for screens where 402 or 503 is an outcome,
   * not an error). A JSON body is sent as JSON; options.contentType sends it as it is (a file).
   */
  async function send(method, path, body, options) {
    const opts = options || {};
    const init = { method: method, headers: { 'Accept': 'application/json', 'Accept-Language': state.language } };
    Object.keys(opts.headers || {}).forEach(function (h) { init.headers[h] = opts.headers[h]; });
    if (body !== undefined) {
      init.headers['Content-Type'] = opts.contentType || 'application/json';
      init.body = opts.contentType ? body : JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (response.status === 401) signInAgain();
    const text = await response.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = null; // an error page of the server, not ours: the status says enough
      }
    }
    return { status: response.status, ok: response.ok, body: json };
  }

  /** Sends a request and answers its JSON body; anything but 2xx throws an ApiError. */
  async function request(method, path, body, options) {
    const reply = await send(method, path, body, options);
    if (!reply.ok) throw new ApiError(reply.status, reply.body);
    return reply.body;
  }

  function get(path) {
    return request('GET', path);
  }

  /** One field problem as "field: reason". */
  function fieldProblem(f) {
    return label('apiField', f.field) + ': ' + f.reason;
  }

  /** An error in words: the message, then every field problem. */
  function problem(e) {
    const fields = (e && (e.fields || (e.body && e.body.fields))) || [];
    return [e.message].concat(fields.map(fieldProblem)).join(' ');
  }

  /** A fresh idempotency key: a retried confirmation of the same request is answered once. */
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, function (x) { return x.toString(16).padStart(2, '0'); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- money, numbers and dates ---------------------------------------------------------------------------------

  const formats = {};

  function format(key, make) {
    const k = state.locale + '|' + state.zone + '|' + key;
    if (!formats[k]) formats[k] = make();
    return formats[k];
  }

  /** Decimals of a currency (2 for TRY, 0 for JPY, 3 for KWD): the scale the server keeps it at. */
  function currencyDigits(currency) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency: currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch (e) {
      return 2;
    }
  }

  /**
   * A decimal in the user's locale with exactly `digits` decimals. The value is formatted from its decimal string,
   * rounded half away from zero as the server rounds (never through binary floating point). Grouping starts at five
   * digits (CLDR's minimum grouping of 2): 1250.00 stays 1250.00, 12500.00 reads 12,500.00.
   */
  function decimal(value, digits) {
    if (value == null || value === '') return '';
    return format('decimal' + digits, function () {
      return new Intl.NumberFormat(state.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits,
        useGrouping: 'min2' });
    }).format(String(value));
  }

  /** An amount at its currency's decimals, without the currency. */
  function amount(value, currency) {
    return value == null || value === '' ? '' : decimal(value, currencyDigits(currency));
  }

  /** An amount with its currency code: "1250.00 TRY", "1250,00 TRY". */
  function money(value, currency) {
    return value == null || value === '' ? '' : amount(value, currency) + ' ' + currency;
  }

  /** An amount as a form field holds it (what the server reads back): "57.30", at the currency's decimals. */
  function plainAmount(value, currency) {
    if (value == null || value === '') return '';
    const digits = currencyDigits(currency);
    const parts = String(value).split('.');
    return digits === 0 ? parts[0] : parts[0] + '.' + ((parts[1] || '') + '0'.repeat(digits)).slice(0, digits);
  }

  function decimalSeparator() {
    const part = new Intl.NumberFormat(state.locale).formatToParts(1.5).find(function (p) { return p.type === 'decimal'; });
    return part ? part.value : '.';
  }

  /**
   * What a user typed as an amount, as the API reads it ("1250.50"): the locale's separators and Arabic-Indic digits
   * are accepted ("1.250,50" in Turkish, "١٢٥٠٫٥٠" in Arabic). Anything else is passed on for the server to refuse.
   */
  function parseAmount(text) {
    let s = String(text == null ? '' : text).trim().replace(/[\s\u00a0\u202f']/g, '')
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x06f0); })
      .replace(/\u066b/g, '.').replace(/\u066c/g, '');
    const comma = s.lastIndexOf(',');
    const dot = s.lastIndexOf('.');
    const grouped = function (separator) {
      return new RegExp('^-?\\d{1,3}(\\' + separator + '\\d{3})+$').test(s);
    };
    if (comma >= 0 && dot >= 0) {
      const decimalMark = comma > dot ? ',' : '.';
      s = s.split(decimalMark === ',' ? '.' : ',').join('').replace(',', '.');
    } else if (comma >= 0) {
      s = grouped(',') && decimalSeparator() === '.' ? s.split(',').join('') : s.replace(',', '.');
    } else if (dot >= 0 && grouped('.') && decimalSeparator() === ',') {
      s = s.split('.').join('');
    }
    return s;
  }

  /** A whole number (a count, milliseconds) in the user's locale. */
  function number(value) {
    if (value == null || value === '') return '';
    return format('number', function () {
      return new Intl.NumberFormat(state.locale, { maximumFractionDigits: 0, useGrouping: 'min2' });
    }).format(value);
  }

  /** A rate (0.125) as a percentage with one decimal, in the user's locale. */
  function percent(rate) {
    if (rate == null || rate === '') return '';
    return format('percent', function () {
      return new Intl.NumberFormat(state.locale, { style: 'percent', minimumFractionDigits: 1,
        maximumFractionDigits: 1 });
    }).format(Number(rate));
  }

  function dateFormat(key, options) {
    return format(key, function () {
      try {
        return new Intl.DateTimeFormat(state.locale, Object.assign({ timeZone: state.zone }, options));
      } catch (e) {
        return new Intl.DateTimeFormat(state.locale, options); // a zone this browser does not know
      }
    });
  }

  /** An instant as date and time in the business zone (the zone the server's dates and filters are in). */
  function dateTime(iso, withSeconds) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };
    if (withSeconds !== false) options.second = '2-digit';
    return dateFormat('dateTime' + (withSeconds !== false), options).format(d);
  }

  /** A calendar date ("2026-12-07", no zone) in the user's locale. */
  function date(isoDate) {
    if (!isoDate) return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(isoDate));
    if (!m) return String(isoDate);
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return format('date', function () {
      return new Intl.DateTimeFormat(state.locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit',
        day: '2-digit' });
    }).format(d);
  }

  /**
   * An alert's sentence in the user's language (alert.text.<kind>) from its facts: counts as numbers, rates as
   * percentages, instants in the business zone, days by locale; names and codes as the server sent them.
   */
  function alertText(a) {
    const f = a.facts || {};
    const v = Object.assign({}, f);
    ['daysLeft', 'thresholdDays', 'answered', 'approved', 'unanswered', 'unknown', 'notSent', 'threshold', 'refused',
      'count', 'records'].forEach(function (k) {
      if (f[k] != null && f[k] !== '') v[k] = number(Number(f[k]));
    });
    if (f.notAfter) v.date = dateTime(f.notAfter, false);
    ['rate', 'usual', 'floor'].forEach(function (k) {
      if (f[k + 'Percent'] != null) v[k] = percent(Number(f[k + 'Percent']) / 100);
    });
    if (f.lastAt) v.lastAt = dateTime(f.lastAt);
    if (f.oldestCreatedAt) v.since = dateTime(f.oldestCreatedAt, false);
    if (f.oldestOrderId) v.orderId = f.oldestOrderId;
    if (f.thresholdHours) v.hours = number(Number(f.thresholdHours));
    if (f.day) v.day = date(f.day);
    if (f.deadline) v.deadline = dateTime(f.deadline, false);
    return t('alert.text.' + a.kind, v);
  }

  // ---- the page: elements, tables, sorting, paging --------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  /**
   * A table cell from a value: text (null is empty), a Node, or {text|node, num, ltr, className, id, dir, lines} where
   * lines are further lines under the first (smaller, muted) and dir 'auto' lets a bank's message (in its own
   * language) keep its own direction on a right-to-left page.
   */
  function cell(value, numeric) {
    const td = document.createElement('td');
    let spec = value;
    if (value == null || typeof value !== 'object' || value instanceof Node) spec = { text: value, num: numeric };
    if (spec.node || spec.text instanceof Node) {
      td.appendChild(spec.node || spec.text);
    } else if (spec.num || spec.text == null || spec.text === '') {
      td.textContent = spec.text == null ? '' : String(spec.text);
    } else {
      // isolated: a Latin name or code keeps its own order ("San. A.Ş.") on a right-to-left page; ltr for values
      // without letters that must read left to right (a masked card number)
      const bdi = el('bdi', spec.text);
      if (spec.ltr) bdi.dir = 'ltr';
      td.appendChild(bdi);
    }
    (spec.lines || []).forEach(function (line) {
      if (line == null || line === '') return;
      const sub = el('span', line, 'sub');
      sub.dir = 'auto';
      td.appendChild(sub);
    });
    if (spec.num) td.classList.add('num');
    if (spec.className) spec.className.split(' ').forEach(function (c) { if (c) td.classList.add(c); });
    if (spec.id) td.id = spec.id;
    if (spec.dir) td.dir = spec.dir;
    return td;
  }

  /**
   * A select option for a name from the data ("DEMO – Demo Ticaret A.Ş."). On a right-to-left page its text is
   * isolated (FSI…PDI), so a Latin name keeps its own order; on a left-to-right page it is the text as it is.
   */
  function option(text, value) {
    const shown = document.documentElement.dir === 'rtl' ? '\u2068' + text + '\u2069' : text;
    return new Option(shown, value);
  }

  function row(values) {
    const tr = document.createElement('tr');
    values.forEach(function (v) { tr.appendChild(cell(v)); });
    return tr;
  }

  function columns(table) {
    const head = table.tHead && table.tHead.rows[0];
    return head ? head.cells.length : 1;
  }

  /**
   * Fills a table's body: one row per item from toRow(item) (an array of cell values, or a ready <tr>); when
   * there are none and `empty` is given, one row saying so across all columns.
   */
  function fill(table, items, toRow, empty) {
    const t0 = typeof table === 'string' ? $(table) : table;
    const body = t0.tBodies[0];
    const rows = items.map(function (item) {
      const r = toRow(item);
      return r instanceof Node ? r : row(r);
    });
    if (!rows.length && empty) {
      const td = cell(empty);
      td.colSpan = columns(t0);
      const tr = document.createElement('tr');
      tr.className = 'empty';
      tr.appendChild(td);
      rows.push(tr);
    }
    body.replaceChildren.apply(body, rows);
  }

  /** A small button in a table or toolbar. */
  function button(text, onClick, className) {
    const b = el('button', text, className || 'small');
    b.type = 'button';
    if (onClick) b.addEventListener('click', onClick);
    return b;
  }

  /** Header buttons (button.sort[data-sort]) that sort the list on the server: first click descending. */
  function sortable(root, sort, reload) {
    const buttons = root.querySelectorAll('button.sort');
    function mark() {
      buttons.forEach(function (b) {
        const th = b.closest('th');
        if (b.dataset.sort === sort.sort) {
          th.setAttribute('aria-sort', sort.direction === 'asc' ? 'ascending' : 'descending');
        } else {
          th.removeAttribute('aria-sort');
        }
      });
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        sort.direction = sort.sort === b.dataset.sort && sort.direction === 'desc' ? 'asc' : 'desc';
        sort.sort = b.dataset.sort;
        sort.page = 0;
        mark();
        reload();
      });
    });
    mark();
  }

  /** Previous / "page x of y" / next under a list paged on the server. */
  function paging(ids, list, reload) {
    $(ids.prev).addEventListener('click', function () { list.page--; reload(); });
    $(ids.next).addEventListener('click', function () { list.page++; reload(); });
    return function show(total) {
      const last = Math.max(0, Math.ceil(total / list.size) - 1);
      $(ids.position).textContent = t('paging.position', { page: number(list.page + 1), pages: number(last + 1) });
      $(ids.prev).disabled = list.page === 0;
      $(ids.next).disabled = list.page >= last;
    };
  }

  /** Sets a notice's text and look (bad = red), and shows it. */
  function notice(target, text, bad) {
    const n = typeof target === 'string' ? $(target) : target;
    n.textContent = text;
    n.classList.add('notice');
    n.classList.toggle('bad', !!bad);
    n.hidden = false;
  }

  // ---- header and menu ------------------------------------------------------------------------------------------

  function mayOpen(screen, roles) {
    return screen.roles.some(function (r) { return roles.indexOf(r) >= 0; });
  }

  function trail(keys) {
    return keys.map(function (k) { return t(k); }).join(' › ');
  }

  function menu(current, roles) {
    const nav = el('nav');
    nav.id = 'menu';
    nav.setAttribute('aria-label', t('menu.label'));
    const home = el('a', t('menu.home'));
    home.href = './';
    home.id = 'nav-home';
    if (current === 'home') home.setAttribute('aria-current', 'page');
    nav.appendChild(home);
    GROUPS.forEach(function (g) {
      const screens = SCREENS.filter(function (s) { return s.group === g.id && mayOpen(s, roles); });
      if (!screens.length) return;
      const group = el('div', null, 'menu-group');
      group.id = 'menu-' + g.id;
      group.appendChild(el('span', trail(g.path), 'menu-title'));
      const list = el('ul');
      screens.forEach(function (s) {
        const a = el('a', trail(s.path.slice(g.path.length)));
        a.href = s.href;
        a.id = 'nav-' + s.id;
        if (s.id === current) a.setAttribute('aria-current', 'page');
        const li = el('li');
        li.appendChild(a);
        list.appendChild(li);
      });
      group.appendChild(list);
      nav.appendChild(group);
    });
    return nav;
  }

  function languagePicker(me) {
    const box = el('label', null, 'language');
    box.appendChild(el('span', t('header.language')));
    const select = el('select');
    select.id = 'language';
    const browser = LANGUAGES.find(function (l) { return l.tag === browserLanguage(); });
    select.appendChild(new Option(t('language.browser', { name: browser.name }), ''));
    LANGUAGES.forEach(function (l) {
      const o = new Option(l.name, l.tag);
      o.lang = l.tag;
      select.appendChild(o);
    });
    select.value = me.language || '';
    select.addEventListener('change', async function () {
      select.disabled = true;
      try {
        await request('PUT', 'api/v1/me/preferences', { language: select.value || null });
        window.location.reload();
      } catch (e) {
        select.disabled = false;
        pageError(e);
      }
    });
    box.appendChild(select);
    return box;
  }

  function header(current, me) {
    const host = $('app-header');
    host.replaceChildren();
    const bar = el('div', null, 'bar');
    const h1 = el('h1');
    const brand = el('a', t('app.name'));
    brand.href = './';
    h1.appendChild(brand);
    const screen = SCREENS.find(function (s) { return s.id === current; });
    if (screen) h1.appendChild(document.createTextNode(' › ' + trail(screen.path)));
    bar.appendChild(h1);
    const who = el('div', null, 'who');
    who.appendChild(el('span', t('header.signedInAs')));
    who.appendChild(document.createTextNode(' '));
    const user = el('strong', me.user);
    user.id = 'user';
    who.appendChild(user);
    who.appendChild(document.createTextNode(' '));
    const roles = el('span', '(' + me.roles.map(function (r) { return label('role', r); }).join(', ') + ')');
    roles.id = 'roles';
    who.appendChild(roles);
    who.appendChild(languagePicker(me));
    const out = el('form', null, 'inline');
    out.method = 'post';
    out.action = 'logout';
    const signOut = el('button', t('header.signOut'));
    signOut.type = 'submit';
    signOut.id = 'sign-out';
    out.appendChild(signOut);
    who.appendChild(out);
    bar.appendChild(who);
    host.appendChild(bar);
    host.appendChild(menu(current, me.roles));
    if (screen) document.title = t(screen.path[screen.path.length - 1]) + ' – ' + t('app.name');
  }

  /** Shows what went wrong above the page's content (a failed start, a refused language choice). */
  function pageError(e) {
    let box = $('page-error');
    if (!box) {
      box = el('p', null, 'notice bad');
      box.id = 'page-error';
      box.setAttribute('role', 'alert');
      const main = document.querySelector('main');
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = e instanceof Error ? problem(e) : String(e);
    box.hidden = false;
  }

  function reveal() {
    document.documentElement.classList.remove('loading');
  }

  /**
   * Runs a screen: sign-in check, language, texts, header and menu, then start(me). `screen` is one of the menu's
   * ids, 'home' (the landing page) or 'login' (no user yet: the language last used here, or the browser's).
   */
  function page(screen, start) {
    async function run() {
      let me = null;
      try {
        if (screen === 'login') {
          await useLanguage(lastLanguage() || browserLanguage(), null);
        } else {
          me = await get('api/v1/me');
          state.me = me;
          await useLanguage(me.language || browserLanguage(), me);
          header(screen, me);
          const s = SCREENS.find(function (x) { return x.id === screen; });
          const allowed = s ? mayOpen(s, me.roles) : me.roles.some(function (r) { return STAFF_ROLES.indexOf(r) >= 0; });
          if (!allowed) {
            document.querySelectorAll('main > *').forEach(function (e) { e.hidden = true; });
            reveal();
            pageError(t('page.notForYourRole'));
            return;
          }
        }
      } catch (e) {
        reveal();
        pageError(e);
        return;
      }
      reveal();
      try {
        await start(me);
      } catch (e) {
        pageError(e);
      }
    }
    run();
  }

  window.Vpos = {
    page: page,
    t: t,
    label: label,
    translate: translate,
    language: function () { return state.language; },
    rightToLeft: function () { return document.documentElement.dir === 'rtl'; },
    me: function () { return state.me; },
    ApiError: ApiError,
    send: send,
    request: request,
    get: get,
    problem: problem,
    fieldProblem: fieldProblem,
    newKey: newKey,
    currencyDigits: currencyDigits,
    decimal: decimal,
    amount: amount,
    money: money,
    plainAmount: plainAmount,
    parseAmount: parseAmount,
    number: number,
    percent: percent,
    dateTime: dateTime,
    date: date,
    alertText: alertText,
    $: $,
    el: el,
    cell: cell,
    row: row,
    option: option,
    fill: fill,
    button: button,
    sortable: sortable,
    paging: paging,
    notice: notice,
    pageError: pageError
  };
})();
