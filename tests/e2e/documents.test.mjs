// A meeting bundle (handlingar) shows the documents inside it, each opened
// on its own; a memo shows its proposed decision and who signed it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, dropFile, seedPath, axeViolations, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a bundle lists its documents and each opens on its own', async () => {
  const { context, page, errors } = await openApp(browser);
  await dropFile(page, seedPath('001'));
  await page.waitForSelector('section.documents li.sub-document', { timeout: 15000 });
  const docs = page.locator('section.documents li.sub-document');
  assert.ok(await docs.count() >= 10, 'the bundle holds at least ten documents');
  const summaries = await page.locator('section.documents summary').allTextContents();
  assert.ok(summaries.some((s) => /SN\/2024:42/.test(s)), 'a memo with its case number');
  assert.ok(summaries.some((s) => /Förhandlingsprotokoll/.test(s)), 'the MBL negotiation protocol');
  assert.ok(summaries.some((s) => /Protokollsutdrag/.test(s)), 'the protocol extract');
  // Closed until opened; opening one shows its content, not the others'.
  const memo = docs.filter({ hasText: 'SN/2024:42' }).first();
  assert.equal(await memo.locator('details').getAttribute('open'), null);
  await memo.locator('summary').click();
  assert.notEqual(await memo.locator('details').getAttribute('open'), null);
  assert.match(await memo.textContent(), /Förslag till beslut/);
  const mbl = docs.filter({ hasText: 'Förhandlingsprotokoll' }).first();
  assert.equal(await mbl.locator('details').getAttribute('open'), null);
  await mbl.locator('summary').click();
  assert.match(await mbl.textContent(), /§ 5/);
  assert.deepEqual(await axeViolations(page), [], 'the document list is accessible');
  await screenshot(page, 'bundle-001-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a memo shows its proposed decision, signatories and distribution', async () => {
  const { context, page, errors } = await openApp(browser);
  await dropFile(page, seedPath('002'));
  await page.waitForSelector('section.documents .memo', { timeout: 15000 });
  const text = await page.textContent('section.documents');
  assert.match(text, /Socialnämnden tar del av redovisad årlig uppföljning/);
  assert.match(text, /Mikael Olofsson, förvaltningschef/);
  assert.match(text, /HR-avdelning/);
  assert.deepEqual(errors, []);
  await context.close();
});
