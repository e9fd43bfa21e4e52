// Shared set-up for the browser tests: one Chromium, pages on the served dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';
export const SEEDS = path.resolve(here, '../../../shared/seeds');
export const SCREENSHOTS = path.join(here, 'screenshots');

export function seedPath(prefix) {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  return path.join(SEEDS, name);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/// A page on the app, with console errors and page errors collected.
/// Other options go to the browser context (`serviceWorkers: 'block'`).
export async function openApp(browser, { viewport = { width: 1280, height: 800 }, hash = '', colorScheme = 'light', init, ...options } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, ...options });
  // A script run in the page before its own (an observer a test reads).
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(BASE_URL + hash);
  await page.waitForSelector('header.site h1');
  return { context, page, errors };
}

/// Drop a file on the page as a user dragging it from the desktop would.
export async function dropFile(page, filePath, { name = path.basename(filePath), type = 'text/plain' } = {}) {
  const bytes = [...fs.readFileSync(filePath)];
  await page.evaluate(({ bytes, name, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, { bytes, name, type });
}

export async function waitForParagraphs(page, n, timeout = 15000) {
  await page.waitForFunction((n) => document.querySelectorAll('li.paragraph').length === n, n, { timeout });
}

/// axe-core's violations on the page as it is now (WCAG 2.1 A and AA, best practice).
export async function axeViolations(page) {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs outside the page's Content-Security-Policy, unlike a script tag.
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
