import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const T0 = performance.now();
const t = (l) => console.log(l.padEnd(12), (performance.now() - T0).toFixed(0), 'ms');
const pdfLib = import('pdf-lib');
const { hostStatic } = await import('./.proto-host.mjs');
const host = await hostStatic({ '/': 'dist' });
t('server');
const url = `${host.origin}/?print-pdf`;
const profile = mkdtempSync(join(tmpdir(), 'cdp-'));
const mode = process.argv[2] ?? 'cmdline';
const args = ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--no-default-browser-check','--disable-extensions','--hide-scrollbars','--mute-audio','--disable-background-timer-throttling','--disable-renderer-backgrounding','--disable-backgrounding-occluded-windows'];
if (mode === 'cmdline') args.push('--window-size=1280,720', '--force-device-scale-factor=2', url); else args.push('about:blank');
const proc = spawn('/usr/bin/chromium', args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const [, , , toBrowser, fromBrowser] = proc.stdio;
let id = 0; const pending = new Map(); const listeners = [];
let buf = [];
fromBrowser.on('data', (chunk) => {
  let start = 0;
  for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, start)) {
    buf.push(chunk.subarray(start, i)); const msg = JSON.parse(Buffer.concat(buf).toString('utf8')); buf = []; start = i + 1;
    if (msg.id !== undefined) { const p = pending.get(msg.id); pending.delete(msg.id); msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result); }
    else for (const l of listeners) l(msg);
  }
  if (start < chunk.length) buf.push(chunk.subarray(start));
});
const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => { const m = { id: ++id, method, params }; if (sessionId) m.sessionId = sessionId; pending.set(m.id, { resolve, reject }); toBrowser.write(JSON.stringify(m) + '\0'); });
const { targetInfos } = await send('Target.getTargets');
t('browser');
let page = targetInfos.find((x) => x.type === 'page');
const { sessionId } = await send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
const ctx = new Promise((resolve) => listeners.push((m) => { if (m.method === 'Runtime.executionContextCreated' && m.sessionId === sessionId && m.params.context.origin === host.origin && m.params.context.auxData?.isDefault) resolve(m.params.context.id); }));
await send('Runtime.enable', {}, sessionId);
if (mode !== 'cmdline') {
  await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 2, mobile: false }, sessionId);
  await send('Page.navigate', { url }, sessionId);
}
const contextId = await ctx;
t('context');
const r = await send('Runtime.evaluate', { contextId, awaitPromise: true, returnByValue: true, expression: `new Promise((res) => { const h = document.documentElement; const done = () => h.dataset.deckReady === 'true' && (res([innerWidth, innerHeight, devicePixelRatio, document.querySelectorAll('.pdf-page').length]), true); if (!done()) new MutationObserver(done).observe(h, { attributes: true, attributeFilter: ['data-deck-ready'] }); })` }, sessionId);
t('ready ' + JSON.stringify(r.result.value));
const { data } = await send('Page.printToPDF', { paperWidth: 1280 / 96, paperHeight: 720 / 96, marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0, printBackground: true, preferCSSPageSize: false, generateTaggedPDF: true, generateDocumentOutline: false }, sessionId);
t('print');
const closed = new Promise((r) => proc.once('exit', r));
send('Browser.close').catch(() => {});
const bytes = Buffer.from(data, 'base64');
const { PDFDocument } = await pdfLib;
t('pdf-lib');
const doc = await PDFDocument.load(bytes, { updateMetadata: false });
t('load');
doc.setTitle('x');
const out = await doc.save();
t('save');
writeFileSync(`/tmp/proto-${mode}.pdf`, out);
await closed; rmSync(profile, { recursive: true, force: true }); await host.close();
t('end');
