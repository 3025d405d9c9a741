/* The login page: where to go after signing in, and why the user is back here. */
Vpos.page('login', function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  Vpos.$('next').value = params.get('next') || '/';
  const message = Vpos.$('message');
  if (params.has('locked')) {
    // too many wrong passwords for this user or from this address: refused for a while (never for good)
    message.textContent = Vpos.t('login.locked', { seconds: params.get('locked').replace(/[^0-9]/g, '') });
    message.hidden = false;
  } else if (params.has('error') || params.has('signedOut')) {
    message.textContent = Vpos.t(params.has('error') ? 'login.wrong' : 'login.signedOut');
    message.hidden = false;
  }
});
