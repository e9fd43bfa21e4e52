// The JavaScript API (www/justera-api.js) on the built site: a plain page of
// the site imports it, checks a protocol, and nothing leaves the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, seedPath, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('justera.check(text) answers with the model, findings and outcomes; no request leaves the origin', async () => {
  const context = await browser.newContext();
  const origin = new URL(BASE_URL).origin;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(new URL('api.html', BASE_URL).href);
  await page.waitForFunction(() => typeof window.justera?.check === 'function');
  const text = fs.readFileSync(seedPath('003'), 'utf8');
  const answer = await page.evaluate(async (text) => {
    const { model, findings, rules, outcomes } = await window.justera.check(text);
    // A plain object: it survives JSON as it is.
    const plain = JSON.stringify(findings[0]) === JSON.stringify(JSON.parse(JSON.stringify(findings[0])));
    return {
      paragraphs: model.paragraphs.length,
      first: model.paragraphs[0],
      findings,
      rules: rules.map((r) => r.code),
      outcomes: typeof outcomes,
      plain,
      proto: Object.getPrototypeOf(findings[0]) === Object.prototype,
    };
  }, text);
  assert.equal(answer.paragraphs, 29);
  assert.equal(typeof answer.first.number, 'number');
  assert.ok(answer.first.title.length > 0);
  assert.ok(answer.findings.length > 0, 'seed 003 has findings');
  const f = answer.findings[0];
  assert.match(f.code, /^[a-z0-9-]+$/);
  assert.ok(['error', 'warning', 'info'].includes(f.severity), f.severity);
  assert.ok(f.message.length > 0 && f.message_en.length > 0);
  assert.ok(f.line >= 1 && f.column >= 1);
  assert.ok(Number.isInteger(f.span.start) && f.span.end >= f.span.start && f.span.end <= Buffer.byteLength(text));
  assert.ok(Array.isArray(f.labels) && Array.isArray(f.repeats));
  assert.ok(answer.rules.includes(f.code));
  assert.equal(answer.outcomes, 'object');
  assert.ok(answer.plain && answer.proto, 'a plain JS object');
  // The example page's button uses the same call.
  await page.fill('#text', text);
  await page.click('#check');
  await page.waitForFunction(() => /29 paragrafer/.test(document.getElementById('out').textContent));
  // A second call on the same worker, and a refusal in both languages.
  const refused = await page.evaluate(async () => {
    try { await window.justera.check(`§ 1\n${'a'.repeat(100001)}\n`); return null; } catch (e) { return { en: e.message, sv: e.sv }; }
  });
  assert.match(refused.en, /A line is/);
  assert.match(refused.sv, /En rad är/);
  const again = await page.evaluate(() => window.justera.check('Socialnämnden\n\n§ 1 Val av justerare\n\nBeslut\n\nAtt välja Anna.\n').then((a) => a.model.paragraphs.length));
  assert.equal(again, 1);
  const away = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'));
  assert.deepEqual(away, []);
  assert.ok(requests.some((u) => u.endsWith('/worker_bg.wasm')), 'the worker came from the site');
  assert.deepEqual(errors, []);
  await context.close();
});
