/**
 * A form in a same-origin iframe gets its one panel in the TOP document (docked beside the frame with the top page's
 * layout); findings, highlights, inserts, undo and focus work for the frame's fields. A cross-origin frame keeps its own.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, otherOrigin, panelCount, panelOf } from './fixtures';

const frameOf = (page: Page, suffix: string): Frame => page.frames().find((f) => f.url().endsWith(suffix))!;

/**
 * Tests that serve their host page through Playwright routing: on the plain-http intranet name, Chromium's local-network
 * checks refuse a routed (address-less) page's frames on the demo server, so these run on the 127.0.0.1 project only.
 */
const routedHostSkip = (siteHost: string) => test.skip(siteHost !== '127.0.0.1', 'routed host page: local-network checks on the intranet name');

/** Panels in every document of the page (top and frames). */
async function panelsEverywhere(page: Page): Promise<number> {
  let n = 0;
  for (const f of page.frames()) n += await panelCount(f).catch(() => 0);
  return n;
}

test('rehab-iframe.html: one panel, in the top document, docked beside the frame; the frame\u2019s fields drive it', async ({ context, site }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/rehab-iframe.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  await expect(panel).toHaveAttribute('data-layout', 'docked'); // the top window is wide enough
  const frame = frameOf(page, '/rehab-frame.html');
  expect(await panelCount(page)).toBe(1);
  expect(await panelCount(frame)).toBe(0);
  expect(await panelsEverywhere(page)).toBe(1);
  // Docked in the top page: the frame (and the field in it) ends left of the panel.
  const panelBox = (await panel.boundingBox())!;
  const frameBox = (await page.locator('iframe.embedded').boundingBox())!;
  expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(panelBox.x + 1);

  // Typing in the frame's field: the panel follows that field (focus) and analyses its text.
  const field = page.frameLocator('iframe.embedded').locator('#rp-skaane');
  await field.fill('');
  await field.pressSequentially('Der skal tages hensyn til ryggen. Arbejdstid 15-20 timer om ugen.');
  const typed = await field.inputValue();
  await expectAnalysedLength(page, typed.length);
  const score = panel.locator('[data-job-focus-score]');
  await expect(score).toHaveAttribute('data-field-id', /^accommodations:/);
  const finding = panel.locator('[data-rule-id="vague-accommodation"]').first();
  await expect(finding).toBeVisible();
  // Highlights are drawn in the frame's own document, none in the top.
  await expect
    .poll(() => frame.evaluate(() => document.querySelector('jobrettet-highlights')?.shadowRoot?.querySelectorAll('.jr-underline').length ?? 0))
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelector('jobrettet-highlights'))).toBeNull();

  // Insert into the frame's field, then Ctrl+Z there undoes it.
  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const after = await field.inputValue();
  expect(after).not.toContain('Der skal tages hensyn til ryggen');
  expect(after.endsWith('. Arbejdstid 15-20 timer om ugen.')).toBe(true); // nothing else changed
  await expectAnalysedLength(page, after.length);
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(typed);
  await expectAnalysedLength(page, typed.length);

  // Focusing another field in the frame makes it the panel's focused field.
  const goal = page.frameLocator('iframe.embedded').locator('#rp-maal');
  await goal.focus();
  await expect(score).toHaveAttribute('data-field-id', /^job-goal:/);
  await expectAnalysedLength(page, (await goal.inputValue()).length);

  // Notes are filed under the frame's own address (as with a panel inside the frame).
  await panel.locator('[data-note-editor]').fill('Note om den indlejrede plan');
  await panel.locator('[data-action="save-note"]').click();
  await expect(panel.locator('[data-note-id]').filter({ hasText: 'Note om den indlejrede plan' })).toHaveCount(1);
  const direct = await context.newPage();
  await direct.goto(`${site}/rehab-frame.html`);
  await expect(panelOf(direct).locator('[data-note-id]').filter({ hasText: 'Note om den indlejrede plan' })).toHaveCount(1);
});

