// The no-form pages of `npm run bench:e2e` (scripts/lib/no-form.mjs), apart so the gate's unit test reads the same HTML.

/** A single-page app re-rendering a big DOM every 100 ms for 10 s: a list, headings, a search box; no form field any profile knows. */
export const BUSY_HTML = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Lagerstatus – live (bench)</title></head>
<body><header><h1>Lagerstatus</h1><input type="search" name="q" placeholder="Søg vare" aria-label="Søg"></header><main id="app"></main>
<script>
const app = document.getElementById('app');
let tick = 0;
function render() {
  const frag = document.createDocumentFragment();
  for (let s = 0; s < 20; s++) {
    const sec = document.createElement('section');
    const h = document.createElement('h2');
    h.textContent = 'Afdeling ' + s + ' · opdatering ' + tick;
    sec.append(h);
    const ul = document.createElement('ul');
    for (let i = 0; i < 100; i++) {
      const li = document.createElement('li');
      li.className = 'row';
      const b = document.createElement('b');
      b.textContent = 'Vare ' + (s * 100 + i);
      const span = document.createElement('span');
      span.textContent = ' ' + ((tick * 7 + i * 13) % 997) + ' stk. på lager';
      li.append(b, span);
      ul.append(li);
    }
    sec.append(ul);
    frag.append(sec);
  }
  app.replaceChildren(frag);
  tick++;
}
render();
const started = performance.now();
const timer = setInterval(() => {
  render();
  if (performance.now() - started >= 10000) { clearInterval(timer); window.__done = true; }
}, 100);
</script></body></html>`;

/** A static page with 50,000 elements and 5,000 headings, a search box, no form. */
export function bigStaticHtml() {
  let body = '<header><h1>Arkiv</h1><input type="search" name="q" aria-label="Søg i arkivet"></header><main>';
  for (let i = 0; i < 5000; i++) {
    body += `<article><h3>Nyhed ${i}: nye åbningstider</h3><p>Tekst <b>${i}</b> om <i>biblioteket</i> og <a href="#a${i}">mere</a>.</p><ul><li>a</li><li>b</li></ul></article>`;
  }
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Arkiv (bench)</title></head><body>${body}</main></body></html>`;
}
