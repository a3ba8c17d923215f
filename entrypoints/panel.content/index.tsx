import { answerHostnameRequests } from '@/lib/messaging/hostname';
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
  // The shadow root's CSS is bundled as a string (runtime.tsx, `style.css?inline`) instead of WXT's 'ui' mode,
  // which fetches a web-accessible CSS file first (~90 ms before the panel could appear, measured) and lets any
  // page probe for the extension through that file.
  cssInjectionMode: 'manual',
  main(ctx) {
    // The toolbar popup asks the page for its host (no `tabs` permission); answered even where the panel is off.
    answerHostnameRequests();
    void startPanel(ctx);
  },
});
