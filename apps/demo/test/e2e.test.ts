import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASTED_PAGE, startServer } from './helpers';

// End to end: build the front end, start the server on a free port, and drive Debian's Chromium
// the way a person uses the demo. CI installs Chromium from .ci/apt-packages.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const appDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(appDir, 'test-results');

let webRoot: string;
let base: string;
let close: () => Promise<void>;
let browser: Browser;
const problems: string[] = [];

/** Collects console errors and uncaught exceptions; `expected` lists network errors a test provokes on purpose. */
function watch(page: Page, expected: RegExp[] = []): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = `${message.type()}: ${message.text()} (${message.location().url})`;
    if (expected.some((re) => re.test(text))) return;
    problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

async function openApp(page: Page): Promise<number> {
  const t0 = performance.now();
  await page.goto(base);
  await page.getByRole('button', { name: /China is closing in/ }).waitFor();
  return performance.now() - t0;
}

async function chooseSample(page: Page, id: string): Promise<void> {
  await page.locator(`[data-sample="${id}"]`).click();
  await page.locator('#results:not([hidden])').waitFor();
  await page.locator('#money td.converted', { hasText: '≈' }).first().waitFor();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM}: apt-get install chromium (see .ci/apt-packages) or set CHROMIUM_PATH.`,
    );
  }
  webRoot = mkdtempSync(join(tmpdir(), 'pressroom-demo-e2e-'));
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: appDir,
    stdio: 'inherit',
  });
  ({ base, close } = await startServer({ webRoot }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(resultsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await close?.();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe('the demo in Chromium', () => {
  it('shows what Pressroom finds on the seed page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(page);
    await openApp(page);
    const loadMs = await openApp(page); // warm: what a person sees on a second visit
    expect(loadMs).toBeLessThan(2_000);
    await chooseSample(page, 'seed-itnews');

    await expect
      .poll(() => page.locator('.article .headline').textContent())
      .toBe('China is closing in on US technology lead despite constraints');
    expect(await page.locator('[data-fact="authors"]').textContent()).toMatch(/None found/);

    const direct = page.locator('#quotes tbody tr', { has: page.locator('.pill.direct') });
    expect(await direct.locator('td.speaker').allTextContents()).toEqual([
      'Yao Shunyu',
      'Lin Junyang',
      'Lin Junyang',
      'Tang Jie',
    ]);
    expect(await direct.locator('td.cue').allTextContents()).toEqual(['said', 'said', 'said', 'said']);

    const money = page.locator('#money tbody tr');
    expect(await money.locator('td.as-written').allTextContents()).toEqual(['HK$4.35 billion', '$840 million']);
    expect(await money.locator('td.currency').allTextContents()).toEqual(['HKD', 'AUD']);
    expect(await page.locator('mark.hl-money').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#timings li').count()).toBe(4);

    // A click on a quote's row scrolls to the quotation in the text and focuses it.
    await direct.first().locator('td.quote-text').click();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { id: el.id, text: el.textContent, visible: box.top >= 0 && box.bottom <= window.innerHeight };
      });
    // (smooth scrolling takes a moment)
    await expect.poll(focused).toMatchObject({
      id: expect.stringMatching(/^quote-\d+$/),
      text: expect.stringMatching(/^Currently, we have a significant advantage/),
      visible: true,
    });

    // Conversion into a currency the user picks.
    await page.getByLabel('Convert to').selectOption('EUR');
    await page.locator('#money td.converted', { hasText: 'EUR' }).first().waitFor();
    expect(await page.locator('#converted-head').textContent()).toBe('In EUR');
    await page.screenshot({ path: join(resultsDir, 'demo-seed.png'), fullPage: true });

    // The original page with the boilerplate marked.
    await page.getByRole('button', { name: 'Original page, boilerplate marked' }).click();
    await expect.poll(() => page.locator('#original-frame').getAttribute('srcdoc')).toContain('pr-removed');
    expect(await page.locator('#article').isHidden()).toBe(true);
    const frame = page.frameLocator('#original-frame');
    expect(await frame.locator('.pr-kept', { hasText: 'Mind the investment gap' }).count()).toBeGreaterThan(0);
    expect(await frame.locator('.pr-removed', { hasText: 'Most Read Articles' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'demo-original.png'), fullPage: false });
    await page.close();
  });

  it('parses pasted HTML and an uploaded file', async () => {
    const page = await browser.newPage();
    watch(page);
    await openApp(page);
    await page.getByRole('tab', { name: 'Paste HTML' }).click();
    await page.getByLabel('HTML of the page').fill(PASTED_PAGE);
    await page.getByRole('button', { name: 'Parse the HTML' }).click();
    await expect
      .poll(() => page.locator('.article .headline').textContent())
      .toBe('Reserve bank holds rates as inflation cools');
    expect(await page.locator('[data-fact="authors"]').textContent()).toBe('Jane Roe');
    expect(await page.locator('#quotes td.speaker').allTextContents()).toContain('Mark Ellison');
    expect(await page.locator('#money td.as-written').allTextContents()).toEqual(['$2 billion']);

    await page.getByRole('tab', { name: 'Upload a file' }).click();
    await page.getByLabel('An HTML file saved from a news site').setInputFiles({
      name: 'nordhafen.html',
      mimeType: 'text/html',
      buffer: Buffer.from(PASTED_PAGE.replace('Reserve bank holds rates', 'Harbour bank holds rates')),
    });
    await page.getByRole('button', { name: 'Parse the file' }).click();
    await expect.poll(() => page.locator('.article .headline').textContent()).toMatch(/^Harbour bank holds rates/);
    await page.close();
  });

  it('refuses a URL that points at a private address, with a clear message', async () => {
    const page = await browser.newPage();
    watch(page, [/Failed to load resource: the server responded with a status of 403/]);
    await openApp(page);
    await page.getByRole('tab', { name: 'From a URL' }).click();
    for (const url of [`${base}/`, 'http://10.0.0.1/']) {
      await page.getByLabel('Address of a news article').fill(url);
      await page.getByRole('button', { name: 'Fetch and parse' }).click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(url);
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(/^Refused: /);
      expect(text).toMatch(/non-public address/);
      expect(text).toMatch(/only fetches pages from public addresses/);
    }
    expect(await page.locator('#results').isHidden()).toBe(true);
    await page.close();
  });

  it('works at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    watch(page);
    await openApp(page);
    await chooseSample(page, 'de-nordhafen');
    expect(await page.locator('.article .headline').textContent()).toBe(
      'Nordhafen baut Containerterminal für 1,2 Mrd. Euro aus',
    );
    expect(await page.locator('#money td.currency').first().textContent()).toBe('EUR');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(resultsDir, 'demo-phone.png'), fullPage: true });
    await page.close();
  });

  it('logged no console errors and no uncaught exceptions', () => {
    expect(problems).toEqual([]);
  });
});
