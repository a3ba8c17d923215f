import { makeT } from '@/lib/settings/i18n';

export const tPopup = makeT({
  da: {
    title: 'Jobrettet',
    onHere: 'Jobrettet er slået til på {host}.',
    offHere: 'Jobrettet er slået fra på {host}.',
    notAllowed: 'Din organisation har ikke slået Jobrettet til på {host}.',
    noSite: 'Jobrettet kan ikke bruges på denne side.',
    switchLabel: 'Jobrettet på {host}',
    on: 'til',
    off: 'fra',
    locked: 'Låst af din organisation',
    reload: 'Genindlæs siden, for at ændringen får fuld virkning.',
    options: 'Indstillinger',
    overview: 'Oversigt over noter og kvalitetstjek',
    error: 'Kunne ikke gemme ændringen.',
  },
  en: {
    title: 'Jobrettet',
    onHere: 'Jobrettet is on for {host}.',
    offHere: 'Jobrettet is off for {host}.',
    notAllowed: 'Your organisation has not enabled Jobrettet on {host}.',
    noSite: 'Jobrettet cannot be used on this page.',
    switchLabel: 'Jobrettet on {host}',
    on: 'on',
    off: 'off',
    locked: 'Locked by your organisation',
    reload: 'Reload the page for the change to take full effect.',
    options: 'Settings',
    overview: 'Overview of notes and quality checks',
    error: 'Could not save the change.',
  },
});

export type PopupKey = Parameters<typeof tPopup>[1];
