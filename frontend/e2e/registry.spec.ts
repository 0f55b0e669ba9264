import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, screenshot, signIn } from './support';

let browser: Browser;
const RUN = Date.now().toString(36).slice(-5);

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Masked as the API does it: some characters replaced by *. */
const MASKED = /\*{3,}/;

async function firstHouseholdName(page: Page): Promise<string> {
  const link = page.getByTestId('household-link').first();
  await link.waitFor();
  return ((await link.textContent()) ?? '').trim();
}

describe('registry, evaluator view and tokens', () => {
  it('searches households and opens one with masked ID numbers', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.getByTestId('nav-registry').click();
    await page.waitForURL(/\/registry$/);
    const name = await firstHouseholdName(page);
    expect(name.length).toBeGreaterThan(0);
    await expect(page.getByTestId('pager-summary').textContent()).resolves.toMatch(/共 \d+ 户/);
    await screenshot(page, 'registry-list-mazhan_admin');

    await page.getByTestId('filter-search').fill(name);
    await page.getByTestId('filter-submit').click();
    await page.waitForURL(/search=/);
    await page.getByTestId('household-link').filter({ hasText: name }).first().click();
    await page.getByTestId('household-detail').waitFor();
    await expect(page.getByTestId('household-head').textContent()).resolves.toBe(name);
    const ids = await page.getByTestId('member-id-number').allTextContents();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(MASKED);
    await screenshot(page, 'registry-household-mazhan_admin');
    await context.close();
  });

  it('imports a .csv with a bad row and shows the row error in Chinese', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.goto('/registry/import');
    await page.getByTestId('registry-import-page').waitFor();
    const csv = `村,户类别,姓名,身份证号,与户主关系\n下坪村,一般农户,错号${RUN},110105194912310021,户主\n`;
    await page.locator('input[type="file"]').setInputFiles({
      name: `导入测试-${RUN}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf-8'),
    });
    await page.getByTestId('import-start').click();
    const message = page.getByTestId('import-error-message').first();
    await message.waitFor({ timeout: 60_000 });
    const text = (await page.getByTestId('import-errors').textContent()) ?? '';
    expect(text).toContain('校验码');
    expect(text).toContain('身份证号');
    await screenshot(page, 'registry-import-errors');
    await context.close();
  });

  it('issues an evaluator token that signs in to the masked evaluator view', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.getByTestId('nav-tokens').click();
    await page.getByTestId('tokens-page').waitFor();
    await page.getByTestId('token-issue').click();
    await page.getByTestId('token-label').fill(`端到端评估机构-${RUN}`);
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('token-label') });
    if ((await dialog.locator('.ant-select-selection-item').count()) === 0) {
      await dialog.locator('.ant-select-selector').click();
      await page.locator('.ant-select-dropdown .ant-select-item-option').filter({ hasText: '马站镇' }).click();
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('token-submit').click();
    const secretBox = page.getByTestId('token-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.inputValue()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await screenshot(page, 'tokens-secret-once');
    await page.getByTestId('token-secret-close').click();
    await page.getByTestId('token-table').getByText(`端到端评估机构-${RUN}`).waitFor();
    await screenshot(page, 'tokens-list');
    await context.close();

    // A new browser (no cookies): sign in with the token on a phone.
    const evaluator = await newPage(browser, { phone: true });
    const ev = evaluator.page;
    await ev.goto('/login');
    await ev.getByRole('tab', { name: '评估凭证' }).click();
    await ev.getByLabel('第三方评估凭证').fill(secret);
    await ev.locator('form button[type="submit"]').last().click();
    await ev.getByTestId('home').waitFor();
    await ev.goto('/evaluator');
    await ev.getByTestId('evaluator-page').waitFor();
    await ev.getByTestId('evaluator-households').locator('.ant-table-row').first().waitFor();
    await ev.locator('.ant-table-row-expand-icon').first().click();
    const ids = ev.getByTestId('evaluator-id-number');
    await ids.first().waitFor();
    for (const id of await ids.allTextContents()) expect(id).toMatch(MASKED);
    // Nothing to edit, and the registry (with its reveal) is not offered.
    expect(await ev.getByTestId('reveal').count()).toBe(0);
    const width = await ev.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(ev, 'evaluator-households-phone');
    await ev.getByRole('tab', { name: '问题清单' }).click();
    await ev.getByTestId('evaluator-findings').waitFor();
    await screenshot(ev, 'evaluator-findings-phone');
    await evaluator.context.close();
  });

  it('shows the registry on a 360×640 phone', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'mazhan_admin');
    await page.goto('/registry');
    await firstHouseholdName(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, 'registry-list-phone');
    await context.close();
  });
});
