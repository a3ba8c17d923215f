// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { Popup } from '@/components/popup/Popup';
import { checkProfilesJson } from '@/components/options/profiles';
import { parseJsonWithLines, JsonSyntaxError } from '@/lib/settings/json-lines';
import { loadSettings } from '@/lib/settings';

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('options page and managed policy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });

  it('shows locked settings as disabled with "Låst af din organisation"', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 30, disabledCategories: ['plain-language'] });
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(root.querySelector('[data-setting="retentionDays"]')).not.toBeNull());
    expect(root.querySelector<HTMLInputElement>('[data-setting="retentionDays"]')!.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('[data-setting="retentionDays"]')!.value).toBe('30');
    for (const box of root.querySelectorAll<HTMLInputElement>('[data-category]')) expect(box.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('[data-category="plain-language"]')!.checked).toBe(false);
    expect(root.querySelector<HTMLSelectElement>('[data-setting="locale"]')!.disabled).toBe(false);
    const locks = [...root.querySelectorAll('[data-locked]')].map((e) => e.textContent);
    expect(locks).toEqual(['Låst af din organisation', 'Låst af din organisation']);
  });

  it('nothing is locked without a policy', async () => {
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(root.querySelector('[data-setting="retentionDays"]')).not.toBeNull());
    expect(root.querySelectorAll('[data-locked]')).toHaveLength(0);
    expect(root.querySelector<HTMLInputElement>('[data-setting="retentionDays"]')!.value).toBe('90');
  });
});

describe('popup per-site switch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });

  it('turns Jobrettet off and on for the current site', async () => {
    const root = mount(<Popup hostname="fag.kommune.dk" />);
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="on"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="toggle-site"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="off"]')).not.toBeNull());
    expect((await loadSettings()).disabledSites).toEqual(['fag.kommune.dk']);
    expect(root.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('false');
    root.querySelector<HTMLButtonElement>('[data-action="toggle-site"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="on"]')).not.toBeNull());
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('is disabled when the policy locks the site list, and explains pages it cannot run on', async () => {
    await fakeBrowser.storage.managed.set({ disabledSites: [] });
    const root = mount(<Popup hostname="a.dk" />);
    await vi.waitFor(() => expect(root.querySelector('[data-action="toggle-site"]')).not.toBeNull());
    expect(root.querySelector<HTMLButtonElement>('[data-action="toggle-site"]')!.disabled).toBe(true);
    expect(root.textContent).toContain('Låst af din organisation');
    const none = mount(<Popup hostname={null} />);
    await vi.waitFor(() => expect(none.querySelector('[data-site-state="unavailable"]')).not.toBeNull());
  });
});

describe('profile JSON errors at the right line', () => {
  it('maps zod issue paths to lines', () => {
    const text = '[\n  {\n    "id": "x",\n    "name": "X",\n    "kind": "minplan",\n    "fields": {\n      "no-such-role": ["timer"]\n    }\n  },\n  {\n    "id": "Ugyldigt Id",\n    "name": "Y",\n    "kind": "cv",\n    "fields": { "cv-profile": ["om mig"] }\n  }\n]';
    const r = checkProfilesJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.line, e.path])).toEqual([[7, '0.fields.no-such-role'], [11, '1.id']]);
  });

  it('reports syntax errors with their line and accepts an empty text', () => {
    const r = checkProfilesJson('[\n  {\n    "id": "x",\n  }\n]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].line).toBe(4);
    expect(checkProfilesJson('  ')).toEqual({ ok: true, profiles: [] });
  });

  it('parses exactly like JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, null, "x\\"y\\u00e6"], "b": {"c": {}} , "d": []}';
    expect(parseJsonWithLines(text).value).toEqual(JSON.parse(text));
    expect(() => parseJsonWithLines('{"a": 1} x')).toThrow(JsonSyntaxError);
    expect(() => parseJsonWithLines('{"a": 01}')).toThrow(JsonSyntaxError);
    const polluted = parseJsonWithLines('{"__proto__": {"p": 1}}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('popup: active tab host', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the host from the active tab when activeTab exposes its URL, and null for non-web pages', async () => {
    const { activeHostname } = await import('@/components/popup/Popup');
    const win = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ windowId: win!.id, url: 'https://fag.kommune.dk:8443/borger/1/plan', active: true });
    expect(await activeHostname()).toBe('fag.kommune.dk');
    await fakeBrowser.tabs.create({ windowId: win!.id, url: 'chrome://extensions', active: true });
    expect(await activeHostname()).toBeNull();
  });
});
