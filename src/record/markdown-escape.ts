// The one way a value gets into the Markdown ledger. Every value that came from a config, a
// provider, a command or a (possibly forged) ledger is untrusted: it must read as the same text
// and never become markup (HTML, a link, an image, a heading, a list, a table cell boundary, an
// @-mention) in a CommonMark/GFM renderer. The renderer builds lines with the `md` tag, which
// escapes every interpolated value as text unless the value is already `Markdown` (built here).

/** A piece of Markdown that is safe to place inline: built only by this module. */
export class Markdown {
  readonly #text: string;
  private constructor(text: string) {
    this.#text = text;
  }
  /** @internal */
  static of(text: string): Markdown {
    return new Markdown(text);
  }
  toString(): string {
    return this.#text;
  }
}

type Value = string | number | boolean | Markdown;

/**
 * A line of Markdown: the template's own text is trusted, every interpolated value is escaped
 * as text unless it is `Markdown` (a code span, a nested `md`, or a trusted fragment).
 */
export function md(strings: TemplateStringsArray, ...values: Value[]): Markdown {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += value instanceof Markdown ? value.toString() : text(String(value)).toString();
    out += strings[i + 1] ?? '';
  });
  return Markdown.of(out);
}

/** Markdown written in the renderer's own source, never from data. */
export function trusted(literal: string): Markdown {
  return Markdown.of(literal);
}

/** Joins safe fragments with a trusted separator. */
export function join(parts: readonly Markdown[], separator: string): Markdown {
  return Markdown.of(parts.map(String).join(separator));
}

// Characters that reorder or hide text: bidirectional controls and invisible marks.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** One line of plain text: controls become spaces, bidi controls go, runs of spaces shrink. */
export function oneLine(value: string): string {
  return value.replace(BIDI, '').replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Untrusted text as inline Markdown. Characters that open emphasis, code, links, tables,
 * strikethrough or math are backslash-escaped (CommonMark allows it before any ASCII
 * punctuation), HTML's characters become entities, and what would open a block at the start of
 * a line or a list item (a list marker, a heading, a number followed by "." or ")") is escaped
 * there. A zero-width space after "@" and "#" keeps GitHub from turning text into a mention or
 * an issue reference; a backslash before "://" and after "www" keeps autolinks from forming.
 * Safe in a paragraph, a list item and a table cell.
 */
export function text(value: string): Markdown {
  const line = oneLine(value);
  if (line.length === 0) return Markdown.of('—');
  let out = line
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ENTITY[c]!)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1\u200B')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
  out = out.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return Markdown.of(out);
}

/**
 * Untrusted text as an inline code span: one line, fenced with more backticks than it holds.
 * In a table cell a pipe ends the cell even inside code, and renderers disagree on a backslash
 * before an escaped pipe there, so a value with a pipe is written as escaped text instead.
 */
export function code(value: string, inTable = false): Markdown {
  const line = oneLine(value);
  if (line.length === 0) return Markdown.of('—');
  if (inTable && line.includes('|')) return text(value);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return Markdown.of(`${fence}${pad}${line}${pad}${fence}`);
}

/** Untrusted text inside an HTML block (a <summary>): entities only, Markdown is not parsed there. */
export function htmlText(value: string): Markdown {
  const line = oneLine(value);
  return Markdown.of(
    line
      .replace(/[&<>"]/g, (c) => ENTITY[c]!)
      .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1\u200B')
      .replace(/(www)\./gi, '$1\u200B.')
      .replace(/:\/\//g, ':\u200B//'),
  );
}

/** A table row; cells are text unless already Markdown, and code spans keep their pipes escaped. */
export function row(cells: readonly (Value | { code: string })[]): Markdown {
  const rendered = cells.map((c) => {
    if (c instanceof Markdown) return c.toString();
    if (typeof c === 'object') return code(c.code, true).toString();
    return text(String(c)).toString();
  });
  return Markdown.of(`| ${rendered.join(' | ')} |`);
}
