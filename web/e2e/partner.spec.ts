import { expect, test, type Page } from '@playwright/test';
import { act, checkPage, pdf, signInAs, upload } from './pages';

// The partner's side (issue 14), at a phone's width and a desktop's: a partner applies and attaches its documents
// in the same flow (with progress), tracks its case in Indonesian and in English (no Indonesian stage name in
// English), reads the one banner (who holds the case, what is next, by when), downloads the draft KB when it is asked
// to sign, and uploads the signed copy. The tracking page shows no internal code and no ISO date; every page is
// axe-checked at 390 and 1366 px (checkPage).

const CODE = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
// Indonesian stage names an English reader must not see on the tracking page
const INDONESIAN_STAGES = ['Validasi permohonan', 'Persiapan', 'Penandatanganan Kesepakatan Bersama', 'Penawaran'];

async function plainText(page: Page): Promise<string> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(CODE);
  expect(text).not.toMatch(ISO_DATE);
  return text;
}

for (const width of [390, 1366]) {
  test(`a partner applies with its documents, tracks in both languages and signs the KB at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const stamp = `${Date.now()}-${width}`;
    const title = `Kemitraan data desa ${stamp}`;

    // ------------------------------------------------------------ apply, then attach in the same flow
    await page.goto('/ajukan');
    await page.locator('#partner\\.name').fill('Universitas Mulawarman');
    await page.locator('#partner\\.type').selectOption('PERGURUAN_TINGGI');
    await page.locator('#partner\\.regionOrCountry').fill('Kota Samarinda');
    await page.locator('#partner\\.address').fill('Jl. Kuaro, Gn. Kelua, Samarinda Ulu');
    await page.locator('#partner\\.contactPerson').fill('Dr. Siti Rahmawati');
    await page.locator('#partner\\.email').fill(`mitra-${stamp}@unmul.example.ac.id`);
    await page.locator('#partner\\.phone').fill('+62 541 741118');
    await page.locator('#title').fill(title);
    await page.locator('#background').fill('Data kesehatan desa belum terpadu.');
    await page.locator('#purpose').fill('Menyusun basis data kesehatan desa.');
    await page.locator('#scope').fill('Pelatihan kader dan pendampingan.');
    await page.locator('#expectedBenefits').fill('Perencanaan tepat sasaran.');
    await page.locator('#location').fill('Kecamatan Sungai Kunjang');
    await page.locator('#durationMonths').fill('24');
    await page.locator('#financing').fill('APBD Dinas Kesehatan dan dana universitas.');
    await page.locator('#departments-filter').fill('kesehatan');
    await page.getByRole('checkbox', { name: /Dinas Kesehatan/ }).check();
    const created = page.waitForResponse((r) => r.url().endsWith('/proposals') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    const answer = await (await created).json();
    const caseId: string = answer.id;
    const trackingLink = await page.getByTestId('tracking-link').getAttribute('href');

    const attach = page.getByTestId('attach');
    await expect(attach.getByRole('heading', { name: 'Lampirkan dokumen permohonan' })).toBeVisible();
    await expect(attach).toContainText('hanya file PDF');
    // the first file's progress is shown while it goes (the bar, then "Tercatat")
    const letter = pdf('Surat permohonan');
    const attachBox = attach.locator('.upload').first();
    await attachBox.locator('select').first().selectOption('SURAT_PERMOHONAN');
    await attachBox.locator('input[type=file]').setInputFiles(letter);
    await attachBox.locator('button').click();
    await expect(attach.getByRole('progressbar', { name: 'Kemajuan unggah' }).or(attach.getByTestId('attached').locator('li', { hasText: letter.name })).first()).toBeVisible();
    await expect(page.getByTestId('attached').locator('li', { hasText: letter.name })).toContainText('Tercatat', { timeout: 60_000 });
    await upload(attach, 'STUDI_KELAYAKAN', pdf('Studi kelayakan'), page.getByTestId('attached'));
    await checkPage(page, `partner-attached-${width}`);

    // ------------------------------------------------------------ track: the files are received, the office holds it
    await page.goto(trackingLink!);
    await expect(page.getByTestId('stage')).toHaveText('Validasi permohonan');
    await expect(page).not.toHaveURL(/token=/);
    const banner = page.getByTestId('banner');
    await expect(banner.getByTestId('banner-holder')).toHaveText('Bagian Kerja Sama Pemerintah Daerah');
    await expect(banner.getByTestId('banner-due')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/); // "9 Desember 2026"
    await expect(page.locator('main')).toContainText(letter.name);
    await expect(page.locator('section[aria-labelledby=uploads-title]')).toContainText('Tercatat');
    await plainText(page);
    await checkPage(page, `partner-track-intake-${width}`);

    // in English at once, without a reload: no Indonesian stage name, the banner in English
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page.getByTestId('stage')).toHaveText('Intake validation');
    await expect(banner.getByTestId('banner-holder')).toHaveText("The regional government's cooperation office");
    await expect(banner.getByTestId('banner-due')).toHaveText(/^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/);
    const english = await plainText(page);
    for (const name of INDONESIAN_STAGES) expect(english).not.toContain(name);
    await checkPage(page, `partner-track-en-${width}`);
    await page.getByRole('button', { name: /^ID/ }).click();
    await expect(page.getByTestId('stage')).toHaveText('Validasi permohonan');

    // ------------------------------------------------------------ the officers bring it to the KB's signing
    await signInAs(page, 'admin');
    await act(page, caseId, 'ACCEPT');
    await signInAs(page, 'tkksd');
    await act(page, caseId, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });
    await signInAs(page, 'opd-dinkes');
    await act(page, caseId, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'false', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });
    await signInAs(page, 'admin');
    await act(page, caseId, 'COMPLETE_PREPARATION');
    await act(page, caseId, 'SEND_OFFER', { documents: ['SURAT_JAWABAN'] });
    await signInAs(page, 'opd-dinkes');
    await act(page, caseId, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });

    // ------------------------------------------------------------ the partner is asked to sign: the banner says so
    await page.goto(trackingLink!);
    await expect(page.getByTestId('stage')).toHaveText('Penandatanganan Kesepakatan Bersama');
    await expect(banner.locator('h2')).toHaveText('Giliran Anda: tanda tangani');
    await expect(banner.getByTestId('banner-holder')).toHaveText('Anda (pemohon)');
    await expect(banner.getByTestId('banner-next')).toContainText('KB yang sudah ditandatangani');
    await expect(page.locator('main')).not.toContainText('Kami akan mengabari');
    await plainText(page);
    await checkPage(page, `partner-track-sign-${width}`);

    // the draft it signs comes from a short-lived link; the token stays in a header, out of every address
    const downloading = page.waitForEvent('download');
    const asked = page.waitForRequest((r) => r.url().includes('/documents/KB_DRAFT/'));
    await banner.getByTestId('draft-KB_DRAFT').click();
    const request = await asked;
    expect(request.url()).not.toMatch(/token/i);
    expect(request.headers()['x-access-token']).toBeTruthy();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(download.url()).not.toMatch(/token=/);

    // it uploads the signed copy: received, and the banner hands the case back to the office
    const signed = pdf('KB ditandatangani');
    await upload(page.locator('section[aria-labelledby=upload-title]'), 'KB_SIGNED', signed,
      page.locator('section[aria-labelledby=uploads-title]'));
    await expect(page.locator('section[aria-labelledby=uploads-title]').locator('li', { hasText: signed.name })).toContainText('Tercatat');
    await page.reload();
    await expect(banner.getByTestId('banner-holder')).toHaveText('Bagian Kerja Sama Pemerintah Daerah');
    await plainText(page);
    await checkPage(page, `partner-track-signed-${width}`);
  });
}
