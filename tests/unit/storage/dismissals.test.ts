import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/storage/handlers';
import { addDismissal, clearDismissals, DISMISSALS_KEY, listDismissals, pruneDismissals, readDismissals, removeDismissal } from '@/lib/storage/dismissals';
import { RequestSchema } from '@/lib/messaging/protocol';

const DAY = 86_400_000;

describe('dismissals in the extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds (once per finding), lists per host, removes, prunes by retention and clears', async () => {
    await addDismissal({ kind: 'finding', hash: '0123456789abcdef', ruleId: 'smart-agreement', host: 'a.dk' }, 10 * DAY);
    await addDismissal({ kind: 'finding', hash: '0123456789abcdef', ruleId: 'smart-agreement', host: 'a.dk' }, 11 * DAY);
    await addDismissal({ kind: 'rule', ruleId: 'lix', host: 'b.dk' }, 100 * DAY);
    expect((await listDismissals('a.dk')).map((d) => [d.id, d.createdAt])).toEqual([['f:0123456789abcdef', 11 * DAY]]);
    expect((await listDismissals('b.dk')).map((d) => d.id)).toEqual(['r:b.dk:lix']);

    expect(await pruneDismissals(30, 100 * DAY)).toBe(1);
    expect((await readDismissals()).map((d) => d.id)).toEqual(['r:b.dk:lix']);
    await removeDismissal('r:b.dk:lix');
    expect(await readDismissals()).toEqual([]);

    await addDismissal({ kind: 'rule', ruleId: 'lix', host: 'b.dk' });
    await clearDismissals();
    expect(await fakeBrowser.storage.local.get(DISMISSALS_KEY)).toEqual({});
  });

  it('the protocol accepts only a hash for a finding, never text', () => {
    const ok = RequestSchema.safeParse({ ns: 'jobrettet', type: 'dismissals.add', dismissal: { kind: 'finding', hash: '0123456789abcdef', ruleId: 'cpr-number', host: 'x' } });
    expect(ok.success).toBe(true);
    const text = RequestSchema.safeParse({ ns: 'jobrettet', type: 'dismissals.add', dismissal: { kind: 'finding', hash: 'Du skal søge job', ruleId: 'cpr-number', host: 'x' } });
    expect(text.success).toBe(false);
    const extra = RequestSchema.safeParse({ ns: 'jobrettet', type: 'dismissals.add', dismissal: { kind: 'finding', hash: '0123456789abcdef', ruleId: 'cpr-number', host: 'x', excerpt: 'x' } });
    expect(extra.success).toBe(false);
  });

  it('the background handlers round-trip', async () => {
    const h = createHandlers();
    await h['dismissals.add']({ ns: 'jobrettet', type: 'dismissals.add', dismissal: { kind: 'rule', ruleId: 'lix', host: 'c.dk' } }, {});
    expect((await h['dismissals.list']({ ns: 'jobrettet', type: 'dismissals.list', host: 'c.dk' }, {})).dismissals).toHaveLength(1);
    await h['dismissals.remove']({ ns: 'jobrettet', type: 'dismissals.remove', id: 'r:c.dk:lix' }, {});
    expect((await h['dismissals.list']({ ns: 'jobrettet', type: 'dismissals.list', host: 'c.dk' }, {})).dismissals).toHaveLength(0);
  });
});
