/** axe-core on the panel (expanded with findings, agreements and SMART chips; collapsed) must find nothing. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, panelOf } from './fixtures';

const PAGES = ['minplan.html', 'rehab.html', 'cv.html', 'editors.html'];

async function axeOnPanel(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page }).include('jobrettet-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const p of PAGES) {
  test(`axe: no violations in the panel on ${p}`, async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site}/${p}`);
    const panel = panelOf(page);
    await expect(panel.locator('[data-job-focus-score]')).toBeVisible();
    // Findings are rendered (lists update when the browser is idle; editors load late) and checked by axe.
    await expect.poll(() => panel.locator('[data-rule-id]').count()).toBeGreaterThan(0);
    expect(await axeOnPanel(page)).toEqual([]);
  });
}

test('axe: no violations in the collapsed panel, and the panel is a labelled landmark with headings', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await expect(panel.getByRole('complementary', { name: /Jobrettet/ })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: 'Jobrettet' })).toBeVisible();
  await panel.locator('.jr-toggle').click();
  await expect(panel).toHaveAttribute('data-collapsed', '');
  expect(await axeOnPanel(page)).toEqual([]);
});

test('axe really looks inside the panel\'s shadow root (a planted violation is found)', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  await expect(panelOf(page).locator('[data-job-focus-score]')).toBeVisible();
  await page.evaluate(() => {
    const b = document.createElement('button'); // a button without a name
    document.querySelector('jobrettet-panel')!.shadowRoot!.querySelector('.jr-body')!.append(b);
  });
  expect((await axeOnPanel(page)).some((v) => v.startsWith('button-name'))).toBe(true);
});
