import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { CATEGORIES, FIELD_ROLES, FORM_KINDS } from '@/lib/analysis/types';
import { FormProfileSchema } from '@/lib/detect/profiles';
import { validCustomProfiles } from '@/lib/panel/custom-profiles';
import { DEFAULT_SETTINGS, LOCALES, MANAGED_KEY_OF, managedPolicySchema, MAX_RETENTION_DAYS, userSettingsSchema, parseManagedPolicy } from '@/lib/settings';

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as Json;

/**
 * Chromium's policy schema (components/policy/core/common/schema.cc): a JSON-schema subset. Each node has
 * exactly one `type` (or a `$ref` to an `id`); only these attributes exist; arrays need `items`; `enum` only
 * on strings and integers; ranges only on integers and numbers; the top level is an object without
 * `additionalProperties`.
 */
const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
const ATTRIBUTES = new Set(['type', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'id', '$ref', 'title', 'description', 'required', 'sensitiveValue']);

function chromiumSchemaErrors(node: unknown, path: string, ids: Set<string>, root = false): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [`${path}: not an object`];
  const n = node as Json;
  const errors: string[] = [];
  for (const key of Object.keys(n)) if (!ATTRIBUTES.has(key) && !(root && key === '$schema')) errors.push(`${path}: unknown attribute "${key}"`);
  if (n.$ref !== undefined) {
    if (typeof n.$ref !== 'string' || !ids.has(n.$ref)) errors.push(`${path}: $ref to an unknown id`);
    if (n.type !== undefined) errors.push(`${path}: $ref and type together`);
    return errors;
  }
  if (typeof n.type !== 'string' || !TYPES.includes(n.type)) return [...errors, `${path}: needs exactly one type of ${TYPES.join('/')}`];
  const type = n.type;
  if (root && type !== 'object') errors.push(`${path}: the top level must be an object`);
  if (root && n.additionalProperties !== undefined) errors.push(`${path}: the top level cannot have additionalProperties`);
  const objectOnly = ['properties', 'additionalProperties', 'patternProperties', 'required'];
  for (const a of objectOnly) if (n[a] !== undefined && type !== 'object') errors.push(`${path}: ${a} on a ${type}`);
  if (n.items !== undefined && type !== 'array') errors.push(`${path}: items on a ${type}`);
  if (n.pattern !== undefined && (type !== 'string' || typeof n.pattern !== 'string')) errors.push(`${path}: pattern only on strings`);
  for (const a of ['minimum', 'maximum']) {
    if (n[a] !== undefined && ((type !== 'integer' && type !== 'number') || typeof n[a] !== 'number')) errors.push(`${path}: ${a} only on numbers`);
  }
  if (n.enum !== undefined) {
    if (type !== 'string' && type !== 'integer') errors.push(`${path}: enum only on strings and integers`);
    else if (!Array.isArray(n.enum) || n.enum.length === 0) errors.push(`${path}: enum must be a non-empty list`);
    else if (!n.enum.every((v) => (type === 'string' ? typeof v === 'string' : Number.isInteger(v)))) errors.push(`${path}: enum values of the wrong type`);
  }
  if (type === 'object') {
    if (n.properties === undefined && n.additionalProperties === undefined && n.patternProperties === undefined) {
      errors.push(`${path}: an object without properties (Chromium drops every key of it)`);
    }
    for (const [k, child] of Object.entries((n.properties ?? {}) as Json)) errors.push(...chromiumSchemaErrors(child, `${path}.${k}`, ids));
    if (n.additionalProperties !== undefined) errors.push(...chromiumSchemaErrors(n.additionalProperties, `${path}.additionalProperties`, ids));
    if (n.required !== undefined && !(Array.isArray(n.required) && n.required.every((r) => typeof r === 'string' && r in ((n.properties ?? {}) as Json)))) {
      errors.push(`${path}: required must list declared properties`);
    }
  }
  if (type === 'array') {
    if (n.items === undefined) errors.push(`${path}: arrays must have items`);
    else errors.push(...chromiumSchemaErrors(n.items, `${path}[]`, ids));
  }
  return errors;
}

function collectIds(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const n = node as Json;
    if (typeof n.id === 'string') out.add(n.id);
    for (const v of Object.values(n)) collectIds(v, out);
  }
  return out;
}

/** What Chromium publishes in storage.managed: values filtered by the schema, undeclared properties deleted. */
function normaliseLikeChromium(node: Json, value: unknown): unknown {
  if (node.type === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const props = (node.properties ?? {}) as Record<string, Json>;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const child = props[k] ?? (node.additionalProperties as Json | undefined);
      if (!child) continue;
      const nv = normaliseLikeChromium(child, v);
      if (nv !== undefined) out[k] = nv;
    }
    return out;
  }
  if (node.type === 'array') return Array.isArray(value) ? value.map((v) => normaliseLikeChromium(node.items as Json, v)).filter((v) => v !== undefined) : undefined;
  return value;
}

interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  valueType?: { _zod: { def: ZodDef } };
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (s: unknown) => (s as { _zod: { def: ZodDef } })._zod.def;

