import '@/lib/settings/zod-jitless';
import { startPanel } from './panel.content/runtime';

/**
 * The panel bundle, imported by the content-script loader (entrypoints/panel.content) only on pages with a
 * recognised form. Runs in the content script's isolated world; hands `startPanel` to the loader.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __jobrettetStartPanel: typeof startPanel }).__jobrettetStartPanel = startPanel;
});
