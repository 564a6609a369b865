/**
 * The PDF's bookmark outline as a plan: one entry per section, its slides under it, each with the
 * page it jumps to. Pure (no PDF library): the exporter's finishing step (pdf-finish.ts) and
 * pdf-lib's writer (pdf-outline.ts) both write it.
 */
export interface OutlineNode {
  readonly title: string;
  /** 0-based page index the entry jumps to. */
  readonly page: number;
  readonly children: readonly OutlineNode[];
}

/** The parts of the deck model the outline needs (satisfied by `ResolvedDeck`). */
export interface OutlineDeck {
  readonly sections: readonly {
    readonly title: string;
    readonly number: number;
    readonly slides: readonly { readonly id: string; readonly title: string }[];
  }[];
}

/**
 * Sections and slides to outline entries. `pageSlideIds[i]` is the id of the slide on page i
 * (a slide may span several pages with --fragments: its entry jumps to the first). Pure.
 */
export function planOutline(deck: OutlineDeck, pageSlideIds: readonly string[]): OutlineNode[] {
  const firstPage = new Map<string, number>();
  pageSlideIds.forEach((id, page) => {
    if (!firstPage.has(id)) firstPage.set(id, page);
  });
  return deck.sections.map((section) => {
    const children = section.slides.map((slide) => {
      const page = firstPage.get(slide.id);
      if (page === undefined) {
        throw new Error(`slide "${slide.id}" is in the deck but on no page of the PDF (is the build out of date?)`);
      }
      return { title: slide.title, page, children: [] };
    });
    const first = children[0];
    if (!first) throw new Error(`section "${section.title}" has no slides`);
    return { title: `${section.number}. ${section.title}`, page: first.page, children };
  });
}
