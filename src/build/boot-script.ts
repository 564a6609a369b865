/**
 * The head's boot script (src/boot/boot.ts) bundled into one inline script: the view rule is
 * imported, not copied, and the Node build never imports browser code. esbuild (already the
 * project's bundler for scripts) makes a minified IIFE; the preload list is a compile-time constant.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../boot/boot.ts', import.meta.url));
const built = new Map<string, string>();

/** The inline script for the page's head, preloading `slidesPreload` when the slides will be shown. */
export function bootScript(slidesPreload: readonly string[]): string {
  const preload = JSON.stringify(slidesPreload);
  let script = built.get(preload);
  if (script === undefined) {
    const result = buildSync({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      define: { __SLIDES_PRELOAD__: preload },
    });
    script = (result.outputFiles[0]?.text ?? '').trim();
    if (script === '') throw new Error('The boot script (src/boot/boot.ts) built to nothing');
    built.set(preload, script);
  }
  return script;
}
