// Refreshes the README screenshots from a running Samen (default http://127.0.0.1:3000) with
// Debian's chromium. Usage: node scripts/screenshots.mjs [baseUrl]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
const shots = [
  ['/', 'docs/screenshots/home.png'],
  ['/gemeenten/utrecht', 'docs/screenshots/gemeente-utrecht.png'],
  ['/postcode?postcode=99999', 'docs/screenshots/postcode-fout.png'],
  ['/gemeenten/utrecht/marktplaats?zoek=boodschap&postcode=3512&afstand=5', 'docs/screenshots/marktplaats-utrecht.png'],
];
for (const [path, file] of shots) {
  await page.goto(base + path);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`${file} ← ${path}`);
}

// The initiative form as Marieke (demo), after typing a title and summary: "Lijkt op:" fills in.
await page.goto(`${base}/inloggen`);
await page.fill('#veld-email', 'ambtenaar.alphen@samen.demo');
await page.fill('#veld-password', 'samen-demo-2026');
await page.click('button[type=submit]:has-text("Inloggen")');
await page.goto(`${base}/innovatie/nieuw`);
await page.fill('#veld-title', 'Monitor sociaal domein met uitkomsten');
await page.fill(
  '#veld-summary',
  'We willen laten zien hoe zelfredzaam inwoners worden door de ondersteuning, ' +
    'met indicatoren in plaats van alleen aantallen.',
);
await page.waitForSelector('[data-similar-results] .samen-card');
await page.screenshot({ path: 'docs/screenshots/initiatief-aandragen.png', fullPage: false });
console.log('docs/screenshots/initiatief-aandragen.png ← /innovatie/nieuw (typing)');

// The beheer page of Utrecht voor elkaar as Sanne (demo beheerder): posts to review and reports.
const beheerder = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await beheerder.goto(`${base}/inloggen`);
await beheerder.fill('#veld-email', 'beheerder.utrecht@samen.demo');
await beheerder.fill('#veld-password', 'samen-demo-2026');
await beheerder.click('button[type=submit]:has-text("Inloggen")');
await beheerder.goto(`${base}/gemeenten/utrecht/marktplaats/beheer`);
await beheerder.screenshot({ path: 'docs/screenshots/marktplaats-beheer.png', fullPage: false });
console.log('docs/screenshots/marktplaats-beheer.png ← /gemeenten/utrecht/marktplaats/beheer (Sanne)');
await browser.close();
