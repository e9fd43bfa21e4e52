// A citizen's first questions about a protocol, on a desktop and a phone:
// what was decided, who proposed what, who reserved; the opened document
// on the first screen; every view looked at and accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, dropFile, seedPath, waitForParagraphs, axeViolations } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/// The element is shown and inside the window as it is scrolled now.
async function inView(page, locator) {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  return box && box.y >= 0 && box.y + Math.min(box.height, 40) <= vp.height && box.x >= 0 && box.x < vp.width;
}

async function openSample(viewport, id, paragraphs) {
  const app = await openApp(browser, { viewport });
  await app.page.click(`button[data-sample="${id}"]`);
  await waitForParagraphs(app.page, paragraphs);
  return app;
}

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${device}: who proposed what in § 20, what was decided and who reserved, in three clicks`, async () => {
    const { context, page, errors } = await openSample(viewport, '000', 16);
    let clicks = 0;
    const click = async (locator) => { clicks += 1; await locator.click(); };

    // No click: the overview opens on Beslut i korthet, one line per paragraph.
    const glance = page.locator('section.glance');
    assert.match(await glance.locator('h3').innerText(), /Beslut i korthet/);
    // The list is drawn a slice per task (as the paragraphs are): its
    // last slice may come after the paragraphs on a busy machine.
    await page.waitForFunction(() => document.querySelectorAll('section.glance li.glance-item').length >= 16);
    assert.equal(await glance.locator('li.glance-item').count(), 16);
    const line = glance.locator('li.glance-item[data-n="20"]');
    await line.scrollIntoViewIfNeeded();
    assert.ok(await inView(page, line), '§ 20 is on screen');
    const seen = await line.innerText();
    assert.match(seen, /§ 20 Socialnämndens anvisningar med tillhörande handlingsplan/);
    assert.match(seen, /Socialnämnden godkänner anvisningar med tillhörande handlingsplan\/åtgärdsplan mot våld i nära relationer\./);
    assert.match(seen, /Efter acklamation, med reservation från L, KD, M/);

    // One click: who proposed what.
    await click(line.getByText('Vem föreslog vad'));
    const proposals = line.locator('details.g-proposals li');
    assert.equal(await proposals.count(), 3);
    const said = await line.locator('details.g-proposals').innerText();
    assert.match(said, /Förvaltningens förslag: Socialnämnden godkänner anvisningar/);
    assert.match(said, /Leif Åsbrink López \(V\): bifall till förvaltningens förslag/);
    assert.match(said, /Arion Chryssafis \(M\), Elin Oskarsson \(L\), Kerstin Höök \(KD\): i första hand återremiss; i andra hand avslag/);
    assert.ok(await proposals.last().isVisible());

    // Two clicks: the paragraph itself, in the read view, in its own words.
    await click(line.locator('.g-title a'));
    await page.waitForFunction(() => document.activeElement?.id === 'p20');
    const paragraph = page.locator('#p20');
    assert.ok(await inView(page, paragraph), '§ 20 is brought into view');
    const text = await paragraph.innerText();
    assert.match(text, /Leif Åsbrink López \(V\) föreslår att socialnämnden beslutar enligt förvaltningens förslag/);
    assert.match(text, /föreslår i första hand att ärendet återremitteras/);
    assert.match(text, /Reservation/);
    assert.ok(clicks <= 3, `${clicks} clicks`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${device}: the opened protocol's heading and views are on the first screen; a dropped file still opens`, async () => {
    const { context, page, errors } = await openSample(viewport, '000', 16);
    const heading = page.locator('#doc-title');
    const top = (await heading.boundingBox()).y;
    assert.ok(top < 200, `heading starts ${top}px down`);
    const tabs = page.locator('nav.views');
    const box = await tabs.boundingBox();
    assert.ok(box.y + box.height <= viewport.height, `tabs end at ${box.y + box.height}px`);
    for (const view of ['oversikt', 'las', 'granska', 'utfall']) {
      assert.ok(await inView(page, page.locator(`a[data-view="${view}"]`)), `${view} tab visible`);
    }
    // The top bar: file name, open another, language, theme; nothing sideways.
    assert.match(await page.textContent('header.site .current-file'), /000_/);
    assert.ok(await page.locator('button.open-another').isVisible());
    const bar = await page.locator('header.site').boundingBox();
    assert.ok(bar.height <= (viewport.width < 500 ? 100 : 60), `top bar is ${bar.height}px high`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    // Dropping another file anywhere opens it and adds a switcher.
    await dropFile(page, seedPath('003'));
    await waitForParagraphs(page, 29);
    assert.equal(await page.locator('select#file-switch option').count(), 2);
    assert.ok((await heading.boundingBox()).y < 200);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the party chart reads without colour: words and counts on the bars, legend, usual order, table one click away', async () => {
  const { context, page, errors } = await openSample(DESKTOP, '003', 29);
  await page.click('a[data-view="utfall"]');
  await page.waitForSelector('figure.chart svg');
  const legend = await page.locator('figure.chart ul.legend li').allInnerTexts();
  assert.deepEqual(legend.map((l) => l.split(':')[0].trim()), ['vann', 'förlorade', 'reserverade sig']);
  const values = await page.locator('figure.chart text.chart-value').allTextContents();
  assert.ok(values.length > 0 && values.every((v) => /^\d+ (vann|förlorade|reserverade sig)$/.test(v)), values.join('|'));
  const order = ['V', 'S', 'MP', 'C', 'L', 'KD', 'M', 'SD'];
  const parties = await page.locator('figure.chart text.chart-label').allTextContents();
  const ranks = parties.map((p) => (order.includes(p) ? order.indexOf(p) : order.length));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `order: ${parties}`);
  assert.ok(parties.includes('S') && parties.includes('M'), parties.join(','));
  // The table is one click away, and says the same.
  const table = page.locator('table.party-table');
  assert.equal(await table.isVisible(), false);
  await page.click('details.chart-table summary');
  assert.ok(await table.isVisible());
  const rows = await table.locator('tbody th').allTextContents();
  assert.deepEqual(rows, parties);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
