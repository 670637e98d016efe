// class: xss — Vue render functions (innerHTML, the v-html equivalent) and plain DOM mounting fed from the URL
import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';

export const Announcement = defineComponent({
  name: 'Announcement',
  setup() {
    const route = useRoute();
    const body = String(route.query.body ?? '');
    const title = String(route.query.title ?? '');
    return () =>
      h('section', [
        // safe: xss
        h('h2', title),
        h('p', { class: 'lead' }, 'Announcement'),
        h('hr'),
        // expect: xss
        h('div', { innerHTML: body }),
      ]);
  },
});

export function mountLegacyBanner(el: HTMLElement): void {
  const banner = new URLSearchParams(window.location.search).get('banner') ?? '';
  // expect: xss
  el.innerHTML = `<div class="banner">${banner}</div>`;
}

export function mountSafeBanner(el: HTMLElement): void {
  const banner = new URLSearchParams(window.location.search).get('banner') ?? '';
  const div = document.createElement('div');
  div.className = 'banner';
  // safe: xss
  div.textContent = banner;
  el.appendChild(div);
}
