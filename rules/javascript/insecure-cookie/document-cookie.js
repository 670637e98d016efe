function savePreferences(userId, preferences) {
  // expect: insecure-cookie
  document.cookie = `user_${userId}_prefs=${JSON.stringify(preferences)}`;
}

function saveTheme(theme) {
  // expect: insecure-cookie
  document.cookie = "theme=" + theme + "; path=/";
}

function rememberSession(token) {
  const cookie = "session_token=" + token + "; Secure; SameSite=Strict; Max-Age=3600";
  // expect: insecure-cookie
  document.cookie = cookie;
}

function saveLanguage(lang) {
  // expect: insecure-cookie
  document.cookie = `lang=${encodeURIComponent(lang)}; SameSite=Lax; max-age=86400`;
}

function savePreferencesSafely(userId, preferences) {
  const value = encodeURIComponent(JSON.stringify(preferences));
  // safe: insecure-cookie
  document.cookie = `user_${userId}_prefs=${value}; Secure; SameSite=Strict; Max-Age=31536000; path=/`;
}

function clearTheme() {
  // safe: insecure-cookie
  document.cookie = "theme=; Max-Age=0; path=/";
}

function readCookie(name) {
  // safe: insecure-cookie
  const all = document.cookie;
  return all.split('; ').find((c) => c.startsWith(name + '='));
}

function saveFontSize(size) {
  const attrs = "; Secure; SameSite=Lax; Expires=" + new Date(Date.now() + 864e5).toUTCString();
  // safe: insecure-cookie
  document.cookie = "font_size=" + size + attrs;
}

function saveDarkMode() {
  // A missing SameSite or expiry alone is not a finding (policy.md, "Cookies").
  // safe: insecure-cookie
  document.cookie = 'dark_mode=1; Secure; path=/';
}
