import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { act, checkPage, pdf, signInAs, upload } from './pages';

// One cooperation from a partner's application to Pelaksanaan, in a real Chromium at 360 px, through the pages only:
// a partner applies; the admin validates; TKKSD assesses; it moves through KB, DPRD and PKS with the partner
// uploading the signed documents; the public registry shows it; the verification page confirms the signed PKS.
// Every page visited is screenshotted and checked with axe-core.
test('a KSDPK from the public form to the registry, through every stage', async ({ page }) => {
  const title = `Uji peramban ${Date.now()}`;

  // ---------------------------------------------------------------- the public and the partner
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daftar kerja sama daerah');
  await checkPage(page, 'home');

  await page.goto('/ajukan');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.locator('#title-error')).toBeVisible();
  await expect(page.locator('#partner\\.email-error')).toBeVisible();
  await checkPage(page, 'apply-errors');

  await page.locator('#partner\\.name').fill('Universitas Mulawarman');
  await page.locator('#partner\\.type').selectOption('PERGURUAN_TINGGI');
  await page.locator('#partner\\.regionOrCountry').fill('Kota Samarinda');
  await page.locator('#partner\\.address').fill('Jl. Kuaro, Gn. Kelua, Samarinda Ulu');
  await page.locator('#partner\\.contactPerson').fill('Dr. Siti Rahmawati');
  await page.locator('#partner\\.email').fill('kerjasama@unmul.example.ac.id');
  await page.locator('#partner\\.phone').fill('+62 541 741118');
  await page.locator('#title').fill(title);
  await page.locator('#background').fill('Data kesehatan desa belum terpadu.');
  await page.locator('#purpose').fill('Menyusun basis data kesehatan desa.');
  await page.locator('#scope').fill('Pelatihan kader dan pendampingan.');
  await page.locator('#expectedBenefits').fill('Perencanaan tepat sasaran.');
  await page.locator('#location').fill('Kecamatan Sungai Kunjang');
  await page.locator('#durationMonths').fill('24');
  await page.locator('#financing').fill('APBD Dinas Kesehatan dan dana universitas.');
  // the departments are offered by name from the directory
  await page.locator('#departments-filter').fill('kesehatan');
  await page.getByRole('checkbox', { name: /Dinas Kesehatan/ }).check();
  await expect(page.locator('#departments [aria-live]')).toHaveText('Dipilih: Dinas Kesehatan');
  const created = page.waitForResponse((r) => r.url().endsWith('/proposals') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  const answer = await (await created).json();
  expect((await created).status()).toBe(201);
  const caseId: string = answer.id;
  await expect(page.getByTestId('tracking-code')).toHaveText(answer.trackingCode);
  const trackingLink = await page.getByTestId('tracking-link').getAttribute('href');
  expect(trackingLink).toContain(`/lacak/${answer.trackingCode}#token=`);
  await checkPage(page, 'apply-done');

  await page.goto(trackingLink!);
  await expect(page.getByTestId('stage')).toHaveText('Validasi permohonan');
  await expect(page).not.toHaveURL(/token=/); // the token leaves the address bar
  await checkPage(page, 'track-intake');

  // ---------------------------------------------------------------- officers
  await page.goto('/masuk');
  await expect(page.locator('button[data-user="admin"]')).toBeVisible();
  await checkPage(page, 'login');
  await signInAs(page, 'admin');
  await checkPage(page, 'dashboard-admin');
  await act(page, caseId, 'ACCEPT', { documents: ['SURAT_PERMOHONAN', 'STUDI_KELAYAKAN'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Persiapan');
  await checkPage(page, 'case-persiapan');

  await signInAs(page, 'tkksd');
  await page.goto(`/kasus/${caseId}`);
  await page.locator('details[data-action="RECORD_TKKSD_ASSESSMENT"] summary').click();
  await checkPage(page, 'tkksd-assessment-form');
  await act(page, caseId, 'RECORD_TKKSD_ASSESSMENT', { facts: { tkksdRecommendation: 'SETUJU' }, documents: ['KAJIAN_TKKSD'] });

  await signInAs(page, 'opd-dinkes');
  await act(page, caseId, 'RECORD_FACTS', { facts: { dprdBurdensPublic: 'true', dprdFundingUnbudgeted: 'false', objectInPlan: 'true' } });

  await signInAs(page, 'admin');
  await act(page, caseId, 'COMPLETE_PREPARATION');
  await act(page, caseId, 'SEND_OFFER', { documents: ['SURAT_JAWABAN'] });

  await signInAs(page, 'opd-dinkes');
  await act(page, caseId, 'FINALIZE_KB_DRAFT', { documents: ['KB_DRAFT'] });
  await expect(page.getByTestId('case-stage')).toHaveText('Penandatanganan Kesepakatan Bersama');

  // the partner uploads the KB it signed, through the pre-signed URL, with a progress bar
  await page.goto(trackingLink!);
  await expect(page.getByTestId('stage')).toHaveText('Penandatanganan Kesepakatan Bersama');
  await upload(page.locator('main'), 'KB_SIGNED', pdf('KB ditandatangani'));
  await checkPage(page, 'track-kb-uploaded');

  // issue 17: the admin checks the signed copy and sends it back with a reason; the partner reads it and uploads
  // a corrected copy, which the admin confirms (the act helper ticks the checklist) before the signing is recorded
  await signInAs(page, 'admin');
  await page.goto(`/kasus/${caseId}`);
  const check = page.locator('details[data-action="CONFIRM_SIGNED_COPY"]');
  await check.locator('summary').click();
  await expect(check.locator('input[type=checkbox]')).toHaveCount(3);
  await checkPage(page, 'case-signed-copy-check');
  const back = page.locator('details[data-action="RETURN_SIGNED_COPY"]');
  await back.locator('summary').click();
  await back.locator('button[type=submit]').click();
  await expect(back.locator('textarea[aria-invalid=true]')).toBeVisible(); // the reason is required
  await back.locator('textarea').fill('Halaman tiga belum diparaf.');
  await back.locator('button[type=submit]').click();
  await expect(page.locator('#case-notice')).toContainText('Tersimpan', { timeout: 60_000 });
  await page.goto(trackingLink!);
  await expect(page.getByTestId('signed-copy-returned')).toContainText('Halaman tiga belum diparaf.');
  await checkPage(page, 'track-signed-copy-returned');
  await upload(page.locator('main'), 'KB_SIGNED', pdf('KB ditandatangani ulang'));
  await page.reload();
  await expect(page.getByTestId('signed-copy-returned')).toHaveCount(0);

  await signInAs(page, 'admin');
  await act(page, caseId, 'SIGN_KB', { facts: { kbSignatory: 'KEPALA_DAERAH' } });
  await expect(page.getByTestId('case-stage')).toHaveText('Persetujuan DPRD');
  // a blocked action shows its reason: the DPRD's 45 working days are running
  await act(page, caseId, 'SUBMIT_TO_DPRD', { documents: ['DPRD_REQUEST'] });
  await expect(page.getByTestId('blocked')).toContainText('45');
  await checkPage(page, 'case-dprd');
  await act(page, caseId, 'DPRD_APPROVE', { documents: ['DPRD_DECISION'] });

  await signInAs(page, 'opd-dinkes');
  await act(page, caseId, 'FINALIZE_PKS_DRAFT', { documents: ['PKS_DRAFT'] });

  const signedPks = pdf('PKS ditandatangani');
  await page.goto(trackingLink!);
  await expect(page.getByTestId('stage')).toHaveText('Penandatanganan Perjanjian Kerja Sama');
  await upload(page.locator('main'), 'PKS_SIGNED', signedPks);

  await signInAs(page, 'admin');
  await act(page, caseId, 'SIGN_PKS', {
    facts: {
      signatory: 'KEPALA_DAERAH', termMonths: '36', pksClauseRightsObligations: 'true', pksClauseTerm: 'true',
      pksClauseDisputeSettlement: 'true', pksClauseSanctions: 'true',
    },
  });
  await expect(page.getByTestId('case-stage')).toHaveText('Pelaksanaan');
  await checkPage(page, 'case-pelaksanaan');

  // ---------------------------------------------------------------- the partner's monev report
  await page.goto(trackingLink!);
  await expect(page.getByTestId('stage')).toHaveText('Pelaksanaan');
  await upload(page.locator('section[aria-labelledby="monev-title"]'), 'MONEV_REPORT', pdf('Laporan monev'));
  await page.locator('#monev-summary').fill('Pelatihan kader tahap pertama selesai.');
  await page.locator('section[aria-labelledby="monev-title"]').getByRole('button', { name: 'Kirim' }).click();
  await expect(page.getByText('Terkirim. Terima kasih.')).toBeVisible();
  await checkPage(page, 'track-monev');

  // ---------------------------------------------------------------- the other officers' pages
  await signInAs(page, 'admin');
  for (const [path, name] of [['/kasus', 'cases'], ['/libur', 'holidays'], ['/opd', 'departments'], ['/pengaturan', 'settings']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkPage(page, name);
  }
  // ---------------------------------------------------------------- reports and the import of older agreements
  await page.goto('/laporan');
  await expect(page.locator('[data-testid=report] tbody tr').first()).toBeVisible();
  await expect(page.locator('canvas[role=img]')).toBeVisible();
  await checkPage(page, 'reports');
  await page.locator('#report-group').selectOption('partner');
  await page.getByRole('button', { name: 'Tampilkan' }).first().click();
  await expect(page.locator('[data-testid=report] tbody')).toContainText('Universitas Mulawarman');
  const exported = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvExport = await exported;
  expect(csvExport.suggestedFilename()).toBe('laporan-partner.csv');
  const exportText = readFileSync((await csvExport.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(exportText.split(/\r?\n/)[0]).toMatch(/^Mitra,Jumlah(,|$)/);
  expect(exportText).toContain('Universitas Mulawarman');

  await page.goto('/impor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impor kerja sama lama');
  const templated = page.waitForEvent('download');
  await page.getByTestId('template-csv').click();
  const columns = readFileSync((await (await templated).path())!, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
  expect(columns).toContain('documents');
  expect(columns).toContain('partner.email');
  await upload(page.locator('section[aria-labelledby="documents-title"]'), 'PKS_SIGNED', pdf('PKS lama'), page.getByTestId('import-documents'));
  const documentId = (await page.getByTestId('document-id').first().textContent())!.trim();
  const legacyTitle = `Impor peramban ${Date.now()}`;
  const importFile = (email: string) => {
    const values: Record<string, string> = {
      category: 'KSDD', ksddKind: 'SUKARELA', title: legacyTitle, 'partner.name': 'Kabupaten Kutai Kartanegara', 'partner.type': 'PEMERINTAH_DAERAH',
      'partner.regionOrCountry': 'Kalimantan Timur', 'partner.address': 'Jl. Wolter Monginsidi No. 1, Tenggarong', 'partner.contactPerson': 'Budi Santoso',
      'partner.email': email, 'partner.phone': '+62 541 661234', background: 'Wilayah berbatasan', purpose: 'Pelayanan kesehatan', scope: 'Rujukan pasien',
      expectedBenefits: 'Akses lebih dekat', location: 'Perbatasan', durationMonths: '36', financing: 'APBD masing-masing', departments: 'DINKES',
      'facts.field': 'Kesehatan', 'facts.pksSignedOn': '2022-03-01', 'facts.signatory': 'KEPALA_DAERAH', 'facts.termStart': '2022-04-01', 'facts.termMonths': '36',
      documents: documentId,
    };
    const line = columns.map((c) => `"${(values[c] ?? '').replace(/"/g, '""')}"`).join(',');
    return { name: `impor-${email.length}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${columns.join(',')}\r\n${line}\r\n`) };
  };
  await page.locator('#import-file').setInputFiles(importFile('bukan surel'));
  await page.getByRole('button', { name: 'Uji coba' }).click();
  await expect(page.locator('[data-testid=dry-run] tr[data-row="2"]')).toContainText('partner.email');
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await checkPage(page, 'import-dry-run');
  await page.locator('#import-file').setInputFiles(importFile('kerjasama@kukarkab.example.go.id'));
  await page.getByRole('button', { name: 'Uji coba' }).click();
  await expect(page.getByTestId('dry-run')).toContainText('Semua baris valid.');
  const importing = page.waitForResponse((r) => r.url().endsWith('/imports') && r.request().method() === 'POST');
  await page.getByTestId('import-run').click();
  expect((await importing).request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-done')).toContainText('1 kerja sama diimpor.');
  await checkPage(page, 'import-done');
  await page.goto('/kasus');
  await page.locator('#cases-q').fill(legacyTitle);
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: legacyTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(legacyTitle);
  await expect(page.getByTestId('case-stage')).toHaveText('Pelaksanaan');

  await page.goto('/pengaturan');
  await page.getByLabel('Seminggu sekali').check();
  await page.locator('#digest-weekday').selectOption('FRIDAY');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Tersimpan.')).toBeVisible();
  await page.locator('button.lang').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.locator('button.lang').click();

  // ---------------------------------------------------------------- the public registry and the verification
  await page.goto('/');
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/');
  await page.locator('#reg-q').fill(title);
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.getByTestId('registry')).toContainText(title);
  await expect(page.getByTestId('registry')).toContainText('Dinas Kesehatan'); // named from the directory
  await checkPage(page, 'registry');

  await page.goto('/verifikasi');
  await page.locator('#verify-file').setInputFiles(signedPks);
  await expect(page.getByTestId('verdict')).toContainText('Asli');
  await expect(page.getByTestId('verdict')).toContainText(title);
  await expect(page.locator('#verify-hash')).toHaveValue(createHash('sha256').update(signedPks.buffer).digest('hex'));
  await checkPage(page, 'verify-genuine');
  await page.locator('#verify-file').setInputFiles(pdf('Bukan dokumen resmi'));
  await expect(page.getByTestId('verdict')).toContainText('Tidak ditemukan');
});
