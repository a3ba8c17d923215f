/**
 * The panel's host element: `jobrettet-panel` with an open shadow root (the DOM contract), the panel's CSS and one
 * container. The loader creates it for the panel's frame; the panel bundle takes the same element over (or creates
 * one with the function the loader hands it), so the page only ever holds one.
 */
import panelCss from './style.css?inline';

export const PANEL_TAG = 'jobrettet-panel';
/** Marks the host while it shows only the loader's frame (removed when the full panel takes over). */
export const FRAME_ATTR = 'data-frame';

export interface PanelHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the frame, then the Preact panel, renders. */
  container: HTMLElement;
}

export function createPanelHost(doc: Document = document): PanelHost {
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = panelCss;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys typed in the panel never reach the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}
