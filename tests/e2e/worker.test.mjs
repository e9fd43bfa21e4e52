// Parsing happens in a worker, with progress shown; pasted text opens too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitForParagraphs, seedPath } from './helpers.mjs';
import fs from 'node:fs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('documents are parsed in a web worker and the page shows progress', async () => {
  const { context, page, errors } = await openApp(browser);
  // Record every text the status line shows while the file is read.
  await page.evaluate(() => {
    window.__statuses = [];
    const status = document.querySelector('.status');
    new MutationObserver(() => window.__statuses.push(status.textContent)).observe(status, {
      childList: true, subtree: true, characterData: true,
    });
  });
  await page.click('button[data-sample="001"]');
  await page.waitForSelector('.doc-head h2');
  const workers = page.workers().map((w) => w.url());
  assert.ok(workers.some((u) => u.endsWith('worker_loader.js')), `workers: ${workers}`);
  const statuses = await page.evaluate(() => window.__statuses);
  assert.ok(statuses.some((s) => /001_.*\.txt/.test(s)), `statuses: ${JSON.stringify(statuses)}`);
  assert.equal((await page.textContent('.status')).trim(), '', 'the status clears when done');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted text is opened as a document', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.click('details.paste summary');
  await page.fill('#paste-text', fs.readFileSync(seedPath('000'), 'utf8'));
  await page.click('details.paste button[type=submit]');
  await waitForParagraphs(page, 16);
  assert.match(await page.textContent('nav.files, .doc-head'), /Socialnämnden|Inklistrad/);
  assert.deepEqual(errors, []);
  await context.close();
});
