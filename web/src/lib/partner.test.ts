import { afterEach, describe, expect, it, vi } from 'vitest';
import { useForm } from './form';
import { i18n } from './i18n';
import { partnerIntakeUploadTypes } from './messages';

afterEach(() => {
  vi.unstubAllGlobals();
  i18n.global.locale.value = 'id';
});

describe('partner pages', () => {
  it('a network failure reads in the page language, never "Failed to fetch"', async () => {
    const { state, submit } = useForm();
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    await submit(failing);
    expect(state.message).toBe('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.');
    i18n.global.locale.value = 'en';
    await submit(failing);
    expect(state.message).toBe('Could not reach the server. Check your internet connection, then try again.');
    expect(state.message).not.toContain('Failed to fetch');
  });

  it('at intake a partner is offered its category\'s application documents', () => {
    expect(partnerIntakeUploadTypes.KSDPK).toEqual(['SURAT_PERMOHONAN', 'STUDI_KELAYAKAN']);
    expect(partnerIntakeUploadTypes.KSDD).toEqual(['SURAT_PERMOHONAN', 'KAK']);
  });
});

describe('the tracking page in English', () => {
  it('asks the API again in English as soon as the language is switched, without a reload', async () => {
    const { fakeApi, fixture, flushPromises, mountAt } = await import('../test/harness');
    const TrackView = (await import('../views/TrackView.vue')).default;
    const { setLanguage } = await import('./i18n');
    const tracked = await fixture('track-kb-uploaded');
    const calls = fakeApi({
      'GET /track/KS-2026-76DAJQ': (call) => ({
        body: call.headers['accept-language'] === 'en' ? { ...tracked, stageLabel: 'Signing the KB' } : tracked,
      }),
    });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=secret-token');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    expect(wrapper.find('[data-testid=stage]').text()).toBe('Penandatanganan Kesepakatan Bersama');

    setLanguage('en');
    await flushPromises();
    expect(calls[calls.length - 1].headers['accept-language']).toBe('en');
    expect(wrapper.find('[data-testid=stage]').text()).toBe('Signing the KB');
    setLanguage('id');
    sessionStorage.clear();
  });
});
