import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_DA } from '@/entrypoints/panel.content/frame-strings';
import { FIELD_ROLES, FORM_KINDS } from '@/lib/analysis/types';
import { keyPart } from '@/lib/i18n';
import { parseMessagesYaml } from '@/lib/i18n/yaml';

const DA = parseMessagesYaml(readFileSync('locales/da.yml', 'utf8'));

describe("the loader's Danish frame strings", () => {
  it('say exactly what locales/da.yml says', () => {
    for (const [key, text] of Object.entries(FRAME_DA)) expect([key, text]).toEqual([key, DA[key]]);
  });

  it('name every form kind and every field role the panel can show', () => {
    for (const kind of [...FORM_KINDS, 'indstilling']) expect(FRAME_DA[`panel.kind.${kind}`], kind).toBeTruthy();
    for (const role of FIELD_ROLES) expect(FRAME_DA[`panel.role.${keyPart(role)}`], role).toBeTruthy();
  });
});
