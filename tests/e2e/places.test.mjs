// A finding in a PDF names its place in the original file, the page and
// the headings above it, beside the decoded text's line, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, dropFile, waitForParagraphs, axeViolations } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const INPUT = path.resolve(here, '../../crates/justera/tests/fixtures/input');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('findings in a PDF name the page and the paragraph and part they are in', async () => {
  const { context, page, errors } = await openApp(browser);
  await dropFile(page, path.join(INPUT, 'seed000.pdf'), { type: 'application/pdf' });
  await waitForParagraphs(page, 16, 60000);
  await page.click('a[data-view="granska"]');
  await page.waitForSelector('li.finding');
  const places = await page.locator('li.finding .place').allTextContents();
  // Every finding has a place; the document-wide one is on the first page,
  // one inside a paragraph names its page, paragraph and part.
  assert.equal(places.length, await page.locator('li.finding').count(), `places: ${places}`);
  assert.ok(places.every((p) => /^sida \d+/.test(p)), `places: ${places}`);
  assert.ok(
    places.some((p) => /^sida 5 › § 20 Socialnämndens anvisningar .* › Sammanfattning$/.test(p)),
    `places: ${places}`,
  );
  assert.deepEqual(await axeViolations(page), []);

  await page.click('button[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const english = await page.locator('li.finding .place').allTextContents();
  assert.ok(english.some((p) => /^page 5 › § 20 .* › Sammanfattning$/.test(p)), `places: ${english}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('findings in a text file keep to their line numbers', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.click('button[data-sample="003"]');
  await waitForParagraphs(page, 29);
  await page.click('a[data-view="granska"]');
  await page.waitForSelector('li.finding');
  assert.equal(await page.locator('li.finding .place').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
