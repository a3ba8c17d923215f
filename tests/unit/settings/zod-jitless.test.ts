import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

// Each object schema decides at creation whether to compile itself with the Function constructor, so the
// jitless switch must be the first import of every entrypoint that (transitively) uses zod.
const ENTRIES = ['background.ts', 'panel-app.ts', 'options/main.tsx', 'overview/main.tsx', 'popup/main.tsx'];

describe('zod without eval', () => {
  it.each(ENTRIES)('entrypoints/%s imports lib/settings/zod-jitless first', (entry) => {
    const source = readFileSync(new URL(`../../../entrypoints/${entry}`, import.meta.url), 'utf8');
    expect(source.match(/^import .*$/m)?.[0]).toBe("import '@/lib/settings/zod-jitless';");
  });

  it('switches the JIT off for zod and zod/mini alike', async () => {
    await import('@/lib/settings/zod-jitless');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
  });
});
