import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type EffectiveSettings, type Locale } from '@/lib/settings';

/** Current effective settings (null until loaded), kept up to date. */
export function useEffectiveSettings(): EffectiveSettings | null {
  const [s, setS] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((v) => alive && setS(v));
    const stop = watchSettings((v) => alive && setS(v));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return s;
}

export function useLocale(): Locale {
  return useEffectiveSettings()?.locale ?? 'da';
}
