import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fixture, flushPromises, mountAt } from '../test/harness';
import ApplyView from './ApplyView.vue';
import HomeView from './HomeView.vue';
import TrackView from './TrackView.vue';
import VerifyView from './VerifyView.vue';
import RegistryEntryView from './RegistryEntryView.vue';
import CaseView from './CaseView.vue';
import DashboardView from './DashboardView.vue';
import ImportView from './ImportView.vue';
import ReportsView from './ReportsView.vue';
import DepartmentsView from './DepartmentsView.vue';
import SettingsView from './SettingsView.vue';
import HolidaysView from './HolidaysView.vue';
import { signIn, signOut, base64UrlEncode } from '../lib/auth';

const enc = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
const adminToken = `${enc({ alg: 'RS256' })}.${enc({ email: 'admin@sikerja.local', 'cognito:groups': ['admin'], exp: 4_000_000_000 })}.sig`;

// the case page mounts several components (its first mount in this file loads them): allow for a machine shared
// with a full build, as officer.test.ts does (a full build at load 38 timed the department assignment out at 5 s)
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('the application form', () => {
  it('shows each field error of the API’s 422 under its field and marks it invalid', async () => {
    const calls = fakeApi({ 'GET /settings/departments': { body: await fixture('departments') }, 'POST /proposals': { status: 422, body: await fixture('proposal-422') } });
    const { wrapper } = await mountAt(ApplyView, '/ajukan');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(wrapper.find('#partner\\.email-error').text()).toBe('paling sedikit 3 karakter');
    expect(wrapper.find('#partner\\.email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#title-error').text()).toBe('wajib diisi');
    expect(wrapper.find('#durationMonths-error').text()).toBe('harus antara 1 dan 60');
    expect(wrapper.find('#location').attributes('aria-invalid')).toBeUndefined();
  });

  it('asks what the category needs: the partner types and the KSDD kind follow the category, with the regulation’s help', async () => {
    const calls = fakeApi({
      'GET /settings/departments': { body: await fixture('departments') },
      'POST /proposals': { status: 201, body: { id: 'c1', trackingCode: 'KS-2026-AAAAAA', accessToken: 'tok', stage: 'INTAKE' } },
    });
    const { wrapper } = await mountAt(ApplyView, '/ajukan');
    expect(wrapper.text()).toContain('PP 28/2018 Pasal 14');
    await wrapper.find('input[value="KSDD"]').setValue(true);
    expect(wrapper.findAll('#partner\\.type option').map((o) => o.attributes('value'))).toEqual(['PEMERINTAH_DAERAH']);
    expect(wrapper.find('#ksddKind').exists()).toBe(true);
    expect(wrapper.find('#ksdpkInitiative').exists()).toBe(false);
    // the departments are chosen from the directory, by name
    expect(wrapper.find('fieldset#departments legend').text()).toBe('OPD yang diusulkan');
    await wrapper.find('input[type=checkbox][value=DINKES]').setValue(true);
    await wrapper.find('#departments-filter').setValue('perhub');
    expect(wrapper.findAll('fieldset#departments input[type=checkbox]').map((c) => c.attributes('value'))).toEqual(['DINKES', 'DISHUB']);
    await wrapper.find('input[type=checkbox][value=DISHUB]').setValue(true);
    expect(wrapper.find('fieldset#departments [aria-live]').text()).toBe('Dipilih: Dinas Kesehatan, Dinas Perhubungan');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = calls.find((c) => c.method === 'POST')!.body;
    expect(sent).toMatchObject({ category: 'KSDD', ksddKind: 'SUKARELA', partner: { type: 'PEMERINTAH_DAERAH' }, departments: ['DINKES', 'DISHUB'] });
    expect(sent).not.toHaveProperty('ksdpkInitiative');
    expect(wrapper.find('[data-testid=tracking-link]').attributes('href')).toMatch(/\/lacak\/KS-2026-AAAAAA#token=tok$/);
    // and leads straight into attaching the category's application documents (issue 14)
    const attach = wrapper.find('[data-testid=attach]');
    expect(attach.exists()).toBe(true);
    expect(attach.findAll('#attach-upload-type option').map((o) => o.attributes('value'))).toEqual(['SURAT_PERMOHONAN', 'KAK']);
    expect(attach.text()).toContain('hanya file PDF');
  });
});

describe('choosing departments', () => {
  it('still takes typed codes when the directory cannot be loaded', async () => {
    const calls = fakeApi({
      'GET /settings/departments': { status: 503, body: { title: 'Service Unavailable', status: 503 } },
      'POST /proposals': { status: 201, body: { id: 'c1', trackingCode: 'KS-2026-AAAAAA', accessToken: 'tok', stage: 'INTAKE' } },
    });
    const { wrapper } = await mountAt(ApplyView, '/ajukan');
    expect(wrapper.find('input[type=checkbox][value=DINKES]').exists()).toBe(false);
    await wrapper.find('#departments-codes').setValue('dinkes; dishub');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ departments: ['DINKES', 'DISHUB'] });
  });

  it('assigns a case’s departments from the directory, starting from the ones it has', async () => {
    signIn(adminToken);
    const view = await fixture('case-pks');
    const calls = fakeApi({
      'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef': { body: view },
      'GET /settings/departments': { body: await fixture('departments') },
      'POST /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef/transitions': { status: 422, body: await fixture('transition-422') },
    });
    const { wrapper } = await mountAt(CaseView, '/kasus/34362c40-5dd2-4bd2-aed2-faf32752d3ef');
    const form = wrapper.find('details[data-action="ASSIGN_DEPARTMENTS"]');
    expect((form.find('input[type=checkbox][value=DINKES]').element as HTMLInputElement).checked).toBe(true);
    await form.find('input[type=checkbox][value=BAPPEDA]').setValue(true);
    await form.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ action: 'ASSIGN_DEPARTMENTS', departments: ['DINKES', 'BAPPEDA'] });
    signOut();
  });
});

