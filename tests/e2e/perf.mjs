// A measurement, not a test: on the built site (dist/ served at BASE_URL),
// the time from dropping a file to its outline painted, and the longest
// main-thread task (PerformanceObserver 'longtask') and the longest
// animation frame over 50 ms ('long-animation-frame') meanwhile. Run by
// scripts/bench-browser.sh, which builds the inputs; prints one JSON line
// per measurement and a table of medians.
//
//   BASE_URL=http://127.0.0.1:PORT/ node tests/e2e/perf.mjs NAME=FILE:PARAGRAPHS ...
//
// Each file is dropped RUNS times (default 5), each time on a fresh page:
// `cold` is the first drop on a fresh page at once, as soon as the page
// shows its heading (the page starts its worker, which fetches and
// compiles the worker's wasm, while the file waits); `idle` the first drop
// on a fresh page one second after the heading showed (a user dragging a
// file in: whatever the page does at load has had a second); `warm` a drop
// after seed 000 has been opened on the page (the worker is running and
// has parsed a file). CASES=cold,warm picks some. The clock starts when the
// drop event is dispatched and stops when the first frame after the outline
// holds all PARAGRAPHS paragraphs has been laid out and painted (a task
// queued from its animation frame callback). The file's bytes are put into
// the page beforehand (base64, one short task), and the drop is dispatched
// in a task of its own: the harness's own work is not counted as the
// page's (a 1 MB array of numbers passed to `evaluate` alone made a task
// of over a second). Long tasks count when they end after the drop.
import fs from 'node:fs';
import path from 'node:path';
import { launch, BASE_URL, seedPath } from './helpers.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const CASES = (process.env.CASES ?? 'cold,idle,warm').split(',');
// How long after the heading showed the `idle` case drops its file.
const IDLE_MS = 1000;
// Opened first in the `warm` case: seed 000 (16 paragraphs; the measured
// inputs must have another number of paragraphs).
const WARM_UP = { bytes: fs.readFileSync(seedPath('000')), paragraphs: 16 };
const inputs = process.argv.slice(2).map((arg) => {
  const [name, rest] = arg.split('=');
  const [file, paragraphs] = rest.split(':');
  return { name, file, paragraphs: Number(paragraphs) };
});
if (inputs.length === 0) {
  console.error('usage: node tests/e2e/perf.mjs NAME=FILE:PARAGRAPHS ...');
  process.exit(2);
}

/// In the page: drop the file, resolve when the outline has `n` paragraphs
/// and a frame has been painted; the longest task seen meanwhile.
async function dropAndWait(page, bytes, name, n) {
  await page.evaluate((b64) => {
    window.__perfBytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  }, Buffer.from(bytes).toString('base64'));
  return page.evaluate(
    ({ name, n }) =>
      new Promise((resolve, reject) => {
        const longtasks = [];
        let po = null;
        let t0 = Infinity;
        // Whether the worker had said it is ready when the file was dropped.
        let ready = null;
        try {
          po = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.startTime + e.duration >= t0) longtasks.push(e.duration);
            }
          });
          po.observe({ type: 'longtask', buffered: false });
        } catch (e) {
          // No longtask support: reported as null.
        }
        // A long task does not count the frame's own style, layout and
        // paint unless a script ran in that frame's task (as this
        // harness's animation frame callback does): the longest animation
        // frame over 50 ms (script, style, layout and paint) is reported
        // beside it.
        const frames = [];
        let fo = null;
        try {
          fo = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.startTime + e.duration >= t0) frames.push(e.duration);
            }
          });
          fo.observe({ type: 'long-animation-frame', buffered: false });
        } catch (e) {
          // No long animation frames: reported as null.
        }
        const file = new File([window.__perfBytes], name, { type: 'text/plain' });
        const count = () => document.querySelectorAll('li.paragraph').length;
        // Painted: the animation frame callbacks run at the start of a
        // frame, before its style, layout and paint; a task queued from
        // one runs after them. (Until 2026-12-05 the clock stopped in the
        // callback itself, `raf`: an outline drawn whole in one task was
        // then timed without the layout and paint of its frame.)
        const done = () => {
          requestAnimationFrame(() => {
            const raf = performance.now();
            setTimeout(() => {
              const painted = performance.now();
              // Tasks and frames that ended before the paint are reported
              // after it: give the observers a moment to deliver them.
              setTimeout(() => {
                if (po) po.disconnect();
                if (fo) fo.disconnect();
                resolve({
                  ms: painted - t0,
                  raf: raf - t0,
                  longest: po ? Math.max(0, ...longtasks) : null,
                  frame: fo ? Math.max(0, ...frames) : null,
                  longtasks: longtasks.length,
                  ready,
                  worker: window.__perfDone - t0,
                });
              }, 100);
            }, 0);
          });
        };
        const mo = new MutationObserver(() => {
          if (count() === n) {
            mo.disconnect();
            done();
          }
        });
        mo.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`no outline of ${n} paragraphs after 60 s (${count()})`)), 60000);
        setTimeout(() => {
          t0 = performance.now();
          ready = document.body.dataset.worker === 'ready';
          window.__perfDone = NaN;
          const dt = new DataTransfer();
          dt.items.add(file);
          for (const kind of ['dragenter', 'dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
          }
        }, 0);
      }),
    { name, n },
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

