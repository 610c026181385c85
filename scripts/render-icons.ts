/**
 * Renders scripts/icon.svg to public/icon/<size>.png, the sizes WXT puts in the manifest, with
 * Debian's headless Chromium (no browser download). Run after editing the SVG:
 * `npx tsx scripts/render-icons.ts`; the PNGs are committed, so builds never need a browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
/**
 * Chrome Web Store asks for 96×96 artwork inside the 128×128 icon; toolbar sizes use the whole
 * square, since every pixel counts at 16.
 */
const padding = (size: number) => (size >= 96 ? size / 8 : 0);

const svg = readFileSync(new URL('icon.svg', import.meta.url));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const art = size - 2 * padding(size);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${art}" height="${art}" style="display:block;margin:${padding(size)}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: new URL(`${size}.png`, outDir).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