describe('the department directory page', () => {
  it('lets an admin edit the list, marks each bad entry the API names, and reloads the latest list on a conflict', async () => {
    signIn(adminToken);
    let answer: { status: number; body: unknown } = { status: 422, body: await fixture('departments-422') };
    const calls = fakeApi({ 'GET /settings/departments': { body: await fixture('departments') }, 'PUT /settings/departments': () => answer });
    const { wrapper } = await mountAt(DepartmentsView, '/opd');
    expect(wrapper.text()).toContain('Daftar bawaan');
    expect((wrapper.find('input[aria-label="Nama 11"]').element as HTMLInputElement).value).toBe('Dinas Kesehatan');
    await wrapper.find('input[aria-label="Kode 2"]').setValue('dinas x');
    await wrapper.find('.row button:not(.secondary)').trigger('click');
    await flushPromises();
    const put = calls.find((c) => c.method === 'PUT')!.body as { version: number; departments: Array<{ code: string }> };
    expect(put.version).toBe(0);
    expect(put.departments[1].code).toBe('DINAS X');
    expect(wrapper.find('input[aria-label="Kode 2"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('input[aria-label="Nama 3"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('[data-testid=department-errors]').text()).toContain('kode OPD hanya huruf besar');

    answer = { status: 409, body: await fixture('departments-409') };
    await wrapper.find('.row button:not(.secondary)').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Daftar OPD sudah berubah');
    expect(wrapper.text()).toContain('Disimpan oleh admin');
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);

    answer = { status: 200, body: await fixture('departments-saved') };
    await wrapper.find('.row button:not(.secondary)').trigger('click');
    await flushPromises();
    expect((calls.at(-1)!.body as { version: number }).version).toBe(1);
    expect(wrapper.text()).toContain('Tersimpan.');
    signOut();
  });

  it('shows other officers the list without editing', async () => {
    signIn(`${enc({ alg: 'RS256' })}.${enc({ email: 'opd@sikerja.local', 'cognito:groups': ['opd'], 'custom:opd': 'DINKES', exp: 4_000_000_000 })}.sig`);
    fakeApi({ 'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(DepartmentsView, '/opd');
    expect(wrapper.find('input').exists()).toBe(false);
    expect(wrapper.text()).toContain('Dinas Perhubungan');
    signOut();
  });
});

describe('the public registry', () => {
  it('lists the agreements found with their filters and draws the statistics', async () => {
    const calls = fakeApi({ 'GET /registry': { body: await fixture('registry') }, 'GET /stats': { body: await fixture('stats') } });
    const { wrapper } = await mountAt(HomeView, '/?q=kesehatan&status=BERLAKU');
    expect(calls.find((c) => c.url.startsWith('/registry'))!.url).toBe('/registry?q=kesehatan&status=BERLAKU&limit=20');
    const registry = wrapper.find('[data-testid=registry]');
    expect(registry.text()).toContain('Pendampingan penyusunan data kesehatan berbasis desa');
    expect(registry.text()).toContain('Universitas Mulawarman');
    expect(registry.text()).toContain('Dinas Kesehatan');
    expect(registry.find('a[href*="/verifikasi?sha256=706881a0"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('2 kerja sama');
    const charts = wrapper.findAll('.chart-stub').map((c) => `${c.attributes('data-title')}:${c.text()}`);
    expect(charts).toContain('Kerja sama per tahun:2025,2026=1,1');
    expect(charts).toContain('Per tahap:Pelaksanaan,Selesai=1,1');
    // the next page continues from the cursor
    await wrapper.find('button.secondary').trigger('click');
    await flushPromises();
    expect(calls.at(-1)!.url).toContain('cursor=eyJrIjoiMSJ9');
  });
});

describe('the tracking page', () => {
  it('takes the token from the link’s fragment, keeps it off the address bar and shows where the case stands', async () => {
    const calls = fakeApi({ 'GET /track/KS-2026-76DAJQ': { body: await fixture('track-kb-uploaded') } });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=secret-token');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    expect(calls[0].headers['x-access-token']).toBe('secret-token');
    expect(location.hash).toBe('');
    expect(sessionStorage.getItem('sikerja.track.KS-2026-76DAJQ')).toBe('secret-token');
    expect(wrapper.find('[data-testid=stage]').text()).toBe('Penandatanganan Kesepakatan Bersama');
    expect(wrapper.text()).toContain('Permohonan Anda sedang diproses');
    expect(wrapper.text()).toContain('kb_signed.pdf');
    // the signing stage offers the signed KB for upload
    expect(wrapper.findAll('#track-upload-type option').map((o) => o.attributes('value'))).toEqual(['KB_SIGNED']);
    // the history names the stages reached, never an action's internal code (issue 14)
    expect(wrapper.find('.timeline').text()).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
    // a document received reads as such, not as the stage reached once more
    const titles = wrapper.findAll('.timeline li').map((li) => li.text());
    expect(titles.some((x) => x.startsWith('Dokumen diterima'))).toBe(true);
    expect(titles.filter((x) => x.startsWith('Penandatanganan Kesepakatan Bersama'))).toHaveLength(1);
  });

  it('says in one banner who holds the case, what is next and by when, and offers the draft to sign with the token in a header only', async () => {
    const tracked = structuredClone(await fixture('track-kb-uploaded'));
    tracked.uploads = [];
    tracked.banner = { ...tracked.banner, situation: 'UPLOAD', holder: 'PARTNER', holderLabel: 'Anda (pemohon)', partnerMustAct: true,
      headline: 'Giliran Anda: tanda tangani',
      next: 'Unduh rancangan KB, tanda tangani, lalu unggah KB yang sudah ditandatangani di bawah.',
      nextStage: 'PERSETUJUAN_DPRD', nextStageLabel: 'Persetujuan DPRD', dueDate: '2026-12-06', dueWhat: 'Batas validasi permohonan',
      asks: [{ type: 'KB_SIGNED', typeLabel: 'KB yang sudah ditandatangani' }],
      drafts: [{ type: 'KB_DRAFT', typeLabel: 'Rancangan KB', version: 2, signedAs: 'KB_SIGNED' }] };
    const calls = fakeApi({
      'GET /track/KS-2026-76DAJQ': { body: tracked },
      'GET /track/KS-2026-76DAJQ/documents/KB_DRAFT/2': { body: { method: 'GET', url: 'https://files.test/kb-draft.pdf?sig=1', expiresAt: '2026-12-06T01:00:00Z' } },
    });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.href); });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=secret-token');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    const banner = wrapper.find('[data-testid=banner]');
    expect(banner.find('h2').text()).toBe('Giliran Anda: tanda tangani');
    expect(banner.find('[data-testid=banner-holder]').text()).toBe('Anda (pemohon)');
    expect(banner.find('[data-testid=banner-due]').text()).toBe('6 Desember 2026');
    expect(wrapper.text()).not.toContain('Kami akan mengabari');
    // what the banner asks is what the box below it takes
    expect(wrapper.findAll('#track-upload-type option').map((o) => o.attributes('value'))).toEqual(['KB_SIGNED']);
    await banner.find('[data-testid=draft-KB_DRAFT]').trigger('click');
    await flushPromises();
    const download = calls.find((c) => c.url === '/track/KS-2026-76DAJQ/documents/KB_DRAFT/2')!;
    expect(download.headers['x-access-token']).toBe('secret-token');
    expect(clicked).toEqual(['https://files.test/kb-draft.pdf?sig=1']);
    expect(location.href).not.toContain('secret-token');
    click.mockRestore();
  });

  it('shows an upload whose link expired before its file arrived, and what to do next', async () => {
    const tracked = structuredClone(await fixture('track-kb-uploaded'));
    tracked.uploads = [{ ...tracked.uploads[0], status: 'EXPIRED', decidedAt: null, version: null, reasonCode: 'UPLOAD_EXPIRED',
      reason: 'Tautan unggah sudah kedaluwarsa sebelum berkas diterima, sehingga berkas tidak tercatat. Unggah berkas ini sekali lagi untuk mendapatkan tautan baru.',
      reasonEn: 'The upload link expired before the file arrived, so the file was not registered. Upload the file once more to get a new link.' }];
    fakeApi({ 'GET /track/KS-2026-76DAJQ': { body: tracked } });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=secret-token');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    expect(wrapper.text()).toContain('Kedaluwarsa');
    expect(wrapper.find(`[data-testid=upload-reason-${tracked.uploads[0].documentId}]`).text()).toContain('Unggah berkas ini sekali lagi');
  });

  it('shows the reason a signed copy was sent back until a new file arrives (issue 17)', async () => {
    const tracked = structuredClone(await fixture('track-kb-uploaded'));
    const last = tracked.history.at(-1);
    tracked.history = [...tracked.history, { ...last, at: '2026-12-05T03:00:00Z', action: 'RETURN_SIGNED_COPY', note: 'Halaman tiga belum diparaf.' }];
    fakeApi({ 'GET /track/KS-2026-76DAJQ': { body: tracked } });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=secret-token');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    const alert = wrapper.find('[data-testid=signed-copy-returned]');
    expect(alert.text()).toContain('Salinan bertanda tangan dikembalikan');
    expect(alert.text()).toContain('Halaman tiga belum diparaf.');
    const titles = wrapper.findAll('.timeline li').map((li) => li.text());
    expect(titles.some((x) => x.startsWith('Salinan bertanda tangan dikembalikan') && x.includes('Halaman tiga'))).toBe(true);
    expect(wrapper.find('.timeline').text()).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
  });

  it('answers a wrong token like an unknown code', async () => {
    fakeApi({ 'GET /track/KS-2026-76DAJQ': { status: 404, body: { title: 'Permohonan tidak ditemukan', status: 404 } } });
    window.history.replaceState(null, '', '/lacak/KS-2026-76DAJQ#token=wrong');
    const { wrapper } = await mountAt(TrackView, '/lacak/KS-2026-76DAJQ');
    expect(wrapper.text()).toContain('Permohonan tidak ditemukan. Periksa kode pelacakan dan kode akses.');
  });
});

describe('verification', () => {
  it('hashes the chosen file in the browser and shows the agreement it belongs to', async () => {
    const genuine = await fixture('verify-genuine');
    const calls = fakeApi({ [`GET /verify/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`]: { body: { ...genuine, sha256: 'ba78' } } });
    const { wrapper } = await mountAt(VerifyView, '/verifikasi');
    const input = wrapper.find('#verify-file');
    Object.defineProperty(input.element, 'files', { value: [new File(['abc'], 'pks.pdf', { type: 'application/pdf' })] });
    await input.trigger('change');
    // the digest is computed asynchronously: wait for the lookup and its answer on the page
    await vi.waitFor(() => expect(calls).toHaveLength(1), { timeout: 5000 });
    await vi.waitFor(async () => {
      await flushPromises();
      expect(wrapper.find('[data-testid=verdict]').exists()).toBe(true);
    }, { timeout: 5000 });
    expect(calls[0].url).toBe('/verify/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const verdict = wrapper.find('[data-testid=verdict]');
    expect(verdict.text()).toContain('Asli');
    expect(verdict.text()).toContain('Pendampingan penyusunan data kesehatan berbasis desa');
  });
});

describe('the case page', () => {
  it('offers a form for each action possible now, and lists blocked ones with the API’s reasons', async () => {
    signIn(adminToken);
    fakeApi({ 'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef': { body: await fixture('case-pelaksanaan') } });
    const { wrapper } = await mountAt(CaseView, '/kasus/34362c40-5dd2-4bd2-aed2-faf32752d3ef');
    const open = wrapper.findAll('details.action').map((d) => d.attributes('data-action'));
    expect(open).toEqual(expect.arrayContaining(['SUBMIT_OPD_MONEV', 'RECORD_MONEV_EVALUATION', 'END', 'RECORD_FACTS']));
    expect(open).not.toContain('EXPIRE');
    expect(wrapper.find('[data-testid=blocked]').text()).toContain('Masa berlaku belum habis');
    // the monev evaluation form asks every criterion, the rating and the recommendation
    const evaluation = wrapper.find('details[data-action="RECORD_MONEV_EVALUATION"]');
    expect(evaluation.findAll('select[id*="-score-"]')).toHaveLength(9);
    expect(evaluation.find('[id$="-recommendation"]').exists()).toBe(true);
    // documents with their versions and fingerprints
    expect(wrapper.text()).toContain('PKS yang sudah ditandatangani');
    signOut();
  });

  it('names an upload whose link expired before its file arrived, with what to do next', async () => {
    signIn(adminToken);
    fakeApi({
      'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef': { body: await fixture('case-pelaksanaan') },
      'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef/uploads': { body: { uploads: [
        { documentId: 'd-1', type: 'MONEV_REPORT', label: 'Laporan monev', fileName: 'monev.pdf', status: 'EXPIRED', requestedAt: '2026-11-22T15:03:52Z',
          rejection: { code: 'UPLOAD_EXPIRED', message: 'Tautan unggah sudah kedaluwarsa sebelum berkas diterima, sehingga berkas tidak tercatat. Unggah berkas ini sekali lagi untuk mendapatkan tautan baru.' } },
        { documentId: 'd-2', type: 'MONEV_REPORT', label: 'Laporan monev', fileName: 'monev-2.pdf', status: 'REGISTERED', requestedAt: '2026-11-22T15:03:52Z', version: 2 },
      ] } },
    });
    const { wrapper } = await mountAt(CaseView, '/kasus/34362c40-5dd2-4bd2-aed2-faf32752d3ef');
    await flushPromises();
    const list = wrapper.find('[data-testid=unregistered-uploads]');
    expect(list.text()).toContain('monev.pdf');
    expect(list.text()).toContain('Kedaluwarsa');
    expect(list.text()).toContain('Unggah berkas ini sekali lagi');
    expect(list.text()).not.toContain('monev-2.pdf');
    signOut();
  });

  it('sends the facts typed as the action asks, and shows the unmet conditions under their fields', async () => {
    signIn(adminToken);
    const view = await fixture('case-pks');
    const calls = fakeApi({
      'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef': { body: view },
      'POST /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef/transitions': {
        status: 422, body: { type: 'https://sikerja.id/problems/conditions-unmet', title: 'Syarat belum terpenuhi', status: 422,
          unmet: [{ kind: 'FACT', code: 'CONFIRM:pksClauseSanctions', field: 'facts.pksClauseSanctions', message: 'Klausul sanksi belum dikonfirmasi' }] },
      },
    });
    const { wrapper } = await mountAt(CaseView, '/kasus/34362c40-5dd2-4bd2-aed2-faf32752d3ef');
    const form = wrapper.find('details[data-action="SIGN_PKS"]');
    expect(form.text()).toContain('PKS yang sudah ditandatangani belum diunggah');
    await form.find('[name=termMonths]').setValue('36');
    await form.find('[name=pksClauseTerm]').setValue('true');
    await form.find('[name=signatory]').setValue('KEPALA_DAERAH');
    await form.find('form').trigger('submit');
    await flushPromises();
    const sent = calls.find((c) => c.method === 'POST')!.body as { action: string; version: number; facts: Record<string, unknown> };
    expect(sent).toMatchObject({ action: 'SIGN_PKS', version: view.version });
    expect(sent.facts).toMatchObject({ termMonths: 36, pksClauseTerm: true, signatory: 'KEPALA_DAERAH' });
    expect(sent.facts).not.toHaveProperty('pksClauseSanctions');
    expect(form.find('[name=pksClauseSanctions]').attributes('aria-invalid')).toBe('true');
    expect(form.text()).toContain('Klausul sanksi belum dikonfirmasi');
    signOut();
  });
});

describe('the check of a signed copy (issue 17)', () => {
  it('is a checklist of three ticks; an unticked item is not sent and its reason shows under it', async () => {
    signIn(adminToken);
    const view = await fixture('case-pks');
    const asks = [
      { fact: 'signedCopyParaf', label: 'Paraf para pihak ada di setiap halaman', type: 'boolean' },
      { fact: 'signedCopyMeterai', label: 'Meterai terpasang dan ditandatangani', type: 'boolean' },
      { fact: 'signedCopyCap', label: 'Cap para pihak ada pada tanda tangan', type: 'boolean' },
    ];
    view.actions = [...view.actions, { action: 'CONFIRM_SIGNED_COPY', label: 'Konfirmasi salinan bertanda tangan', target: null,
      permitted: true, allowed: true, reasons: [], asks, inputs: [], documentTypes: [] }];
    const calls = fakeApi({
      'GET /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef': { body: view },
      'POST /cooperations/34362c40-5dd2-4bd2-aed2-faf32752d3ef/transitions': {
        status: 422, body: { type: 'https://sikerja.id/problems/conditions-unmet', title: 'Syarat belum terpenuhi', status: 422,
          unmet: [{ kind: 'INPUT', code: 'CONFIRM:signedCopyCap', field: 'facts.signedCopyCap', message: 'Cap para pihak ada pada tanda tangan belum dicentang' }] },
      },
    });
    const { wrapper } = await mountAt(CaseView, '/kasus/34362c40-5dd2-4bd2-aed2-faf32752d3ef');
    const form = wrapper.find('details[data-action="CONFIRM_SIGNED_COPY"]');
    expect(form.findAll('input[type=checkbox]')).toHaveLength(3);
    expect(form.find('legend').text()).toBe('Pemeriksaan salinan bertanda tangan');
    expect(form.find('label[for="act-CONFIRM_SIGNED_COPY-signedCopyMeterai"]').text()).toBe('Meterai terpasang dan ditandatangani');
    await form.find('[name=signedCopyParaf]').setValue(true);
    await form.find('[name=signedCopyMeterai]').setValue(true);
    await form.find('form').trigger('submit');
    await flushPromises();
    const sent = calls.find((c) => c.method === 'POST')!.body as { action: string; facts: Record<string, unknown> };
    expect(sent).toMatchObject({ action: 'CONFIRM_SIGNED_COPY', facts: { signedCopyParaf: true, signedCopyMeterai: true } });
    expect(sent.facts).not.toHaveProperty('signedCopyCap');
    expect(form.find('[name=signedCopyCap]').attributes('aria-invalid')).toBe('true');
    expect(form.text()).toContain('Cap para pihak ada pada tanda tangan belum dicentang');
    signOut();
  });
});

describe('the dashboard', () => {
  it('shows the counts and the cases by stage as a board', async () => {
    signIn(adminToken);
    fakeApi({ 'GET /dashboard': { body: await fixture('dashboard') }, 'GET /cooperations': { body: await fixture('cases') },
      'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(DashboardView, '/dasbor');
    await flushPromises();
    const tiles = wrapper.findAll('.tile').map((t) => t.text());
    expect(tiles[0]).toContain('Lewat tenggat1');
    const columns = wrapper.findAll('.board section').map((s) => s.attributes('aria-label'));
    expect(columns).toEqual(['Validasi permohonan', 'Pelaksanaan']);
    expect(wrapper.find('.board').text()).toContain('Angkutan pasien rujukan');
    // departments by their names from the directory, with the code officers know them by
    expect(wrapper.find('.board').text()).toContain('Dinas Kesehatan (DINKES)');
    signOut();
  });
});

describe('the holiday calendar', () => {
  it('says when a year is not confirmed and lets an admin confirm it with its list (issue 13 item 4)', async () => {
    signIn(adminToken);
    const year = { year: 2027, version: 0, source: 'SHIPPED', updatedAt: null, updatedBy: null, confirmed: false,
      holidays: [{ date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'LIBUR_NASIONAL' }] };
    const calls = fakeApi({
      'GET /settings/holidays': { body: { years: [year] } },
      'PUT /settings/holidays/2027': (call) => ({ body: { ...year, ...(call.body as object), version: 1, source: 'STORED', updatedAt: '2026-12-06T00:00:00Z', updatedBy: 'admin' } }),
    });
    const { wrapper } = await mountAt(HolidaysView, '/libur');
    await flushPromises();
    expect(wrapper.text()).toContain('Belum dikonfirmasi');
    await wrapper.find('[data-testid=holidays-edit]').trigger('click'); // editing is behind a button
    await wrapper.find('input[type=checkbox]').setValue(true);
    await wrapper.find('.row button:not(.secondary)').trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ version: 0, confirmed: true });
    expect(wrapper.text()).not.toContain('Belum dikonfirmasi');
    signOut();
  });
});

describe('the digest settings', () => {
  it('sends a weekday only with a weekly digest, as the contract allows', async () => {
    signIn(adminToken);
    const calls = fakeApi({
      'GET /me/digest-preferences': { body: { frequency: 'WEEKLY', weekday: 'FRIDAY', saved: true } },
      'PUT /me/digest-preferences': (call) => ({ body: { weekday: null, ...(call.body as object), saved: true } }),
    });
    const { wrapper } = await mountAt(SettingsView, '/pengaturan');
    await flushPromises();
    expect((wrapper.find('#digest-weekday').element as HTMLSelectElement).value).toBe('FRIDAY');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('input[value="DAILY"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const sent = calls.filter((c) => c.method === 'PUT').map((c) => c.body);
    expect(sent).toEqual([{ frequency: 'WEEKLY', weekday: 'FRIDAY' }, { frequency: 'DAILY' }]);
    signOut();
  });

  it('offers the choices only once the stored preference has arrived, so a choice is not overwritten by it', async () => {
    signIn(adminToken);
    let answer: (v: unknown) => void = () => {};
    const pending = new Promise((resolve) => { answer = resolve; });
    // the stored preference arrives late (a slow network): the page must not take a choice before it
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(await pending),
      { status: 200, headers: { 'content-type': 'application/json' } })));
    const { wrapper } = await mountAt(SettingsView, '/pengaturan');
    expect(wrapper.find('input[value="WEEKLY"]').attributes('disabled')).toBeDefined();
    answer({ frequency: 'DAILY', weekday: null, saved: true });
    await flushPromises();
    expect(wrapper.find('input[value="WEEKLY"]').attributes('disabled')).toBeUndefined();
    await wrapper.find('input[value="WEEKLY"]').setValue(true);
    await flushPromises();
    expect(wrapper.find('#digest-weekday').exists()).toBe(true);
    signOut();
  });
});

describe('the reports', () => {
  it('shows the grouped rows with their Indonesian labels as a chart and a table, and the foreign annual report', async () => {
    signIn(adminToken);
    const report = await fixture('report-partner');
    const foreign = await fixture('foreign-annual');
    const calls = fakeApi({ 'GET /reports': { body: report }, 'GET /reports/foreign-annual': { body: foreign } });
    const { wrapper } = await mountAt(ReportsView, '/laporan');
    const first = report.rows[0];
    expect(wrapper.find('.chart-stub').text()).toContain(first.label.id);
    const row = wrapper.findAll('[data-testid=report] tbody tr')[0];
    expect(row.find('th').text()).toBe(first.label.id);
    expect(row.findAll('td')[0].text()).toBe(String(first.total));
    expect(wrapper.find('[data-testid=report] thead').text()).toContain('Pelaksanaan');
    const item = foreign.items[0];
    expect(wrapper.find('[data-testid=foreign]').text()).toContain(item.title);
    expect(wrapper.find('[data-testid=foreign-due]').text()).toContain(foreign.recipient.label.id);
    expect(calls.map((c) => c.url)).toContain(`/reports/foreign-annual?year=${new Date().getFullYear() - 1}&format=json`);
    signOut();
  });

  it('shows the refused mandatory KSDD of each group in a column when there are any (issue 13 item 7)', async () => {
    signIn(adminToken);
    const report = structuredClone(await fixture('report-partner')) as any;
    report.rows = report.rows.map((r: any, i: number) => ({ ...r, refusedMandatory: i === 0 ? 2 : 0 }));
    fakeApi({ 'GET /reports': { body: report }, 'GET /reports/foreign-annual': { body: await fixture('foreign-annual') } });
    const { wrapper } = await mountAt(ReportsView, '/laporan');
    await flushPromises();
    expect(wrapper.find('[data-testid=report] thead').text()).toContain('Kerja sama wajib ditolak');
    expect(wrapper.findAll('[data-testid=refused-mandatory]').map((c) => c.text())[0]).toBe('2');
    signOut();
  });

  it('asks for the export with its format, group and year', async () => {
    signIn(adminToken);
    const calls = fakeApi({ 'GET /reports': { body: await fixture('report-partner') }, 'GET /reports/foreign-annual': { body: await fixture('foreign-annual') } });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const { wrapper } = await mountAt(ReportsView, '/laporan');
    await wrapper.find('#report-group').setValue('partner');
    await wrapper.find('#report-year').setValue('2024');
    await wrapper.find('[data-testid=export-csv]').trigger('click');
    await flushPromises();
    expect(calls.at(-1)!.url).toBe('/reports/export?groupBy=partner&year=2024&format=csv');
    signOut();
  });
});

describe('the import', () => {
  async function choose(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], file: File) {
    const input = wrapper.find('#import-file');
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
  }

  it('reports the dry run’s problems by row and column, and allows the import only when clean', async () => {
    signIn(adminToken);
    const dry = await fixture('import-dry-run');
    const calls = fakeApi({ 'POST /imports': { body: dry } });
    const { wrapper } = await mountAt(ImportView, '/impor');
    await choose(wrapper, new File(['a,b\n'], 'lama.csv', { type: 'text/csv' }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls[0].url).toBe('/imports?dryRun=true');
    expect(calls[0].headers['content-type']).toBe('text/csv');
    expect(calls[0].headers['idempotency-key']).toBeUndefined();
    const report = wrapper.find('[data-testid=dry-run]');
    const p = dry.problems[0];
    const row = report.find(`tr[data-row="${p.row}"]`);
    expect(row.text()).toContain(p.field);
    expect(row.text()).toContain(p.message.id);
    expect(wrapper.find('[data-testid=import-run]').attributes('disabled')).toBeDefined();
    signOut();
  });

  it('sends one Idempotency-Key per file, the same on a retry after a failure midway, and lists what was imported', async () => {
    signIn(adminToken);
    const failed = await fixture('import-503');
    let attempt = 0;
    const calls = fakeApi({
      'POST /imports?dryRun=true': { body: { dryRun: true, rows: 1, valid: 1, problems: [] } },
      'POST /imports': () => (attempt++ === 0 ? { status: 503, body: failed } : { status: 201, body: { imported: 1, ids: ['case-1'] } }),
    });
    const { wrapper } = await mountAt(ImportView, '/impor');
    await choose(wrapper, new File(['a,b\n'], 'lama.csv', { type: 'text/csv', lastModified: 1 }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-testid=import-run]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid=import-error]').text()).toContain(failed.title);
    expect(wrapper.find('[data-testid=import-error]').text()).toContain(`baris ${failed.failedRow}`);
    const retry = wrapper.find('[data-testid=import-run]');
    expect(retry.text()).toBe('Ulangi impor');
    await retry.trigger('click');
    await flushPromises();
    const imports = calls.filter((c) => c.url === '/imports');
    expect(imports).toHaveLength(2);
    expect(imports[0].headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(imports[1].headers['idempotency-key']).toBe(imports[0].headers['idempotency-key']);
    expect(wrapper.find('[data-testid=import-done]').text()).toContain('1 kerja sama diimpor.');
    expect(wrapper.find('[data-testid=import-done] a').attributes('href')).toBe('/kasus/case-1');
    // another file: another key
    await choose(wrapper, new File(['a,c\n'], 'lain.csv', { type: 'text/csv', lastModified: 2 }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-testid=import-run]').trigger('click');
    await flushPromises();
    const third = calls.filter((c) => c.url === '/imports')[2];
    expect(third.headers['idempotency-key']).not.toBe(imports[0].headers['idempotency-key']);
    signOut();
  });

  it('shows the rows that refused the import (422 import-invalid)', async () => {
    signIn(adminToken);
    const refused = await fixture('import-invalid');
    fakeApi({ 'POST /imports?dryRun=true': { body: { dryRun: true, rows: 1, valid: 1, problems: [] } }, 'POST /imports': { status: 422, body: refused } });
    const { wrapper } = await mountAt(ImportView, '/impor');
    await choose(wrapper, new File(['a,b\n'], 'lama.csv', { type: 'text/csv' }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-testid=import-run]').trigger('click');
    await flushPromises();
    const report = wrapper.find('[data-testid=dry-run]');
    expect(report.find('h2').text()).toBe('Impor ditolak');
    expect(report.find(`tr[data-row="${refused.problems[0].row}"]`).text()).toContain(refused.problems[0].message.id);
    expect(wrapper.find('[data-testid=import-error]').text()).toContain(refused.title);
    signOut();
  });

  it('tells other officers that only admins import', async () => {
    const enc2 = (o: object) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
    signIn(`${enc2({ alg: 'RS256' })}.${enc2({ email: 'tkksd@sikerja.local', 'cognito:groups': ['tkksd'], exp: 4_000_000_000 })}.sig`);
    fakeApi({});
    const { wrapper } = await mountAt(ImportView, '/impor');
    expect(wrapper.find('[data-testid=admin-only]').exists()).toBe(true);
    expect(wrapper.find('#import-file').exists()).toBe(false);
    signOut();
  });
});

describe('one registry entry', () => {
  const id = '0f6c2a52-8b1e-4d7e-9a55-2f0d1c3e4b5a';
  it('opens from the registry list and shows its parties, dates and the fingerprints to verify a copy', async () => {
    fakeApi({ 'GET /registry': { body: await fixture('registry') }, 'GET /stats': { body: await fixture('stats') } });
    const home = await mountAt(HomeView, '/');
    expect(home.wrapper.find(`[data-testid=registry] a[href="/registri/${id}"]`).exists()).toBe(true);

    const calls = fakeApi({ [`GET /registry/${id}`]: { body: await fixture('registry-entry') } });
    const { wrapper } = await mountAt(RegistryEntryView, `/registri/${id}`);
    expect(calls[0].url).toBe(`/registry/${id}`);
    const entry = wrapper.find('[data-testid=registry-entry]');
    expect(entry.find('h1').text()).toBe('Pendampingan penyusunan data kesehatan berbasis desa');
    expect(entry.text()).toContain('Universitas Mulawarman (Perguruan tinggi)');
    expect(entry.text()).toContain('Dinas Kesehatan');
    expect(entry.text()).toContain('22 November 2026');
    expect(entry.text()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(entry.text()).not.toMatch(/\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/);
    const docs = wrapper.find('[data-testid=registry-documents]');
    expect(docs.text()).toContain('706881a02b621f142df0c41dafb3d59bea1e80b5aab23005eca6f73be7658120');
    expect(docs.find('a[href="/verifikasi?sha256=706881a02b621f142df0c41dafb3d59bea1e80b5aab23005eca6f73be7658120"]').exists()).toBe(true);
  });

  it('says plainly when the agreement is not in the registry', async () => {
    fakeApi({});
    const { wrapper } = await mountAt(RegistryEntryView, '/registri/nope');
    expect(wrapper.find('h1').text()).toBe('Kerja sama tidak ditemukan');
    expect(wrapper.find('[data-testid=registry-entry]').exists()).toBe(false);
  });
});

describe('the public statistics', () => {
  it('names departments in the chart, not their codes', async () => {
    fakeApi({ 'GET /registry': { body: await fixture('registry') }, 'GET /stats': { body: await fixture('stats') }, 'GET /settings/departments': { body: await fixture('departments') } });
    const { wrapper } = await mountAt(HomeView, '/');
    await flushPromises();
    const charts = wrapper.findAll('.chart-stub').map((c) => `${c.attributes('data-title')}:${c.text()}`);
    expect(charts).toContain('Per OPD:Dinas Kesehatan=2');
  });
});
