window.addEventListener('message', (event) => {
  // expect: code-injection
  window[event.data.action](event.data.payload);
  // expect: code-injection
  setTimeout(event.data.callback, 100);
  // safe: code-injection
  setTimeout(() => refresh(event.data.id), 100);
});

const params = new URLSearchParams(location.search);
// expect: code-injection
eval(params.get('code'));
// safe: code-injection
eval('initWidgets()');

function refresh(id) {
  return id;
}
