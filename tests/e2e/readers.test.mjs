// The PDF and Word readers load only when such a file arrives: the first
// load and a text file fetch no document worker; a PDF and a .docx open
// through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, dropFile, seedPath, waitForParagraphs } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const INPUT = path.resolve(here, '../../crates/justera/tests/fixtures/input');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// The file names the page and its workers fetch from now on.
function fetched(page) {
  const names = [];
  page.on('request', (r) => names.push(new URL(r.url()).pathname.split('/').pop()));
  return names;
}

test('a text file opens without the document worker; a PDF and a Word file open with it', async () => {
  const { context, page, errors } = await openApp(browser);
  const names = fetched(page);
  await dropFile(page, seedPath('003'));
  await waitForParagraphs(page, 29);
  assert.ok(!names.some((n) => n.startsWith('docworker')), `fetched: ${names}`);

  await dropFile(page, path.join(INPUT, 'seed000.pdf'), { type: 'application/pdf' });
  await waitForParagraphs(page, 16, 60000);
  assert.ok(names.includes('docworker_bg.wasm'), `fetched: ${names}`);

  await dropFile(page, path.join(INPUT, 'seed003.docx'), {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  await waitForParagraphs(page, 29, 60000);
  assert.equal(names.filter((n) => n === 'docworker_bg.wasm').length, 1, 'started once');
  assert.deepEqual(errors, []);
  await context.close();
});
