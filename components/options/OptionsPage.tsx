import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/lib/analysis/types';
import { hostPatternSchema, loadSettings, MAX_RETENTION_DAYS, normaliseHost, saveUserSettings, SettingLockedError, watchSettings, type EffectiveSettings, type Locale, type Settings } from '@/lib/settings';
import { runRetention } from '@/lib/storage/handlers';
import { deleteAllData } from '@/lib/storage/repositories';
import { clearDismissals } from '@/lib/storage/dismissals';
import { countExpiring } from '@/lib/storage/retention-preview';
import { checkProfilesJson, type ProfileError } from './profiles';
import { CATEGORY_LABELS, tOptions, type OptionsKey } from './strings';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function Locked({ on, t }: { on: boolean | undefined; t: (k: OptionsKey) => string }) {
  return on ? (
    <span class="locked" data-locked>
      {t('locked')}
    </span>
  ) : null;
}

function StatusLine({ status, id }: { status: Status; id?: string }) {
  return (
    <p id={id} aria-live="polite" class={status?.kind === 'error' ? 'error' : 'ok'} role={status?.kind === 'error' ? 'alert' : undefined}>
      {status?.text ?? ''}
    </p>
  );
}

/** The site the user came from (the popup links here with `?site=<host>`), or null. */
export function siteFromUrl(href: string): string | null {
  try {
    const raw = new URL(href).searchParams.get('site');
    const host = raw ? normaliseHost(raw) : '';
    return host && hostPatternSchema().safeParse(host).success ? host : null;
  } catch {
    return null;
  }
}

