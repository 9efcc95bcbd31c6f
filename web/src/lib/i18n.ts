import { createI18n } from 'vue-i18n';
import messages from 'virtual:sikerja-messages';
import { setApiLanguage } from './api';

const KEY = 'sikerja.lang';

function initial(): 'id' | 'en' {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return saved === 'en' ? 'en' : 'id'; // Indonesian first, whatever the browser prefers
}

export const i18n = createI18n({ legacy: false, locale: initial(), fallbackLocale: 'id', messages });

export function setLanguage(lang: 'id' | 'en'): void {
  i18n.global.locale.value = lang;
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

setApiLanguage(i18n.global.locale.value);
