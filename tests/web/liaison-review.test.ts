/**
 * A library's project liaison does the weekly review: signs in, sees only their library's
 * sessions, opens a flagged one, looks at a failing check's evidence, records the follow-up
 * and signs out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CheckResult } from '@askqa/contract';
import { CHECKS } from '../../apps/web/src/shared/lib/rubric';
import { devsetTranscripts, ensureDashboardBuilt, launchBrowser, newPage, signIn, startServer, type Server } from './helpers';

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const transcripts = devsetTranscripts();

beforeAll(async () => {
  await ensureDashboardBuilt();
  server = await startServer({
    users: [{ email: 'liaison.bcpl@example.org', role: 'liaison', library: 'BCPL' }],
    transcripts,
  });
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser, server.url));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** 2026-04-15T14:22 style value for a datetime-local input, in America/New_York (the page's zone). */
function newYorkLocal(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('liaison weekly review', () => {
  it('asks to sign in, then opens the queue on the latest week with only their library', async () => {
    await page.goto('/queue');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await signIn(page, 'liaison.bcpl@example.org');

    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await page.waitForURL(/\/queue\?.*from=/);
    // a liaison has no library to choose: the server limits them to theirs
    expect(await page.getByLabel('Library').count()).toBe(0);
    await page.getByRole('button', { name: 'Previous week' }).waitFor();

    // the whole range of their sessions: every row is BCPL
    await page.getByRole('button', { name: 'Any date' }).click();
    await page.waitForURL(/dates=all/);
    const rows = page.locator('table.sessions tbody tr');
    await rows.first().waitFor();
    const libraries = await page.locator('table.sessions tbody tr td:nth-child(2)').allTextContents();
    const bcplCount = transcripts.filter((t) => t.library === 'BCPL').length;
    expect(libraries.length).toBe(bcplCount);
    expect(new Set(libraries)).toEqual(new Set(['BCPL']));
  });

  it('shows the flagged sessions of a week first, and opens one', async () => {
    await page.getByLabel('From', { exact: true }).fill('2026-04-13');
    await page.getByLabel('To', { exact: true }).fill('2026-04-19');
    await page.getByRole('button', { name: 'Show range' }).click();
    await page.waitForURL(/from=2026-04-13&to=2026-04-19/);

    const flagged = page.getByRole('region', { name: 'Flagged sessions' });
    const row = flagged.getByRole('row').filter({ hasText: 'dev-032' });
    await row.waitFor();
    await page.screenshot({ path: '/tmp/askqa-queue.png', fullPage: true });
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Session dev-032', level: 1 }).waitFor();
  });

  it('highlights the evidence of a failing check and shows its note', async () => {
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const detail = (await (await page.request.get(`/api/transcripts/${id}`)).json()) as { score: { checks: CheckResult[] } };
    const failing = detail.score.checks.find((c) => c.status === 'fail' && c.evidence.length > 0);
    expect(failing, 'dev-032 has a failing check with evidence').toBeDefined();
    const check = failing!;
    const title = CHECKS[check.id].title;

    const checks = page.getByRole('region', { name: 'Checks' });
    await checks.getByRole('button', { name: title }).click();
    await page.waitForURL(new RegExp(`check=${check.id.replace('.', '\\.')}`));
    expect(await checks.getByRole('button', { name: title }).getAttribute('aria-pressed')).toBe('true');
    await checks.getByText(check.note, { exact: true }).waitFor();

    const message = page.locator(`#msg-${check.evidence[0]!.message}`);
    await message.locator('.tag--evidence').waitFor();
    expect(await message.getAttribute('class')).toContain('is-evidence');
    expect(await message.getAttribute('aria-current')).toBe('true');
    // the quote is shown with the check
    if (check.evidence[0]!.quote) await checks.getByText(check.evidence[0]!.quote, { exact: false }).first().waitFor();
    // it was scrolled into view
    await page.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, `#msg-${check.evidence[0]!.message}`);
    await page.screenshot({ path: '/tmp/askqa-session.png' });
  });

  it('records a follow-up and the follow-up check changes on screen', async () => {
    const t = transcripts.find((x) => x.externalId === 'dev-032')!;
    const followUps = page.getByRole('region', { name: 'Follow-ups' });
    const onTime = page.getByRole('region', { name: 'Checks' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: CHECKS['followup.on_time'].title }) });
    await onTime.locator('.status', { hasText: 'Fail' }).waitFor();

    // done the next day: within 72 hours of the session's end
    const doneAt = new Date(Date.parse(t.endedAt!) + 24 * 3600_000).toISOString();
    await followUps.getByLabel('Done at').fill(newYorkLocal(doneAt));
    await followUps.getByLabel('Done by').fill('cbrown');
    await followUps.getByLabel('Note').fill('E-mailed the streetcar photo list.');
    await followUps.getByRole('button', { name: 'Record follow-up' }).click();

    await followUps.getByRole('status').filter({ hasText: 'Follow-up recorded' }).waitFor();
    await onTime.locator('.status', { hasText: 'Pass' }).waitFor();
    await followUps.getByText('E-mailed the streetcar photo list.').waitFor();
    // the server agrees
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const detail = (await (await page.request.get(`/api/transcripts/${id}`)).json()) as { score: { checks: CheckResult[] } };
    expect(detail.score.checks.find((c) => c.id === 'followup.on_time')!.status).toBe('pass');
  });

  it('marks staff-to-staff messages as staff only', async () => {
    await page.goto('/queue?dates=all');
    await page.getByRole('row').filter({ hasText: 'dev-021' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Session dev-021', level: 1 }).waitFor();
    const transcript = page.getByRole('list', { name: 'Transcript' });
    const internal = transcript.getByRole('listitem').filter({ hasText: 'Staff only' });
    await internal.first().waitFor();
    const t = transcripts.find((x) => x.externalId === 'dev-021')!;
    const internalTexts = t.messages.filter((m) => m.role === 'internal').map((m) => m.text);
    expect(internalTexts.length).toBeGreaterThan(0);
    expect(await internal.count()).toBe(internalTexts.length);
    await internal.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/askqa-internal.png' });
  });

  it('a sign-in that ended mid-use leads to the sign-in page and back', async () => {
    // a fresh page, so no list is refetched from an older cache after the counts show: a
    // request still in flight when the cookie goes would sign out before the user acts
    await page.goto('/queue?dates=all');
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    for (const name of ['Flagged sessions', 'Other sessions']) await page.getByRole('region', { name }).locator('.count').waitFor();
    await context.clearCookies(); // the server no longer knows this browser
    await page.getByLabel('Resolution code').selectOption('Answered');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const next = new URL(page.url()).searchParams.get('next')!;
    expect(next).toContain('/queue?');
    expect(next).toContain('code=Answered');

    await signIn(page, 'liaison.bcpl@example.org');
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    expect(await page.getByLabel('Resolution code').inputValue()).toBe('Answered');
  });

  it('signs out, and a protected page asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/queue');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/queue');
    // nothing of the signed-out user's data is left on screen
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  });
});
