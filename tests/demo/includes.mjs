// Expands `<!-- include: name.html -->` with tests/demo/partials/name.html (partials may include partials), so one
// piece of markup serves several pages (the forberedende del's form in rehab.html and the iframe's rehab-frame.html, a
// screen's top from <body> to its heading). Used by the Vite build and by the unit tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));
const INCLUDE = /<!--\s*include:\s*([\w.-]+)\s*-->/g;

/** @param {string} html @param {string[]} [within] the partials being expanded (a partial may not include itself) */
export function expandIncludes(html, within = []) {
  return html.replace(INCLUDE, (_, name) => {
    if (within.includes(name)) throw new Error(`demo partial ${name} includes itself (${[...within, name].join(' → ')})`);
    return expandIncludes(fs.readFileSync(path.join(DEMO_DIR, 'partials', name), 'utf8'), [...within, name]);
  });
}

/** The page's HTML as served (includes expanded; scripts are not run). @param {string} page e.g. "cv.html" */
export function readDemoPage(page) {
  return expandIncludes(fs.readFileSync(path.join(DEMO_DIR, page), 'utf8'));
}

/** Every demo page (the HTML entry points of the build). */
export const DEMO_PAGES = [
  'index.html',
  'cv.html',
  'minplan.html',
  'rehab.html',
  'rehab-iframe.html',
  'rehab-frame.html',
  'indstilling.html',
  'spa.html',
  'editors.html',
  'components.html',
  'tinymce.html',
  'frameworks.html',
  'angular.html',
  'minplan-skaane.html',
  'basic.html',
  'none.html',
];
