import '../storage/helpers';
import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshBackground } from '../storage/helpers';
import { request, parseResponse } from '@/lib/messaging/client';
import { createMessageListener } from '@/lib/messaging/server';
import { createHandlers } from '@/lib/storage/handlers';
import { failNextWrite, StorageError } from '@/lib/storage/errors';
import { installTestHooks } from '@/lib/storage/test-hooks';
import type { JobrettetDB } from '@/lib/storage/db';

const KEY = 'https://x.dk/minplan';
const note = { id: 'n1', formKey: KEY, caseLabel: '', formKind: 'minplan' as const, text: 'hej', tags: [] };

describe('typed messaging', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    db = await freshBackground();
  });

  it('round-trips a save and a list through runtime messaging', async () => {
    const saved = await request({ type: 'notes.save', note });
    expect(saved.note.text).toBe('hej');
    const list = await request({ type: 'notes.list', formKey: KEY, caseLabel: '' });
    expect(list.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('an invalid request is refused by the background with the invalid code and stores nothing', async () => {
    await expect(request({ type: 'notes.save', note: { ...note, text: '' } })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.notes.count()).toBe(0);
  });

  it('the background never answers with a result that fails its schema', async () => {
    const handlers = { ...createHandlers(db), 'notes.list': async () => ({ notes: [{ id: 1 }], labels: [] }) } as never;
    const listener = createMessageListener(handlers);
    const reply = await new Promise((resolve) => listener({ ns: 'jobrettet', type: 'notes.list', formKey: KEY, caseLabel: '' }, {}, resolve));
    expect(reply).toEqual({ ok: false, error: { code: 'invalid', detail: 'result failed validation' } });
  });

  it('the background refuses an invalid request with a typed error and ignores foreign messages', async () => {
    const reply = await fakeBrowser.runtime.sendMessage({ ns: 'jobrettet', type: 'notes.save', note: { ...note, formKey: 42 } });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid', detail: 'request failed validation' } });
    const unknownType = await fakeBrowser.runtime.sendMessage({ ns: 'jobrettet', type: 'db.drop' });
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Not ours: the listener does not answer, so nothing resolves with our shape.
    const listener = createMessageListener(createHandlers(db));
    let answered = false;
    expect(listener({ type: 'other' }, {}, () => (answered = true))).toBe(false);
    expect(answered).toBe(false);
  });

  it('the client rejects a malformed envelope and passes on the error code', () => {
    expect(() => parseResponse('notes.list', { ok: true, data: null })).toThrow(StorageError);
    expect(() => parseResponse('notes.list', { ok: true })).toThrow(/malformed response/);
    expect(() => parseResponse('notes.list', undefined)).toThrow(/no valid response/);
    expect(() => parseResponse('notes.list', { ok: false, error: { code: 'drop tables' } })).toThrow(/no valid response/);
    expect(() => parseResponse('notes.list', 'pong')).toThrow(StorageError);
    expect(() => parseResponse('notes.save', { ok: false, error: { code: 'quota' } })).toThrow(expect.objectContaining({ code: 'quota', message: 'quota' }));
    expect(() => parseResponse('notes.save', { ok: false, error: { code: 'locked', detail: 'policy' } })).toThrow(expect.objectContaining({ code: 'locked', message: 'policy' }));
    expect(parseResponse('ping', { ok: true, data: { pong: true } })).toEqual({ pong: true });
  });

  it('maps a quota failure to the quota code', async () => {
    failNextWrite('QuotaExceededError');
    await expect(request({ type: 'notes.save', note })).rejects.toMatchObject({ code: 'quota' });
    expect(await db.notes.count()).toBe(0);
  });

  it('the product listener knows no test hook (it lives in the test build only, lib/storage/test-hooks.ts)', async () => {
    const listener = createMessageListener(createHandlers(db));
    const extPage = { url: 'chrome-extension://test-extension-id/overview.html' };
    const answer = await new Promise((resolve) => listener({ ns: 'jobrettet', type: 'test.failNextWrite', errorName: 'QuotaExceededError' }, extPage, resolve));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await request({ type: 'notes.save', note });
    expect(await db.notes.count()).toBe(1);
  });

  it('the test build’s hook is refused from a content script (a web page URL)', async () => {
    installTestHooks();
    const fromPage = await fakeBrowser.runtime.sendMessage({ ns: 'jobrettet-test', type: 'failNextWrite', errorName: 'QuotaExceededError' });
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await request({ type: 'notes.save', note });
    expect(await db.notes.count()).toBe(1);
  });
});

describe('service worker restarts and timeouts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('times out with a typed error when the background never answers', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => true as never); // keeps the channel open, never responds
    await expect(request({ type: 'ping' }, { timeoutMs: 50 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('retries once when the background is not there yet, then reports it unavailable', async () => {
    // No listener: fakeBrowser throws "No listeners available", like Chrome while the worker starts.
    await expect(request({ type: 'ping' }, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'unavailable' });
    let calls = 0;
    const real = createMessageListener(createHandlers());
    const original = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
    const spy = (msg: unknown) => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return original(msg as never);
    };
    fakeBrowser.runtime.onMessage.addListener(real as never);
    (fakeBrowser.runtime as unknown as { sendMessage: typeof spy }).sendMessage = spy;
    try {
      await expect(request({ type: 'ping' })).resolves.toEqual({ pong: true });
      expect(calls).toBe(2);
    } finally {
      (fakeBrowser.runtime as unknown as { sendMessage: typeof original }).sendMessage = original;
    }
  });
});
