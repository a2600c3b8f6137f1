/**
 * The statewide coordinator starts on the overview: the charts render, and a check's bar opens
 * the sessions that fail that check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHECKS } from '../../apps/web/src/shared/lib/rubric';
import { devsetTranscripts, ensureDashboardBuilt, launchBrowser, newPage, signIn, startServer, type Server } from './helpers';

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  await ensureDashboardBuilt();
  server = await startServer({ users: [{ email: 'coordinator@example.org', role: 'coordinator' }], transcripts: devsetTranscripts() });
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser, server.url));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('coordinator overview', () => {
  it('lands on the overview with its charts after signing in', async () => {
    await page.goto('/');
    await signIn(page, 'coordinator@example.org');
    await page.getByRole('heading', { name: 'Quality overview', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/overview');

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Review queue', 'Overview', 'Import']) await nav.getByRole('link', { name }).waitFor();

    for (const name of ['Mean quality score by week', 'Pass rate per check', 'Pickup time', 'Follow-up compliance', 'Sessions by hour of day', 'Sessions by weekday', 'Why sessions are flagged']) {
      await page.getByRole('region', { name, exact: true }).locator('.recharts-surface').first().waitFor();
    }
    // the totals are the server's (Practice sessions are left out of every statistic)
    const stats = (await (await page.request.get('/api/stats/overview')).json()) as { totals: { sessions: number; flagged: number } };
    expect(stats.totals.sessions).toBeGreaterThan(30);
    const totals = page.getByRole('list', { name: 'Totals' });
    await totals.getByRole('listitem').filter({ hasText: 'Sessions' }).getByText(String(stats.totals.sessions), { exact: true }).waitFor();
    await totals.getByRole('listitem').filter({ hasText: 'Flagged' }).getByText(String(stats.totals.flagged), { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Pass rate per check' }).locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: '/tmp/askqa-overview.png', fullPage: true });
  });

  it("clicking a check's bar lists the sessions that fail it", async () => {
    const id = 'approachability.pickup';
    const chart = page.getByRole('region', { name: 'Pass rate per check' });
    const tick = chart.locator('svg text', { hasText: CHECKS[id].title });
    await tick.scrollIntoViewIfNeeded();
    const tickBox = (await tick.boundingBox())!;
    const plotBox = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
    // inside the plot area, on the check's row: the whole row is the click target, however short the bar
    await page.mouse.move(plotBox.x + 20, tickBox.y + tickBox.height / 2);
    await page.mouse.click(plotBox.x + 20, tickBox.y + tickBox.height / 2);

    await page.waitForURL(/\/queue\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('check')).toBe(id);
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    expect(await page.getByLabel('Failing check').inputValue()).toBe(id);
    await page.locator('table.sessions tbody tr').first().waitFor();
    expect(await page.locator('table.sessions tbody tr').count()).toBeGreaterThan(0);
  });
});
