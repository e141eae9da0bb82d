// Refreshes the README screenshots from a running Samen (default http://127.0.0.1:3000) with
// Debian's chromium. Usage: node scripts/screenshots.mjs [baseUrl]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
const shots = [
  ['/', 'docs/screenshots/home.png'],
  ['/gemeenten/utrecht', 'docs/screenshots/gemeente-utrecht.png'],
  ['/postcode?postcode=99999', 'docs/screenshots/postcode-fout.png'],
];
for (const [path, file] of shots) {
  await page.goto(base + path);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`${file} ← ${path}`);
}
await browser.close();
