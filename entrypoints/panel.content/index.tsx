import './style.css';
import { startPanel } from './runtime';

/**
 * The page-side of Jobrettet. Runs in every frame (a form inside a same-origin iframe is detected by the script
 * in that frame, whose document then gets the panel); costs one cheap query on pages without fields.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void startPanel(ctx);
  },
});
