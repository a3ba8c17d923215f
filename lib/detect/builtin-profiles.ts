/**
 * Built-in form profiles (data). The label words of each role live in lib/analysis/vocab/roles.ts (shared with the
 * headings of whole documents); URL hints and page signatures stay here.
 */
import type { FormProfile } from './compile';
import { ROLE_LABELS, type RoleLabels } from '@/lib/analysis/vocab/roles';

/** Profiles hold mutable lists (custom profiles are edited); the vocabulary stays read-only. */
const copy = (labels: RoleLabels): FormProfile['fields'] =>
  Object.fromEntries(Object.entries(labels).map(([role, words]) => [role, [...words]]));

export const JOBNET_CV: FormProfile = {
  id: 'jobnet-cv',
  name: 'Jobnet CV',
  kind: 'cv',
  urlHints: [{ host: 'jobnet.dk', path: 'cv' }, { path: '/cv/' }, { path: 'mit-cv' }],
  signatures: [
    'cv',
    'mit cv',
    'curriculum vitae',
    'jeg søger job som',
    'jobønsker',
    'arbejdserfaring',
    'erhvervserfaring',
    'kontaktoplysninger',
    'ansættelsesbetingelser',
    'cv status',
    'søgbarhed',
    'faglige kvalifikationer',
    'kørekort',
  ],
  fields: copy(ROLE_LABELS.cv),
};

export const MIN_PLAN: FormProfile = {
  id: 'minplan',
  name: 'Min Plan',
  kind: 'minplan',
  urlHints: [{ host: 'jobnet.dk', path: 'minplan' }, { path: 'min-plan' }, { path: 'minplan' }, { path: 'min_plan' }],
  signatures: [
    'min plan',
    'minplan',
    'mit mål',
    'mine mål',
    'mine aftaler',
    'aftaler',
    'jobplan',
    'plan og aftaler',
    'min plan og aftaler',
    'planlagte aktiviteter',
    'mødereferat',
  ],
  fields: copy(ROLE_LABELS.minplan),
};

export const REHAB_FORBEREDENDE: FormProfile = {
  id: 'rehab-forberedende',
  name: 'Rehabiliteringsplan, forberedende del',
  kind: 'rehab',
  urlHints: [{ path: 'forberedende' }, { path: 'rehabiliteringsplan' }, { path: 'rehabplan' }],
  signatures: [
    'rehabiliteringsplan',
    'rehabiliteringsplanens forberedende del',
    'forberedende del',
    'rehabiliteringsteam',
    'rehabiliteringsmøde',
    'forelæggelse for rehabiliteringsteamet',
  ],
  fields: copy(ROLE_LABELS.forberedende),
};

export const REHAB_INDSTILLING: FormProfile = {
  id: 'rehab-indstilling',
  name: 'Rehabiliteringsteamets indstilling',
  kind: 'rehab',
  subKind: 'indstilling',
  urlHints: [{ path: 'indstilling' }],
  signatures: [
    'rehabiliteringsteamets indstilling',
    'teamets indstilling',
    'indstilling',
    'rehabiliteringsteamets anbefaling',
    'indstilling til fleksjob',
    'rehabiliteringsteamet',
  ],
  fields: copy(ROLE_LABELS.indstilling),
};

export const BUILTIN_PROFILES: readonly FormProfile[] = [JOBNET_CV, MIN_PLAN, REHAB_FORBEREDENDE, REHAB_INDSTILLING];
