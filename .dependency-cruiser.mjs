/**
 * The deck's layering, checked by dependency-cruiser in `npm run lint` (and so in `npm test`).
 *
 * LAYERS lists every folder of the code from the bottom up, each with the folders it may import
 * (besides its own files and packages). The table is checked when this file loads: a folder may
 * name only folders listed before it, so the folder graph has no upward arrow and no cycle by
 * construction. Every module must sit in a listed folder, and no import cycle is allowed between
 * modules (a cycle made only with `import type` is erased by the compiler and is allowed).
 *
 * A new folder gets a line here, in its place; a new arrow is a new name in its folder's list.
 */

/** @type {readonly (readonly [string, readonly string[]])[]} */
export const LAYERS = [
  // The base layer: escaping, CSV, locale-aware number formatting, script runs. Imports nothing.
  ['src/base', []],
  // The bibliography and the datasets with their checks.
  ['src/data', ['src/base']],
  // The first-view rule and the boot script the build inlines into the page's head (self-contained).
  ['src/boot', []],
  // The dialog family's markup beside its CSS, shared by render, app and rehearsal.
  ['src/theme', ['src/base']],
  // The content model: authored and resolved types, validation, steps, geometry, messages.
  ['src/model', ['src/base', 'src/data']],
  // Map data (countries, places, routes, unions).
  ['assets', ['src/base', 'src/data', 'src/model']],
  // The slide modules: the talk's content in English.
  ['slides', ['src/base', 'src/data', 'src/model', 'assets']],
  // Chart and map modules (figures and their words). Neither knows the renderer or the browser app.
  // Both take their colours and fonts from the one theme source (src/theme/tokens.ts).
  ['src/charts', ['src/base', 'src/data', 'src/model', 'src/theme', 'slides']],
  ['src/maps', ['src/base', 'src/data', 'src/model', 'src/theme', 'assets', 'slides']],
  // The other languages' editions of the content.
  ['editions', ['src/base', 'src/data', 'src/model', 'assets', 'slides', 'src/charts', 'src/maps']],
  // Pure services that return data: the deck's link and QR code, the citation record, the live protocol.
  ['src/qr', ['src/base', 'src/model', 'src/theme']],
  ['src/cite', ['src/base', 'src/model']],
  ['src/live', ['src/base', 'src/model']],
  // Rendering: pure functions from the resolved deck to the page's HTML (no charts, no browser).
  ['src/render', ['src/base', 'src/data', 'src/model', 'src/theme', 'src/qr', 'src/cite']],
  // Rehearsal mode: given what it needs by the app (its dialogs open through an injected function).
  ['src/rehearsal', ['src/base', 'src/model', 'src/theme']],
  // Loading a deck: content → validation → resolved deck.
  ['src/deck.ts', ['src/base', 'src/data', 'src/model', 'assets', 'slides', 'src/charts', 'src/maps', 'editions', 'src/qr']],
  // The Node build (Vite plugin, fonts, records): never browser code. It asks the chart registry
  // (build halves only) for the charts' plain series, which it bundles into the chart chunk as data.
  [
    'src/build',
    [
      'src/base',
      'src/data',
      'src/model',
      'src/boot',
      'src/theme',
      'src/charts/registry.ts',
      'editions',
      'src/qr',
      'src/cite',
      'src/live',
      'src/render',
      'src/rehearsal',
      'src/deck.ts',
    ],
  ],
  // Servers for following the speaker live, and the phone remote.
  ['src/server', ['src/base', 'src/live']],
  ['src/remote', ['src/base', 'src/live']],
  // The browser app takes the deck from the page, not from content, data or the renderer; it makes
  // one piece of page HTML itself (the live view's deck link), with the renderer's one function.
  [
    'src/app',
    ['src/base', 'src/boot', 'src/model', 'src/theme', 'src/charts', 'src/live', 'src/qr', 'src/rehearsal', 'src/render/deck-link.ts'],
  ],
  // The browser entry.
  ['src/main.ts', ['src/base', 'src/boot', 'src/model', 'src/theme', 'src/app']],
  // Scripts: their libraries, then the PowerPoint writer, then the command-line entries.
  [
    'scripts/lib',
    [
      'src/base',
      'src/data',
      'src/boot',
      'src/theme',
      'src/model',
      'assets',
      'slides',
      'src/charts',
      'src/maps',
      'editions',
      'src/qr',
      'src/cite',
      'src/live',
      'src/render',
      'src/deck.ts',
      'src/build',
    ],
  ],
  [
    'scripts/lib/pptx',
    [
      'src/base',
      'src/data',
      'src/theme',
      'src/model',
      'assets',
      'slides',
      'src/charts',
      'src/maps',
      'editions',
      'src/qr',
      'src/render',
      'src/deck.ts',
      // The build's CJK cutter: LibreOffice and the map pictures get Noto Sans SC cut as the pages get it.
      'src/build',
      'scripts/lib',
    ],
  ],
  [
    'scripts',
    [
      'src/base',
      'src/data',
      'src/boot',
      'src/theme',
      'src/model',
      'assets',
      'slides',
      'src/charts',
      'src/maps',
      'editions',
      'src/qr',
      'src/cite',
      'src/live',
      'src/render',
      'src/rehearsal',
      'src/deck.ts',
      'src/build',
      'src/server',
      'src/app',
      'scripts/lib',
      'scripts/lib/pptx',
    ],
  ],
];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A folder matches its files (and deeper folders); a file-sized entry (`src/deck.ts`) matches that file. */
const re = (entry) => (entry.endsWith('.ts') ? `^${escape(entry)}$` : `^${escape(entry)}/`);
const isFile = (entry) => entry.endsWith('.ts');
const folders = LAYERS.map(([folder]) => folder);

