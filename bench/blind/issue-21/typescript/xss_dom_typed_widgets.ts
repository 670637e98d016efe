// class: xss, code-injection, insecure-cookie — typed browser widgets: location, referrer, window.name, postMessage, inputs
export function renderGreeting(): void {
  const name = new URLSearchParams(location.search).get('name') ?? '';
  const el = document.querySelector<HTMLDivElement>('#greeting')!;
  // expect: xss
  el.innerHTML = `Hello <b>${name}</b>`;
}

export function renderReferrer(): void {
  const el = document.querySelector<HTMLSpanElement>('#from')!;
  // expect: xss
  el.outerHTML = '<span id="from">' + document.referrer + '</span>';
}

export function renderFromOpener(): void {
  const frame = document.querySelector<HTMLIFrameElement>('#sandbox')!;
  // expect: xss
  frame.setAttribute('srcdoc', window.name);
}

window.addEventListener('message', (event: MessageEvent<{ html: string; fn: string }>) => {
  const target = document.getElementById('inbox') as HTMLElement;
  // expect: xss
  target.insertAdjacentHTML('afterbegin', event.data.html);
  // expect: code-injection
  eval(event.data.fn);
});

export function previewComment(): void {
  const input = document.querySelector<HTMLTextAreaElement>('#comment')!;
  const preview = document.querySelector<HTMLDivElement>('#preview')!;
  // expect: xss
  preview.innerHTML = input.value;
}

export function previewCommentText(): void {
  const input = document.querySelector<HTMLTextAreaElement>('#comment')!;
  const preview = document.querySelector<HTMLDivElement>('#preview')!;
  // safe: xss
  preview.textContent = input.value;
}

export function rememberTab(): void {
  const tab = location.hash.slice(1);
  // expect: insecure-cookie
  document.cookie = `tab=${tab}; path=/`;
}

export function openDocs(): void {
  const page = new URLSearchParams(location.search).get('page') ?? 'index';
  // safe: xss
  window.location.assign('/docs/' + encodeURIComponent(page));
}
