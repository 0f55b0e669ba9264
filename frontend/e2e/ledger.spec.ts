import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, screenshot, signIn } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HELPER_NAME = '赵磊';

/** Picks an option of an AntD Select wrapped by `data-testid`. */
async function choose(page: Page, testId: string, text: string, search = false): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function stateOf(page: Page): Promise<string | null> {
  return page.getByTestId('ledger-item').getByTestId('state-tag').first().getAttribute('data-state');
}

async function waitForState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="ledger-item"] [data-testid="state-tag"][data-state="${state}"]`).first().waitFor();
}

describe('the rectification ledger', () => {
  let itemUrl = '';

  it('lets the town admin list findings and open an item owned by someone else', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.getByTestId('nav-ledger').click();
    await page.getByTestId('ledger-page').waitFor();
    await page.getByRole('heading', { name: '整改台账' }).waitFor();

    await page.getByTestId('list-findings').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    // Either findings were listed now, or another spec listed them before.
    await page.locator('.ant-message').getByText(/已列入 \d+ 项问题|没有需要列入的问题/).waitFor();
    await page.getByTestId('ledger-row').first().waitFor();
    await expect(page.getByTestId('ledger-total').textContent()).resolves.toMatch(/共 \d+ 项/);
    await screenshot(page, 'ledger-table-mazhan_admin');

    // The export link carries the cycle and the filters.
    await choose(page, 'filter-owner', HELPER_NAME, true);
    await choose(page, 'filter-state', '待整改');
    await page.waitForFunction(() => {
      const href = document.querySelector('[data-testid="ledger-export"]')?.getAttribute('href') ?? '';
      return href.includes('cycleId=') && href.includes('state=open');
    });
    // A problem found in a visit (its rule needs a visit's answer, so a sign-off is not blocked).
    const link = page.getByTestId('ledger-item-link').filter({ hasText: '入户核查' }).first();
    await link.waitFor();
    await expect(link.getAttribute('data-owner')).resolves.toContain(HELPER_NAME);
    await screenshot(page, 'ledger-table-filtered');
    await link.click();
    await page.getByTestId('ledger-item').waitFor();
    itemUrl = page.url().replace(/^https?:\/\/[^/]+/, '');
    await expect(page.getByTestId('item-owner').textContent()).resolves.toContain(HELPER_NAME);
    expect(await stateOf(page)).toBe('open');
    // Not the owner: nothing to do until the owner submits.
    await page.getByTestId('actions-note').getByText(/等待责任人/).waitFor();
    expect(await page.getByTestId('step-START').count()).toBe(0);
    await page.getByTestId('transition-history').waitFor();
    await screenshot(page, 'ledger-item-open');
    await context.close();
  });

  it('lets the owner start and submit with evidence, but not sign off', async () => {
    expect(itemUrl).toMatch(/^\/ledger\/items\//);
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_helper');
    await page.goto(itemUrl);
    await page.getByTestId('ledger-item').waitFor();

    await page.getByTestId('step-START').click();
    await page.getByTestId('move-note').fill('已联系农户，开始整改');
    await page.getByTestId('move-confirm').click();
    await waitForState(page, 'in_progress');

    await page.getByTestId('step-SUBMIT').click();
    // No evidence: the server's refusal is shown in Chinese.
    await page.getByTestId('move-note').fill('已补齐材料并入户核实');
    await page.getByTestId('move-confirm').click();
    await page.getByTestId('move-error').getByText('提交整改结果须附佐证材料').waitFor();
    await page.locator('[data-testid="evidence-upload"] input[type="file"]').setInputFiles({
      name: 'proof.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.locator('.ant-upload-list-item-done').first().waitFor();
    await screenshot(page, 'ledger-submit-dialog');
    await page.getByTestId('move-confirm').click();
    await waitForState(page, 'submitted');

    // The owner may not sign off their own item: no button, and the page says why.
    expect(await page.getByTestId('step-SIGN_OFF').count()).toBe(0);
    expect(await page.getByTestId('step-SEND_BACK').count()).toBe(0);
    await page.getByTestId('actions-note').getByText('他人核验').waitFor();
    await page.getByTestId('evidence-list').first().waitFor();
    expect(await page.getByTestId('transition').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'ledger-item-submitted-owner');
    await context.close();
  });

  it('lets another authorised cadre sign it off after an effectiveness check', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.goto(itemUrl);
    await page.getByTestId('ledger-item').waitFor();
    await waitForState(page, 'submitted');
    await page.getByTestId('step-SIGN_OFF').click();
    await page.getByTestId('move-confirm').click();
    // The note is required for a sign-off.
    await page.getByText('请填写').waitFor();
    await page.getByTestId('move-note').fill('入户回访核实，问题已整改到位');
    await page.getByTestId('move-confirm').click();
    await waitForState(page, 'signed_off');
    await expect(page.getByTestId('item-effectiveness').textContent()).resolves.toContain('整改到位');
    await page.getByTestId('actions-note').getByText('已销号').waitFor();
    expect(await page.getByTestId('transition').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'ledger-item-signed-off');

    await page.getByTestId('item-back').click();
    await page.getByTestId('ledger-tab-board').click();
    await page.waitForURL(/\/ledger\/board/);
    await page.getByTestId('board-column-signed_off').getByTestId('board-card').first().waitFor();
    await page.getByTestId('board-column-open').getByTestId('board-card').first().waitFor();
    await screenshot(page, 'ledger-board');

    await page.getByTestId('ledger-tab-stats').click();
    await page.waitForURL(/\/ledger\/stats/);
    await page.locator('[data-testid="burn-down-chart"] canvas').first().waitFor();
    await page.getByTestId('clearance').locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'ledger-stats');

    await page.getByTestId('ledger-tab-appeals').click();
    await page.getByTestId('ledger-appeals').waitFor();
    await page.getByTestId('ledger-tab-inbox').click();
    await page.getByTestId('ledger-inbox').waitFor();
    await screenshot(page, 'ledger-inbox');
    await context.close();
  });

  it('works on a phone', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, 'mazhan_area');
    await page.goto('/ledger');
    await page.getByTestId('ledger-row').first().waitFor();
    await screenshot(page, 'ledger-table-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });
});
