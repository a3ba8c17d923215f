/**
 * JSON parsing that remembers where each value starts, so validation errors (zod issue paths) can be shown
 * at the line that is wrong. Plain recursive descent over JSON's grammar; values come from JSON.parse of each
 * string/number token, so the result equals JSON.parse(text).
 */
export type JsonPath = Array<string | number>;

export interface Located {
  value: unknown;
  /** Line (1-based) where the value at a path starts; for object members, the line of its key. */
  lineOf(path: readonly PropertyKey[]): number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    public readonly line: number,
    public readonly column: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

export function parseJsonWithLines(text: string): Located {
  let i = 0;
  const lines = new Map<string, number>();
  const lineStarts: number[] = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const fail = (msg: string): never => {
    const line = lineAt(Math.min(i, text.length));
    throw new JsonSyntaxError(msg, line, i - lineStarts[line - 1] + 1);
  };
  const ws = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i])) i++;
  };
  const key = (path: JsonPath) => path.map(String).join('\u0000');

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseValue = (path: JsonPath, recordLine: boolean): unknown => {
    ws();
    if (recordLine) lines.set(key(path), lineAt(i));
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key in quotes');
        const keyLine = lineAt(i);
        const k = parseString();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        lines.set(key([...path, k]), keyLine);
        const v = parseValue([...path, k], false);
        Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue([...path, arr.length], true));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return parseString();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail(i >= text.length ? 'unexpected end of text' : 'unexpected character');
    i += m![0].length;
    return JSON.parse(m![0]);
  };

  const value = parseValue([], true);
  ws();
  if (i < text.length) fail('unexpected text after the end');
  return {
    value,
    lineOf(path) {
      // The deepest recorded prefix: an issue about a missing key points at its parent object.
      for (let n = path.length; n >= 0; n--) {
        const l = lines.get(path.slice(0, n).map(String).join('\u0000'));
        if (l !== undefined) return l;
      }
      return 1;
    },
  };
}
