// Privacy and robustness: a CSP that forbids the network, no request after
// load, offline use through the service worker, recovery from a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitForParagraphs, seedPath, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page declares a Content-Security-Policy without network or inline code', async () => {
  const { context, page } = await openApp(browser);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|INLINE_SCRIPT_HASHES/);
  // The policy is enforced: a request to another origin is refused.
  const refused = await page.evaluate(async () => {
    try { await fetch('https://example.com/'); return false; } catch { return true; }
  });
  assert.ok(refused);
  await context.close();
});

test('no network request is made after load: files, views, exports', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.waitForSelector('body[data-worker="ready"]');
  await page.waitForLoadState('networkidle');
  const requests = [];
  context.on('request', (r) => { if (!r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.setInputFiles('#file-input', seedPath('000'));
  await waitForParagraphs(page, 16);
  await page.click('button.open-another');
  await page.click('button[data-sample="003"]');
  await waitForParagraphs(page, 29);
  for (const view of ['las', 'granska', 'utfall', 'oversikt']) await page.click(`a[data-view="${view}"]`);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a crashed worker is reported and replaced; the app keeps working', async () => {
  const { context, page } = await openApp(browser);
  await page.waitForSelector('body[data-worker="ready"]');
  const [worker] = page.workers();
  assert.ok(worker, 'the parsing worker runs');
  // Kill the worker from inside, as a trap in its wasm would.
  await worker.evaluate(() => setTimeout(() => { throw new Error('simulated crash'); }, 0));
  // The next file goes to a fresh worker.
  await page.waitForTimeout(300);
  await page.click('button[data-sample="000"]');
  await waitForParagraphs(page, 16);
  await context.close();
});

test('the app opens offline once loaded (service worker and manifest)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller, null, { timeout: 15000 })
    .catch(async () => { await page.reload(); });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Wait until the worker has cached the app's files.
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (!keys.length) return false;
    const c = await caches.open(keys[0]);
    return (await c.keys()).some((r) => r.url.endsWith('_bg.wasm'));
  }, null, { timeout: 15000 });
  const manifest = await page.getAttribute('link[rel=manifest]', 'href');
  assert.equal(manifest, 'manifest.webmanifest');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('header.site h1');
  await page.click('button[data-sample="003"]');
  await waitForParagraphs(page, 29);
  await context.close();
});
