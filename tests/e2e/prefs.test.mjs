// Language and colour choices are remembered; the accessibility statement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, axeViolations, screenshot, waitForParagraphs } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('English and dark mode are remembered across reloads', async () => {
  const { context, page } = await openApp(browser);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  await page.click('button[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('section.open'), /Choose file/);
  await page.click('button.theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.reload();
  await page.waitForSelector('header.site h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.click('button[data-sample="003"]');
  await waitForParagraphs(page, 29);
  assert.deepEqual(await axeViolations(page), [], 'dark mode is accessible');
  for (const view of ['las', 'granska', 'utfall']) {
    await page.click(`a[data-view="${view}"]`);
    await page.waitForTimeout(100);
    assert.deepEqual(await axeViolations(page), [], `${view} in dark mode`);
  }
  await screenshot(page, 'outcomes-003-dark-en');
  await context.close();
});

test('the accessibility statement is one click away and accessible', async () => {
  const { context, page } = await openApp(browser);
  await page.click('footer a[href="#tillganglighet"]');
  await page.waitForSelector('article.statement h2');
  assert.match(await page.textContent('article.statement'), /WCAG 2\.1/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the keyboard reaches the file picker, samples and views', async () => {
  const { context, page } = await openApp(browser);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  // Open a sample with the keyboard alone.
  await page.focus('button[data-sample="000"]');
  await page.keyboard.press('Enter');
  await waitForParagraphs(page, 16);
  await page.focus('a[data-view="las"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('nav.outline');
  await context.close();
});
