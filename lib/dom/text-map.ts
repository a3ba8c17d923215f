/**
 * The text of a contenteditable root as the user sees it, with a map back to DOM positions.
 *
 * Rules (kept simple and deterministic so that offsets agree between analysis, highlights and insert):
 * - text nodes give their characters; U+00A0 counts as a plain space (editors use it to keep spaces);
 * - where `white-space` collapses (normal/nowrap), runs of spaces/tabs/newlines become one space, and
 *   spaces at the start or end of a line are dropped;
 * - a block element (p, div, li, h1…) starts and ends a line: one "\n" between consecutive lines;
 * - <br> is "\n", except the last <br> of a block (the placeholder editors put in empty paragraphs and
 *   at line ends), which only makes the block count as a (possibly empty) line;
 * - script/style/template, [hidden] elements and editor UI (CKEditor's fake selection container) are skipped;
 * - editors' invisible caret fillers (U+2060, U+FEFF) are not text.
 */

export interface TextSegment {
  kind: 'text';
  node: Text;
  /** Offset of the segment's first character in the field text. */
  start: number;
  length: number;
  /** DOM offsets in `node` of the segment's start and end (a collapsed space may cover several DOM chars). */
  domStart: number;
  domEnd: number;
}

export interface BreakSegment {
  kind: 'break';
  start: number; // length is always 1 ("\n")
  /** DOM boundary points just before and just after the line break. */
  before: [Node, number];
  after: [Node, number];
}

export type Segment = TextSegment | BreakSegment;

export interface TextMap {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
/** Invisible characters editors keep in their DOM to hold the caret. */
const FILLER = /[\u2060\ufeff]+/g;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT']);

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('data-jobrettet-ignore') || el.hasAttribute('hidden')) return true;
  const cls = el.classList;
  return cls.contains('ck-fake-selection-container') || cls.contains('ql-clipboard') || cls.contains('ql-tooltip');
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

type WhiteSpaceMode = 'collapse' | 'pre' | 'pre-line';
/** Computed white-space per element; reusable across rebuilds while styles do not change. */
export type WhiteSpaceCache = Pick<WeakMap<Element, WhiteSpaceMode>, 'get' | 'set'>;

function whiteSpaceOf(el: Element, cache: WhiteSpaceCache): WhiteSpaceMode {
  let mode = cache.get(el);
  if (mode) return mode;
  let ws = '';
  try {
    ws = (el.ownerDocument.defaultView ?? window).getComputedStyle(el).whiteSpace || '';
  } catch {
    ws = '';
  }
  // `white-space` is a shorthand in newer CSS; also consult white-space-collapse when present.
  if (/pre-line/.test(ws)) mode = 'pre-line';
  else if (/pre|break-spaces|preserve/.test(ws)) mode = 'pre';
  else if (ws === '' && el.tagName === 'PRE') mode = 'pre';
  else mode = 'collapse';
  cache.set(el, mode);
  return mode;
}

/** The last <br> of its block (ignoring trailing whitespace-only text and empty inline wrappers)? */
function isTrailingBr(br: Element, root: Element): boolean {
  let node: Node = br;
  for (;;) {
    let next = node.nextSibling;
    while (next) {
      if (next.nodeType === 3) {
        if ((next as Text).data.replace(/[ \t\n\r]/g, '') !== '') return false;
      } else if (next.nodeType === 1) {
        const el = next as Element;
        if (isBlock(el)) return true;
        if (!isSkipped(el) && (el.textContent !== '' || el.querySelector('br,img'))) return false;
      }
      next = next.nextSibling;
    }
    const parent = node.parentNode;
    if (!parent || parent === root || (parent.nodeType === 1 && isBlock(parent as Element))) return true;
    node = parent;
  }
}

/**
 * Builds the text and its DOM map. Pass a cache kept between calls to avoid a computed-style lookup per
 * element on every rebuild (clear it when classes or styles change).
 */
