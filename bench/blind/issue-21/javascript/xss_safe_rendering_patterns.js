// class: xss — near-misses in a browser notifications panel: text nodes, data attributes, encoded URLs, constant markup
const params = new URLSearchParams(location.search);

function renderNotice() {
  const message = params.get('message') || '';
  const box = document.getElementById('notice');
  // safe: xss
  box.appendChild(document.createTextNode(message));
}

function renderSearchLink() {
  const q = params.get('q') || '';
  const link = document.getElementById('search-again');
  // safe: xss
  link.setAttribute('href', '/search?q=' + encodeURIComponent(q));
}

function renderEmptyState() {
  const list = document.getElementById('results');
  // safe: xss
  list.innerHTML = '<li class="empty">No notifications yet</li>';
}

function tagPanel() {
  const panel = document.getElementById('panel');
  // safe: xss
  panel.dataset.filter = params.get('filter') || 'all';
}

function renderCount() {
  const count = Number.parseInt(params.get('count') || '0', 10);
  const badge = document.getElementById('badge');
  // safe: xss
  badge.innerHTML = `<span class="count">${count}</span>`;
}

function renderTitle() {
  const title = params.get('title');
  const heading = document.getElementById('heading');
  // expect: xss
  heading.innerHTML = '<h1>' + title + '</h1>';
}

function renderFooter() {
  const footer = document.getElementById('footer');
  // safe: xss
  footer.insertAdjacentText('beforeend', params.get('note') || '');
}

renderNotice();
renderSearchLink();
renderEmptyState();
tagPanel();
renderCount();
renderTitle();
renderFooter();
