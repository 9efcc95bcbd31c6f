import { expect, test } from '@playwright/test';
import { checkPage, signInAs } from './pages';

// On a phone (390 px) the officers' lists show every column of a row on screen, as a card, instead of letting the
// later columns (a case's next deadline, a holiday's kind, the remove buttons) scroll out of sight inside the table.
// Runs after journey.spec.ts (files run in name order, one worker), whose case is then in the list.
test('the lists of cases, holidays and departments keep every column on screen at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await signInAs(page, 'admin');
  for (const [path, name] of [['/kasus', 'cases'], ['/libur', 'holidays'], ['/opd', 'departments']]) {
    await page.goto(path);
    // the holiday list is read-only until the admin asks to edit it: check the edit form's fields too
    if (name === 'holidays') await page.getByTestId('holidays-edit').click();
    const row = page.locator('main table tbody tr').first();
    await expect(row).toBeVisible();
    for (const cell of await row.locator('td').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, `${name}: a cell ends inside the screen`).toBeLessThanOrEqual(390);
      const field = cell.locator('input, select').first();
      if (await field.count()) expect((await field.boundingBox())!.width, `${name}: a field is wide enough to read`).toBeGreaterThan(120);
    }
    await checkPage(page, `phone-${name}`);
  }
});
