/**
 * Old slide ids keep working: a slide that was renamed or merged lists its earlier ids in
 * `data-aliases`, and a link to one (`#/all-weather`) is rewritten to the slide's id before
 * reveal.js reads the address (and on every later hash change, before reveal.js sees it).
 */
export function slideIdForAlias(root: ParentNode, id: string): string | null {
  for (const slide of root.querySelectorAll<HTMLElement>('section[data-aliases]')) {
    if ((slide.dataset.aliases ?? '').split(' ').includes(id)) return slide.id;
  }
  return null;
}

export function installAliases(root: HTMLElement): void {
  const redirect = (): void => {
    const match = /^#\/([^/?#]+)/.exec(window.location.hash);
    const id = match?.[1] ? decodeURIComponent(match[1]) : '';
    if (!id || document.getElementById(id)) return;
    const target = slideIdForAlias(root, id);
    if (target) history.replaceState(history.state, '', `#/${target}`);
  };
  redirect();
  window.addEventListener('hashchange', redirect);
}
