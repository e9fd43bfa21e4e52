// The read, check and outcomes views of a real protocol, each accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitForParagraphs, axeViolations, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open003(viewport) {
  const app = await openApp(browser, viewport ? { viewport } : {});
  await app.page.click('button[data-sample="003"]');
  await waitForParagraphs(app.page, 29);
  return app;
}

test('read view: outline with badges, clean text, deep link and search', async () => {
  const { context, page, errors } = await open003();
  await page.click('a[data-view="las"]');
  await page.waitForSelector('nav.outline');
  assert.equal(await page.locator('li.outline-item').count(), 29);
  assert.ok(await page.locator('li.outline-item .badge.reserved').count() > 0, 'some paragraph has a reservation badge');
  // A deep link opens the paragraph and focuses it.
  await page.evaluate(() => { location.hash = '#p20'; });
  await page.waitForFunction(() => document.activeElement?.id === 'p20');
  assert.match(await page.textContent('#p20'), /20/);
  // Search marks hits and lists the paragraphs that have them.
  await page.fill('#search', 'reservation');
  await page.waitForSelector('.text mark');
  assert.match(await page.textContent('.hits'), /\d+ träffar? i/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'read-003-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a rule's one-line summary is in the UI's language; its longer doc is marked English", async () => {
  const { context, page, errors } = await openApp(browser);
  await page.click('button[data-sample="000"]');
  await waitForParagraphs(page, 16);
  await page.click('a[data-view="granska"]');
  const group = page.locator('section.group[aria-label="page-furniture"]');
  await group.waitFor();
  const sv = (await group.locator('.rule-summary').textContent()).trim();
  assert.equal(sv, 'Sidhuvuden, sidfötter eller sidnummer kvar inne i en paragraf.');
  assert.equal(await group.locator('details.rule-doc > div').getAttribute('lang'), 'en');
  await page.click('button[lang="en"]');
  await page.waitForFunction(() => /Page headers/.test(document.querySelector('.rule-summary').textContent));
  assert.equal(
    (await group.locator('.rule-summary').textContent()).trim(),
    'Page headers, footers or page numbers left inside a paragraph.',
  );
  assert.equal(await group.locator('details.rule-doc > div').getAttribute('lang'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('check view: counts, filters, groups, and a click marks the span in the source', async () => {
  const { context, page, errors } = await open003();
  await page.click('a[data-view="granska"]');
  await page.waitForSelector('ol.source li.line');
  const counts = await page.textContent('.counts');
  assert.match(counts, /\d+ fel, \d+ varning(ar)?, \d+ info/);
  const total = await page.locator('li.finding').count();
  assert.ok(total > 0, 'findings listed');
  assert.ok(await page.locator('section.group').count() > 0);
  // Turning a level off hides its findings.
  const info = await page.locator('li.finding.info').count();
  await page.uncheck('input[data-level="info"]');
  assert.equal(await page.locator('li.finding').count(), total - info);
  await page.check('input[data-level="info"]');
  await page.locator('button.finding-button').first().click();
  await page.waitForSelector('ol.source mark');
  assert.ok((await page.locator('li.line.hit').count()) >= 1);
  assert.ok(await page.locator('li.line .marker').count() > 0, 'lines with findings have markers');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'check-003-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('outcomes view: proposals, votes, reservations, chart and matrix with text alternatives', async () => {
  const { context, page, errors } = await open003();
  await page.click('a[data-view="utfall"]');
  await page.waitForSelector('.outcomes');
  assert.ok(await page.locator('section.outcome').count() > 0);
  assert.ok(await page.locator('li.proposal').count() > 0);
  assert.ok(await page.locator('ul.reservations li').count() > 0);
  assert.equal(await page.locator('figure.chart svg[role=img] title').count(), 1);
  assert.ok(await page.locator('table.party-table tbody tr').count() > 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'outcomes-003-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports download the model, findings and outcomes', async () => {
  const { context, page } = await open003();
  await page.click('details.export summary');
  const got = {};
  for (const kind of ['model', 'diag-json', 'diag-csv', 'sarif', 'outcomes']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"]`)]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    got[kind] = { name: download.suggestedFilename(), text };
  }
  assert.equal(JSON.parse(got.model.text).paragraphs.length, 29);
  assert.ok(Array.isArray(JSON.parse(got['diag-json'].text)));
  assert.match(got['diag-csv'].text, /code,severity,line/);
  assert.equal(JSON.parse(got.sarif.text).version, '2.1.0');
  assert.match(got.outcomes.text, /paragraph,title,proposal/);
  assert.match(got.model.name, /\.model\.json$/);
  await context.close();
});

test('views work on a phone', async () => {
  const { context, page } = await open003({ width: 360, height: 740 });
  for (const view of ['las', 'granska', 'utfall']) {
    await page.click(`a[data-view="${view}"]`);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${view} scrolls sideways by ${overflow}px`);
    await screenshot(page, `${view}-003-phone`);
  }
  await context.close();
});
