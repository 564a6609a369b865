/**
 * Edits to a built page's head, placed by an HTML parser (parse5) rather than by searching the text, and
 * reading back what the build put there. The rest of the page is kept byte for byte. Pure.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parsePage } from './parse-page.ts';

const childElement = (node: T.ParentNode, tag: string): T.Element | undefined =>
  node.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === tag);

/** The page with `markup` as the last thing in its head, on a line of its own before `</head>`. */
export function appendToHead(html: string, markup: string): string {
  const root = childElement(parsePage(html), 'html');
  const end = (root && childElement(root, 'head'))?.sourceCodeLocation?.endTag;
  if (!end) throw new Error('appendToHead: the page has no </head> tag');
  return `${html.slice(0, end.startOffset)}  ${markup}\n  ${html.slice(end.startOffset)}`;
}

/** The text of each `<style>` element in the page's head that carries `attribute` (the build's own faces). */
export function headStyles(html: string, attribute: string): string[] {
  const root = childElement(parsePage(html), 'html');
  const head = root && childElement(root, 'head');
  return (head?.childNodes ?? []).flatMap((n) =>
    'tagName' in n && n.tagName === 'style' && n.attrs.some((a) => a.name === attribute)
      ? [n.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('')]
      : [],
  );
}

const metaIn = (html: string, key: 'name' | 'property', value: string): T.Element | undefined => {
  const root = childElement(parsePage(html), 'html');
  const head = root && childElement(root, 'head');
  return head?.childNodes.find(
    (n): n is T.Element => 'tagName' in n && n.tagName === 'meta' && n.attrs.some((a) => a.name === key && a.value === value),
  );
};

/** The content of the head's `<meta>` whose `name` or `property` is `value`, its character references decoded. */
export const metaContent = (html: string, key: 'name' | 'property', value: string): string | undefined =>
  metaIn(html, key, value)?.attrs.find((a) => a.name === 'content')?.value;

/** The page with the content of the head's `<meta>` whose `name` or `property` is `value` set to `content`. */
export function withMetaContent(html: string, key: 'name' | 'property', value: string, content: string): string {
  const spot = metaIn(html, key, value)?.sourceCodeLocation?.attrs?.content;
  if (!spot) throw new Error(`withMetaContent: the page's head has no <meta ${key}="${value}" content>`);
  const escaped = content.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${html.slice(0, spot.startOffset)}content="${escaped}"${html.slice(spot.endOffset)}`;
}
