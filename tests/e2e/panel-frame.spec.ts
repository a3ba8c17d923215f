/**
 * The loader draws the panel's frame before the panel bundle has loaded: the panel bundle's request is held back
 * (Playwright routes the extension's own chrome-extension:// request), so whatever is on the page meanwhile
 * comes from the loader alone. Then the full panel takes over the same host element.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import { test, expect, panelCount, panelOf, setUserSettings } from './fixtures';

/** Holds every request for the panel bundle until `release()` is called. */
async function holdPanelBundle(context: BrowserContext) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held = 0;
  await context.route(/\/panel-app\.js$/, async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return { release, held: () => held };
}

test('the frame is on the page before the panel bundle has loaded, and the panel takes over the same element', async ({ context, site }) => {
  // Danish by default, also in this Chromium, whose own language is English (the frame carries its own Danish).
  const bundle = await holdPanelBundle(context);
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-frame', '');
  await expect.poll(() => bundle.held()).toBeGreaterThan(0); // the bundle really is still on its way
  expect(await panelCount(page)).toBe(1);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  expect(await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot?.mode)).toBe('open');
  // Danish: the form, the first field's role, the score's label with no number yet, the other fields by role.
  await expect(panel.getByRole('complementary', { name: /Jobrettet/ })).toBeVisible();
  await expect(panel.locator('.jr-form')).toHaveText('Formular: Min Plan');
  await expect(panel.locator('.jr-active h3')).toHaveText('Aktivt felt: Jobmål');
  await expect(panel.locator('.jr-score')).toContainText('Jobfokus');
  await expect(panel.locator('.jr-others')).toContainText('Aftaler');
  await expect(panel.locator('.jr-others')).toContainText('Mødereferat');
  // No number and no contract attribute that only the analysis can fill in.
  await expect(panel.locator('[data-job-focus-score], [data-rule-id], [data-field-role]')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('jobrettet-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The page already keeps the panel's margin: the field sits left of the frame.
  const field = page.locator('#mp-aftaler');
  const fieldBefore = (await field.boundingBox())!;
  const frameBox = (await panel.boundingBox())!;
  expect(fieldBefore.x + fieldBefore.width).toBeLessThanOrEqual(frameBox.x + 1);
  await page.evaluate(() => {
    (document.querySelector('jobrettet-panel') as HTMLElement & { __seen?: boolean }).__seen = true;
  });

  bundle.release();
  const score = panel.locator('[data-job-focus-score]');
  await expect(score).toHaveAttribute('data-job-focus-score', /^\d{1,3}$/);
  await expect(panel).not.toHaveAttribute('data-frame');
  expect(await panelCount(page)).toBe(1);
  // The same element, not a second host put in its place.
  expect(await page.evaluate(() => (document.querySelector('jobrettet-panel') as HTMLElement & { __seen?: boolean }).__seen)).toBe(true);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'job-goal');
  // Nothing moved: the panel and the form keep their places.
  expect(await panel.boundingBox()).toEqual(frameBox);
  expect(await field.boundingBox()).toEqual(fieldBefore);
  await expect.poll(() => panel.locator('[data-rule-id]').count()).toBeGreaterThan(0);
});

test('a switched-off site gets no frame and no reserved margin while the panel bundle loads', async ({ context, site }) => {
  await setUserSettings(context, { disabledSites: [new URL(site).hostname] });
  const bundle = await holdPanelBundle(context);
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  // The loader still imports the bundle (switching the site on in the popup brings the panel back live) …
  await expect.poll(() => bundle.held()).toBeGreaterThan(0);
  // … but drew nothing and reserved no space.
  expect(await panelCount(page)).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
  bundle.release();
  await page.waitForTimeout(500); // the settled state: still nothing (no condition to wait for)
  expect(await panelCount(page)).toBe(0);
});

test('with English set in the settings the frame speaks English, as the panel does', async ({ context, site }) => {
  await setUserSettings(context, { locale: 'en' });
  const bundle = await holdPanelBundle(context);
  const page = await context.newPage();
  await page.goto(`${site}/rehab.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-frame', '');
  await expect.poll(() => bundle.held()).toBeGreaterThan(0);
  await expect(panel.locator('.jr-score')).toContainText('Job focus');
  await expect(panel.locator('.jr-active h3')).toHaveText('Active field: Job goal');
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  bundle.release();
  await expect(panel.locator('[data-job-focus-score]')).toContainText('Job focus');
  await expect(panel).not.toHaveAttribute('data-frame');
  expect(await panelCount(page)).toBe(1);
});

test('a page without a recognised form never requests the panel bundle, also after typing in its fields', async ({ context, site }) => {
  // The bundle's import starts when the cheap gate passes (before the full detection): a page the gate turns away
  // (here a news page with a search box and a comment form) must not load it.
  let requested = 0;
  await context.route(/\/panel-app\.js$/, async (route) => {
    requested++;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${site}/none.html`);
  await page.locator('textarea').first().fill('Der skal tages hensyn til ryggen.');
  await page.waitForTimeout(800);
  expect(requested).toBe(0);
  expect(await panelCount(page)).toBe(0);
  // The route counts the bundle's requests: on a form page it is requested.
  const form = await context.newPage();
  await form.goto(`${site}/minplan.html`);
  await expect(panelOf(form).locator('[data-job-focus-score]')).toHaveAttribute('data-job-focus-score', /^\d{1,3}$/);
  expect(requested).toBeGreaterThan(0);
});
