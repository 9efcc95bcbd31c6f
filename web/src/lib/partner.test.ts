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

describe('error summaries follow the language switch', () => {
  it('an application refused with field errors reads wholly in English once switched, without asking again', async () => {
    const { fakeApi, fixture, flushPromises, mountAt } = await import('../test/harness');
    const ApplyView = (await import('../views/ApplyView.vue')).default;
    const { setLanguage } = await import('./i18n');
    // as the API answers: titled in Indonesian, each field's message in the caller's language and in both
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'POST /proposals': { status: 422, body: { type: 'https://sikerja.id/problems/invalid-fields', title: 'Isian tidak valid', status: 422,
        detail: 'Periksa kembali isian yang disebutkan.', errors: [
          { field: 'title', pointer: '/title', code: 'required', message: 'wajib diisi', messages: { id: 'wajib diisi', en: 'is required' } },
        ] } },
    });
    const { wrapper } = await mountAt(ApplyView, '/ajukan');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const summary = () => wrapper.find('.alert.bad[role=alert]').text();
    expect(summary()).toContain('Isian tidak valid');
    expect(wrapper.find('#title-error').text()).toContain('wajib diisi');

    setLanguage('en');
    await flushPromises();
    expect(summary()).toContain('Invalid input');
    expect(summary()).toContain('Check the fields named.');
    expect(summary()).not.toMatch(/Isian|Periksa|wajib|tidak valid/);
    expect(wrapper.find('#title-error').text()).toContain('is required');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1); // switched in place, nothing sent again
    setLanguage('id');
    await flushPromises();
    expect(summary()).toContain('Isian tidak valid');
  });

  it('"not found" on the tracking page switches language at once', async () => {
    const { fakeApi, flushPromises, mountAt } = await import('../test/harness');
    const TrackView = (await import('../views/TrackView.vue')).default;
    const { setLanguage } = await import('./i18n');
    fakeApi({ 'GET /track/KS-2026-76DAJQ': { status: 404, body: { title: 'Permohonan tidak ditemukan', status: 404 } } });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=wrong');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    expect(wrapper.find('[role=alert]').text()).toContain('Permohonan tidak ditemukan');
    setLanguage('en');
    await flushPromises();
    expect(wrapper.find('[role=alert]').text()).toBe('Application not found. Check the tracking code and the access code.');
    setLanguage('id');
    sessionStorage.clear();
  });
});

describe('a problem of any type reads in the page language', () => {
  it('a version conflict and a missing case titled in Indonesian by the API read in English once switched', async () => {
    const { ApiError } = await import('./problem');
    const { setLanguage } = await import('./i18n');
    const { state, submit } = useForm();
    for (const [slug, en] of [
      ['version-conflict', 'Someone else changed this in the meantime'],
      ['not-found', 'Not found'],
      ['conditions-unmet', 'Conditions not met yet'],
    ]) {
      setLanguage('id');
      await submit(() => Promise.reject(new ApiError(409, { type: `https://sikerja.id/problems/${slug}`, title: 'Judul dari API', status: 409 })));
      expect(state.message).toContain('Judul dari API'); // in Indonesian the API's own title, which names the thing
      setLanguage('en');
      await Promise.resolve();
      expect(state.message).toContain(en);
      expect(state.message).not.toContain('Judul dari API');
    }
    setLanguage('id');
  });
});
