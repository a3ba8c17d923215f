/** The side panel on the plain demo pages: DOM contract, field roles, live analysis, insert + undo, keyboard, settings. */
import { test, expect, expectAnalysedLength, panelCount, panelOf, setUserSettings } from './fixtures';

const PAGES = [
  { page: 'cv.html', kind: 'cv', field: '#cv-jobonske', role: 'cv-job-wish' },
  { page: 'minplan.html', kind: 'minplan', field: '#mp-aftaler', role: 'agreement' },
  { page: 'rehab.html', kind: 'rehab', field: '#rp-skaane', role: 'accommodations' },
  { page: 'indstilling.html', kind: 'rehab', field: '#in-skaane', role: 'accommodations', subKind: 'indstilling' },
] as const;

for (const p of PAGES) {
  test(`${p.page}: one panel with form kind ${p.kind}, the focused field's role and a live score`, async ({ context, site }) => {
    const page = await context.newPage();
    await page.goto(`${site}/${p.page}`);
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-form-kind', p.kind);
    expect(await panelCount(page)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot?.mode)).toBe('open');
    if ('subKind' in p) await expect(panel).toHaveAttribute('data-sub-kind', p.subKind);

    // Before any focus, the first detected field counts as focused: the score covers its whole text.
    const score = panel.locator('[data-job-focus-score]');
    await expect(score).toHaveAttribute('data-job-focus-score', /^\d{1,3}$/);

    const field = page.locator(p.field);
    await field.click();
    await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', p.role);
    await field.press('End');
    await field.pressSequentially(' Skal undgå tunge løft.');
    const length = await field.evaluate((el) => (el as HTMLTextAreaElement).value.length);
    await expectAnalysedLength(page, length);
    const value = Number(await score.getAttribute('data-job-focus-score'));
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
    // The criteria list shows met/not met with points.
    expect(await panel.locator('[data-criterion-id]').count()).toBeGreaterThan(0);

    // The docked panel does not cover the field: the page keeps a margin for it.
    const fieldBox = (await field.boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    expect(fieldBox.x + fieldBox.width).toBeLessThanOrEqual(panelBox.x + 1);
  });
}

test('typing makes findings appear, and an insert replaces exactly the finding, with Ctrl+Z undoing it', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/rehab.html`);
  const panel = panelOf(page);
  const field = page.locator('#rp-skaane');
  await field.fill('');
  await field.pressSequentially('Der skal tages hensyn til ryggen. Arbejdstid 15-20 timer om ugen.');
  const typed = await field.inputValue();
  await expectAnalysedLength(page, typed.length);

  const finding = panel.locator('[data-rule-id="vague-accommodation"][data-category="vague-accommodation"]').first();
  await expect(finding).toBeVisible();
  // Clicking the finding selects its range in the field.
  const excerpt = (await finding.locator('.jr-excerpt').textContent())!;
  expect(typed).toContain(excerpt);
  await finding.locator('.jr-finding-main').click();
  const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(excerpt);

  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const after = await field.inputValue();
  expect(after).not.toBe(typed);
  expect(after.endsWith('. Arbejdstid 15-20 timer om ugen.')).toBe(true); // nothing else changed
  expect(after).not.toContain('Der skal tages hensyn til ryggen');
  await expectAnalysedLength(page, after.length);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(typed);
  await expectAnalysedLength(page, typed.length);
});

test('an insert is refused with a Danish message when the text changed since the analysis', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/rehab.html`);
  const panel = panelOf(page);
  const field = page.locator('#rp-skaane');
  await field.fill('Der skal tages hensyn til ryggen.');
  await expect(panel.locator('[data-rule-id="vague-accommodation"]').first()).toBeVisible();
  // Change the text behind the panel's back and click insert in the same task, before any re-analysis can run.
  await page.evaluate(() => {
    const ta = document.querySelector<HTMLTextAreaElement>('#rp-skaane')!;
    ta.value = 'Xer skal tages hensyn til ryggen.';
    const root = document.querySelector('jobrettet-panel')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-rule-id="vague-accommodation"] [data-action="apply-suggestion"]')!.click();
  });
  await expect(panel.locator('.jr-status')).toContainText('Teksten er ændret');
  await expect(field).toHaveValue('Xer skal tages hensyn til ryggen.');
});

test('keyboard: Enter on a finding selects it, Alt+Shift+J collapses and expands the panel', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const field = page.locator('#mp-aftaler');
  await field.fill('Du skal søge job.');
  const finding = panel.locator('[data-rule-id="smart-agreement"]').first();
  await expect(finding).toBeVisible();
  await finding.press('Enter');
  await expect.poll(() => field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('Du skal søge job.');

  await page.keyboard.press('Alt+Shift+J');
  await expect(panel).toHaveAttribute('data-collapsed', '');
  const toggle = panel.locator('.jr-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Collapsed: the page gets its width back but keeps a strip for the toggle.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('48px');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(panel).not.toHaveAttribute('data-collapsed');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
});

test('no panel on a page without a recognised form', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/none.html`);
  await page.locator('textarea').first().fill('Der skal tages hensyn til ryggen.');
  await page.waitForTimeout(800);
  expect(await panelCount(page)).toBe(0);
});

test('settings: the language setting switches the panel to English, and a switched-off site gets no panel', async ({ context, site }) => {
  await setUserSettings(context, { locale: 'en' });
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await expect(panel.locator('.jr-score')).toContainText('Job focus');
  await setUserSettings(context, { locale: 'da' });
  await expect(panel.locator('.jr-score')).toContainText('Jobfokus');

  // Switching the site off removes the panel at once; a new page load shows none.
  await setUserSettings(context, { disabledSites: [new URL(site).hostname] });
  await expect(panel).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(800);
  expect(await panelCount(page)).toBe(0);
});

test('rule categories switched off in the settings disappear from the panel', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await page.locator('#mp-aftaler').fill('Du skal søge job.');
  await expect(panel.locator('[data-category="smart"]').first()).toBeVisible();
  await setUserSettings(context, { disabledCategories: ['smart'] });
  await expect(panel.locator('[data-category="smart"]')).toHaveCount(0);
});

test('custom form profiles from the settings reach detection (a page no built-in profile knows)', async ({ context, site }) => {
  await setUserSettings(context, {
    customProfiles: [
      {
        id: 'kommune-kommentar',
        name: 'Kommentar som Min Plan (test)',
        kind: 'minplan',
        urlHints: [{ path: 'none.html' }],
        signatures: ['åbningstider'],
        fields: { agreement: ['din kommentar'] },
      },
    ],
  });
  const page = await context.newPage();
  await page.goto(`${site}/none.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  await page.locator('#c-kommentar').click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'agreement');
  // Removing the profile again takes the panel away.
  await setUserSettings(context, { customProfiles: [] });
  await expect(panel).toHaveCount(0);
});
