// Screenshots of bench/visual/out/*.html at phone and desktop width in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core). Prints the card validation errors, if any.
import { chromium } from "playwright-core";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "out");
const only = process.argv.slice(2);
const pages = readdirSync(out).filter(f => f.endsWith(".html") && (!only.length || only.some(o => f.includes(o))));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [label, width] of [["phone", 360], ["desktop", 1024]]) {
  const page = await browser.newPage({ viewport: { width, height: 640 }, deviceScaleFactor: 1 });
  for (const file of pages) {
    await page.goto("file://" + path.join(out, file));
    await page.waitForLoadState("load");
    const errors = await page.evaluate(() => window.cardErrors || []);
    if (errors.length) console.log(file, "card errors:", errors.join("; "));
    await page.screenshot({ path: path.join(out, file.replace(".html", `_${label}.png`)), fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`${pages.length * 2} screenshots in ${out}`);
