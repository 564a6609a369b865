/**
 * The head's boot script (src/boot/boot.ts) bundled into one inline script: the view rule is
 * imported, not copied, and the Node build never imports browser code. esbuild (already the
 * project's bundler for scripts) makes a minified IIFE; the preload list is a compile-time constant.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'src/boot/boot.ts');
const built = new Map<string, string>();
const inputs = new Set<string>();

/** The files the boot script was built from (absolute): the build record counts them as the build's inputs. */
export const bootScriptInputs = (): readonly string[] => [...inputs];

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
      absWorkingDir: ROOT,
      metafile: true,
      define: { __SLIDES_PRELOAD__: preload },
    });
    script = (result.outputFiles[0]?.text ?? '').trim();
    if (script === '') throw new Error('The boot script (src/boot/boot.ts) built to nothing');
    for (const input of Object.keys(result.metafile.inputs)) inputs.add(join(ROOT, input));
    built.set(preload, script);
  }
  return script;
}
