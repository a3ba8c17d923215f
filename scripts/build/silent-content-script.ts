import type { Plugin } from 'vite';

/**
 * WXT's ContentScriptContext announces every content-script start to the page — `window.postMessage` and a
 * document CustomEvent, both named `<extension id>:<entrypoint>:wxt:content-script-started` — and invalidates
 * itself when it sees that event again. Any page could detect Jobrettet that way, and one forged event would
 * remove the panel and its unsaved draft. This build step empties both methods. What they did is not needed:
 * an orphaned older script is invalid anyway once the extension is reloaded (`browser.runtime.id` is gone),
 * and a new panel removes a stale one (entrypoints/panel.content/runtime.tsx).
 * The build fails if WXT's code changes shape, so an upgrade cannot bring the announcement back unnoticed.
 */
const METHODS = ['stopOldScripts', 'listenForNewerScripts'] as const;

export function silentContentScriptContext(): Plugin {
  return {
    name: 'jobrettet:silent-content-script-context',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id.split('?')[0])) return null;
      let out = code;
      for (const m of METHODS) {
        const re = new RegExp(`\\n(\\t| +)${m}\\(\\) \\{\\n`);
        const match = re.exec(out);
        if (!match) throw new Error(`silent-content-script: ${m}() not found in ${id} (WXT changed?)`);
        out = out.replace(re, `\n${match[1]}${m}() { return;\n`);
      }
      return { code: out, map: null };
    },
  };
}
