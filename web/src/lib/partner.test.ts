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
