// A measurement, not a test: a Chromium trace of one cold drop (a fresh
// page, seed 003 dropped as soon as the heading shows, as perf.mjs's
// `cold`), written to OUT (trace JSON), for scripts/trace-tasks.py.
//
//   BASE_URL=http://127.0.0.1:PORT/ OUT=trace.json node tests/e2e/trace-cold.mjs [FILE] [PARAGRAPHS] [WAIT_MS]
import fs from 'node:fs';
import { launch, BASE_URL, seedPath } from './helpers.mjs';

const file = process.argv[2] || seedPath('003');
const n = Number(process.argv[3] ?? 0);
const waitMs = Number(process.argv[4] ?? 0);
const out = process.env.OUT ?? 'trace.json';
const bytes = fs.readFileSync(file);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await browser.startTracing(page, {
    path: out,
    categories: [
      'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
      'toplevel', 'blink', 'loading', 'v8', 'v8.wasm', 'v8.execute', 'disabled-by-default-v8.compile',
      'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'rail', 'fonts',
    ],
  });
  await page.goto(BASE_URL);
  await page.waitForSelector('header.site h1');
  if (waitMs) await page.waitForTimeout(waitMs);
  if (process.env.WARM) {
    // The `warm` case: seed 000 opened first, its outline waited for.
    const warm = fs.readFileSync(seedPath('000')).toString('base64');
    await page.evaluate((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'warm-up.txt', { type: 'text/plain' }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, warm);
    await page.waitForFunction(() => document.querySelectorAll('li.paragraph').length === 16);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await page.evaluate((b64) => {
    window.__perfBytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  }, bytes.toString('base64'));
  const r = await page.evaluate((n) => new Promise((resolve) => {
    const file = new File([window.__perfBytes], 'seed.txt', { type: 'text/plain' });
    const lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    setTimeout(() => {
      const t0 = performance.now();
      performance.mark('drop');
      const dt = new DataTransfer();
      dt.items.add(file);
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
      const check = () => {
        if (document.querySelectorAll('li.paragraph').length >= Math.max(n, 1)) {
          requestAnimationFrame(() => setTimeout(() => { performance.mark('painted'); setTimeout(() => resolve({ t0, ms: performance.now() - t0, lt }), 100); }, 0));
        } else setTimeout(check, 5);
      };
      check();
    }, 0);
  }), n);
  console.log(JSON.stringify(r));
  await page.waitForTimeout(300);
  await browser.stopTracing();
  await context.close();
} finally {
  await browser.close();
}