/** Every property of a zod schema must be declared at the same place in the JSON schema, all the way down. */
function undeclared(def: ZodDef, node: Json, path: string): string[] {
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return undeclared(defOf(def.innerType), node, path);
  if (def.type === 'object') {
    if (node.type !== 'object') return [`${path}: object in zod, ${String(node.type)} in the schema`];
    const props = (node.properties ?? {}) as Record<string, Json>;
    return Object.entries(def.shape!).flatMap(([k, child]) => (props[k] ? undeclared(defOf(child), props[k], `${path}.${k}`) : [`${path}.${k}: not declared`]));
  }
  if (def.type === 'record') {
    // Field roles: each role a declared property, so Chromium keeps them.
    const props = (node.properties ?? {}) as Record<string, Json>;
    return [...FIELD_ROLES].filter((r) => !props[r]).map((r) => `${path}.${r}: not declared`).concat(Object.entries(props).flatMap(([k, child]) => undeclared(defOf(def.valueType), child, `${path}.${k}`)));
  }
  if (def.type === 'array') return node.type === 'array' ? undeclared(defOf(def.element), node.items as Json, `${path}[]`) : [`${path}: array in zod, ${String(node.type)} in the schema`];
  if (def.type === 'enum') return JSON.stringify(Object.values(def.entries!).sort()) === JSON.stringify([...((node.enum ?? []) as string[])].sort()) ? [] : [`${path}: enum differs`];
  if (def.type === 'literal') return JSON.stringify(def.values) === JSON.stringify(node.enum) ? [] : [`${path}: literal differs`];
  if (def.type === 'string') return node.type === 'string' ? [] : [`${path}: string in zod`];
  if (def.type === 'int' || def.type === 'number') return node.type === 'integer' || node.type === 'number' ? [] : [`${path}: number in zod`];
  return [];
}

const profiles = (schema.properties as Record<string, Json>).profiles;

/** A profile with every key the profile schema knows, as an administrator would deploy it. */
const FULL_PROFILE = {
  id: 'momentum-indstilling',
  name: 'Indstilling i Momentum',
  kind: 'rehab',
  subKind: 'indstilling',
  urlHints: [{ host: 'momentum.kommune.dk', path: '/sag/*/indstilling' }],
  signatures: ['Indstilling til rehabiliteringsteamet'],
  fields: { recommendation: ['Indstilling'], justification: ['Begrundelse'], 'job-goal': ['Beskæftigelsesmål'] },
};

describe('public/managed_schema.json', () => {
  it("follows Chromium's policy-schema rules", () => {
    expect(chromiumSchemaErrors(schema, '$', collectIds(schema), true)).toEqual([]);
  });

  it('the rule check catches what Chromium refuses or drops', () => {
    const ids = new Set<string>();
    expect(chromiumSchemaErrors({ type: 'object', properties: { p: { type: 'array', items: { type: 'object' } } } }, '$', ids, true)).toEqual(['$.p[]: an object without properties (Chromium drops every key of it)']);
    expect(chromiumSchemaErrors({ type: 'object', properties: { a: { type: 'array' }, b: { type: 'string', minLength: 1 }, c: { $ref: 'X' } } }, '$', ids, true)).toEqual(['$.a: arrays must have items', '$.b: unknown attribute "minLength"', '$.c: $ref to an unknown id']);
  });

  it('declares every managed-policy key and every setting the options page can set', () => {
    const declared = Object.keys(schema.properties as Json).sort();
    expect(declared).toEqual(Object.keys(managedPolicySchema().shape).sort());
    for (const key of Object.keys(userSettingsSchema().shape)) expect(declared).toContain(MANAGED_KEY_OF[key as keyof typeof MANAGED_KEY_OF]);
    expect(Object.keys(MANAGED_KEY_OF).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(undeclared(defOf(managedPolicySchema()), schema, '$')).toEqual([]);
  });

  it('matches the settings constants (locales, categories, retention range, form kinds)', () => {
    const p = schema.properties as Record<string, Json>;
    expect(p.locale.enum).toEqual([...LOCALES]);
    expect((p.disabledCategories.items as Json).enum).toEqual([...CATEGORIES]);
    expect([p.retentionDays.minimum, p.retentionDays.maximum]).toEqual([1, MAX_RETENTION_DAYS]);
    expect(((profiles.items as Json).properties as Record<string, Json>).kind.enum).toEqual([...FORM_KINDS]);
  });

  it('declares every property of a form profile, nested (urlHints, fields per role)', () => {
    expect(undeclared(defOf(FormProfileSchema), profiles.items as Json, 'profiles[]')).toEqual([]);
  });

  it('a full profile survives Chromium dropping undeclared properties and still works', () => {
    const policy = { profiles: [FULL_PROFILE], retentionDays: 30, urlPatterns: ['*.kommune.dk'] };
    const published = normaliseLikeChromium(schema, policy);
    expect(published).toEqual(policy);
    expect(FormProfileSchema.safeParse(FULL_PROFILE).success).toBe(true);
    const parsed = parseManagedPolicy(published);
    expect(validCustomProfiles(parsed.profiles).map((p) => [p.id, p.subKind, Object.keys(p.fields)])).toEqual([['momentum-indstilling', 'indstilling', ['recommendation', 'justification', 'job-goal']]]);
    // The schema before profiles were declared: Chromium published [{}].
    expect(normaliseLikeChromium({ type: 'object', properties: { profiles: { type: 'array', items: { type: 'object', properties: {} } } } }, { profiles: [FULL_PROFILE] })).toEqual({ profiles: [{}] });
  });
});
