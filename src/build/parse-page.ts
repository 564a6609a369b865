/**
 * A built page as parse5 reads it, with each node's place in the source. The build's plugins read
 * one page several times (its inline blocks, where its head begins, the policy it declares) and
 * never change the tree, so the last few pages parsed are kept: a page is parsed once, not once
 * per question (a page is some 300 KB; parsing it is most of what those plugins cost). Node only.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Pages kept: the few a plugin step handles at once (every edition's page and the remote). */
const KEPT = 6;
const kept = new Map<string, T.Document>();

/** The parsed page (do not change it: it is shared). */
export function parsePage(html: string): T.Document {
  const found = kept.get(html);
  if (found) return found;
  const document = parse(html, { sourceCodeLocationInfo: true });
  kept.set(html, document);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value ?? '');
  return document;
}
