/**
 * Shared helpers for the end-to-end specs: Debian's Chromium through playwright-core (no
 * browser downloads), a running backend at E2E_BASE_URL (tests/test_frontend_e2e.py starts
 * one with the demo data), screenshots in e2e/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8000').replace(/\/$/, '');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Every demo account's password (README.md, backend/towncheck/demo/data.py). */
export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'Towncheck@2026';
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

export const PHONE = { width: 360, height: 640 };
export const DESKTOP = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

type Options = { phone?: boolean; lang?: 'zh' | 'en' };

/** A fresh context (own cookies and storage) and page; phone: 360×640 with touch. */
export async function newPage(browser: Browser, options: Options = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: options.phone ? PHONE : DESKTOP,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  if (options.lang === 'en') {
    await context.addInitScript(() => localStorage.setItem('towncheck.lang', 'en'));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // Surface the app's own errors in the test output.
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { context, page };
}

/** Signs in through the form and waits for the home page. */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.locator('form button[type="submit"]').first().click();
  await page.getByTestId('home').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
