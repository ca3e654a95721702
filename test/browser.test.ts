/**
 * Opens a rendered report (with hostile article title, quote and speaker) from disk in headless
 * Chromium and checks that it displays every chart, logs no errors and runs no injected script.
 * Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`); skipped with a
 * reason otherwise. The full-page screenshot is kept in the temp directory printed by the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCharts } from '../src/report/charts/index.ts';
import { renderReport } from '../src/report/report.ts';
import { fixtureManifest, fixtureTables } from './golden/fixtures.ts';
import { tempDir } from './helpers/tmp.ts';

const CHROMIUM = process.env.PRESSLENS_CHROMIUM ?? '/usr/bin/chromium';

test('report opens in Chromium: charts visible, no console errors, no script injection', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`chromium not installed: ${CHROMIUM} is missing (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const tables = fixtureTables({ hostile: true });
  const files = await renderReport({
    pipeline: { name: 'news-report', description: 'Browser test with hostile input' },
    tables,
    charts: defaultCharts(),
    manifest: fixtureManifest(tables, { hostile: true }),
  });
  const dir = tempDir('presslens-browser-');
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  const chartCount = [...files.keys()].filter((k) => k.endsWith('.svg')).length;
  assert.ok(chartCount >= 9);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(dir, 'index.html')).href;
    await page.goto(url, { waitUntil: 'load' });

    // Every chart is an inline SVG that is visible and has a real size.
    const svgs = page.locator('figure > svg');
    assert.equal(await svgs.count(), chartCount);
    for (let i = 0; i < chartCount; i++) {
      const svg = svgs.nth(i);
      await svg.scrollIntoViewIfNeeded();
      assert.ok(await svg.isVisible(), `chart ${i} visible`);
      const box = await svg.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 80, `chart ${i} has a size: ${JSON.stringify(box)}`);
    }
    // Hover everything that could carry an injected handler; nothing must run.
    await page.mouse.move(10, 10);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*')) for (const type of ['mouseover', 'click', 'focus']) el.dispatchEvent(new Event(type, { bubbles: true }));
    });

    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      injected: document.querySelectorAll('img, script, iframe, object, embed, [onerror], [onmouseover], [onload]').length,
      title: document.title,
      tables: document.querySelectorAll('table').length,
      hostileTextShown: document.body.innerText.includes('<img src=x onerror="window.__xss=1">'),
    }));
    assert.equal(state.xss, undefined, 'window.__xss must stay undefined');
    assert.equal(state.injected, 0, 'no injected elements or handlers in the DOM');
    assert.ok(state.hostileTextShown, 'hostile title is displayed as text');
    assert.ok(state.tables >= tables.length);
    assert.deepEqual(problems, [], 'no console errors or warnings');
    assert.deepEqual(requests.filter((r) => r !== url), [], 'page loads nothing else');

    const shot = join(dir, 'screenshot.png');
    await page.screenshot({ path: shot, fullPage: true });
    t.diagnostic(`report and screenshot: ${dir}`);
  } finally {
    await browser.close();
  }
});
