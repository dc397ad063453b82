import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

// A real CommonMark + GFM renderer (tables, autolink literals, strikethrough, footnotes, task
// lists), with raw HTML passed through the way GitHub passes it to its sanitizer: whatever a
// value could smuggle in shows up here as a tag.

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** Every element name in rendered HTML, in order. */
export function tagNames(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

/** The text a reader sees outside code blocks: tags removed, entities decoded, zero-width spaces gone. */
export function visibleText(html: string, keepZeroWidth = false): string {
  const shown = html
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
  return keepZeroWidth ? shown : shown.replaceAll('\u200B', '');
}
