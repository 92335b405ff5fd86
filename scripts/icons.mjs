// `npm run icons`: renders resources/icon.svg into the icons the installers need:
// build/icons/png/<N>x<N>.png (Linux, AppImage and deb) and build/icons/icon.ico
// (Windows: executable, installer, shortcuts). Run by `npm run dist` and the config check.
//
// @resvg/resvg-js renders the SVG: a Rust renderer shipped as a prebuilt N-API binary
// inside its npm packages (no download at install, no system libraries like librsvg,
// which sharp would need for SVG), maintained and released regularly. png-to-ico packs
// the rendered PNGs into one .ico. Both run the same on Windows, Linux and macOS.
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'resources/icon.svg');
const out = join(root, 'build/icons');

/** Linux icon theme sizes; the .ico carries those Windows asks for (256 is the largest an .ico holds). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

// The icon's ₺ is text: render it with DejaVu Sans where present (Linux), otherwise a
// system font that has the lira sign (Segoe UI on Windows, Helvetica on macOS).
const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const fallback = { win32: 'Segoe UI', darwin: 'Helvetica' }[process.platform] ?? 'DejaVu Sans';

export function renderPng(svg, size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: {
      loadSystemFonts: true,
      fontFiles: existsSync(dejavu) ? [dejavu] : [],
      defaultFontFamily: fallback,
      sansSerifFamily: existsSync(dejavu) ? 'DejaVu Sans' : fallback,
    },
  });
  return resvg.render().asPng();
}

export async function generateIcons() {
  const svg = readFileSync(source);
  mkdirSync(join(out, 'png'), { recursive: true });
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  for (const [size, png] of pngs) writeFileSync(join(out, 'png', `${size}x${size}.png`), png);
  const ico = await pngToIco(ICO_SIZES.map((size) => pngs.get(size)));
  writeFileSync(join(out, 'icon.ico'), ico);
  return { pngs: PNG_SIZES.map((size) => join(out, 'png', `${size}x${size}.png`)), ico: join(out, 'icon.ico') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { pngs, ico } = await generateIcons();
  console.log(`icons: ${pngs.length} PNGs and ${ico} from resources/icon.svg`);
}
