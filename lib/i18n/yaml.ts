/**
 * A minimal reader for the message files in locales/*.yml (the subset @wxt-dev/i18n's files use here):
 * nested maps by indentation, plain / 'single' / "double" quoted scalars, `|` and `>` block scalars,
 * comments. Nested keys are flattened with "." exactly as `i18n.t('panel.title')` names them.
 * Anything it does not understand is skipped, never thrown: a bad line costs one message, not the panel.
 */
export function parseMessagesYaml(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  /** Stack of [indent, key] for the maps we are inside. */
  const stack: { indent: number; key: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^( *)([^\s:#'"][^:]*?|'[^']*'|"[^"]*"):(?:\s+(.*))?$/.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    const key = unquoteKey(m[2].trim());
    const rest = (m[3] ?? '').trim();
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), key].join('.');
    if (rest === '' || rest.startsWith('#')) {
      stack.push({ indent, key });
      continue;
    }
    if (/^[|>][+-]?$/.test(rest)) {
      const block: string[] = [];
      let blockIndent = -1;
      while (i + 1 < lines.length) {
        const next = lines[i + 1];
        const ind = /^( *)/.exec(next)![1].length;
        if (next.trim() !== '' && ind <= indent) break;
        if (next.trim() !== '' && blockIndent < 0) blockIndent = ind;
        block.push(next.slice(Math.max(0, blockIndent)));
        i++;
      }
      while (block.length && block[block.length - 1].trim() === '') block.pop();
      out[path] = rest.startsWith('|') ? block.join('\n') : block.join(' ').replace(/\s+/g, ' ').trim();
      continue;
    }
    out[path] = scalar(rest);
  }
  return out;
}

function unquoteKey(k: string): string {
  return (k.startsWith("'") && k.endsWith("'")) || (k.startsWith('"') && k.endsWith('"')) ? k.slice(1, -1) : k;
}

function scalar(raw: string): string {
  if (raw.startsWith("'")) {
    const end = raw.lastIndexOf("'");
    return raw.slice(1, end > 0 ? end : undefined).replace(/''/g, "'");
  }
  if (raw.startsWith('"')) {
    const end = raw.lastIndexOf('"');
    return raw
      .slice(1, end > 0 ? end : undefined)
      .replace(/\\(["\\/nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  // Plain scalar: a " #" starts a comment.
  return raw.replace(/\s+#.*$/, '').trim();
}
