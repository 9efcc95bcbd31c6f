import { defineConfig } from '@playwright/test';

// The browser journey runs in Debian's Chromium (browsers cannot be downloaded here) against a running local
// runtime: SIKERJA_WEB_URL is the web build it serves, SIKERJA_API_URL its API (the JUnit test in local/ starts
// both and runs this suite; by hand: `local/run` then `SIKERJA_WEB_URL=http://localhost:5173 npm run e2e`).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/output',
  timeout: 10 * 60_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/report.json' }]],
  use: {
    baseURL: process.env.SIKERJA_WEB_URL ?? 'http://localhost:5173',
    browserName: 'chromium',
    headless: true,
    viewport: { width: 360, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
