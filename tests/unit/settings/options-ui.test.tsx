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

  const field = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[data-setting="${name}"]`)!;
  const input = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const userProfile = { id: 'egen', name: 'Egen Min Plan', kind: 'minplan', fields: { agreement: ['Aftale'] } };
  const policyProfile = { id: 'central', name: 'Central indstilling', kind: 'rehab', subKind: 'indstilling', urlHints: [{ host: 'fag.kommune.dk', path: '/indstilling' }], signatures: ['Indstilling'], fields: { recommendation: ['Indstilling'] } };

  it('a policy removed while the page is open shows the value now in force, and saving keeps it', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 120 } });
    await fakeBrowser.storage.managed.set({ retentionDays: 30 });
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(field(root, 'retentionDays').value).toBe('30'));
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(field(root, 'retentionDays').disabled).toBe(false));
    expect(field(root, 'retentionDays').value).toBe('120');
    root.querySelector<HTMLButtonElement>('[data-action="save-retention"]')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('Gemt'));
    expect((await loadSettings()).retentionDays).toBe(120);
    expect(root.querySelectorAll('[data-locked]')).toHaveLength(0);
  });

  it('a policy set or changed while the page is open locks and replaces the field; an unrelated edit survives', async () => {
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(field(root, 'retentionDays').value).toBe('90'));
    input(field(root, 'retentionDays'), '45');
    await fakeBrowser.storage.managed.set({ disabledCategories: ['smart'] });
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('[data-category="smart"]')!.disabled).toBe(true));
    expect(field(root, 'retentionDays').value).toBe('45');
    await fakeBrowser.storage.managed.set({ retentionDays: 10 });
    await vi.waitFor(() => expect(field(root, 'retentionDays').value).toBe('10'));
    expect(field(root, 'retentionDays').disabled).toBe(true);
    await fakeBrowser.storage.managed.set({ retentionDays: 20 });
    await vi.waitFor(() => expect(field(root, 'retentionDays').value).toBe('20'));
  });

  it('policy profiles replace the editor live and give the user their own back when removed', async () => {
    await fakeBrowser.storage.local.set({ settings: { customProfiles: [userProfile] } });
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(JSON.parse(field(root, 'customProfiles').value)).toEqual([userProfile]));
    await fakeBrowser.storage.managed.set({ profiles: [policyProfile] });
    await vi.waitFor(() => expect(field(root, 'customProfiles').disabled).toBe(true));
    expect(JSON.parse(field(root, 'customProfiles').value)).toEqual([policyProfile]);
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(field(root, 'customProfiles').disabled).toBe(false));
    expect(JSON.parse(field(root, 'customProfiles').value)).toEqual([userProfile]);
    root.querySelector<HTMLButtonElement>('[data-action="save-profiles"]')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('1'));
    expect((await loadSettings()).customProfiles).toEqual([userProfile]);
  });

  it('adding a site writes against the stored list, not the one the page last showed', async () => {
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(field(root, 'site-input')).not.toBeNull());
    // Written elsewhere (the popup) without an onChanged event reaching this page yet.
    fakeBrowser.storage.onChanged.removeAllListeners();
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['a.dk'] } });
    input(field(root, 'site-input'), 'b.dk');
    await new Promise((r) => setTimeout(r, 0)); // let Preact render the typed text
    root.querySelector<HTMLButtonElement>('[data-action="add-site"]')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['a.dk', 'b.dk']));
    await vi.waitFor(() => expect([...root.querySelectorAll('[data-site]')].map((e) => e.getAttribute('data-site'))).toEqual(['a.dk', 'b.dk']));
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

  it('follows a policy set and removed while it is open', async () => {
    const root = mount(<Popup hostname="fag.kommune.dk" />);
    const toggle = () => root.querySelector<HTMLButtonElement>('[data-action="toggle-site"]')!;
    await vi.waitFor(() => expect(toggle().disabled).toBe(false));
    await fakeBrowser.storage.managed.set({ disabledSites: ['kommune.dk'] });
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="off"]')).not.toBeNull());
    expect(toggle().disabled).toBe(true);
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(root.querySelector('[data-site-state="on"]')).not.toBeNull());
    expect(toggle().disabled).toBe(false);
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
