// A protocol with a paragraph inserted after another (`§ 12 a`) and a
// joint one (`§§ 13-14`): each paragraph has an id of its own, the
// outline names them as written, and a link lands on the right one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, waitForParagraphs, axeViolations } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const INPUT = path.resolve(here, '../../crates/justera/tests/fixtures/input');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// Ids used by more than one element on the page.
async function duplicateIds(page) {
  return page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

test('lettered and joint paragraphs: unique ids, named as written, links land on them', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.setInputFiles('#file-input', path.join(INPUT, 'lettered.txt'));
  await waitForParagraphs(page, 5);
  const ids = await page.locator('li.paragraph').evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(ids, ['p11', 'p12', 'p12a', 'p13-14', 'p15']);
  assert.deepEqual(await duplicateIds(page), []);

  await page.click('a[data-view="las"]');
  await page.waitForSelector('nav.outline');
  const outline = await page.locator('li.outline-item .num').allTextContents();
  assert.deepEqual(outline, ['§ 11', '§ 12', '§ 12 a', '§§ 13-14', '§ 15']);
  await page.waitForSelector('section.paragraph-block#p15');
  const blocks = await page.locator('section.paragraph-block').evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(blocks, ['p11', 'p12', 'p12a', 'p13-14', 'p15']);
  assert.deepEqual(await duplicateIds(page), []);

  // The outline's link to § 12 a brings § 12 a into sight, not § 12.
  await page.click('li.outline-item a[href="#p12a"]');
  await page.waitForFunction(() => document.activeElement?.id === 'p12a');
  assert.match(await page.textContent('#p12a'), /Belysning av gång- och cykelvägen/);
  assert.equal(await page.getAttribute('#p12a', 'aria-label'), '§ 12 a');
  // And so does a link typed into the address bar, for the joint head.
  await page.evaluate(() => { location.hash = '#p13-14'; });
  await page.waitForFunction(() => document.activeElement?.id === 'p13-14');
  assert.match(await page.textContent('#p13-14'), /Två motioner om snöröjning/);
  assert.deepEqual(await axeViolations(page), []);

  // The outcomes view names the contested § 12 a as written and links to it.
  await page.click('a[data-view="utfall"]');
  await page.waitForSelector('section.outcome');
  const heads = await page.locator('section.outcome h4 a').allTextContents();
  assert.ok(heads.includes('§ 12 a'), `outcomes: ${heads}`);
  assert.equal(await page.locator('section.outcome h4 a', { hasText: '§ 12 a' }).getAttribute('href'), '#p12a');
  assert.deepEqual(await duplicateIds(page), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
