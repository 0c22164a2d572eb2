import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '/work/wt/followup-reports/test/support/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(process.argv[4] ?? 1280), height: 900 } });
await page.goto('file://' + process.argv[2]);
await page.screenshot({ path: process.argv[3], fullPage: process.argv[5] === 'full' });
await browser.close();
