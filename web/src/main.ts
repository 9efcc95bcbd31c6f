import { createApp } from 'vue';
import App from './App.vue';
import type { Router } from 'vue-router';
import { makeRouter } from './router';
import { i18n, setLanguage } from './lib/i18n';
import { loadConfig } from './lib/config';
import { scheduleRefresh } from './lib/auth';
import './styles.css';

/** The code of the page asked for, loaded while config.json is: its chunks are needed as soon as the app mounts. */
function preloadPage(router: Router): void {
  for (const record of router.resolve(location.pathname + location.search).matched) {
    const view = record.components?.default;
    if (typeof view === 'function') (view as () => Promise<unknown>)().catch(() => {}); // the router reports failures
  }
}

async function start() {
  const root = document.getElementById('app')!;
  const router = makeRouter();
  preloadPage(router);
  // index.html started fetching config.json before this code arrived
  const early = (window as { sikerjaConfig?: Promise<Response> }).sikerjaConfig;
  try {
    await loadConfig(early ? () => early : fetch);
  } catch (e) {
    root.textContent = `Si Kerja: ${(e as Error).message}`;
    return;
  }
  setLanguage(i18n.global.locale.value as 'id' | 'en');
  // a session restored from this tab's storage keeps being refreshed before its ID token expires
  scheduleRefresh();
  createApp(App).use(i18n).use(router).mount(root);
}

start();
