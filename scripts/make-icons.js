#!/usr/bin/env node
// Draws the add-in icon, a 2x2 key-account matrix, as PNG files assets/icon-<size>.png.
// Plain Node (zlib only), no dependencies: `node scripts/make-icons.js`. The PNGs are committed;
// run this again only to change the icon.
//
//   blue  | green      top row: high engagement   (Monetise | Key partner)
//   ------+------
//   grey  | amber      bottom row: low engagement (Re-evaluate | Develop)
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Ribbon: 16, 32, 80; manifest IconUrl 32 and HighResolutionIconUrl 64.
const SIZES = [16, 32, 64, 80];
const COLOURS = {
  topLeft: [0x0f, 0x6c, 0xbd], // blue: Monetise (quadrant 3)
  topRight: [0x10, 0x7c, 0x10], // green: Key partner (quadrant 1)
  bottomLeft: [0x8a, 0x88, 0x86], // grey: Re-evaluate (quadrant 4)
  bottomRight: [0xf2, 0xa9, 0x00], // amber: Develop (quadrant 2)
};
const SAMPLES = 4; // supersampling per axis, for smooth rounded corners

// Pixel-aligned layout: outer margin, gap between the squares, square side, corner radius.
function layout(size) {
  const gap = 2 * Math.max(1, Math.round(size / 40)); // even, so that the margin is whole
  const cell = Math.floor((size - gap - 2 * Math.max(1, Math.round(size / 16))) / 2);
  const margin = (size - gap - 2 * cell) / 2;
  const radius = size <= 16 ? 1 : size * 0.07;
  return { gap, cell, margin, radius };
}

// Whether point (x, y) lies inside the rounded square with corner (x0, y0) and side `side`.
function inRoundedSquare(x, y, x0, y0, side, r) {
  if (x < x0 || y < y0 || x > x0 + side || y > y0 + side) return false;
  const cx = Math.min(Math.max(x, x0 + r), x0 + side - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + side - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function draw(size) {
  const { gap, cell, margin, radius } = layout(size);
  const squares = [
    { x: margin, y: margin, rgb: COLOURS.topLeft },
    { x: margin + cell + gap, y: margin, rgb: COLOURS.topRight },
    { x: margin, y: margin + cell + gap, rgb: COLOURS.bottomLeft },
    { x: margin + cell + gap, y: margin + cell + gap, rgb: COLOURS.bottomRight },
  ];
  const rgba = Buffer.alloc(size * size * 4); // transparent
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      for (const sq of squares) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = px + (sx + 0.5) / SAMPLES;
            const y = py + (sy + 0.5) / SAMPLES;
            if (inRoundedSquare(x, y, sq.x, sq.y, cell, radius)) hits++;
          }
        }
        if (hits > 0) {
          const i = (py * size + px) * 4;
          rgba.set(sq.rgb, i);
          rgba[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
          break; // squares never overlap
        }
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// RGBA, 8 bits per channel, no interlace; every scanline uses filter type 0 (none).
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
