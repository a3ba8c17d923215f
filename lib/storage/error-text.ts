import { makeT } from '@/lib/settings/i18n';
import type { Locale } from '@/lib/settings/schema';
import type { StorageErrorCode } from './errors';

const t = makeT<StorageErrorCode>({
  da: {
    invalid: 'Data blev afvist, fordi de ikke har den rigtige form.',
    quota: 'Der er ikke mere plads til Jobrettets data på denne computer. Slet gamle noter eller data i indstillingerne, og prøv igen.',
    blocked: 'Databasen er optaget (måske opdateres Jobrettet i en anden fane). Luk andre faner med Jobrettet, og prøv igen.',
    'not-found': 'Det findes ikke længere.',
    forbidden: 'Handlingen er ikke tilladt.',
    locked: 'Indstillingen er låst af din organisation.',
    timeout: 'Jobrettet svarede ikke i tide. Prøv igen.',
    unavailable: 'Jobrettets baggrundsdel var ikke klar (den genstarter måske). Prøv igen.',
    unknown: 'Noget gik galt under gemningen. Prøv igen.',
  },
  en: {
    invalid: 'The data was rejected because it does not have the right shape.',
    quota: 'There is no more room for Jobrettet data on this computer. Delete old notes or data in the settings and try again.',
    blocked: 'The database is busy (Jobrettet may be updating in another tab). Close other tabs with Jobrettet and try again.',
    'not-found': 'It no longer exists.',
    forbidden: 'This action is not allowed.',
    locked: 'This setting is locked by your organisation.',
    timeout: 'Jobrettet did not answer in time. Try again.',
    unavailable: 'Jobrettet’s background part was not ready (it may be restarting). Try again.',
    unknown: 'Something went wrong while saving. Try again.',
  },
});

export function storageErrorText(locale: Locale, code: StorageErrorCode): string {
  return t(locale, code);
}
