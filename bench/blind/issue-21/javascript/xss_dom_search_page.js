// class: xss — browser search page: DOM sources (location, referrer, window.name, URLSearchParams) into DOM sinks
import DOMPurify from 'dompurify';

const params = new URLSearchParams(location.search);

function renderSearchHeader() {
  const query = params.get('q') || '';
  const header = document.getElementById('search-header');
  // expect: xss
  header.innerHTML = `<h2>Results for "${query}"</h2>`;

  const counter = document.getElementById('result-count');
  // safe: xss
  counter.textContent = `Showing results for ${query}`;
}

function renderBreadcrumb() {
  const section = decodeURIComponent(location.hash.slice(1));
  const crumb = document.querySelector('.breadcrumb');
  // expect: xss
  crumb.insertAdjacentHTML('beforeend', `<li>${section}</li>`);
}

function renderBackLink() {
  const back = document.getElementById('back-link');
  // expect: xss
  back.outerHTML = '<a id="back-link" href="' + document.referrer + '">Back</a>';
}

function renderPreview() {
  const frame = document.getElementById('preview');
  // expect: xss
  frame.srcdoc = window.name;
}

function renderHelp() {
  const help = params.get('help');
  const box = document.getElementById('help');
  // safe: xss
  box.innerHTML = DOMPurify.sanitize(help);
}

function legacyPrint() {
  const title = params.get('title');
  // expect: xss
  document.write('<title>' + title + '</title>');
}

renderSearchHeader();
renderBreadcrumb();
renderBackLink();
renderPreview();
renderHelp();
legacyPrint();
