/**
 * Vite plugin: declares the Content-Security-Policy in every built page and writes the live
 * server's header beside them (src/build/csp.ts). It runs last (after the deck's pages are
 * rendered, the Chinese page's font faces inlined and the fonts renamed by content), so the hashes
 * are those of the page's final inline scripts and styles; once the files are written it reads
 * them back and fails the build if anything changed a page after its policy was made.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SLIDES_FILE } from '../render/page.ts';
import {
  contentSecurityPolicy,
  CSP_FILE,
  declarePolicy,
  declaredPolicy,
  inlineContent,
  pagePolicy,
  policyFor,
  type PolicyUse,
} from './csp.ts';

/** `use`: `page` for the site (and the live server's header beside it), `file` for the portable file. */
export function cspPlugin(use: Exclude<PolicyUse, 'header'> = 'page'): Plugin {
  /** The pages this build declared a policy in, by file name. */
  const declared = new Map<string, string>();
  return {
    name: 'deck-csp',
    // A built page only: the dev server injects its styles inline as it goes.
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        declared.clear();
        const scripts: string[] = [];
        const styles: string[] = [];
        for (const page of Object.values(bundle)) {
          if (page.type !== 'asset' || !page.fileName.endsWith('.html') || typeof page.source !== 'string') continue;
          const inline = inlineContent(page.source);
          if (page.fileName.endsWith(SLIDES_FILE)) {
            // Not a page: the slides its page inserts, under the page's policy, which allows no inline code of theirs.
            const code = [...inline.scripts, ...inline.styles, ...inline.blocked];
            if (code.length > 0)
              this.error(`${page.fileName} has inline code its page's Content-Security-Policy would block:\n  ${code.join('\n  ')}`);
            continue;
          }
          let policy: string;
          try {
            policy = policyFor(inline, use, page.fileName);
          } catch (error) {
            this.error(error instanceof Error ? error.message : String(error));
          }
          page.source = declarePolicy(page.source, policy);
          declared.set(page.fileName, policy);
          scripts.push(...inline.scripts);
          styles.push(...inline.styles);
        }
        // One header for every page the live server sends: it allows each page's inline blocks.
        if (declared.size > 0 && use === 'page')
          this.emitFile({ type: 'asset', fileName: CSP_FILE, source: `${contentSecurityPolicy({ scripts, styles }, 'header')}\n` });
      },
    },
    async writeBundle(output) {
      if (!output.dir) return;
      for (const [fileName, policy] of declared) {
        const html = await readFile(join(output.dir, fileName), 'utf8');
        if (declaredPolicy(html) !== policy || pagePolicy(html, use, fileName) !== policy)
          this.error(
            `${fileName} changed after its Content-Security-Policy was made: a step that edits pages must run before the deck-csp plugin`,
          );
      }
    },
  };
}
