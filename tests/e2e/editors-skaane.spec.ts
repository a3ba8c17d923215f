/**
 * A Min Plan screen built with React 19 that re-renders its fields (minplan-skaane.html): a vague skånehensyn typed by the
 * user is flagged as `vague-accommodation`, and the finding survives the screen re-rendering every field as a new element.
 */
import { test, expect, expectAnalysedLength, panelCount, panelOf } from './fixtures';

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test('Min Plan in React: "Han skal have hensyn." in Skånehensyn is a vague skånehensyn, also after a re-render', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan-skaane.html`);
  await page.waitForFunction(() => document.documentElement.dataset.skaaneReady === 'true');
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  const field = page.locator('#sk-skaane');
  await field.click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'accommodations');

  await page.keyboard.type('Han skal have hensyn.');
  await expect.poll(() => page.evaluate(() => (window as W).__skaane.values().skaane)).toBe('Han skal have hensyn.');
  const vague = panel.locator('[data-rule-id="vague-accommodation"]');
  await expect(vague).toHaveCount(1);
  await expect(vague.locator('.jr-excerpt')).toHaveText('Han skal have hensyn');

  // The screen re-renders: every field is a new element, the text comes back from React's state
  await field.evaluate((el) => ((el as unknown as W).__before = true));
  await page.getByRole('button', { name: 'Gengiv skærmen' }).click();
  await expect(page.locator('#skaane-form')).toHaveAttribute('data-generation', '1');
  expect(await field.evaluate((el) => (el as unknown as W).__before === true)).toBe(false);
  await expect(field).toHaveValue('Han skal have hensyn.');
  await expect(vague).toHaveCount(1);
  await expect(vague.locator('.jr-excerpt')).toHaveText('Han skal have hensyn');

  // …and the panel follows the new element: typing there is analysed, the finding stays, still one panel
  await field.click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'accommodations');
  await page.keyboard.press('End');
  await page.keyboard.type(' Han arbejder 15 timer om ugen.');
  await expect.poll(() => page.evaluate(() => (window as W).__skaane.values().skaane)).toBe('Han skal have hensyn. Han arbejder 15 timer om ugen.');
  await expectAnalysedLength(page, 'Han skal have hensyn. Han arbejder 15 timer om ugen.'.length);
  await expect(vague).toHaveCount(1);
  await expect(vague.locator('.jr-excerpt')).toHaveText('Han skal have hensyn');
  expect(await panelCount(page)).toBe(1);
});