export function buildTextMap(root: HTMLElement, wsCache: WhiteSpaceCache = new Map<Element, WhiteSpaceMode>()): TextMap {
  const segments: Segment[] = [];
  let text = '';
  /** A line break is owed before the next content (we are past a block boundary). */
  let pendingBreak = false;
  /** Nothing has been emitted on the current line yet. */
  let atLineStart = true;
  /** A collapsible space owed before the next character on this line. */
  let pendingSpace: { node: Text; domStart: number; domEnd: number } | null = null;
  /** The DOM point just after the last emitted content, for break segments. */
  let lastPoint: [Node, number] = [root, 0];
  let hasContent = false;

  const flushBreak = (nextPoint: [Node, number]) => {
    if (pendingBreak && hasContent) {
      segments.push({ kind: 'break', start: text.length, before: lastPoint, after: nextPoint });
      text += '\n';
      atLineStart = true;
    }
    pendingBreak = false;
  };
  const requestBreak = () => {
    pendingSpace = null; // spaces at the end of a line are not rendered
    if (hasContent) pendingBreak = true;
  };
  const pushText = (node: Text, domStart: number, domEnd: number, chars: string) => {
    segments.push({ kind: 'text', node, start: text.length, length: chars.length, domStart, domEnd });
    text += chars;
    atLineStart = false;
    hasContent = true;
    lastPoint = [node, domEnd];
  };

  const visitText = (node: Text) => {
    const data = node.data;
    if (data === '') return;
    const parent = node.parentElement ?? root;
    const mode = whiteSpaceOf(parent, wsCache);
    if (mode === 'pre' && isInterBlockWhitespace(node)) return;
    const emitChars = (from: number, to: number) => {
      if (from >= to) return;
      flushBreak([node, from]);
      if (pendingSpace) {
        if (!atLineStart) pushText(pendingSpace.node, pendingSpace.domStart, pendingSpace.domEnd, ' ');
        pendingSpace = null;
      }
      pushText(node, from, to, data.slice(from, to).replace(/\u00a0/g, ' '));
    };
    // Collapsible white space (none where white-space preserves it) becomes one pending space.
    const ws = mode === 'pre' ? null : mode === 'pre-line' ? /[ \t]+/g : /[ \t\n\r]+/g;
    const emitPiece = (from: number, to: number) => {
      if (!ws) return emitChars(from, to);
      ws.lastIndex = from;
      let i = from;
      for (let m = ws.exec(data); m && m.index < to; m = ws.exec(data)) {
        const runEnd = Math.min(m.index + m[0].length, to);
        emitChars(i, m.index);
        // Keep one space between words on a line; drop white space at line starts and block edges.
        if (!atLineStart && !pendingBreak && !pendingSpace) pendingSpace = { node, domStart: m.index, domEnd: runEnd };
        i = runEnd;
      }
      emitChars(i, to);
    };
    // Editors' invisible caret fillers are not text: CKEditor 5's inline filler (7 × U+2060), Quill's cursor
    // blot and Slate's zero-width leaves (U+FEFF).
    let i = 0;
    for (const m of data.matchAll(FILLER)) {
      emitPiece(i, m.index);
      i = m.index + m[0].length;
    }
    emitPiece(i, data.length);
  };

  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        visitText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isSkipped(el)) continue;
      if (el.tagName === 'BR') {
        const index = indexInParent(el);
        const beforeBr: [Node, number] = [parent, index];
        if (isTrailingBr(el, root)) {
          // Placeholder: the line exists (maybe empty) but the <br> adds no character.
          flushBreak(beforeBr);
          pendingSpace = null;
          hasContent = true;
          atLineStart = false;
          lastPoint = beforeBr;
        } else {
          flushBreak(beforeBr);
          pendingSpace = null;
          segments.push({ kind: 'break', start: text.length, before: beforeBr, after: [parent, index + 1] });
          text += '\n';
          atLineStart = true;
          hasContent = true;
          lastPoint = [parent, index + 1];
        }
        continue;
      }
      if (el.tagName === 'IMG') {
        flushBreak([parent, indexInParent(el)]);
        hasContent = true;
        atLineStart = false;
        lastPoint = [parent, indexInParent(el) + 1];
        continue;
      }
      const block = isBlock(el);
      if (block) requestBreak();
      visit(el);
      if (block) requestBreak();
    }
  };
  visit(root);
  return { text, segments, root };
}

