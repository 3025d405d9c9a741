/*
 * Online Collection › Payment links (issue #18): instead of taking the card on the phone, the collector sends the
 * customer a link to pay on the hosted page, for the company, customer, document and amount chosen in the form above.
 * The link is mailed (and shown to copy); the company's links are listed with their state, to resend or cancel.
 * Started by collect.js with its form's helpers.
 */
window.VposPayLinks = function (form) {
  'use strict';
  const V = Vpos;
  const t = V.t;
  const $ = V.$;
  const LANGUAGES = ['tr', 'en', 'ar', 'el', 'it', 'ru'];

  function companyId() { return Number($('company').value); }

  function base() { return 'api/v1/companies/' + companyId() + '/payment-links'; }

  /** The customer's own address as the default recipient, when the collector has not typed another. */
  function customerChosen() {
    const c = form.customer();
    const email = $('link-email');
    if (c && (!email.value || email.dataset.fromAccount === 'true')) {
      email.value = c.email || '';
      email.dataset.fromAccount = 'true';
    }
  }

  function stateText(link) {
    const text = V.label('linkState', link.state);
    return link.state === 'NOT_SENT' && link.mailFailure ? t('links.mailFailed', { state: text }) : text;
  }

  function actions(link) {
    const box = document.createElement('span');
    box.className = 'row-actions';
    const copy = V.button(t('links.copy'), function () { copyLink(link.url, copy); });
    copy.dataset.link = link.url;
    box.appendChild(copy);
    if (['NOT_SENT', 'SENT', 'OPENED'].indexOf(link.state) >= 0) {
      const resend = V.button(t('links.resend'), function () { act(link, 'resend', resend); });
      resend.dataset.action = 'resend';
      const cancel = V.button(t('links.cancel'), function () { act(link, 'cancel', cancel); }, 'small secondary');
      cancel.dataset.action = 'cancel';
      box.appendChild(resend);
      box.appendChild(cancel);
    }
    return box;
  }

  async function list() {
    const links = await V.get(base());
    V.fill('links', links, function (l) {
      const tr = V.row([
        { text: l.customerCode + ' – ' + (l.customerName || ''), lines: [l.createdBy + ', ' + V.dateTime(l.createdAt)] },
        l.reference,
        { text: V.money(l.amount, l.currency), num: true },
        { text: l.email, ltr: true },
        { text: stateText(l), className: 'state', lines: [l.mailFailure || ''] },
        V.dateTime(l.expiresAt),
        { node: actions(l) }
      ]);
      tr.dataset.linkId = String(l.id);
      tr.dataset.state = l.state;
      return tr;
    }, t('links.none'));
  }

  async function copyLink(url, button) {
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = t('links.copied');
    } catch (e) {
      // no clipboard (an insecure page): the link is selected in its box to copy by hand
      $('link-url').value = url;
      $('link-result').hidden = false;
      $('link-url').select();
    }
  }

  async function act(link, action, button) {
    button.disabled = true;
    const reply = await V.send('POST', base() + '/' + link.id + '/' + action);
    const box = $('link-result');
    if (reply.ok) {
      show(reply.body, action === 'cancel' ? t('links.cancelled') : sentText(reply.body));
    } else {
      V.notice($('link-result-text'), (reply.body && reply.body.message) || t('error.http', { status: reply.status }), true);
      box.hidden = false;
    }
    await list();
  }

  function sentText(link) {
    return link.state === 'NOT_SENT'
      ? t('links.notMailed', { email: link.email, reason: link.mailFailure || '' })
      : t('links.mailed', { email: link.email, until: V.dateTime(link.expiresAt) });
  }

  function show(link, text) {
    V.notice($('link-result-text'), text, link.state === 'NOT_SENT');
    $('link-url').value = link.url;
    $('copy-link').textContent = t('links.copy');
    $('link-result').hidden = false;
  }

  async function send(event) {
    event.preventDefault();
    const button = $('send-link');
    if (button.disabled) return;
    form.clearErrors();
    $('link-result').hidden = true;
    if (!form.customerId()) { form.showError('customerAccountId', t('collect.pickCustomer')); return; }
    button.disabled = true;
    button.textContent = t('links.sending');
    const body = {
      customerAccountId: form.customerId(),
      documentId: $('document').value ? Number($('document').value) : null,
      amount: V.parseAmount($('amount').value), currency: $('currency').value,
      email: $('link-email').value.trim(), language: $('link-language').value,
      validMinutes: Number($('link-valid').value)
    };
    try {
      const reply = await V.send('POST', base(), body);
      const answer = reply.body || {};
      if (reply.status === 201) {
        show(answer, sentText(answer));
      } else if (reply.status === 400) {
        (answer.fields || []).forEach(function (f) { form.showError(f.field, f.reason); });
        V.notice($('link-result-text'), answer.message, true);
        $('link-url').value = '';
        $('link-result').hidden = false;
      } else {
        V.notice($('link-result-text'), answer.message || t('error.http', { status: reply.status }), true);
        $('link-result').hidden = false;
      }
      await list();
    } catch (e) {
      V.pageError(e);
    } finally {
      button.disabled = false;
      button.textContent = t('links.send');
    }
  }

  const screen = V.language();
  $('link-language').value = LANGUAGES.indexOf(screen) >= 0 ? screen : 'tr';
  $('link-email').addEventListener('input', function () { $('link-email').dataset.fromAccount = 'false'; });
  $('customer-search').addEventListener('change', customerChosen);
  $('company').addEventListener('change', function () { list().catch(V.pageError); });
  $('link-form').addEventListener('submit', send);
  $('copy-link').addEventListener('click', function () { copyLink($('link-url').value, $('copy-link')); });
  return list();
};
