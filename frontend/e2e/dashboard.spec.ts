/**
 * The county dashboard and the projects page: the county official scores the year and sees
 * the towns ranked with explanations; 马站镇's poverty office runs the project rules; the
 * county scores again and sees 马站镇's score and snapshot number change.
 *
 * Scoring also runs by itself after 30 s of quiet and other specs may run before this one,
 * so only before/after values are compared, never fixed snapshot numbers.
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

const TOWN = '马站镇';

function townRow(page: Page) {
  return page.getByTestId('comparison-table').locator('tr.ant-table-row', { hasText: TOWN });
}

async function townScore(page: Page): Promise<string> {
  return ((await townRow(page).getByTestId('town-score').textContent()) ?? '').trim();
}

/** Requests scoring with the button on the page and waits for the job to finish. */
async function scoreThroughUi(page: Page, name: string): Promise<void> {
  await page.getByTestId('request-scoring').click();
  const progress = page.getByTestId('scoring-progress');
  await progress.waitFor();
  await screenshot(page, `${name}-progress`);
  await page.locator('[data-testid="scoring-progress"][data-status="done"]').waitFor({ timeout: 90_000 });
}

async function snapshotNumber(page: Page): Promise<number> {
  const text = (await page.getByTestId('snapshot-number').textContent()) ?? '';
  const match = /第\s*(\d+)\s*次评分/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match?.[1]);
}

describe('county dashboard', () => {
  it('scores the county, follows a town change and shows the rule findings', async () => {
    // 1. The county official scores the year through the UI and sees the towns ranked.
    const county = await newPage(browser);
    const page = county.page;
    await signIn(page, 'county');
    await page.getByTestId('nav-dashboard').click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('county-overview').waitFor();
    await townRow(page).waitFor();
    await scoreThroughUi(page, 'dashboard-county');
    await expect.poll(() => townScore(page), { timeout: 30_000 }).toMatch(/^\d+\.\d{2}$/);
    const explanations = await page.getByTestId('town-explanation').allTextContents();
    expect(explanations.length).toBeGreaterThanOrEqual(3);
    expect(explanations.join('')).toMatch(/失分|分/);
    const ranks = await page.getByTestId('town-rank').allTextContents();
    expect(ranks.slice(0, 3).every((r) => /^\d+$/.test(r.trim()))).toBe(true);
    await page.getByTestId('totals-chart').locator('canvas').first().waitFor();
    await page.getByTestId('radar-chart').locator('canvas').first().waitFor();
    // The mock evaluation: 错退率、漏评率、认可度 (a chart once there is a sample).
    await page.getByTestId('mock-evaluation').getByText('错退率').first().waitFor();
    await screenshot(page, 'dashboard-county-ranked');

    // Drill down into 马站镇: snapshot, trend, areas → villages.
    await townRow(page).getByTestId('drill-town').click();
    await page.waitForURL(/\/dashboard\/town\/.+\/cycle\/.+/);
    const cycleUrl = page.url();
    await page.getByTestId('cycle-scores').waitFor();
    const before = await snapshotNumber(page);
    await page.getByTestId('trend-chart').locator('canvas').first().waitFor();
    await page.getByTestId('area-table').locator('tr.ant-table-row').first().click();
    await page.getByTestId('group-detail-area').getByText(/失分项目|没有失分项目/).first().waitFor();
    await page.getByTestId('village-table').locator('tr.ant-table-row').first().click();
    await page.getByTestId('group-detail-village').waitFor();
    await screenshot(page, 'dashboard-town-drilldown');
    await page.goto('/dashboard');
    await townRow(page).waitFor();
    await expect.poll(() => townScore(page), { timeout: 30_000 }).toMatch(/^\d+\.\d{2}$/);
    const scoreBefore = await townScore(page);

    // 2. 马站镇's poverty office runs the project rules from the projects page.
    const town = await newPage(browser);
    await signIn(town.page, 'mazhan_admin');
    await town.page.getByTestId('nav-projects').click();
    await town.page.waitForURL(/\/projects$/);
    await town.page.getByTestId('project-table').locator('tr.ant-table-row').first().waitFor();
    await screenshot(town.page, 'projects-list');
    await town.page.getByTestId('project-table').locator('tr.ant-table-row a').first().click();
    await town.page.getByTestId('project-detail').waitFor();
    await town.page.getByText('许可文件').first().waitFor();
    await screenshot(town.page, 'projects-detail');
    await town.page.getByTestId('projects-tab-findings').click();
    await town.page.waitForURL(/\/projects\/findings$/);
    await town.page.getByTestId('run-project-rules').click();
    const outcome = town.page.getByTestId('rules-outcome');
    await outcome.waitFor();
    const raised = Number(/(\d+)\s*个问题/.exec((await outcome.textContent()) ?? '')?.[1] ?? '0');
    // The findings the rules raised (now or by an earlier run) are listed.
    await town.page.getByTestId('project-findings').locator('tr.ant-table-row').first().waitFor();
    expect(await town.page.getByTestId('project-findings').textContent()).toContain('未整改');
    await screenshot(town.page, 'projects-rule-findings');
    // The policy rules compare the department lists with the registry.
    await town.page.getByTestId('run-policy-rules').click();
    await town.page.getByTestId('rules-outcome').filter({ hasText: '行业政策' }).waitFor();
    await town.page.getByRole('tab', { name: '行业政策问题' }).click();
    await town.page.getByTestId('policy-findings').locator('tr.ant-table-row').first().waitFor();
    await screenshot(town.page, 'projects-policy-findings');
    await town.page.getByTestId('projects-tab-lists').click();
    await town.page.getByTestId('department-lists').locator('tr.ant-table-row a').first().click();
    await town.page.waitForURL(/\/projects\/lists\/.+/);
    await town.page.getByText('名单明细').first().waitFor();
    await screenshot(town.page, 'projects-list-entries');
    await town.page.getByTestId('projects-tab-villages').click();
    await town.page.getByTestId('key-villages').waitFor();
    await screenshot(town.page, 'projects-key-villages');
    await town.context.close();

    // 3. The county scores again: a new snapshot, and 马站镇's score moves when findings were raised.
    await scoreThroughUi(page, 'dashboard-county-again');
    if (raised > 0) {
      await expect.poll(() => townScore(page), { timeout: 30_000 }).not.toBe(scoreBefore);
    }
    await screenshot(page, 'dashboard-county-after');
    await page.goto(cycleUrl);
    await page.getByTestId('snapshot-number').waitFor();
    expect(await snapshotNumber(page)).toBeGreaterThan(before);
    await screenshot(page, 'dashboard-town-after');
    await county.context.close();
  });

  it('shows the dashboard in English on a phone', async () => {
    const { context, page } = await newPage(browser, { phone: true, lang: 'en' });
    await signIn(page, 'county');
    await page.goto('/dashboard');
    await page.getByTestId('county-overview').waitFor();
    await page.getByRole('button', { name: /Score every town/ }).waitFor();
    await townRow(page).waitFor();
    await screenshot(page, 'dashboard-county-phone-en');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });
});
