import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../demo/includes.mjs';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-demo-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('node tests/demo/build.mjs', () => {
  it('builds every page into $JOBRETTET_OUT/demo with local assets only', { timeout: 60_000 }, () => {
    execFileSync(process.execPath, ['tests/demo/build.mjs'], { env: { ...process.env, JOBRETTET_OUT: out }, stdio: 'pipe' });
    const demo = path.join(out, 'demo');
    for (const page of DEMO_PAGES) expect(fs.existsSync(path.join(demo, page)), page).toBe(true);
    const files = fs.readdirSync(demo, { recursive: true }).map(String);
    expect(files.some((f) => /^assets\/editors-.*\.js$/.test(f))).toBe(true);
    for (const page of DEMO_PAGES) {
      const html = fs.readFileSync(path.join(demo, page), 'utf8');
      // Includes are expanded, and every script and stylesheet is a relative local file.
      expect(html).not.toContain('include:');
      for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1], `${page}: ${m[1]}`).toMatch(/^(\.\/|#|data:,)/);
    }
  });
});
