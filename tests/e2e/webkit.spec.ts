/**
 * WebKit (Safari's engine) as Debian ships it: WebKitGTK's MiniBrowser driven through
 * `WebKitWebDriver` under `xvfb-run` (scripts/ensure-tools.sh installs webkit2gtk-driver and xvfb
 * when run as root). A smoke walk of both views: every slide and build step with the clicker's
 * key, every chart drawn; the speaker view (S) driving the room through the statistics switch with
 * its preview in step; the reading view at phone size (a 390×844 frame: MiniBrowser's window is
 * never narrower than its toolbar), every chart drawn as it nears; and the dialogs (contents,
 * search, Cite, the key help) each closed by Esc, which WebKit's search field would otherwise take
 * for itself. No script error in any window or frame.
 *
 * WebDriver classic reports no console, so the pages are served through a small proxy that puts a
 * probe first in the page's head: it records errors, unhandled rejections, console.error and
 * resources that fail to load (the deck's own pages are not changed).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { isPageCrash, KEY, WebDriverSession, webkitDriverMissing } from './webdriver.ts';

const PROBE = `(() => {
  let sink = [];
  try { if (window.parent !== window && Array.isArray(window.parent.__webkitProbe)) sink = window.parent.__webkitProbe; } catch {}
  window.__webkitProbe = sink;
  const where = location.search || location.pathname;
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) sink.push(where + ': ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
    else if (e.target && e.target !== window) sink.push(where + ': failed to load ' + (e.target.src || e.target.href || e.target.tagName));
  }, true);
  addEventListener('unhandledrejection', (e) => sink.push(where + ': unhandled rejection ' + String(e.reason && e.reason.stack || e.reason)));
  const original = console.error;
  console.error = function (...args) { sink.push(where + ': console.error ' + args.map(String).join(' ')); return original.apply(this, args); };
})();`;

const PHONE = { width: 390, height: 844 } as const;

/** Serves the deck (from Playwright's preview server) with the probe first in every page. */
async function probingProxy(upstream: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/__phone.html') {
      // A phone's screen: WebKitGTK's MiniBrowser window is never narrower than its toolbar (447 px).
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="en"><title>Phone</title><body style="margin:0"><iframe src="/?view=scroll" title="deck" style="width:${PHONE.width}px;height:${PHONE.height}px;border:0"></iframe></body></html>`,
        );
      return;
    }
    if (path === '/__webkit-probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(PROBE);
      return;
    }
    void fetch(new URL(path, upstream))
      .then(async (response) => {
        const type = response.headers.get('content-type') ?? 'application/octet-stream';
        let body = Buffer.from(await response.arrayBuffer());
        if (type.startsWith('text/html'))
          body = Buffer.from(body.toString('utf8').replace(/<head[^>]*>/, (head) => `${head}<script src="/__webkit-probe.js"></script>`));
        res.writeHead(response.status, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      })
      .catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** In the page: every chart canvas in `scope` drawn (Chart.js done) and inked. Returns what is not. */
const UNDRAWN = `
  const scope = document.querySelector(arguments[0]);
  if (!scope) return ['no ' + arguments[0]];
  return [...scope.querySelectorAll('figure.chart canvas')].filter((c) => {
    if (c.dataset.chartState !== 'drawn' || c.width === 0 || c.height === 0) return true;
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 16) if (data[i] > 0) inked++;
    return inked / (data.length / 16) < 0.03;
  }).map((c) => (c.closest('figure')?.dataset.chart ?? '?') + ':' + (c.dataset.chartState ?? 'not drawn'));`;

/** Where the slide view is: the slide, its build steps shown and the chart's view. */
const PLACE = `
  const s = document.querySelector('.reveal .slides > section.present');
  return s ? s.id + ':' + s.querySelectorAll('.fragment.visible').length + ':' + (s.querySelector('canvas')?.dataset.chartView ?? '') : '';`;

const OPEN_DIALOG = `return [...document.querySelectorAll('dialog')].filter((d) => d.open).map((d) => d.id || d.className).join(',')`;

type Opener = { readonly name: string; readonly open: (wd: WebDriverSession) => Promise<void> };

const DIALOGS: readonly Opener[] = [
  { name: 'contents', open: (wd) => wd.press(['c']) },
  {
    name: 'search',
    open: async (wd) => {
      await wd.press(['F'], [KEY.Control, KEY.Shift]);
      await wd.waitFor("return document.activeElement?.type === 'search'", 'the search field has the focus');
      await wd.press(['l', 'a', 'd', 'd', 'e', 'r']);
      await wd.waitFor("return document.querySelectorAll('dialog[open] ol a').length > 0", 'search results');
      // Each result keeps its words apart (title, number, snippet).
      const runTogether = await wd.execute<string[]>(
        "return [...document.querySelectorAll('dialog[open] ol a')].map((a) => a.textContent).filter((t) => /[a-z0-9.,;:)’”][A-Z][a-z]/.test(t))",
      );
      expect(runTogether, 'search results with words run together').toEqual([]);
    },
  },
  { name: 'cite', open: (wd) => wd.execute('document.querySelector(\'[data-tool="cite"]\').click()') },
  { name: 'keys help', open: (wd) => wd.press(['?']) },
];

/** Opens each dialog and closes it with Esc: closed, the deck not moved, the focus outside it, the overview shut. */
async function dialogsCloseWithEsc(wd: WebDriverSession, place: string): Promise<void> {
  for (const dialog of DIALOGS) {
    const before = await wd.execute<string>(place);
    await dialog.open(wd);
    await wd.waitFor(OPEN_DIALOG, `the ${dialog.name} dialog opens`);
    await wd.press([KEY.Escape]);
    await wd.waitFor(`return !(${OPEN_DIALOG.replace(/^return /, '')})`, `Esc closes the ${dialog.name} dialog`);
    const after = await wd.execute<{ focusInDialog: boolean; overview: boolean }>(
      "return { focusInDialog: !!document.activeElement?.closest('dialog'), overview: !!document.querySelector('.reveal.overview') }",
    );
    expect(after, `after Esc in the ${dialog.name} dialog`).toEqual({ focusInDialog: false, overview: false });
    expect(await wd.execute<string>(place), `Esc in the ${dialog.name} dialog leaves the deck where it was`).toBe(before);
  }
}

const missing = webkitDriverMissing();

test.describe('WebKit (WebKitGTK through WebKitWebDriver)', () => {
  test.skip(
    missing !== null,
    `${missing ?? ''} not installed: run scripts/ensure-tools.sh as root, or apt-get install webkit2gtk-driver xvfb xauth`,
  );
  // One browser for the walk: WebKitGTK under Xvfb is slow to start, and the two views share it.
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  let session: WebDriverSession | null = null;
  let crashes = 0;
  /**
   * Runs a walk in the browser. WebKitGTK's web process has, once in many CI runs, died under a
   * loaded machine ("page crash or hang"), a fault no page can cause: the browser is then started
   * again and the walk run once more from its start, with the crash and the browser's output kept
   * in the report. A second crash in the same file fails.
   */
  const walk = async (run: (wd: WebDriverSession) => Promise<void>): Promise<void> => {
    if (!session) throw new Error('WebKitWebDriver did not start');
    try {
      await run(session);
    } catch (error) {
      if (!isPageCrash(error) || crashes > 0) throw error;
      crashes++;
      test.info().annotations.push({
        type: 'WebKit crash',
        description: `${String(error)}; the browser said: ${session.output().trim().slice(-2000) || 'nothing'}`,
      });
      await session.close();
      session = await WebDriverSession.startWebKit();
      await run(session);
    }
  };
  let origin = '';
  let proxy: Server | null = null;

  test.beforeAll(async ({ baseURL }) => {
    const served = await probingProxy(baseURL ?? 'http://127.0.0.1:4173/');
    proxy = served.server;
    origin = served.origin;
    session = await WebDriverSession.startWebKit();
  });

  test.afterAll(async () => {
    await session?.close();
    await new Promise((done) => proxy?.close(done));
  });

  const errors = (wd: WebDriverSession): Promise<string[]> =>
    wd.execute<string[]>('return window.__webkitProbe ?? ["the probe did not run"]');

  test('slide view: every slide and build step with the clicker’s key, every chart drawn, dialogs closed by Esc', () =>
    walk(async (wd) => {
      await wd.setViewport(1280, 720);
      await wd.navigate(`${origin}/#/title`);
      await wd.waitFor("return document.documentElement.dataset.deckReady === 'true'", 'the deck is ready');
      const ids = await wd.execute<string[]>("return [...document.querySelectorAll('.reveal .slides > section.slide')].map((s) => s.id)");
      expect(ids.length).toBeGreaterThan(20);

      const visited: string[] = [];
      const charted = new Set<string>();
      for (let step = 0; step < 200; step++) {
        const place = await wd.execute<string>(PLACE);
        const id = place.split(':')[0] ?? '';
        if (visited.at(-1) !== id) visited.push(id);
        if (await wd.execute<boolean>('return !!document.querySelector(".reveal .slides > section.present figure.chart canvas")')) {
          await wd.waitFor(
            `return (() => {${UNDRAWN}})(...arguments).length === 0`,
            `the charts on ${id} are drawn`,
            15_000,
            '.reveal .slides > section.present',
          );
          charted.add(id);
        }
        if (id === ids.at(-1)) break;
        await wd.press([KEY.PageDown]);
        await wd.waitFor(`return (() => {${PLACE}})() !== arguments[0]`, `PageDown moves on from ${place}`, 10_000, place);
      }
      expect(visited).toEqual(ids);
      expect(charted.size, 'slides with a chart').toBeGreaterThanOrEqual(3);

      // The dialogs on a chart slide, with the presenter's keys.
      await wd.navigate(`${origin}/#/${[...charted][0] ?? 'title'}`);
      await wd.waitFor("return document.documentElement.dataset.deckReady === 'true'", 'the deck is ready');
      await dialogsCloseWithEsc(wd, PLACE);
      // After the search, the presenter's next key moves the slide (it is not typed into the field).
      const before = await wd.execute<string>(PLACE);
      await wd.press([KEY.PageDown]);
      await wd.waitFor(`return (() => {${PLACE}})() !== arguments[0]`, 'PageDown after the dialogs moves the deck', 10_000, before);
      expect(await errors(wd)).toEqual([]);
    }));

  test('speaker view: S opens it, its keys drive the room through the statistics switch, its preview follows, no error in either window', () =>
    walk(async (wd) => {
      await wd.setViewport(1280, 720);
      await wd.navigate(`${origin}/#/trade-growth`);
      await wd.waitFor("return document.documentElement.dataset.deckReady === 'true'", 'the deck is ready');
      const room = (await wd.windowHandles())[0] ?? '';
      await wd.press(['s']);
      let speaker = '';
      for (let tries = 0; tries < 100 && !speaker; tries++) {
        for (const handle of await wd.windowHandles()) {
          if (handle === room) continue;
          await wd.switchToWindow(handle);
          if ((await wd.execute<string>('return location.search')).includes('speaker')) speaker = handle;
        }
        if (!speaker) await new Promise((r) => setTimeout(r, 100));
      }
      expect(speaker, 'the speaker window opened').not.toBe('');
      const roomState = async (): Promise<string> => {
        await wd.switchToWindow(room);
        return wd.execute<string>('return document.documentElement.dataset.deckState ?? ""');
      };
      for (let step = 0; step < 4; step++) {
        const want = await roomState();
        await wd.switchToWindow(speaker);
        await wd.waitFor(
          'return document.documentElement.dataset.speakerState === arguments[0]',
          `the speaker view shows ${want}`,
          10_000,
          want,
        );
        await wd.waitFor(
          "return document.querySelector('.speaker-current iframe').contentDocument?.documentElement.dataset.deckState === arguments[0]",
          `the Now preview shows ${want}`,
          10_000,
          want,
        );
        // The speaker's next key moves the room (on trade-growth: to the Chinese statistics and back).
        await wd.press([KEY.PageDown]);
        await wd.switchToWindow(room);
        await wd.waitFor(
          'return document.documentElement.dataset.deckState !== arguments[0]',
          `the room moves on from ${want}`,
          10_000,
          want,
        );
      }
      await wd.switchToWindow(speaker);
      expect(await errors(wd), 'errors in the speaker window and its previews').toEqual([]);
      await wd.execute('window.close()');
      await wd.switchToWindow(room);
      expect(await errors(wd), 'errors in the presenting window').toEqual([]);
    }));

  test('reading view at phone size: every slide’s page, every chart drawn as it nears, dialogs closed by Esc', () =>
    walk(async (wd) => {
      await wd.setViewport(PHONE.width + 100, PHONE.height + 40);
      await wd.navigate(`${origin}/__phone.html`);
      await wd.switchToFrame(0);
      await wd.waitFor("return document.documentElement.dataset.deckReady === 'true'", 'the reading view is ready');
      expect(await wd.execute<number[]>('return [innerWidth, innerHeight]')).toEqual([PHONE.width, PHONE.height]);
      await wd.execute('window.focus()');
      expect(await wd.execute<string>('return document.documentElement.dataset.view')).not.toBe('slides');
      const pages = await wd.execute<string[]>("return [...document.querySelectorAll('#reading .page[id]')].map((p) => p.id)");
      expect(pages.length).toBeGreaterThan(20);
      for (const id of pages) {
        await wd.execute('document.getElementById(arguments[0]).scrollIntoView()', id);
        const charts = await wd.execute<number>(
          'return document.getElementById(arguments[0]).querySelectorAll("figure.chart canvas").length',
          id,
        );
        if (charts > 0)
          await wd.waitFor(`return (() => {${UNDRAWN}})(...arguments).length === 0`, `the charts on ${id} are drawn`, 15_000, `#${id}`);
      }
      // Nothing is wider than the phone.
      expect(await wd.execute<number>('return document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await dialogsCloseWithEsc(wd, 'return String(Math.round(scrollY))');
      expect(await errors(wd)).toEqual([]);
    }));
});
