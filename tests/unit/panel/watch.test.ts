// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchDom } from '@/lib/panel/watch';

describe('watchDom', () => {
  it('calls back once for a burst of page changes, and ignores our own nodes and field internals', async () => {
    document.body.innerHTML = '<main><div id="field" contenteditable="true"><p>x</p></div></main><jobrettet-panel></jobrettet-panel>';
    const field = document.getElementById('field')!;
    const ours = document.querySelector('jobrettet-panel')!;
    const onChange = vi.fn();
    const stop = watchDom(document, onChange, {
      ignore: (n) => {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        return !!el && (el.closest('jobrettet-panel') !== null || field.contains(el));
      },
      timeout: 10,
      minInterval: 0,
    });
    // Typing inside the field and changes in our panel are not page structure.
    field.querySelector('p')!.append(document.createTextNode('y'));
    ours.append(document.createElement('div'));
    document.body.append(document.createElement('jobrettet-panel'));
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).not.toHaveBeenCalled();

    // A framework re-rendering the form: many mutations, one callback.
    const main = document.querySelector('main')!;
    for (let i = 0; i < 5; i++) main.append(document.createElement('textarea'));
    main.firstElementChild!.remove();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(onChange).toHaveBeenCalledTimes(1);

    stop();
    main.append(document.createElement('textarea'));
    await new Promise((r) => setTimeout(r, 50));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('spaces callbacks at least minInterval apart', async () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    const times: number[] = [];
    const stop = watchDom(document, () => times.push(performance.now()), { ignore: () => false, timeout: 5, minInterval: 100 });
    main.append(document.createElement('input'));
    await vi.waitFor(() => expect(times).toHaveLength(1));
    main.append(document.createElement('input'));
    await vi.waitFor(() => expect(times).toHaveLength(2), { timeout: 1000 });
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(95);
    stop();
  });
});
