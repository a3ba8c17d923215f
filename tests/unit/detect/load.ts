/** Loads saved HTML into a fresh happy-dom window (no scripts, styles or frames are fetched). */
import { Window } from 'happy-dom';

export function loadHtml(html: string, url = 'https://fagsystem.example.dk/sag/123'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
