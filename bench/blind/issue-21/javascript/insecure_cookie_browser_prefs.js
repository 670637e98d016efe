// class: insecure-cookie — browser preference cookies: non-constant data written with document.cookie
function saveTheme() {
  const theme = document.getElementById('theme-select').value;
  // expect: insecure-cookie
  document.cookie = 'theme=' + theme + '; path=/';
}

function saveReferrer() {
  const ref = new URLSearchParams(location.search).get('ref');
  // expect: insecure-cookie
  document.cookie = `ref=${ref}; path=/; max-age=86400`;
}

function rememberLanguage(lang) {
  // expect: insecure-cookie
  document.cookie = 'lang=' + encodeURIComponent(lang);
}

document.getElementById('theme-select').addEventListener('change', saveTheme);
saveReferrer();
rememberLanguage(navigator.language);
