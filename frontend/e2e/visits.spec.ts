/**
 * The self-check visit on a phone: the cadre fills the form, submits while offline (queued in
 * the outbox), comes back online (sent once), the town admin sends it back with a comment,
 * the cadre resubmits from the pre-filled form, the admin accepts.
 */
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

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const COMMENT = `收入证明材料不全，请补充（${Date.now() % 100000}）`;

type Card = { code: string; required: boolean; type: string; answered: boolean; photos: number; documents: number };

async function cards(page: Page): Promise<Card[]> {
  return page.$$eval('[data-testid^="checkpoint-"]', (nodes) =>
    nodes.map((node) => {
      const el = node as HTMLElement;
      return {
        code: (el.dataset.testid ?? '').replace(/^checkpoint-/, ''),
        required: el.dataset.required === 'true',
        type: el.dataset.answerType ?? '',
        answered: el.dataset.answered === 'true',
        photos: Number(el.dataset.needPhotos ?? 0),
        documents: Number(el.dataset.needDocuments ?? 0),
      };
    }),
  );
}

/** Answers every required checkpoint still open and attaches the evidence each answer needs. */
async function fillForm(page: Page): Promise<void> {
  for (const card of await cards(page)) {
    const answer = page.getByTestId(`answer-${card.code}`);
    if (card.required && !card.answered) {
      if (card.type === 'yes_no') await answer.getByText('是', { exact: true }).click();
      else if (card.type === 'number') await page.getByTestId(`checkpoint-${card.code}`).locator('input').first().fill('9000');
      else if (card.type === 'grade' || card.type === 'choice') await answer.locator('input[type="radio"]').first().check({ force: true });
      else if (card.type === 'text') await answer.fill('正常');
    }
  }
  for (const card of await cards(page)) {
    if (!card.answered && card.type !== 'photo') continue;
    const evidence = page.getByTestId(`evidence-${card.code}`);
    const have = (await evidence.count()) > 0 ? await evidence.locator('.ant-tag').count() : 0;
    if (have > 0) continue;
    for (let i = 0; i < card.photos; i += 1) {
      await page.getByTestId(`upload-photo-${card.code}`).setInputFiles({ name: `门牌${i}.png`, mimeType: 'image/png', buffer: PNG });
      await page.getByTestId(`evidence-${card.code}`).locator('.ant-tag').nth(i).waitFor();
    }
    for (let i = 0; i < card.documents; i += 1) {
      await page.getByTestId(`upload-document-${card.code}`).setInputFiles({ name: `证明${i}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.getByTestId(`evidence-${card.code}`).locator('.ant-tag').nth(card.photos + i).waitFor();
    }
  }
}

/** The "all" filter, searched by the head of household (the list shows 30 at a time). */
async function showAll(page: Page, headName: string): Promise<void> {
  await page.getByTestId('visit-filter').getByText('全部').click();
  await page.getByPlaceholder('搜索户主姓名').fill(headName);
}

async function syncState(page: Page): Promise<string | null> {
  return page.getByTestId('sync-state').getAttribute('data-state');
}

async function reviewerOpens(page: Page, household: string): Promise<void> {
  await page.goto(`/review/${encodeURIComponent(household)}`);
  await page.getByTestId('review-detail').waitFor();
}

describe('self-check visits', () => {
  it('queues a visit offline, sends it when online, is returned, resubmitted and accepted', async () => {
    const helper = await newPage(browser, { phone: true });
    const page = helper.page;
    await signIn(page, 'mazhan_helper');
    await page.goto('/visits');
    await page.getByTestId('visit-list').waitFor();
    await page.locator('[data-testid="visit-row"][data-state="todo"]').first().waitFor();
    expect(await syncState(page)).toBe('synced');
    await screenshot(page, 'visits-list-phone');

    const row = page.locator('[data-testid="visit-row"][data-state="todo"]').first();
    const household = (await row.getAttribute('data-household')) ?? '';
    const headName = ((await row.locator('strong').first().textContent()) ?? '').trim();
    expect(household).not.toBe('');
    await row.locator('a').click();
    await page.getByTestId('visit-form').waitFor();
    await page.locator('[data-testid^="checkpoint-"]').first().waitFor();
    await screenshot(page, 'visit-form-prefilled-phone');

    await fillForm(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'visit-form-filled-phone');

    // Offline: the submission waits in the outbox.
    await helper.context.setOffline(true);
    await page.getByTestId('submit-visit').click();
    await page.waitForURL(/\/visits$/);
    await page.locator('[data-testid="sync-state"][data-state="offline"]').waitFor();
    expect(await page.getByTestId('sync-state').getAttribute('data-count')).toBe('1');
    await page.getByTestId('outbox-item').first().waitFor();
    await page.getByText('离线 · 1 条待发送').waitFor();
    await screenshot(page, 'visit-queued-offline-phone');

    // Online again: sent once, the outbox is empty.
    await helper.context.setOffline(false);
    await page.locator('[data-testid="sync-state"][data-state="synced"]').waitFor({ timeout: 30_000 });
    await page.getByText('已同步').waitFor();
    expect(await page.getByTestId('outbox-item').count()).toBe(0);
    await showAll(page, headName);
    await page.locator(`[data-testid="visit-row"][data-household="${household}"][data-state="submitted"]`).waitFor();
    await screenshot(page, 'visit-synced-phone');

    // The town admin sends it back with a comment.
    const admin = await newPage(browser, { phone: true });
    await signIn(admin.page, 'mazhan_admin');
    await admin.page.goto('/review');
    await admin.page.locator(`[data-testid="review-row"][data-household="${household}"]`).waitFor();
    await screenshot(admin.page, 'review-list-phone');
    await reviewerOpens(admin.page, household);
    expect(await admin.page.getByTestId('review-detail').getAttribute('data-state')).toBe('submitted');
    await screenshot(admin.page, 'review-detail-phone');
    await admin.page.getByTestId('review-return').click();
    await admin.page.getByTestId('confirm-return').click();
    await admin.page.getByText('退回时须说明需要修改的内容').first().waitFor();
    await admin.page.getByTestId('review-comment').fill(COMMENT);
    await screenshot(admin.page, 'review-return-comment-phone');
    await admin.page.getByTestId('confirm-return').click();
    await admin.page.waitForURL(/\/review$/);

    // The cadre sees the comment and resubmits the pre-filled form.
    await page.goto('/visits');
    const returned = page.locator(`[data-testid="visit-row"][data-household="${household}"][data-state="returned"]`);
    await returned.waitFor();
    expect(await returned.getByTestId('returned-comment').textContent()).toContain(COMMENT);
    await screenshot(page, 'visit-returned-phone');
    await returned.locator('a').click();
    await page.getByTestId('form-returned').waitFor();
    expect(await page.getByTestId('form-returned').textContent()).toContain(COMMENT);
    await page.locator('[data-testid^="checkpoint-"]').first().waitFor();
    await page.getByTestId('visit-note').fill('已补充收入证明材料');
    await fillForm(page);
    await screenshot(page, 'visit-resubmit-phone');
    // Pressed from the keyboard: the button is on the fixed bottom bar.
    await page.getByTestId('submit-visit').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/visits$/);
    await page.locator('[data-testid="sync-state"][data-state="synced"]').waitFor();
    await showAll(page, headName);
    await page.locator(`[data-testid="visit-row"][data-household="${household}"][data-state="submitted"]`).waitFor();

    // The admin accepts version 2.
    await reviewerOpens(admin.page, household);
    await admin.page.getByText('第 2 版').first().waitFor();
    await admin.page.getByText('历次提交').click();
    await admin.page.getByText(COMMENT).first().waitFor(); // the earlier version's comment
    await admin.page.getByTestId('review-accept').click();
    await admin.page.getByTestId('confirm-accept').click();
    await admin.page.waitForURL(/\/review$/);
    await admin.page.goto('/review?state=accepted');
    await admin.page.locator(`[data-testid="review-row"][data-household="${household}"]`).waitFor();
    await screenshot(admin.page, 'review-accepted-phone');

    await page.goto('/visits');
    await showAll(page, headName);
    await page.locator(`[data-testid="visit-row"][data-household="${household}"][data-state="accepted"]`).waitFor();
    await screenshot(page, 'visit-accepted-phone');

    await admin.context.close();
    await helper.context.close();
  });
});
