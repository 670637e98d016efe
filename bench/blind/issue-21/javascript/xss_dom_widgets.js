// class: xss — browser widgets: postMessage data, input values, setAttribute and location sinks
const ALLOWED_ORIGIN = 'https://dashboard.example.com';

window.addEventListener('message', (event) => {
  const panel = document.getElementById('notifications');
  // expect: xss
  panel.innerHTML = event.data.message;
});

window.addEventListener('message', (event) => {
  if (event.origin !== ALLOWED_ORIGIN) return;
  const status = document.getElementById('status');
  // safe: xss
  status.textContent = String(event.data.status);
});

document.getElementById('profile-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const website = document.getElementById('website').value;
  const nickname = document.getElementById('nickname').value;
  const link = document.getElementById('profile-link');
  // expect: xss
  link.setAttribute('href', website);
  link.classList.add('external');

  const card = document.getElementById('card');
  // expect: xss
  card.innerHTML = '<strong>' + nickname + '</strong>';

  const label = document.getElementById('nickname-label');
  label.classList.remove('empty');
  // safe: xss
  label.setAttribute('title', nickname);
});

function attachHandler(button) {
  const action = new URLSearchParams(location.search).get('onclick');
  // expect: xss
  button.setAttribute('onclick', action);
}

function loadAvatar(img) {
  const src = new URLSearchParams(location.search).get('avatar');
  // expect: xss
  img.setAttribute('src', src);
}

function continueAfterLogin() {
  const next = new URLSearchParams(location.search).get('continue');
  // expect: xss
  location = next;
}

function goToTab(tab) {
  const tabs = { overview: '/app/overview', billing: '/app/billing' };
  // safe: xss
  location.href = tabs[tab] || '/app/overview';
}

attachHandler(document.getElementById('run'));
loadAvatar(document.getElementById('avatar'));
continueAfterLogin();
goToTab('overview');
