/**
 * The build's edits to built pages, placed by parsers (src/build/page-head.ts, src/build/portable-plugin.ts):
 * what they change, and that they keep everything else byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { cjkPlaceholder } from '../../src/build/glyphs.ts';
import { appendToHead, headStyles, metaContent, withMetaContent } from '../../src/build/page-head.ts';
import { cssUrls, filesNamed, inlineCssUrls, inlinePageUrls, namesFile, withoutLinkAttributes } from '../../src/build/portable-plugin.ts';

const PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="utf-8" />',
  '    <script>const s = "</head>";</script>',
  '    <meta property="og:title" content="Tom &amp; &quot;Jerry&quot;" />',
  '    <meta name="twitter:card" content="summary" />',
  '    <link rel="icon" href="./favicon.svg" type="image/svg+xml">',
  '    <style data-fonts="zh">@font-face{font-family:X;src:url(./assets/x.woff2)format("woff2")}</style>',
  '  </head>',
  '  <body><a href="./cite.bib" download>BibTeX</a><a href="#top">top</a><a href="https://example.org/">out</a>',
  '    <template><img src="./assets/map.png" alt=""></template></body>',
  '</html>',
].join('\n');

const DATA: Record<string, string> = {
  './favicon.svg': 'data:image/svg+xml;base64,PHN2Zy8+',
  './cite.bib': 'data:application/x-bibtex;charset=utf-8;base64,QA==',
  './assets/x.woff2': 'data:font/woff2;base64,d09GMg==',
  './assets/map.png': 'data:image/png;base64,iVBO',
};

describe('edits to a built page’s head', () => {
  it('appends before the real </head>, not a "</head>" inside a script', () => {
    const out = appendToHead(PAGE, '<link rel="preload" href="./a.woff2" as="font" />');
    expect(out).toContain('<script>const s = "</head>";</script>');
    expect(out).toContain('</style>\n    <link rel="preload" href="./a.woff2" as="font" />\n  </head>');
    expect(out.replace('    <link rel="preload" href="./a.woff2" as="font" />\n', '')).toBe(PAGE);
  });

  it('reads the build’s own <style> blocks and a meta tag’s decoded content', () => {
    expect(headStyles(PAGE, 'data-fonts')).toEqual(['@font-face{font-family:X;src:url(./assets/x.woff2)format("woff2")}']);
    expect(headStyles(PAGE, 'data-other')).toEqual([]);
    expect(metaContent(PAGE, 'property', 'og:title')).toBe('Tom & "Jerry"');
    expect(metaContent(PAGE, 'name', 'missing')).toBeUndefined();
  });

  it('sets a meta tag’s content, escaped, and changes nothing else', () => {
    const out = withMetaContent(PAGE, 'name', 'twitter:card', 'summary_large_image');
    expect(out).toBe(PAGE.replace('content="summary"', 'content="summary_large_image"'));
    expect(withMetaContent(PAGE, 'property', 'og:title', 'A & "B"')).toContain('content="A &amp; &quot;B&quot;"');
    expect(() => withMetaContent(PAGE, 'name', 'missing', 'x')).toThrow(/no <meta name="missing"/);
  });
});

describe('the portable file’s inlining', () => {
  it('tells a file beside the page from a fragment, a query, a scheme or another host', () => {
    expect(['./a.css', 'a.css', '../b.png', '/c.js'].filter(namesFile)).toHaveLength(4);
    expect(['#id', '?view=scroll', 'data:x', 'https://a.b/', '//cdn.x/y', 'mailto:x', ''].filter(namesFile)).toEqual([]);
  });

  it('places each url() with the stylesheet’s parser and keeps the rest byte for byte', () => {
    const css = 'a{content:"url(./no.png) →😀"}\n.b{background:url( "./a.svg" )}@font-face{src:url(./f.woff2)format("woff2")}';
    expect(cssUrls(css).map((u) => [u.url, css.slice(u.start, u.end)])).toEqual([
      ['./a.svg', 'url( "./a.svg" )'],
      ['./f.woff2', 'url(./f.woff2)'],
    ]);
    const out = inlineCssUrls(css, (url) => (url === './f.woff2' ? 'data:font/woff2;base64,AA==' : undefined));
    expect(out).toBe(css.replace('url(./f.woff2)', 'url(data:font/woff2;base64,AA==)'));
  });

  it('inlines what the page names (icon, downloads, fonts in its own <style>, images in templates) and reports the rest', () => {
    const out = inlinePageUrls(PAGE, (url) => DATA[url]);
    expect(out).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" type="image/svg+xml">');
    expect(out).toContain('<a href="data:application/x-bibtex;charset=utf-8;base64,QA==" download>');
    expect(out).toContain('src:url(data:font/woff2;base64,d09GMg==)format("woff2")');
    expect(out).toContain('<img src="data:image/png;base64,iVBO" alt="">');
    expect(out).toContain('<a href="#top">top</a><a href="https://example.org/">out</a>');
    expect(filesNamed(out)).toEqual([]);
    expect(filesNamed(PAGE)).toEqual([
      '<link href="./favicon.svg">',
      '<a href="./cite.bib">',
      '<img src="./assets/map.png">',
      '<style> url(./assets/x.woff2)',
    ]);
  });

  it('drops the link attributes the single-file plugin leaves on inline elements', () => {
    const page =
      '<html><head><style rel="stylesheet" crossorigin>a{}</style><script type="module" crossorigin>1</script>' +
      '<script type="module" crossorigin src="./x.js"></script></head><body></body></html>';
    expect(withoutLinkAttributes(page)).toBe(
      '<html><head><style>a{}</style><script type="module">1</script><script type="module" crossorigin src="./x.js"></script></head><body></body></html>',
    );
  });
});

describe('the CJK placeholder rule', () => {
  it('is found by the stylesheet parser, comments and look-alikes aside', () => {
    const css =
      '/* @font-face{src:local("Deck CJK subset")} */a{content:"}"}\n' +
      '@font-face{font-family:X;src:local(Other)}@font-face{font-family:"Noto Sans SC";size-adjust:85%;src:local("Deck CJK subset")}b{c:d}';
    const spot = cjkPlaceholder(css);
    expect(spot && css.slice(spot.start, spot.end)).toBe(
      '@font-face{font-family:"Noto Sans SC";size-adjust:85%;src:local("Deck CJK subset")}',
    );
    expect(cjkPlaceholder('@font-face{font-family:X;src:local(Other)}')).toBeUndefined();
  });
});
