// The text worker dies (a trap, a crash) while the rules run: the file stays
// shown, the page says in Swedish and English that the check failed, and it
// stays usable (another file opens, and the same file opened again is checked).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitForParagraphs, axeViolations } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The first text worker the page starts is this loader: the real worker,
// except that when it would post a file's findings it dies instead, the
// way a trap (`unreachable`) in the rules ends a worker: an uncaught error.
// Workers started later are the real one.
const TRAPPING_LOADER = `
importScripts('./worker.js');
const post = self.postMessage.bind(self);
self.postMessage = (message, transfer) => {
  if (message && message.type === 'checked') {
    setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); });
    return;
  }
  post(message, transfer);
};
wasm_bindgen('./worker_bg.wasm');
`;

test('a worker that dies while the rules run: the check is said to have failed, the page stays usable', async () => {
  const { context, page, errors } = await openApp(browser, { serviceWorkers: 'block' });
  let loads = 0;
  await context.route('**/worker_loader.js', (route) => {
    loads += 1;
    if (loads === 1) return route.fulfill({ contentType: 'text/javascript', body: TRAPPING_LOADER });
    return route.continue();
  });
  // The page started its worker at load, before the route: start afresh.
  await page.reload();
  await page.waitForSelector('header.site h1');
  assert.equal(loads, 1, 'the trapping worker is the one running');

  await page.click('button[data-sample="000"]');
  await waitForParagraphs(page, 16);
  // The outline stays; the check view's link and the alert say what happened.
  const link = page.locator('a[data-view="granska"]');
  await page.waitForFunction(() => /granskningen misslyckades/.test(document.querySelector('a[data-view="granska"]').textContent));
  assert.doesNotMatch(await link.textContent(), /granskar…/);
  const alert = await page.textContent('.problems');
  assert.match(alert, /Granskningen misslyckades/, 'said in Swedish');
  assert.match(alert, /The check failed/, 'and in English');
  assert.match(alert, /unreachable/, 'with the reason');
  await link.click();
  assert.match(await page.textContent('.counts'), /Granskningen misslyckades/);
  assert.deepEqual(await axeViolations(page), []);

  // Usable: another file opens and is checked by a new worker.
  await page.click('button.open-another');
  await page.click('button[data-sample="002"]');
  await page.waitForFunction(() => /Inga anmärkningar/.test(document.querySelector('.counts')?.textContent ?? ''));
  assert.equal(loads, 2, 'a new worker was started');
  // The file whose check failed, opened again, is checked anew.
  await page.click('button.open-another');
  await page.click('button[data-sample="000"]');
  await page.waitForFunction(() => /\d+ info/.test(document.querySelector('.counts')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('a[data-view="granska"]'), /misslyckades|granskar/);
  assert.equal(await page.locator('section.group[aria-label="page-furniture"]').count(), 1);
  // The worker's death is reported on the page, not thrown into the console.
  assert.deepEqual(errors.filter((e) => !/unreachable/.test(e)), []);
  await context.close();
});
