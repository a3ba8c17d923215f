/**
 * After load, the loader detects only on cheap triggers (no document-wide re-detection): focus on an editable
 * field, and fields appearing whose own label names a role.
 */
import { test, expect } from './fixtures';

const panel = (page: import('@playwright/test').Page) => page.locator('jobrettet-panel');

test('a form named only after load is recognised when the user focuses one of its fields', async ({ context, site }) => {
  const page = await context.newPage();
  await page.route(`${site}/late-labels.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="da"><head><title>Sag</title></head><body><main>
        <label for="a" id="la">Felt 1</label><textarea id="a"></textarea>
        <label for="b" id="lb">Felt 2</label><textarea id="b"></textarea></main></body></html>`,
    }),
  );
  await page.goto(`${site}/late-labels.html`);
  // The page renames its fields (no field appears): only a focus tells the loader to look again.
  await page.evaluate(() => {
    document.getElementById('la')!.textContent = 'Borgerens jobmål';
    document.getElementById('lb')!.textContent = 'Aftaler';
  });
  await page.locator('#b').focus();
  await expect(panel(page)).toHaveAttribute('data-form-kind', 'minplan');
});

test('a form rendered later by the page is recognised without a focus', async ({ context, site }) => {
  const page = await context.newPage();
  await page.route(`${site}/late-form.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="da"><head><title>Sag</title></head><body><main id="app"><p>Indlæser …</p></main>
        <script>setTimeout(() => { document.getElementById('app').innerHTML =
          '<label for="a">Borgerens jobmål</label><textarea id="a"></textarea><label for="b">Aftaler</label><textarea id="b"></textarea>'; }, 300);</script>
        </body></html>`,
    }),
  );
  await page.goto(`${site}/late-form.html`);
  await expect(panel(page)).toHaveAttribute('data-form-kind', 'minplan');
});

test('a form a web component renders later into its shadow root is recognised without a focus', async ({ context, site }) => {
  const page = await context.newPage();
  await page.route(`${site}/late-components.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // `case-form` is defined 600 ms after load (its upgrade reports no mutation), and renders its fields only after a
      // further 400 ms (as after a data fetch), into its shadow root: neither is seen by an observer of the document.
      body: `<!doctype html><html lang="da"><head><title>Sag</title></head><body><main><case-form></case-form></main>
        <script>setTimeout(() => customElements.define('case-form', class extends HTMLElement {
          connectedCallback() {
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<p>Indlæser …</p>';
            setTimeout(() => { root.innerHTML = '<label for="a">Borgerens jobmål</label><textarea id="a"></textarea>'
              + '<label for="b">Aftaler</label><textarea id="b"></textarea>'; }, 400);
          }
        }), 600);</script>
        </body></html>`,
    }),
  );
  await page.goto(`${site}/late-components.html`);
  await expect(panel(page)).toHaveAttribute('data-form-kind', 'minplan', { timeout: 10_000 });
});

test('a form of web components far down a large page is recognised without a focus', async ({ context, site }) => {
  const page = await context.newPage();
  // 12,000 elements before the component: past the page gate's shadow-root probe (lib/detect/gate.ts, MAX_SHADOW_PROBE).
  const filler = Array.from({ length: 6_000 }, (_, i) => `<p>Nyhed <b>${i}</b></p>`).join('');
  await page.route(`${site}/deep-components.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="da"><head><title>Sag</title></head><body><main>${filler}<case-form></case-form></main>
        <script>customElements.define('case-form', class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML = '<label for="a">Borgerens jobmål</label><textarea id="a"></textarea>'
              + '<label for="b">Aftaler</label><textarea id="b"></textarea>';
          }
        });</script>
        </body></html>`,
    }),
  );
  // A browser that has shown a panel before: in a fresh profile Chromium's first managed-storage read can take many
  // seconds (README, "The first page of the day"), which is not what this test is about.
  await page.goto(`${site}/minplan.html`);
  await expect(panel(page)).toHaveAttribute('data-form-kind', 'minplan', { timeout: 20_000 });
  await page.goto(`${site}/deep-components.html`);
  await expect(panel(page)).toHaveAttribute('data-form-kind', 'minplan');
});
