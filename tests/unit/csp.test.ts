/**
 * The Content-Security-Policy (src/build/csp.ts): what counts as inline code in a page, the hashes
 * that allow it, the policy for each place it is delivered, and where the page declares it. The
 * browser's side (that these hashes are the ones it computes, and that nothing in the deck is
 * refused) is tests/e2e/csp.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootScript } from '../../src/build/boot-script.ts';
import {
  contentSecurityPolicy,
  declarePolicy,
  declaredPolicy,
  inlineContent,
  pagePolicy,
  revealPrintStyles,
  sourceHash,
  type PolicyUse,
} from '../../src/build/csp.ts';

const directives = (policy: string): Map<string, string[]> =>
  new Map(policy.split(/\s*;\s*/).map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));

const BOOT = bootScript(['./assets/slides-view.js']);
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>T</title>
    <script>${BOOT}</script>
    <style data-fonts="zh">@font-face{font-family:'Noto Sans SC';src:url(../a.woff2)}</style>
    <script type="module" crossorigin src="./assets/main.js"></script>
  </head>
  <body>
    <script type="application/json" id="deck-words">{"a":"<b>"}</script>
    <svg><style>.land{fill:red}</style><path class="land" fill="#eee" d="M0 0h1"/></svg>
    <template id="deck-slides"><section><script>go()</script></section></template>
    <script type="module">import('./x.js')</script>
  </body>
</html>
`;

describe('inline content of a page', () => {
  it('finds every inline script the browser runs and every <style>, in the head, the body, SVG and templates', () => {
    const inline = inlineContent(PAGE);
    expect(inline.scripts).toEqual([BOOT, 'go()', "import('./x.js')"]);
    expect(inline.styles).toEqual(["@font-face{font-family:'Noto Sans SC';src:url(../a.woff2)}", '.land{fill:red}']);
    expect(inline.blocked).toEqual([]);
  });

  it('reports style attributes, event handlers and javascript: URLs, which no hash allows', () => {
    const inline = inlineContent(
      '<!doctype html><p style="color:red">x</p><button onclick="go()">b</button><a href=" javascript:go()">a</a>' +
        '<template><svg><rect style="fill:red"/></svg></template>',
    );
    expect(inline.blocked).toEqual([
      '<p> style="color:red"',
      '<button> onclick="go()"',
      '<a> href=" javascript:go()"',
      '<rect> style="fill:red"',
    ]);
    expect(() => pagePolicy('<!doctype html><p style="color:red">x</p>', 'page', 'zh/index.html')).toThrow(
      /zh\/index.html has inline code the Content-Security-Policy blocks[\s\S]*<p> style="color:red"/,
    );
  });

  it('hashes the text as the browser does: after parsing (CR LF read as LF), not the bytes of the file', () => {
    const inline = inlineContent('<!doctype html><script>a();\r\nb();</script>');
    expect(inline.scripts).toEqual(['a();\nb();']);
  });
});

describe('the policy', () => {
  it('hashes are sha256 in base64, as CSP defines them (the CSP specification’s own example)', () => {
    expect(sourceHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(sourceHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  for (const use of ['page', 'header', 'file'] as const satisfies readonly PolicyUse[]) {
    it(`${use}: nothing inline by category, no eval; exactly the page's blocks by hash`, () => {
      const policy = contentSecurityPolicy(inlineContent(PAGE), use);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
      const d = directives(policy);
      expect(d.get('script-src')?.filter((s) => s.startsWith("'sha256-"))).toEqual([BOOT, 'go()', "import('./x.js')"].map(sourceHash));
      // The page's styles, and reveal.js's print view's.
      expect(d.get('style-src')?.filter((s) => s.startsWith("'sha256-"))).toEqual(
        ["@font-face{font-family:'Noto Sans SC';src:url(../a.woff2)}", '.land{fill:red}', ...revealPrintStyles()].map(sourceHash),
      );
      expect(d.get('object-src')).toEqual(["'none'"]);
      // frame-ancestors only where it works: a header (a <meta> ignores it and the browser says so).
      expect(d.has('frame-ancestors')).toBe(use === 'header');
      if (use === 'file') {
        // A file has no origin to trust: everything it runs is inline by hash, its fonts and images data:.
        expect(d.get('default-src')).toEqual(["'none'"]);
        expect(d.get('script-src')).not.toContain("'self'");
        expect(d.get('font-src')).toEqual(['data:']);
      } else {
        expect(d.get('default-src')).toEqual(["'self'"]);
        expect(d.get('script-src')?.[0]).toBe("'self'");
      }
    });
  }

  it('one hash per distinct block, and none where a page has no inline script', () => {
    const policy = contentSecurityPolicy({ scripts: ['a()', 'a()'], styles: [] }, 'page');
    expect(directives(policy).get('script-src')).toEqual(["'self'", sourceHash('a()')]);
    expect(directives(contentSecurityPolicy({ scripts: [], styles: [] }, 'file')).get('script-src')).toEqual(["'none'"]);
  });

  it('reveal.js’s print styles follow the slide size', () => {
    expect(revealPrintStyles(1280, 720)[0]).toBe('@page{size:1280px 720px; margin: 0px;}');
    expect(revealPrintStyles()).toEqual(revealPrintStyles(1280, 720));
  });
});

describe('declaring it in the page', () => {
  it('puts the <meta> right after <meta charset>, and leaves the rest of the page as it was', () => {
    const policy = pagePolicy(PAGE, 'page');
    const declared = declarePolicy(PAGE, policy);
    const lines = declared.split('\n');
    expect(lines[3]).toBe('    <meta charset="utf-8" />');
    expect(lines[4]).toBe(`    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    expect([...lines.slice(0, 4), ...lines.slice(5)].join('\n')).toBe(PAGE);
    expect(declaredPolicy(declared)).toBe(policy);
    // The charset declaration stays within the first 1024 bytes, where the browser looks for it.
    expect(Buffer.byteLength(declared.slice(0, declared.indexOf('<meta charset') + 24))).toBeLessThan(1024);
    // Declaring it is not inline code: the page's policy is the same with it.
    expect(pagePolicy(declared, 'page')).toBe(policy);
  });

  it('replaces an earlier declaration rather than adding a second', () => {
    const once = declarePolicy(PAGE, "default-src 'self'");
    const twice = declarePolicy(once, "default-src 'none'");
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(declaredPolicy(twice)).toBe("default-src 'none'");
  });

  it('the deck’s own template: its inline boot script is all it runs, once rendered', () => {
    const template = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');
    const page = template.replace('<!-- deck:boot -->', () => `<script>${BOOT}</script>`);
    const policy = pagePolicy(page, 'page');
    expect(directives(policy).get('script-src')).toEqual(["'self'", sourceHash(BOOT)]);
    const declared = declarePolicy(page, policy);
    expect(declared.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(declared.indexOf('<meta name="viewport"'));
  });

  it('refuses a page whose charset declaration is not first, or that has no head tag', () => {
    expect(() => declarePolicy('<!doctype html><html><head><title>x</title><meta charset="utf-8"></head></html>', 'x')).toThrow(/charset/);
    expect(() => declarePolicy('<!doctype html><p>x</p>', 'x')).toThrow(/no <head>/);
  });
});
