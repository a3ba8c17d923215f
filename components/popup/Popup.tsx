import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useEffectiveSettings } from '@/components/notes/use-locale';
import { askTabHostname } from '@/lib/messaging/hostname';
import { hostMatches, isSiteEnabled, setSiteEnabled } from '@/lib/settings';
import { tPopup, type PopupKey } from './strings';
import './popup.css';

/**
 * The active tab's hostname, without the `tabs` permission: `activeTab` fills `tab.url` while the popup is
 * open (the user clicked our toolbar button); otherwise our content script in the tab is asked
 * (lib/messaging/hostname.ts). Pages Jobrettet cannot run on (chrome://, PDFs …) give null.
 */
export async function activeHostname(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab) return null;
    if (tab.url) {
      const u = new URL(tab.url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
    }
    return tab.id === undefined ? null : askTabHostname(tab.id);
  } catch {
    return null;
  }
}

export function Popup(props: { hostname?: string | null }) {
  const s = useEffectiveSettings();
  const [host, setHost] = useState<string | null | undefined>(props.hostname);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState(false);
  useEffect(() => {
    if (props.hostname === undefined) void activeHostname().then(setHost);
  }, []);

  const locale = s?.locale ?? 'da';
  const t = (k: PopupKey, v?: Record<string, string | number>) => tPopup(locale, k, v);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!s || host === undefined) return <main aria-busy="true" />;

  const allowed = s.allowedSites.length === 0 || s.allowedSites.some((p) => hostMatches(p, host ?? ''));
  const enabled = host ? isSiteEnabled(s, host) : false;
  const locked = Boolean(s.locked.disabledSites) || !allowed;

  const toggle = async () => {
    if (!host) return;
    try {
      await setSiteEnabled(host, !enabled);
      setChanged(true);
      setError(false);
    } catch {
      setError(true);
    }
  };

  return (
    <main data-page="popup" style={{ minWidth: '18rem', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>{t('title')}</h1>
      {!host ? (
        <p data-site-state="unavailable">{t('noSite')}</p>
      ) : (
        <>
          <p data-site-state={enabled ? 'on' : 'off'}>{!allowed ? t('notAllowed', { host }) : enabled ? t('onHere', { host }) : t('offHere', { host })}</p>
          <div class="row">
            <button type="button" class="jr-switch" role="switch" aria-checked={enabled ? 'true' : 'false'} data-action="toggle-site" disabled={locked} onClick={() => void toggle()}>
              <span class="jr-switch-track" aria-hidden="true">
                <span class="jr-switch-knob" />
              </span>
              <span>
                {t('switchLabel', { host })}: <span class="jr-switch-state">{enabled ? t('on') : t('off')}</span>
              </span>
            </button>
            {locked && allowed && <span class="locked">{t('locked')}</span>}
          </div>
          {changed && <p class="hint">{t('reload')}</p>}
          {error && (
            <p class="error" role="alert">
              {t('error')}
            </p>
          )}
        </>
      )}
      <nav>
        <ul class="plain">
          <li>
            <a href={host ? `options.html?site=${encodeURIComponent(host)}` : 'options.html'} target="_blank" rel="noopener">
              {t('options')}
            </a>
          </li>
          <li>
            <a href="overview.html" target="_blank" rel="noopener">
              {t('overview')}
            </a>
          </li>
        </ul>
      </nav>
    </main>
  );
}