export function OptionsPage({ currentSite = siteFromUrl(location.href) }: { currentSite?: string | null } = {}) {
  const [s, setS] = useState<EffectiveSettings | null>(null);
  const [confirmRetention, setConfirmRetention] = useState<{ days: number; notes: number; reviews: number } | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [retention, setRetention] = useState('');
  const [profilesText, setProfilesText] = useState('');
  const [profileErrors, setProfileErrors] = useState<ProfileError[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState<Record<string, Status>>({});

  // The text fields hold what the user types; `synced` is the effective value each one last showed. A field the user
  // has not edited follows every change of the settings (a policy set, changed or removed while the page is open),
  // so a save never writes a stale value; a field that becomes locked always shows the policy's value.
  const fields = useRef({ retention: '', profiles: '' });
  const synced = useRef({ retention: '', profiles: '', retentionLocked: false, profilesLocked: false });
  const profilesToText = (v: EffectiveSettings) => (v.customProfiles.length ? JSON.stringify(v.customProfiles, null, 2) : '');
  const setRetentionText = (text: string) => {
    fields.current.retention = text;
    setRetention(text);
  };
  const setProfilesField = (text: string) => {
    fields.current.profiles = text;
    setProfilesText(text);
  };
  const follow = (v: EffectiveSettings, force = false) => {
    const f = fields.current;
    const base = synced.current;
    const retentionLocked = Boolean(v.locked.retentionDays);
    const profilesLocked = Boolean(v.locked.customProfiles);
    if (force || f.retention === base.retention || retentionLocked || base.retentionLocked) {
      setRetentionText(String(v.retentionDays));
      base.retention = String(v.retentionDays);
    }
    if (force || f.profiles === base.profiles || profilesLocked || base.profilesLocked) {
      const text = profilesToText(v);
      setProfilesField(text);
      base.profiles = text;
      if (profilesLocked || base.profilesLocked) setProfileErrors([]);
    }
    base.retentionLocked = retentionLocked;
    base.profilesLocked = profilesLocked;
    setS(v);
  };

  useEffect(() => {
    let alive = true;
    void loadSettings().then((v) => alive && follow(v, true));
    const stop = watchSettings((v) => alive && follow(v));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (s) document.documentElement.lang = s.locale;
  }, [s?.locale]);

  if (!s) return <main aria-busy="true" />;
  const locale: Locale = s.locale;
  const t = (k: OptionsKey, v?: Record<string, string | number>) => tOptions(locale, k, v);
  const setOne = (key: string, st: Status) => setStatus((p) => ({ ...p, [key]: st }));

  /** `patch` is computed from fresh settings (never from what this page last rendered). */
  const save = async (key: string, patch: (fresh: EffectiveSettings) => Partial<Settings>, okText = t('saved')) => {
    try {
      follow(await saveUserSettings(patch(await loadSettings())));
      setOne(key, { kind: 'ok', text: okText });
      return true;
    } catch (err) {
      const reason = err instanceof SettingLockedError ? t('locked') : String(err instanceof Error ? err.message : err);
      setOne(key, { kind: 'error', text: t('error', { reason }) });
      return false;
    }
  };

  const disableSite = (host: string) => save('sites', (fresh) => ({ disabledSites: [...new Set([...fresh.disabledSites, host])] }));

  const addSite = async () => {
    const host = normaliseHost(siteInput.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));
    if (!hostPatternSchema().safeParse(host).success) {
      setOne('sites', { kind: 'error', text: t('siteInvalid') });
      return;
    }
    if (await disableSite(host)) setSiteInput('');
  };

  const toggleCategory = (c: Category, on: boolean) => {
    void save('categories', (fresh) => ({ disabledCategories: on ? fresh.disabledCategories.filter((x) => x !== c) : [...new Set([...fresh.disabledCategories, c])] }));
  };

  const commitRetention = async (n: number) => {
    setConfirmRetention(null);
    if (await save('retention', () => ({ retentionDays: n }))) {
      setRetentionText(String(n));
      synced.current.retention = String(n);
      const deleted = await runRetention().catch(() => 0);
      setOne('retention', { kind: 'ok', text: deleted > 0 ? `${t('saved')} ${t('retentionDeleted', { n: deleted })}` : t('saved') });
    }
  };

  const saveRetention = async () => {
    const n = Number(retention);
    if (!Number.isInteger(n) || n < 1 || n > MAX_RETENTION_DAYS) {
      setOne('retention', { kind: 'error', text: t('retentionInvalid') });
      return;
    }
    if (retention === synced.current.retention) {
      // Unchanged by the user: nothing to write (the field already shows the value in force).
      setOne('retention', { kind: 'ok', text: t('saved') });
      return;
    }
    // A shorter retention deletes data at once: say how much, and ask first.
    if (n < s.retentionDays) {
      const c = await countExpiring(n).catch(() => ({ notes: 0, reviews: 0 }));
      if (c.notes + c.reviews > 0) {
        setConfirmRetention({ days: n, ...c });
        return;
      }
    }
    await commitRetention(n);
  };

  const saveProfiles = async () => {
    const r = checkProfilesJson(profilesText, locale);
    if (!r.ok) {
      setProfileErrors(r.errors);
      setOne('profiles', { kind: 'error', text: t('profilesErrors') });
      return;
    }
    setProfileErrors([]);
    const text = profilesText;
    if (await save('profiles', () => ({ customProfiles: r.profiles }), t('profilesSaved', { n: r.profiles.length }))) {
      // Keep what the user wrote (their formatting) as the synced text.
      setProfilesField(text);
      synced.current.profiles = text;
    }
  };

  const doDeleteAll = async () => {
    setConfirmDelete(false);
    try {
      await deleteAllData();
      await clearDismissals();
      setOne('delete', { kind: 'ok', text: t('deleteAllDone') });
    } catch (err) {
      setOne('delete', { kind: 'error', text: t('error', { reason: String(err instanceof Error ? err.message : err) }) });
    }
  };

  return (
    <main data-page="options">
      <h1>{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <nav>
        <a href="overview.html">{t('openOverview')}</a>
      </nav>

      <section aria-labelledby="opt-lang">
        <h2 id="opt-lang">{t('language')}</h2>
        <div class="row">
          <label for="opt-locale">{t('languageLabel')}</label>
          <select id="opt-locale" data-setting="locale" disabled={s.locked.locale} value={s.locale} onChange={(e) => {
              const locale = (e.target as HTMLSelectElement).value as Locale;
              void save('locale', () => ({ locale }));
            }}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
          <Locked on={s.locked.locale} t={t} />
        </div>
        <StatusLine status={status.locale ?? null} />
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">
          {t('sites')}
          <Locked on={s.locked.disabledSites} t={t} />
        </h2>
        {s.allowedSites.length > 0 && <p class="hint">{t('allowed', { sites: s.allowedSites.join(', ') })}</p>}
        {s.disabledSites.length === 0 ? (
          <p class="hint">{t('sitesNone')}</p>
        ) : (
          <ul class="plain" data-setting="disabledSites">
            {s.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <code>{site}</code>{' '}
                <button type="button" class="secondary" disabled={s.locked.disabledSites} onClick={() => void save('sites', (fresh) => ({ disabledSites: fresh.disabledSites.filter((x) => x !== site) }))}>
                  {t('siteRemove', { site })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="row">
          <label for="opt-site">{t('siteAdd')}</label>
          <input id="opt-site" type="text" data-setting="site-input" disabled={s.locked.disabledSites} value={siteInput} onInput={(e) => setSiteInput((e.target as HTMLInputElement).value)} onKeyDown={(e) => e.key === 'Enter' && void addSite()} />
          <button type="button" data-action="add-site" disabled={s.locked.disabledSites} onClick={() => void addSite()}>
            {t('siteAddButton')}
          </button>
        </div>
        {currentSite && !s.disabledSites.includes(currentSite) && (
          <div class="row">
            <button type="button" data-action="disable-current-site" data-site-host={currentSite} disabled={s.locked.disabledSites} onClick={() => void disableSite(currentSite)}>
              {t('siteDisableCurrent', { site: currentSite })}
            </button>
          </div>
        )}
        <StatusLine status={status.sites ?? null} />
      </section>

      <section aria-labelledby="opt-cat">
        <h2 id="opt-cat">
          {t('categories')}
          <Locked on={s.locked.disabledCategories} t={t} />
        </h2>
        <p class="hint">{t('categoriesIntro')}</p>
        <ul class="plain">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <label>
                <input type="checkbox" data-category={c} disabled={s.locked.disabledCategories} checked={!s.disabledCategories.includes(c)} onChange={(e) => toggleCategory(c, (e.target as HTMLInputElement).checked)} /> {CATEGORY_LABELS[c][locale]}
              </label>
            </li>
          ))}
        </ul>
        <StatusLine status={status.categories ?? null} />
      </section>

      <section aria-labelledby="opt-ret">
        <h2 id="opt-ret">{t('retention')}</h2>
        <div class="row">
          <label for="opt-retention">{t('retentionLabel')}</label>
          <input id="opt-retention" type="number" min={1} max={MAX_RETENTION_DAYS} step={1} data-setting="retentionDays" disabled={s.locked.retentionDays} value={retention} aria-describedby="opt-ret-hint" onInput={(e) => setRetentionText((e.target as HTMLInputElement).value)} />
          <button type="button" data-action="save-retention" disabled={s.locked.retentionDays} onClick={() => void saveRetention()}>
            {t('retentionSave')}
          </button>
          <Locked on={s.locked.retentionDays} t={t} />
        </div>
        <p class="hint" id="opt-ret-hint">
          {t('retentionHint')}
        </p>
        {confirmRetention && (
          <div class="confirm" role="alertdialog" aria-labelledby="opt-ret-confirm" data-retention-confirm="">
            <p id="opt-ret-confirm">{t('retentionConfirm', { days: confirmRetention.days, notes: confirmRetention.notes, reviews: confirmRetention.reviews })}</p>
            <button type="button" class="danger" data-action="confirm-retention" onClick={() => void commitRetention(confirmRetention.days)}>
              {t('retentionConfirmYes')}
            </button>{' '}
            <button type="button" class="secondary" data-action="cancel-retention" onClick={() => setConfirmRetention(null)}>
              {t('retentionConfirmNo')}
            </button>
          </div>
        )}
        <StatusLine status={status.retention ?? null} />
      </section>

      <section aria-labelledby="opt-prof">
        <h2 id="opt-prof">
          {t('profiles')}
          <Locked on={s.locked.customProfiles} t={t} />
        </h2>
        <p class="hint">{t('profilesIntro')}</p>
        <label for="opt-profiles">{t('profilesLabel')}</label>
        <textarea
          id="opt-profiles"
          rows={14}
          spellcheck={false}
          data-setting="customProfiles"
          disabled={s.locked.customProfiles}
          value={profilesText}
          aria-invalid={profileErrors.length ? 'true' : undefined}
          aria-describedby="opt-prof-errors"
          onInput={(e) => setProfilesField((e.target as HTMLTextAreaElement).value)}
        />
        <div class="row">
          <button type="button" data-action="save-profiles" disabled={s.locked.customProfiles} onClick={() => void saveProfiles()}>
            {t('profilesSave')}
          </button>
        </div>
        <StatusLine status={status.profiles ?? null} />
        <ul id="opt-prof-errors" class="plain" data-profile-errors>
          {profileErrors.map((e, i) => (
            <li key={i} class="error" data-error-line={e.line}>
              {t('line', { line: e.line })}
              {e.path && (
                <>
                  {' '}
                  (<code>{e.path}</code>)
                </>
              )}
              : {e.message}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="opt-del">
        <h2 id="opt-del">{t('deleteAll')}</h2>
        <p class="hint">{t('deleteAllIntro')}</p>
        {confirmDelete ? (
          <div class="row" role="group" aria-label={t('deleteAllConfirm')}>
            <strong>{t('deleteAllConfirm')}</strong>
            <button type="button" class="danger" data-action="confirm-delete-all" onClick={() => void doDeleteAll()}>
              {t('deleteAllYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmDelete(false)}>
              {t('deleteAllNo')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirmDelete(true)}>
            {t('deleteAllButton')}
          </button>
        )}
        <StatusLine status={status.delete ?? null} />
      </section>
    </main>
  );
}
