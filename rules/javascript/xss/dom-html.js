import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);

function showGreeting() {
  // expect: xss
  document.getElementById('greeting').innerHTML = 'Hello ' + params.get('name');
}

function renderComments(comments) {
  const list = document.querySelector('#comments');
  for (const c of comments) {
    // expect: xss
    list.insertAdjacentHTML('beforeend', `<li><b>${c.author}</b>: ${c.text}</li>`);
  }
}

function showSearch() {
  const q = decodeURIComponent(location.hash.slice(1));
  // expect: xss
  document.write('<h2>Results for ' + q + '</h2>');
  // expect: xss
  $('#title').html('<em>' + q + '</em>');
}

function showError(message) {
  // expect: xss
  document.querySelector('.error').innerHTML = message;
}

function safeRender(comment, html) {
  // safe: xss
  document.getElementById('greeting').textContent = 'Hello ' + params.get('name');
  // safe: xss
  document.querySelector('#preview').innerHTML = DOMPurify.sanitize(html);
  // safe: xss
  document.querySelector('#list').innerHTML = '';
  // safe: xss
  document.querySelector('#spinner').innerHTML = '<div class="spinner"></div>';
  const count = Number(params.get('count'));
  // safe: xss
  document.querySelector('#count').innerHTML = `<b>${count}</b> items`;
  // safe: xss
  $('#title').text(comment.title);
}

export { showGreeting, renderComments, showSearch, showError, safeRender };

function renumberRows(selector, extra) {
  $(selector).each(function (i) {
    const count = i + 1;
    // An element's own markup with its '#n' renumbered: nothing from outside enters it.
    // safe: xss
    $(this).html($(this).html().replace(/(#\d+)/g, '#' + count));
    // expect: xss
    $(this).html($(this).html().replace(/(#\d+)/g, location.hash));
    // expect: xss
    $(this).html($(this).html() + extra);
  });
}
