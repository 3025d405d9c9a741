(function () {
  const params = new URLSearchParams(window.location.search);
  document.getElementById('next').value = params.get('next') || '/';
  const message = document.getElementById('message');
  if (params.has('error')) {
    message.textContent = 'User or password is wrong.';
    message.hidden = false;
  } else if (params.has('signedOut')) {
    message.textContent = 'You have signed out.';
    message.hidden = false;
  }
})();
