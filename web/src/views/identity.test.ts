import { afterEach, describe, expect, it } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import App from '../App.vue';
import PrivacyView from './PrivacyView.vue';
import { routes } from '../router';
import { i18n, setLanguage } from '../lib/i18n';
import { setConfig } from '../lib/config';
import { mountAt } from '../test/harness';

afterEach(() => setLanguage('id'));

async function mountApp(path: string) {
  setConfig({
    apiUrl: 'https://api.test', auth: { mode: 'local' }, pemdaName: 'Pemerintah Kota Contoh', logoUrl: 'https://cdn.test/logo.png',
    contactEmail: 'kerjasama@contoh.go.id', contactPhone: '(0541) 123 456', contactAddress: 'Jl. Merdeka 1, Kota Contoh',
  });
  setLanguage('id');
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [i18n, router], stubs: { RouterView: true } } });
  await flushPromises();
  return { wrapper, router };
}

describe('the official identity', () => {
  it('names the Pemda with its logo in the header, its contact and the privacy note in the footer', async () => {
    const { wrapper } = await mountApp('/');
    expect(wrapper.find('.brand').text()).toContain('Pemerintah Kota Contoh');
    expect(wrapper.find('.brand img').attributes('src')).toBe('https://cdn.test/logo.png');
    const contact = wrapper.find('[data-testid=contact]');
    expect(contact.text()).toContain('Jl. Merdeka 1, Kota Contoh');
    expect(contact.find('a[href="mailto:kerjasama@contoh.go.id"]').exists()).toBe(true);
    expect(contact.find('a[href="tel:0541123456"]').exists()).toBe(true);
    expect(wrapper.find('footer a[href="/privasi"]').text()).toBe('Pelindungan data pribadi');
  });

  it('gives each page its own title, in the language chosen, at once', async () => {
    const { wrapper, router } = await mountApp('/');
    expect(document.title).toBe('Daftar kerja sama · Pemerintah Kota Contoh');
    await router.push('/verifikasi');
    await flushPromises();
    expect(document.title).toBe('Verifikasi dokumen · Pemerintah Kota Contoh');
    await wrapper.find('button.lang').trigger('click');
    await flushPromises();
    expect(document.title).toBe('Verify a document · Pemerintah Kota Contoh');
    expect(wrapper.find('footer a[href="/privasi"]').text()).toBe('Personal data protection');
  });

  it('titles the notifications inbox and the letter templates as their headings, in both languages (issue 17)', async () => {
    const { wrapper, router } = await mountApp('/notifikasi');
    expect(document.title).toBe('Pemberitahuan · Pemerintah Kota Contoh');
    await router.push('/pengaturan/templat-surat');
    await flushPromises();
    expect(document.title).toBe('Templat surat · Pemerintah Kota Contoh');
    await wrapper.find('button.lang').trigger('click');
    await flushPromises();
    expect(document.title).toBe('Letter templates · Pemerintah Kota Contoh');
    await router.push('/notifikasi');
    await flushPromises();
    expect(document.title).toBe('Notifications · Pemerintah Kota Contoh');
  });

  it('names the language switch with the text it shows (WCAG 2.5.3)', async () => {
    const { wrapper } = await mountApp('/');
    const button = wrapper.find('button.lang');
    expect(button.attributes('aria-label')!.startsWith(button.text())).toBe(true);
    await button.trigger('click');
    await flushPromises();
    expect(button.text()).toBe('ID');
    expect(button.attributes('aria-label')!.startsWith('ID')).toBe(true);
  });
});

describe('the privacy page', () => {
  it('says what is collected from partners and why, under UU 27/2022, in both languages', async () => {
    const { wrapper } = await mountAt(PrivacyView, '/privasi');
    expect(wrapper.find('h1').text()).toBe('Pelindungan data pribadi');
    expect(wrapper.text()).toContain('Undang-Undang Nomor 27 Tahun 2022');
    expect(wrapper.text()).toContain('Pemerintah Kota Contoh');
    expect(wrapper.text()).toContain('alamat surel dan nomor telepon narahubung');
    setLanguage('en');
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe('Personal data protection');
    expect(wrapper.text()).toContain('Law 27 of 2022');
    expect(wrapper.text()).not.toContain('narahubung');
  });
});