test('a frame that loads its form later, and navigates to another form, moves the one top panel with it', async ({ context, site, siteHost }) => {
  routedHostSkip(siteHost);
  await routeHost(context, site, '/vaert-sen.html', '<iframe id="f" style="width:1000px;height:1200px" src="about:blank"></iframe>');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/vaert-sen.html`);
  // The frame gets its form only now, after the top page's script has started.
  await page.locator('#f').evaluate((el: HTMLIFrameElement) => (el.src = './rehab-frame.html'));
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  await page.locator('#f').evaluate((el: HTMLIFrameElement) => (el.src = './minplan.html'));
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  expect(await panelsEverywhere(page)).toBe(1);
  expect(await panelCount(page)).toBe(1);
  const field = page.frameLocator('#f').locator('#mp-aftaler');
  await field.fill('Du skal søge job.');
  await expectAnalysedLength(page, 'Du skal søge job.'.length);
  await expect(panel.locator('[data-rule-id="smart-agreement"]').first()).toBeVisible();
});

test('a frame that navigates to another origin takes the form out of the top panel and gets its own panel', async ({ context, site }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/rehab-iframe.html`);
  await expect(panelOf(page)).toHaveAttribute('data-form-kind', 'rehab');
  // The demo server answers under a second name too: the frame is now cross-origin and cannot be reached from the top.
  const other = otherOrigin(site);
  await page.locator('iframe.embedded').evaluate((el: HTMLIFrameElement, url) => (el.src = url), `${other}/rehab-frame.html`);
  const framePanel = page.frameLocator('iframe.embedded').locator('jobrettet-panel');
  await expect(framePanel).toHaveAttribute('data-form-kind', 'rehab');
  await expect.poll(() => panelCount(page)).toBe(0);
  expect(await panelsEverywhere(page)).toBe(1);
  // The frame is narrower than 1100 px: its own panel starts as a rail, which the user opens (an overlay in the frame).
  await expect(framePanel).toHaveAttribute('data-layout', 'rail');
  await framePanel.locator('.jr-toggle').click();
  await expect(framePanel).toHaveAttribute('data-layout', 'overlay');
  const field = page.frameLocator('iframe.embedded').locator('#rp-skaane');
  await field.fill('Der skal tages hensyn til ryggen.');
  const frame = page.frames().find((f) => f.url().startsWith(other))!;
  await expectAnalysedLength(frame, 'Der skal tages hensyn til ryggen.'.length);
  await expect(framePanel.locator('[data-rule-id="vague-accommodation"]').first()).toBeVisible();
});

test('a form two same-origin frames deep: one top panel, and it follows the inner frame when it navigates', async ({ context, site, siteHost }) => {
  routedHostSkip(siteHost);
  await routeHost(context, site, '/vaert-dyb.html', '<iframe id="ydre" style="width:1000px;height:1300px" src="./mellem.html"></iframe>');
  await routeHost(context, site, '/mellem.html', '<iframe id="indre" style="width:950px;height:1200px" src="./rehab-frame.html"></iframe>');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${site}/vaert-dyb.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  const inner = page.frameLocator('#ydre').frameLocator('#indre');
  await inner.locator('#rp-skaane').fill('Der skal tages hensyn til ryggen.');
  await expectAnalysedLength(page, 'Der skal tages hensyn til ryggen.'.length);
  await page.frameLocator('#ydre').locator('#indre').evaluate((el: HTMLIFrameElement) => (el.src = './minplan.html'));
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  await inner.locator('#mp-aftaler').fill('Du skal søge job.');
  await expectAnalysedLength(page, 'Du skal søge job.'.length);
  expect(await panelsEverywhere(page)).toBe(1);
});

test('a frameset (old fagsystems) cannot show a panel beside its frames: the frame keeps its own', async ({ context, site, siteHost }) => {
  routedHostSkip(siteHost);
  const html = '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sag</title></head><frameset cols="100%"><frame src="./rehab-frame.html"></frameset></html>';
  await context.route(`${site}/vaert-rammesaet.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site}/vaert-rammesaet.html`);
  const frame = page.frames().find((f) => f.url().endsWith('/rehab-frame.html'))!;
  await expect(panelOf(frame)).toHaveAttribute('data-form-kind', 'rehab');
  expect(await panelCount(page)).toBe(0);
  expect(await panelsEverywhere(page)).toBe(1);
});

/** Serves a small host page on the demo origin (routed, nothing leaves the machine). */
async function routeHost(context: BrowserContext, site: string, path: string, body: string) {
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sag</title></head><body><h1>Sag</h1>${body}</body></html>`;
  await context.route(`${site}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}
