// class: code-injection — browser command dispatcher reading the action from the URL fragment
const actions = {
  refresh() {
    window.location.reload();
  },
  print() {
    window.print();
  },
};

function dispatchFromHash() {
  const name = location.hash.slice(1);
  // expect: code-injection
  window[name]();
}

function dispatchAllowed() {
  const name = location.hash.slice(1);
  if (!Object.prototype.hasOwnProperty.call(actions, name)) return;
  // safe: code-injection
  actions[name]();
}

function runWidgetConfig() {
  const config = new URLSearchParams(location.search).get('init');
  // expect: code-injection
  setTimeout(config, 0);
}

function runCallback() {
  const cb = new URLSearchParams(location.search).get('callback');
  // expect: code-injection
  const fn = new Function('data', cb + '(data)');
  fn({ ready: true });
}

window.addEventListener('hashchange', dispatchFromHash);
window.addEventListener('hashchange', dispatchAllowed);
runWidgetConfig();
runCallback();
