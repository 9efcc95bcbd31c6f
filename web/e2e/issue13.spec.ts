import { expect, test, type Page } from '@playwright/test';
import { checkPage, pdf, signInAs, upload } from './pages';

// Issue 13 items 9 and 7 on screen, at 1366 px: a KSDPK's "Catat data" offers the legal basis of a term over five
// years in words; a KSDD wajib the region withdrew is flagged on the dashboard ("Kerja sama wajib ditolak") and in the
// reports' table.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;

async function newCase(page: Page, title: string, category: 'KSDD' | 'KSDPK'): Promise<string> {
  await page.goto('/kasus/baru');
  await page.locator(`input[name=category][value=${category}]`).check();
  if (category === 'KSDD') await page.locator('#ksddKind').selectOption('WAJIB');
  await page.locator('#partner\\.name').fill(category === 'KSDD' ? 'Pemerintah Kabupaten Kutai Kartanegara' : 'PT Aset Mahakam');
  await page.locator('#partner\\.regionOrCountry').fill('Kalimantan Timur');
  await page.locator('#partner\\.address').fill('Jl. Wolter Monginsidi 1, Tenggarong');
  await page.locator('#partner\\.contactPerson').fill('Andi Pratama');
  await page.locator('#partner\\.email').fill('kerjasama@mitra.example.go.id');
  await page.locator('#partner\\.phone').fill('+62 541 661122');
  await page.locator('#title').fill(title);
  await page.locator('#background').fill('Pengelolaan sampah lintas batas daerah.');
  await page.locator('#purpose').fill('Mengelola tempat pemrosesan akhir bersama.');
  await page.locator('#scope').fill('Pengangkutan dan pemrosesan sampah.');
  await page.locator('#expectedBenefits').fill('Sampah tertangani.');
  await page.locator('#location').fill('Kecamatan Palaran');
  await page.locator('#durationMonths').fill('24');
  await page.locator('#financing').fill('APBD kedua daerah.');
  await page.locator('#departments-filter').fill('kesehatan');
  await page.getByRole('checkbox', { name: /Dinas Kesehatan/ }).check();
  const created = page.waitForResponse((r) => r.url().endsWith('/cooperations') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Buat kasus' }).click();
  const answer = await (await created).json();
  expect((await created).status(), JSON.stringify(answer)).toBe(201);
  return answer.id;
}

test('the legal basis of a longer term and a refused mandatory KSDD, on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, 'opd-dinkes');
  const ksdpk = await newCase(page, `KSP aset ${Date.now()}`, 'KSDPK');
  await page.goto(`/kasus/${ksdpk}`);
  const facts = page.locator('details[data-action="RECORD_FACTS"]');
  await facts.locator('summary').click();
  const basis = facts.locator('[name=termLegalBasis]');
  await expect(basis.locator('option[value=BMD_KSP]')).toHaveText('Kerja sama pemanfaatan BMD (paling lama 30 tahun)');
  await checkPage(page, 'ksdpk-term-basis');
  expect((await facts.innerText()).match(internalCode), 'an internal code in Catat data').toBeNull();

  const title = `KSDD wajib ${Date.now()}`;
  const ksdd = await newCase(page, title, 'KSDD');
  await page.goto(`/kasus/${ksdd}`);
  expect((await page.locator('details[data-action="RECORD_FACTS"]').innerText()).includes('Dasar hukum jangka waktu'),
    'a KSDD is not asked for the legal basis of a longer term').toBe(false);

  await signInAs(page, 'admin');
  page.on('dialog', (d) => d.accept());
  // withdrawing a KSDD wajib takes a written reason and a document (issue 13 item 7)
  await page.goto(`/kasus/${ksdd}`);
  const withdraw = page.locator('details[data-action="WITHDRAW"]');
  await withdraw.locator('summary').click();
  await page.locator('#act-WITHDRAW-note').fill('Objek bersama belum dapat dikerjakan tahun ini.');
  await upload(withdraw, 'SURAT_PERMOHONAN', pdf('Surat penarikan'));
  await withdraw.locator('button[type=submit]').click();
  await expect(page.locator('#case-notice')).toContainText('Tersimpan', { timeout: 60_000 });
  await page.goto('/dasbor');
  await expect(page.getByTestId('tile-refused-mandatory')).toBeVisible();
  await expect(page.getByTestId('refused-mandatory').getByRole('link', { name: title })).toBeVisible();
  await checkPage(page, 'dashboard-refused-mandatory');

  await page.goto('/laporan');
  await page.locator('#report-group').selectOption('category');
  await page.getByRole('button', { name: 'Tampilkan' }).first().click();
  await expect(page.locator('[data-testid=report] thead')).toContainText('Kerja sama wajib ditolak');
  await checkPage(page, 'reports-refused-mandatory');
});
