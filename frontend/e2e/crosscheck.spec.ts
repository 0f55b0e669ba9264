/**
 * The cross-check end to end on the demo's 马站镇 cycle: the five office directors commit
 * and reveal through the UI (each in their own browser, which keeps the secret), the town
 * admin sees the completed draw verified, a director re-checks one of the team's households
 * on a phone, and the discrepancies, agreement and bulletin pages show.
 */
import { deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, screenshot, signIn } from './support';

const DIRECTORS = [
  'mazhan_director_party',
  'mazhan_director',
  'mazhan_director_social',
  'mazhan_director_law',
  'mazhan_director_build',
];

let browser: Browser;
const directors = new Map<string, { context: BrowserContext; page: Page }>();

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  for (const { context } of directors.values()) await context.close();
  await browser?.close();
});

/** A valid 1×1 PNG (the server inspects uploads). */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function drawPage(page: Page): Promise<void> {
  await page.goto('/crosscheck');
  await page.getByTestId('draw-page').waitFor();
  await page.getByTestId('draw-state').waitFor();
}

async function confirm(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

/** A GraphQL request from the page, as the app sends it (session cookie, CSRF header). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const csrf = document.cookie
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('tc_csrf='));
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf?.slice('tc_csrf='.length) ?? '') },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

type SelfVisits = {
  visits: { edges: { node: { householdId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

/** The households of the director's town that have a self-check visit in the active cycle. */
async function selfChecked(page: Page): Promise<Set<string>> {
  const { cycles } = await gql<{ cycles: { id: string }[] }>(page, 'query E2eCycles { cycles(state: "active") { id } }');
  const found = new Set<string>();
  for (const cycle of cycles) {
    let after: string | null = null;
    for (;;) {
      const { visits }: SelfVisits = await gql<SelfVisits>(
        page,
        `query E2eSelfVisits($cycleId: ID!, $after: String) {
          visits(cycleId: $cycleId, stage: "self", first: 100, after: $after) {
            edges { node { householdId } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { cycleId: cycle.id, after },
      );
      for (const edge of visits.edges) found.add(edge.node.householdId);
      if (!visits.pageInfo.hasNextPage) break;
      after = visits.pageInfo.endCursor;
    }
  }
  return found;
}

/** How the results page shows an answer (format.ts's shownValue). */
function shown(value: unknown): string {
  if (value === true) return '是';
  if (value === false) return '否';
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

/** Matches exactly this text. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

const RADIO_TYPES = new Set(['yes_no', 'grade', 'choice']);

type DraftAnswer = { value: unknown; source: string; checkpoint: { code: string; answerType: string; choices: string[] } };

/** The cross-check visit submitted in the second test, compared in the third. */
let submitted: { householdId: string; headName: string; checkpoint: string; self: string; cross: string } | null = null;

describe('the cross-check', () => {
  it('lets the five directors commit and reveal, and the admin verify the draw', async () => {
    for (const [index, username] of DIRECTORS.entries()) {
      const session = await newPage(browser);
      directors.set(username, session);
      const { page } = session;
      await signIn(page, username);
      await page.getByTestId('nav-crosscheck').click();
      await drawPage(page);
      if ((await page.getByTestId('draw-state').textContent())?.includes('已完成')) continue; // drawn by an earlier run
      const card = page.getByTestId('director-draw');
      await card.waitFor();
      if ((await page.getByTestId('secret-generate').count()) === 0) continue; // committed already
      await page.getByTestId('secret-generate').click();
      const secret = (await page.getByTestId('draw-secret').textContent()) ?? '';
      expect(secret).toMatch(/^[1-9][0-9]{39}$/);
      expect(await page.getByTestId('draw-commitment').textContent()).toMatch(/^[0-9a-f]{64}$/);
      // The secret stays in this browser until the reveal.
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('towncheck.drawSecret.')));
      expect(stored).toHaveLength(1);
      if (index === 0) await screenshot(page, 'crosscheck-draw-generated');
      await page.getByTestId('draw-commit').click();
      await confirm(page);
      await page.getByTestId('draw-reveal').waitFor();
      if (index === 0) await screenshot(page, 'crosscheck-draw-committed');
    }

    for (const username of DIRECTORS) {
      const { page } = directors.get(username)!;
      await drawPage(page);
      if ((await page.getByTestId('draw-state').textContent())?.includes('已完成')) continue;
      const reveal = page.getByTestId('draw-reveal');
      await reveal.waitFor();
      await expect.poll(() => reveal.isEnabled(), { timeout: 10_000 }).toBe(true);
      await reveal.click();
      await page.locator('[data-testid="director-draw"] .ant-result, [data-testid="draw-result"]').first().waitFor();
    }
    const last = directors.get(DIRECTORS[DIRECTORS.length - 1])!.page;
    await drawPage(last);
    await last.getByTestId('draw-result').waitFor();
    await screenshot(last, 'crosscheck-draw-director-done');

    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await drawPage(page);
    expect(await page.getByTestId('draw-state').textContent()).toContain('已完成抽签');
    await page.getByTestId('verify-ok').waitFor();
    await expect.poll(() => page.getByTestId('seed-local-check').textContent()).toContain('一致');
    expect(await page.getByTestId('seed-text').textContent()).toContain('towncheck draw seed v1');
    await expect.poll(() => page.getByTestId('commitment-check').count()).toBe(DIRECTORS.length);
    for (const tag of await page.getByTestId('commitment-check').all()) expect(await tag.textContent()).toBe('一致');
    expect(await page.getByTestId('status-revealed').count()).toBe(DIRECTORS.length);
    await page.getByText('如何自行复核').click();
    await page.getByText(/towncheck draw verify \d+/).first().waitFor();
    await screenshot(page, 'crosscheck-draw-admin');
    await context.close();
  }, 420_000);

  it('lets a director whose team drew an area submit a cross-check visit on a phone', async () => {
    // A director whose team drew households, and one of them with a self-check visit to
    // compare with: not yet re-checked if there is one (an earlier run may have been here).
    let chosen: { username: string; householdId: string } | null = null;
    let anyTeam: string | null = null;
    for (const username of DIRECTORS) {
      const { page } = directors.get(username)!;
      await page.goto('/crosscheck/teams');
      await page.getByTestId('teams-page').waitFor();
      const mine = page.locator('[data-testid^="team-card-"]', { hasText: '我的队伍' });
      await mine.click();
      await page.getByTestId('team-households').waitFor();
      await page.locator('.ant-table-tbody').waitFor();
      await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
      const rows = await page.getByTestId('hh-row').all();
      if (rows.length === 0 || (await page.locator('[data-testid^="cross-visit-"]').count()) === 0) continue;
      anyTeam ??= username;
      const withSelf = await selfChecked(page);
      let fallback: string | null = null;
      for (const row of rows) {
        const link = row.locator('[data-testid^="cross-visit-"]');
        if ((await link.count()) === 0) continue;
        const householdId = (await link.getAttribute('data-testid'))!.slice('cross-visit-'.length);
        if (!withSelf.has(householdId)) continue;
        if ((await row.getByTestId('hh-visited').count()) === 0) {
          chosen = { username, householdId };
          break;
        }
        fallback ??= householdId;
      }
      if (!chosen && fallback) chosen = { username, householdId: fallback };
      if (chosen) {
        await screenshot(page, 'crosscheck-team-households');
        break;
      }
    }
    expect(anyTeam, 'no director’s team drew any household').not.toBeNull();
    expect(chosen, 'no team household has a self-check visit to compare with').not.toBeNull();

    const { context, page } = await newPage(browser, { phone: true });
    await signIn(page, chosen!.username);
    await page.goto('/crosscheck/teams');
    await page.locator('[data-testid^="team-card-"]', { hasText: '我的队伍' }).click();
    await page.getByTestId('hh-row').first().waitFor();
    await screenshot(page, 'crosscheck-team-households-phone');
    const draftResponse = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query CrossVisitDraft'),
    );
    await page.getByTestId(`cross-visit-${chosen!.householdId}`).click();
    const draft = (await (await draftResponse).json()) as {
      data: { visitDraft: { headName: string; answers: DraftAnswer[] } };
    };
    await page.getByTestId('cross-visit-form').waitFor();

    // The self-check's answers (the form does not show them: the cross-check is blind).
    const own = new Map<string, DraftAnswer>();
    for (const answer of draft.data.visitDraft.answers) {
      if (answer.source === 'visit' && answer.value !== null && answer.value !== undefined) own.set(answer.checkpoint.code, answer);
    }
    // One answer deliberately differs from the self-check's: a yes/no, grade or choice.
    const differing = [...own.values()].find(
      (a) => RADIO_TYPES.has(a.checkpoint.answerType) && (a.checkpoint.answerType === 'yes_no' || a.checkpoint.choices.length > 1),
    );
    expect(differing, 'the self-check visit has no yes/no, grade or choice answer').toBeDefined();

    const png = tinyPng();
    let cross: unknown = undefined;
    for (const card of await page.locator('[data-testid^="answer-"]').all()) {
      const code = (await card.getAttribute('data-testid'))!.slice('answer-'.length);
      const type = await card.getAttribute('data-type');
      const self = own.get(code)?.value;
      const radios = card.locator('.ant-radio-button-wrapper');
      if (type === 'yes_no' || ((type === 'grade' || type === 'choice') && (await radios.count()) > 0)) {
        let pick: string | null = null;
        if (code === differing!.checkpoint.code) {
          pick = type === 'yes_no' ? (self === true ? '否' : '是') : differing!.checkpoint.choices.find((c) => c !== self)!;
          cross = type === 'yes_no' ? pick === '是' : pick;
        } else if (self !== undefined) {
          pick = type === 'yes_no' ? (self === true ? '是' : '否') : String(self); // agrees with the self-check
        }
        if (pick !== null) {
          await radios.filter({ hasText: exactly(pick) }).click();
        } else if ((await card.locator('.ant-radio-button-wrapper-checked').count()) === 0) {
          await radios.first().click();
        }
      } else if (type === 'choice') {
        if ((await card.locator('.ant-select-selection-item').count()) === 0) {
          await card.locator('.ant-select-selector').click();
          const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
          if (self !== undefined) await option.filter({ hasText: String(self) }).first().click();
          else await option.first().click();
        }
      } else if (type === 'number') {
        const input = card.locator('input.ant-input-number-input');
        if (self !== undefined) await input.fill(String(self));
        else if (!(await input.inputValue())) await input.fill('5000');
      } else if (type === 'text') {
        await card.locator('textarea').fill('互查核实');
      }
      const photos = Number(await card.getAttribute('data-photos'));
      const documents = Number(await card.getAttribute('data-documents'));
      const inputs = card.locator('input[type="file"]');
      for (let i = 0; i < photos; i += 1) {
        await inputs.nth(0).setInputFiles({ name: `photo-${i}.png`, mimeType: 'image/png', buffer: png });
        await card.locator('.ant-tag', { hasText: `photo-${i}` }).first().waitFor();
      }
      for (let i = 0; i < documents; i += 1) {
        await inputs.nth(1).setInputFiles({ name: `doc-${i}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        await card.locator('.ant-tag', { hasText: `doc-${i}` }).first().waitFor();
      }
    }
    expect(cross).toBeDefined();
    await expect
      .poll(() => page.getByTestId(`answer-${differing!.checkpoint.code}`).locator('.ant-radio-button-wrapper-checked').textContent())
      .toBe(shown(cross));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, 'crosscheck-visit-form-phone');

    const submitResponse = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('mutation SubmitCrossVisit'),
    );
    await page.getByTestId('cross-visit-submit').click();
    const result = (await (await submitResponse).json()) as {
      data?: { submitCrossVisit: { visit: { id: string } | null; errors: { message: string }[] } };
      errors?: unknown[];
    };
    expect(result.errors ?? []).toEqual([]);
    expect(result.data?.submitCrossVisit.errors).toEqual([]);
    expect(result.data?.submitCrossVisit.visit?.id).toBeTruthy();
    const outcome = page.locator('[data-testid="cross-visit-done"], [data-testid="cross-visit-error"]').first();
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-testid'), (await outcome.textContent()) ?? '').toBe('cross-visit-done');
    await page.getByText('互查已提交').first().waitFor();
    await screenshot(page, 'crosscheck-visit-submitted-phone');

    // Saved: back on the list, the household shows as re-checked.
    await page.getByText('返回互查户清单').click();
    const row = page.getByTestId('hh-row').filter({ has: page.getByTestId(`cross-visit-${chosen!.householdId}`) });
    await row.getByTestId('hh-visited').waitFor();
    submitted = {
      householdId: chosen!.householdId,
      headName: draft.data.visitDraft.headName,
      checkpoint: differing!.checkpoint.code,
      self: shown(differing!.value),
      cross: shown(cross),
    };
    await context.close();
  }, 300_000);

  it('shows discrepancies, agreement and the bulletin to the town admin', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'mazhan_admin');
    await page.goto('/crosscheck/results');
    await page.getByTestId('results-page').waitFor();
    const agreement = page.getByTestId('agreement');
    const discrepancies = page.getByTestId('discrepancies');
    await agreement.waitFor();
    await discrepancies.waitFor();

    // The discrepancy of the second test, self-check and cross-check answers side by side.
    expect(submitted, 'the cross-check visit of the previous test was not submitted').not.toBeNull();
    const found = discrepancies
      .locator('.ant-table-row')
      .filter({ hasText: submitted!.headName })
      .filter({ has: page.locator('td', { hasText: exactly(submitted!.checkpoint) }) });
    await found.first().waitFor();
    const cells = (await found.first().locator('td').allTextContents()).map((text) => text.trim());
    // head, checkpoint, severity, self answer, self cadre, cross answer, cross cadre
    expect(cells[0]).toBe(submitted!.headName);
    expect(cells[1]).toBe(submitted!.checkpoint);
    expect(cells[3]).toBe(submitted!.self);
    expect(cells[5]).toBe(submitted!.cross);
    expect(cells[3]).not.toBe(cells[5]);
    expect(cells[6]).not.toBe('');

    // Agreement: the town, then by cadre, each with compared pairs.
    const pairs = async () => {
      const rows = agreement.locator('.ant-table-row');
      const counts = await Promise.all((await rows.all()).map(async (r) => Number((await r.locator('td').nth(1).textContent()) ?? 0)));
      return counts.filter((n) => n > 0).length;
    };
    await expect.poll(pairs, { timeout: 20_000 }).toBeGreaterThan(0);
    await agreement.getByText('按干部').click();
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton'));
    await expect.poll(pairs, { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, 'crosscheck-results');

    await page.getByTestId('cc-tab-bulletin').click();
    await page.getByTestId('bulletin-page').waitFor();
    await page.getByTestId('bulletin-generate').click();
    await page.getByTestId('bulletin-item').first().waitFor({ timeout: 60_000 });
    const html = await page.getByTestId('bulletin-item').first().locator('a', { hasText: 'HTML' }).getAttribute('href');
    expect(html).toMatch(/^\/download\/bulletin\.html\?id=/);
    const response = await page.request.get(html!);
    expect(response.status()).toBe(200);
    await screenshot(page, 'crosscheck-bulletin');

    await page.getByTestId('lang-switch').click();
    await page.getByTestId('cc-tab-draw').click();
    await page.getByText('Verified: the draw and the samples recompute from the record').waitFor();
    await screenshot(page, 'crosscheck-draw-admin-en');
    await context.close();
  }, 180_000);
});
