// Opening documents: drop, file input, bundled samples, files that are not text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, dropFile, seedPath, waitForParagraphs, axeViolations, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a dropped protocol shows its 29 paragraphs', async () => {
  const { context, page, errors } = await openApp(browser);
  assert.deepEqual(await axeViolations(page), [], 'welcome page is accessible');
  await screenshot(page, 'welcome-desktop');
  await dropFile(page, seedPath('003'));
  await waitForParagraphs(page, 29);
  const header = await page.textContent('section.meeting');
  assert.match(header, /Socialnämnden/);
  assert.match(header, /2024-03-19/);
  assert.match(header, /17:00–17:20/);
  // Who signed, the e-signed with the day they signed.
  assert.match(header, /Underskrifter\s*Magnus Hillborg \(sekreterare\); Johan Alexander Emanuel Ojanne \(e-signerat \d{4}-\d\d-\d\d\)/);
  assert.equal(await page.locator('table.members tbody tr').count() > 5, true);
  const first = await page.textContent('li.paragraph h4');
  assert.match(first, /§ 1\s+Godkännande av dagordning/);
  assert.deepEqual(await axeViolations(page), [], 'document view is accessible');
  await screenshot(page, 'protocol-003-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first screen is laid out out of sight at load, its fonts looked up, then removed', async () => {
  const init = () => {
    window.__warmup = [];
    new MutationObserver((ms) => {
      for (const m of ms) {
        for (const n of m.addedNodes) if (n.dataset?.warmup) window.__warmup.push(`added ${n.dataset.warmup}`);
        for (const n of m.removedNodes) if (n.dataset?.warmup) window.__warmup.push(`removed ${n.dataset.warmup}`);
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const { context, page, errors } = await openApp(browser, { init });
  await page.waitForFunction(() => window.__warmup.includes('removed fonts'), null, { timeout: 10000 });
  const seen = await page.evaluate(() => window.__warmup);
  assert.deepEqual(seen.filter((x) => x.endsWith('fonts')), ['added fonts', 'removed fonts']);
  // Nothing of it is left in the page, seen or heard.
  assert.equal(await page.locator('[data-warmup]').count(), 0);
  // The place for a panic's message is still there, hidden, an alert.
  assert.deepEqual(
    await page.evaluate(() => { const f = document.getElementById('fatal'); return f && [f.hidden, f.getAttribute('role')]; }),
    [true, 'alert'],
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a protocol picked with the file input shows its header and 16 paragraphs', async () => {
  const { context, page, errors } = await openApp(browser, { viewport: { width: 360, height: 740 } });
  await page.setInputFiles('#file-input', seedPath('000'));
  await waitForParagraphs(page, 16);
  const header = await page.textContent('section.meeting');
  assert.match(header, /Socialnämnden/);
  assert.match(header, /2024-03-18/);
  assert.match(header, /18:00–19:05/);
  assert.match(header, /Solna stadshus/);
  const members = await page.locator('table.members tbody tr').count();
  assert.ok(members >= 5, `members: ${members}`);
  // Nothing is wider than the phone's screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'protocol-000-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file that is not text gets a clear message and the app stays usable', async () => {
  const { context, page } = await openApp(browser);
  await page.setInputFiles('#file-input', {
    name: 'scan.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  });
  await page.waitForSelector('.problems li');
  const message = await page.textContent('.problems');
  assert.match(message, /scan\.png/);
  assert.match(message, /stöds inte/);
  assert.match(message, /not supported/);
  assert.deepEqual(await axeViolations(page), [], 'the error is accessible');
  await page.click('button[data-sample="000"]');
  await waitForParagraphs(page, 16);
  await context.close();
});

test('bundled samples open offline and several files can be switched between', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.click('button[data-sample="003"]');
  await waitForParagraphs(page, 29);
  // With a file open the opener is folded into the top bar.
  assert.equal(await page.locator('button[data-sample="000"]').count(), 0);
  await page.click('button.open-another');
  assert.equal(await page.getAttribute('button.open-another', 'aria-expanded'), 'true');
  await page.click('button[data-sample="000"]');
  await waitForParagraphs(page, 16);
  assert.equal(await page.getAttribute('button.open-another', 'aria-expanded'), 'false', 'folds again');
  const options = page.locator('select#file-switch option');
  assert.equal(await options.count(), 2);
  await page.selectOption('select#file-switch', { index: 0 });
  await waitForParagraphs(page, 29);
  assert.match(await page.locator('select#file-switch option:checked').textContent(), /^003_/);
  // Closing the shown file shows the other one.
  await page.click('header.site .files button.close');
  await waitForParagraphs(page, 16);
  assert.equal(await page.locator('select#file-switch').count(), 0, 'one file: its name, no switcher');
  assert.match(await page.textContent('header.site .current-file'), /^000_/);
  assert.deepEqual(errors, []);
  await context.close();
});
