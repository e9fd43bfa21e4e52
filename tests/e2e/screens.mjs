// Every view of seeds 000 and 003 on one device: screenshots under
// screenshots/ to look at, nothing wider than the screen, axe finds nothing.
// Run from screens-phone.test.mjs and screens-desktop.test.mjs (one file per
// device keeps each file well inside the suite's time limit).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitForParagraphs, axeViolations, screenshot } from './helpers.mjs';

export function everyView(device, viewport) {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  for (const [seed, n] of [['000', 16], ['003', 29]]) {
    test(`every view of ${seed} at ${viewport.width} px: screenshots, nothing sideways, axe finds nothing`, async () => {
      const { context, page, errors } = await openApp(browser, { viewport });
      await page.click(`button[data-sample="${seed}"]`);
      await waitForParagraphs(page, n);
      for (const view of ['oversikt', 'las', 'granska', 'utfall']) {
        await page.click(`a[data-view="${view}"]`);
        await page.waitForTimeout(150);
        await page.evaluate(() => window.scrollTo(0, 0));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${seed} ${view} ${device} scrolls sideways by ${overflow}px`);
        assert.deepEqual(await axeViolations(page), [], `${seed} ${view} ${device}`);
        await screenshot(page, `citizen-${view}-${seed}-${device}`);
      }
      if (seed === '003') {
        await page.click('a[data-view="utfall"]');
        await page.locator('figure.chart').scrollIntoViewIfNeeded();
        await screenshot(page, `citizen-chart-${seed}-${device}`);
        await page.click('a[data-view="oversikt"]');
        await page.click('button.open-another');
        await page.waitForSelector('#open-panel');
        assert.deepEqual(await axeViolations(page), [], `open another ${device}`);
        await screenshot(page, `citizen-open-another-${device}`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