const browser = await launch();
const rows = [];
try {
  for (const input of inputs) {
    const bytes = fs.readFileSync(input.file);
    const name = path.basename(input.file);
    for (let run = 0; run < RUNS; run++) {
      for (const when of CASES) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // When the worker's parsed file (`done`) reaches the page: splits
        // drop → outline into the worker's part and the page's.
        await page.addInitScript(() => {
          const Base = window.Worker;
          window.Worker = class extends Base {
            constructor(...args) {
              super(...args);
              this.addEventListener('message', (e) => {
                if (e.data && e.data.type === 'done') window.__perfDone = performance.now();
              });
            }
          };
        });
        await page.goto(BASE_URL);
        await page.waitForSelector('header.site h1');
        if (when === 'warm') {
          // Start the worker with another protocol first.
          await dropAndWait(page, WARM_UP.bytes, 'warm-up.txt', WARM_UP.paragraphs);
        } else if (when === 'idle') {
          await page.waitForTimeout(IDLE_MS);
        }
        const r = await dropAndWait(page, bytes, name, input.paragraphs);
        const row = { input: input.name, bytes: bytes.length, when, run, ...r };
        rows.push(row);
        console.log(JSON.stringify(row));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

console.log('');
console.log(`${'input'.padEnd(12)} ${'when'.padEnd(5)} ${'runs'.padStart(4)} ${'drop→outline ms'.padStart(16)} ${'of it: worker ms'.padStart(17)} ${'longest task ms'.padStart(16)} ${'longest frame ms'.padStart(17)}`);
for (const input of inputs) {
  for (const when of CASES) {
    const rs = rows.filter((r) => r.input === input.name && r.when === when);
    const ms = median(rs.map((r) => r.ms));
    const worker = median(rs.map((r) => r.worker));
    const lt = rs.every((r) => r.longest === null) ? null : median(rs.map((r) => r.longest ?? 0));
    const lf = rs.every((r) => r.frame === null) ? null : median(rs.map((r) => r.frame ?? 0));
    console.log(
      `${input.name.padEnd(12)} ${when.padEnd(5)} ${String(rs.length).padStart(4)} ${ms.toFixed(0).padStart(16)} ${worker.toFixed(0).padStart(17)} ${(lt === null ? 'n/a' : lt.toFixed(0)).padStart(16)} ${(lf === null ? 'n/a' : lf.toFixed(0)).padStart(17)}`,
    );
  }
}
