// class: xss, open-redirect — typed browser code reading document.URL and document.cookie, vs constant markup and same-origin paths
function cookieValue(name: string): string {
  const match = document.cookie.split('; ').find((part) => part.startsWith(name + '='));
  return match ? decodeURIComponent(match.split('=')[1]) : '';
}

export function showCampaign(): void {
  const campaign = new URL(document.URL).searchParams.get('utm_campaign') ?? '';
  const slot = document.getElementById('campaign') as HTMLElement;
  // expect: xss
  slot.innerHTML = '<em>' + campaign + '</em>';
}

export function showUserName(): void {
  const display = cookieValue('display_name');
  const slot = document.getElementById('user') as HTMLElement;
  // expect: xss
  slot.insertAdjacentHTML('beforeend', `<span class="user">${display}</span>`);
}

export function showPageUrl(): void {
  const slot = document.getElementById('share-url') as HTMLInputElement;
  // safe: xss
  slot.value = document.URL;
}

export function showHelp(): void {
  const slot = document.getElementById('help') as HTMLElement;
  // safe: xss
  slot.innerHTML = '<p>Need help? <a href="/support">Contact support</a></p>';
}

export function jumpToSection(): void {
  const section = new URL(document.URL).hash.slice(1);
  const target = document.getElementById(section);
  target?.scrollIntoView();
  // safe: xss
  history.replaceState(null, '', '#' + encodeURIComponent(section));
}
