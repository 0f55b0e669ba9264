import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, screenshot, signIn } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the shell', () => {
  it('signs in a town admin, switches language and signs out', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/ledger');
    // Not signed in: the guard sends us to the sign-in form and back afterwards.
    await page.waitForURL(/\/login\?next=%2Fledger/);
    await screenshot(page, 'signin-zh');

    await page.getByLabel('用户名或手机号').fill('mazhan_admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.getByTestId('signin-error').textContent()).resolves.toBeTruthy();

    await signIn(page, 'mazhan_admin');
    await expect(page.getByTestId('viewer-name').textContent()).resolves.toContain('乡镇扶贫办');
    await page.getByText('欢迎').first().waitFor();
    await page.getByTestId('action-review').waitFor();
    await page.getByTestId('nav-ledger').waitFor();
    expect(await page.getByTestId('nav-dashboard').count()).toBe(0);
    await screenshot(page, 'home-mazhan_admin-zh');

    await page.getByTestId('lang-switch').click();
    await page.getByText('Welcome').first().waitFor();
    await page.getByRole('button', { name: /Sign out/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'home-mazhan_admin-en');

    await page.getByTestId('nav-ledger').click();
    await page.waitForURL(/\/ledger$/);
    await page.getByTestId('ledger-page').waitFor();

    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // The session is gone on the server too.
    await page.goto('/');
    await page.waitForURL(/\/login$/);
    await screenshot(page, 'signed-out-en');
    await context.close();
  });

  it('signs in the county official', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'county');
    await page.getByTestId('action-dashboard').waitFor();
    await page.getByTestId('nav-dashboard').waitFor();
    await page.getByTestId('nav-tokens').waitFor();
    await screenshot(page, 'home-county-zh');
    // A page the viewer may not open says so.
    await page.goto('/evaluator');
    await page.getByText('403').first().waitFor();
    await context.close();
  });

  it('works on a 360×640 phone: menu in a drawer', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'mazhan_helper');
    await screenshot(page, 'home-mazhan_helper-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(await page.getByTestId('nav-visits').isVisible()).toBe(false);
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('nav-visits').click();
    await page.waitForURL(/\/visits$/);
    await page.getByTestId('visits-page').waitFor();
    await screenshot(page, 'visits-mazhan_helper-phone');
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/login$/);
    await context.close();
  });
});
