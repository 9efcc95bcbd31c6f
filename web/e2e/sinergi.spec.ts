import { expect, test, type Page } from '@playwright/test';
import { act, checkPage, signInAs } from './pages';

// Issue 13 item 8 through the web: a ministry's Sinergi proposal (PP 28/2018 Ps 46) from the public form to
// Pelaksanaan, as an admin at 1366 px: Persiapan → Penyusunan Nota Kesepakatan → Penandatanganan Nota Kesepakatan →
// Rencana Aksi → Pelaksanaan, with its own documents and no DPRD or KB/PKS. Every case page reads without internal
// codes (NOTA_KESEPAKATAN_DRAFT style) or ISO dates.
const internalCode = /\b[A-Z]{2,}(_[A-Z0-9]{2,})+\b/;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

async function readsInWords(page: Page, where: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text.match(internalCode), `an internal code on ${where}`).toBeNull();
  expect(text.match(isoDate), `an ISO date on ${where}`).toBeNull();
}

test('a Sinergi with a ministry from the public form to Pelaksanaan', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const title = `Sinergi peramban ${Date.now()}`;

  await page.goto('/ajukan');
  await page.locator('input[name=category][value=SINERGI]').check();
  await page.locator('#partner\\.name').fill('Kementerian Pekerjaan Umum');
  await page.locator('#partner\\.type').selectOption('KEMENTERIAN_LEMBAGA');
  await page.locator('#partner\\.regionOrCountry').fill('Jakarta');
  await page.locator('#partner\\.address').fill('Jl. Pattimura 20, Jakarta Selatan');
  await page.locator('#partner\\.contactPerson').fill('Ir. Rina Wulandari');
  await page.locator('#partner\\.email').fill('kerjasama@pu.example.go.id');
  await page.locator('#partner\\.phone').fill('+62 21 7392262');
  await page.locator('#title').fill(title);
  await page.locator('#background').fill('Banjir musiman di bantaran sungai.');
  await page.locator('#purpose').fill('Menata drainase kota bersama kementerian.');
  await page.locator('#scope').fill('Perencanaan dan pembangunan saluran primer.');
  await page.locator('#expectedBenefits').fill('Genangan berkurang.');
  await page.locator('#location').fill('Kecamatan Samarinda Ulu');
  await page.locator('#durationMonths').fill('36');
  await page.locator('#financing').fill('APBN dan APBD.');
  await page.locator('#departments-filter').fill('perhubungan');
  await page.getByRole('checkbox', { name: /Dinas Perhubungan/ }).check();
  await checkPage(page, 'sinergi-apply');
  const created = page.waitForResponse((r) => r.url().endsWith('/proposals') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  const answer = await (await created).json();
  expect((await created).status(), JSON.stringify(answer)).toBe(201);
  const caseId: string = answer.id;

  await signInAs(page, 'admin');
  await page.setViewportSize({ width: 1366, height: 900 });
  const steps: [string, Parameters<typeof act>[3], string][] = [
    ['ACCEPT', { documents: ['SURAT_PERMOHONAN', 'KAK'] }, 'Persiapan'],
    ['COMPLETE_PREPARATION', {}, 'Penyusunan Nota Kesepakatan'],
    ['FINALIZE_NOTA_DRAFT', { documents: ['NOTA_KESEPAKATAN_DRAFT'] }, 'Penandatanganan Nota Kesepakatan'],
    ['SIGN_NOTA', { documents: ['NOTA_KESEPAKATAN_SIGNED'], facts: { termMonths: '36' } }, 'Rencana Aksi'],
    ['COMPLETE_RENCANA_AKSI', { documents: ['RENCANA_KERJA'] }, 'Pelaksanaan'],
  ];
  for (const [action, opts, stage] of steps) {
    await page.goto(`/kasus/${caseId}`);
    await expect(page.getByTestId('case-stage')).toBeVisible();
    await readsInWords(page, `the case page before ${action}`);
    await act(page, caseId, action, opts);
    await expect(page.getByTestId('case-stage')).toContainText(stage);
    await checkPage(page, `sinergi-${stage.toLowerCase().replace(/\s+/g, '-')}`);
  }
  await readsInWords(page, 'the case page in Pelaksanaan');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/Persetujuan DPRD|Kesepakatan Bersama \(KB\)|Perjanjian Kerja Sama \(PKS\)/);
});
