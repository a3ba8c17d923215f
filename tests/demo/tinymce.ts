/**
 * Demo: TinyMCE 7 in classic (iframe) mode, self-hosted: the skin and content CSS are bundled (`skin: false`,
 * `content_css: false`, CSS passed as `content_style`), so nothing is fetched. Tests read `window.__tinymce`
 * (`getContent({ format: 'text' })`, `undoManager`).
 */
import tinymce, { type Editor } from 'tinymce';
import 'tinymce/icons/default';
import 'tinymce/themes/silver';
import 'tinymce/models/dom';
import 'tinymce/skins/ui/oxide/skin.css';
import contentUiCss from 'tinymce/skins/ui/oxide/content.css?inline';
import contentCss from 'tinymce/skins/content/default/content.css?inline';

declare global {
  interface Window {
    __tinymce: Editor;
  }
}

void tinymce
  .init({
    selector: '#aftaler-tinymce',
    license_key: 'gpl',
    skin: false,
    content_css: false,
    content_style: `${contentUiCss}\n${contentCss}`,
    menubar: false,
    promotion: false,
    branding: false,
    toolbar: 'undo redo | bold italic | bullist',
    height: 220,
  })
  .then(([editor]) => {
    window.__tinymce = editor;
    document.documentElement.dataset.editorsReady = 'true';
  });
