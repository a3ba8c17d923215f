import { afterEach, describe, expect, it } from 'vitest';
import { parseMessagesYaml } from '@/lib/i18n/yaml';
import { forcedLocale, keyPart, t } from '@/lib/i18n';
import fs from 'node:fs';

describe('parseMessagesYaml', () => {
  it('flattens nested maps with dots and reads quoted, plain and block scalars', () => {
    const out = parseMessagesYaml(
      [
        'top: Hej # comment',
        '# a comment line',
        'panel:',
        '  title: Jobrettet',
        "  quoted: 'Indsæt \"$1\" nu'",
        '  dq: "a\\nb"',
        '  deep:',
        '    key: dyb',
        '  block: |',
        '    linje 1',
        '    linje 2',
        'after: efter',
      ].join('\n'),
    );
    expect(out).toEqual({
      top: 'Hej',
      'panel.title': 'Jobrettet',
      'panel.quoted': 'Indsæt "$1" nu',
      'panel.dq': 'a\nb',
      'panel.deep.key': 'dyb',
      'panel.block': 'linje 1\nlinje 2',
      after: 'efter',
    });
  });

  it('skips lines it does not understand instead of throwing', () => {
    expect(parseMessagesYaml('- list item\nok: ja\n  : broken')).toEqual({ ok: 'ja' });
  });

  it('reads both shipped locale files with the same panel keys', () => {
    const da = parseMessagesYaml(fs.readFileSync('locales/da.yml', 'utf8'));
    const en = parseMessagesYaml(fs.readFileSync('locales/en.yml', 'utf8'));
    const panelKeys = (m: Record<string, string>) => Object.keys(m).filter((k) => k.startsWith('panel.')).sort();
    expect(panelKeys(da).length).toBeGreaterThan(50);
    expect(panelKeys(en)).toEqual(panelKeys(da));
    // chrome.i18n message names allow only [A-Za-z0-9_] once "." becomes "_".
    for (const k of Object.keys(da)) expect(k.replace(/\./g, '_')).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('t', () => {
  afterEach(() => {
    forcedLocale.value = null;
  });

  it('follows the forced locale from the settings', () => {
    forcedLocale.value = 'da';
    expect(t('panel.score')).toBe('Jobfokus');
    forcedLocale.value = 'en';
    expect(t('panel.score')).toBe('Job focus');
  });

  it('fills $1 and $2 placeholders', () => {
    forcedLocale.value = 'da';
    expect(t('panel.points', 3, 10)).toBe('3 af 10 point');
  });

  it('names roles and form kinds in Danish', () => {
    forcedLocale.value = 'da';
    expect(t(`panel.role.${keyPart('cv-job-wish')}`)).toBe('Jeg søger job som');
    expect(t('panel.role.accommodations')).toBe('Skånehensyn');
    expect(t('panel.kind.minplan')).toBe('Min Plan');
  });

  it('falls back to the key for unknown messages', () => {
    forcedLocale.value = 'en';
    expect(t('panel.doesNotExist')).toBe('panel.doesNotExist');
  });
});
