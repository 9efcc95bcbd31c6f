import { createApp } from 'vue';
import App from './App.vue';
import { makeRouter } from './router';
import { i18n, setLanguage } from './lib/i18n';
import { loadConfig } from './lib/config';
import './styles.css';

async function start() {
  const root = document.getElementById('app')!;
  try {
    await loadConfig();
  } catch (e) {
    root.textContent = `Si Kerja: ${(e as Error).message}`;
    return;
  }
  setLanguage(i18n.global.locale.value as 'id' | 'en');
  createApp(App).use(i18n).use(makeRouter()).mount(root);
}

start();