// The table itself has no upward arrow: each name is a listed folder (or a file in one) below its importer.
LAYERS.forEach(([folder, allowed], rank) => {
  for (const target of allowed) {
    const owner = folders.filter((f) => target === f || (!isFile(f) && target.startsWith(`${f}/`))).sort((a, b) => b.length - a.length)[0];
    if (owner === undefined) throw new Error(`.dependency-cruiser.mjs: ${folder} names ${target}, which is in no layer`);
    if (folders.indexOf(owner) >= rank)
      throw new Error(`.dependency-cruiser.mjs: ${folder} → ${target} points up (list ${owner} below ${folder})`);
  }
});

/** The folders nested inside `folder` that are layers of their own (scripts/lib inside scripts). */
const nested = (folder) => folders.filter((f) => f !== folder && !isFile(folder) && f.startsWith(`${folder}/`));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a cycle. Move the shared part down a layer (src/base) or pass it in.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment: 'Folders import each other in a cycle (counted over every import, type-only ones too).',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-in-a-layer',
      severity: 'error',
      comment: 'Every module sits in a folder of LAYERS in .dependency-cruiser.mjs: give a new folder its line there.',
      from: { path: '^(src|slides|editions|assets|scripts)/', pathNot: folders.map(re) },
      to: {},
    },
    {
      name: 'not-in-a-layer-orphan',
      severity: 'error',
      comment: 'Every module sits in a folder of LAYERS in .dependency-cruiser.mjs (this one imports nothing and nothing imports it).',
      from: { orphan: true, path: '^(src|slides|editions|assets|scripts)/.+\\.ts$', pathNot: folders.map(re) },
      to: {},
    },
    ...LAYERS.map(([folder, allowed]) => ({
      name: `layer:${folder}`,
      severity: 'error',
      comment: `${folder} may import only ${allowed.length ? allowed.join(', ') : 'nothing of the project'} (and packages). An arrow elsewhere points up or sideways.`,
      from: { path: re(folder), ...(nested(folder).length ? { pathNot: nested(folder).map(re) } : {}) },
      to: {
        path: '^(src|slides|editions|assets|scripts)/',
        pathNot: [
          // Its own files, but not those of a layer nested inside it.
          ...(nested(folder).length
            ? [
                `${re(folder)}(?!${nested(folder)
                  .map((f) => escape(f.slice(folder.length + 1)) + '/')
                  .join('|')})`,
              ]
            : [re(folder)]),
          ...allowed.map(re),
        ],
      },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