/** Source-formatting white space between two blocks (not a line of its own). */
function isInterBlockWhitespace(node: Text): boolean {
  if (/[^ \t\n\r]/.test(node.data)) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null) => n === null || (n.nodeType === 1 && isBlock(n as Element));
  return blockish(prev) && blockish(next) && (prev !== null || next !== null);
}

function closestBlock(node: Node, root: Element): Element {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && isBlock(n as Element)) return n as Element;
  }
  return root;
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * The DOM boundary point for a text offset. `affinity` picks the side when the offset sits between two
 * segments: 'forward' prefers the start of the following text (range starts), 'backward' the end of the
 * preceding text (range ends).
 */
export function pointAt(map: TextMap, offset: number, affinity: 'forward' | 'backward'): [Node, number] | null {
  if (offset < 0 || offset > map.text.length) return null;
  const segs = map.segments;
  if (segs.length === 0) return offset === 0 ? [map.root, 0] : null;
  // Binary search: last segment with start <= offset.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let idx = lo;
  // With backward affinity, an offset at a segment's start belongs to the end of the previous one.
  if (affinity === 'backward' && idx > 0 && segs[idx].start === offset) idx--;
  // With forward affinity, an offset at a segment's end prefers the start of the next one.
  const seg = segs[idx];
  const segLen = seg.kind === 'text' ? seg.length : 1;
  if (affinity === 'forward' && offset === seg.start + segLen && idx + 1 < segs.length) return startPoint(segs[idx + 1]);
  if (seg.start > offset) return startPoint(seg);
  if (seg.kind === 'break') return offset === seg.start ? seg.before : seg.after;
  if (offset === seg.start) return [seg.node, seg.domStart];
  if (offset >= seg.start + seg.length) return [seg.node, seg.domEnd];
  return [seg.node, seg.domStart + (offset - seg.start)];
}

function startPoint(seg: Segment): [Node, number] {
  return seg.kind === 'break' ? seg.before : [seg.node, seg.domStart];
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (start > end) return null;
  const a = pointAt(map, start, start === end ? 'backward' : 'forward');
  const b = start === end ? a : pointAt(map, end, 'backward');
  if (!a || !b) return null;
  const range = map.root.ownerDocument.createRange();
  try {
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
  } catch {
    return null;
  }
  return range;
}

/** The text offset of a DOM boundary point inside the map's root (null when outside). */
export function offsetAt(map: TextMap, node: Node, domOffset: number): number | null {
  const root = map.root;
  if (node !== root && !root.contains(node)) return null;
  const doc = root.ownerDocument;
  // Fast path: a text node we mapped.
  if (node.nodeType === 3) {
    for (const seg of map.segments) {
      if (seg.kind !== 'text' || seg.node !== node) continue;
      if (domOffset < seg.domStart) return seg.start;
      if (domOffset <= seg.domEnd) {
        if (seg.domEnd - seg.domStart === seg.length) return seg.start + (domOffset - seg.domStart);
        return domOffset === seg.domStart ? seg.start : seg.start + seg.length;
      }
    }
  }
  // General case: count the text of every segment that lies before the point.
  const probe = doc.createRange();
  probe.setStart(node, domOffset);
  let result = 0;
  for (const seg of map.segments) {
    const [sn, so] = seg.kind === 'text' ? [seg.node as Node, seg.domStart] : seg.before;
    let cmp: number;
    try {
      cmp = probe.comparePoint(sn, so);
    } catch {
      continue;
    }
    if (cmp < 0) {
      // segment starts before the point: it ends before or contains it
      if (seg.kind === 'break') {
        const ac = probe.comparePoint(seg.after[0], seg.after[1]);
        // Strictly between the line end and the next line's start (e.g. (p2, 0) vs (p1, end)): the block
        // holding the point decides which line it is on.
        const onNextLine = ac <= 0 || !closestBlock(node, root).contains(seg.before[0]);
        result = onNextLine ? seg.start + 1 : seg.start;
      } else {
        const ec = probe.comparePoint(seg.node, seg.domEnd);
        result = ec <= 0 ? seg.start + seg.length : seg.start;
      }
    } else if (cmp === 0) {
      return seg.start;
    } else {
      return result;
    }
  }
  return result;
}
