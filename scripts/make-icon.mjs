// Draws the app icon (a speech bubble with a tick) as build/icon.svg and a 512x512 build/icon.png, using only zlib.
// Re-run with `node scripts/make-icon.mjs` after changing the shapes below; both files come from the same numbers.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 512;
const colours = { top: [0x2d, 0x65, 0x99], bottom: [0x1f, 0x4e, 0x79], bubble: [0xff, 0xff, 0xff], tick: [0x1e, 0x6b, 0x34] };
const tile = { x: 24, y: 24, width: 464, height: 464, radius: 104 };
const bubble = { x: 112, y: 128, width: 288, height: 208, radius: 56 };
const tail = [
  [176, 320],
  [248, 320],
  [150, 404],
];
const tick = { points: [[184, 236], [236, 284], [332, 184]], width: 36 };

const hex = ([r, g, b]) => `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">
  <title>Complaints Desk</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(colours.top)}"/>
      <stop offset="1" stop-color="${hex(colours.bottom)}"/>
    </linearGradient>
  </defs>
  <rect x="${tile.x}" y="${tile.y}" width="${tile.width}" height="${tile.height}" rx="${tile.radius}" fill="url(#tile)"/>
  <path d="M${tail.map(([x, y]) => `${x} ${y}`).join(' L')} Z" fill="${hex(colours.bubble)}"/>
  <rect x="${bubble.x}" y="${bubble.y}" width="${bubble.width}" height="${bubble.height}" rx="${bubble.radius}" fill="${hex(colours.bubble)}"/>
  <polyline points="${tick.points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="${hex(colours.tick)}" stroke-width="${tick.width}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
}

// Signed distances: negative inside. Shapes are tested per sub-pixel sample, then averaged (anti-aliasing).
function insideRoundedRect(px, py, r) {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const qx = Math.abs(px - cx) - (r.width / 2 - r.radius);
  const qy = Math.abs(py - cy) - (r.height / 2 - r.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r.radius <= 0;
}

function insideTriangle(px, py, [[ax, ay], [bx, by], [cx, cy]]) {
  const side = (x1, y1, x2, y2) => (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onTick(px, py) {
  for (let i = 0; i + 1 < tick.points.length; i += 1) {
    if (distanceToSegment(px, py, tick.points[i], tick.points[i + 1]) <= tick.width / 2) return true;
  }
  return false;
}

/** The colour at one sample point, or undefined for transparent. */
function sample(px, py) {
  if (!insideRoundedRect(px, py, tile)) return undefined;
  if (onTick(px, py)) return colours.tick;
  if (insideRoundedRect(px, py, bubble) || insideTriangle(px, py, tail)) return colours.bubble;
  const t = Math.min(1, Math.max(0, (py - tile.y) / tile.height));
  return colours.top.map((top, channel) => top + (colours.bottom[channel] - top) * t);
}

function rasterise() {
  const grid = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy += 1) {
        for (let sx = 0; sx < grid; sx += 1) {
          const colour = sample(x + (sx + 0.5) / grid, y + (sy + 0.5) / grid);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const offset = (y * size + x) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((covered / (grid * grid)) * 255);
      }
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const buildDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
mkdirSync(buildDir, { recursive: true });
writeFileSync(path.join(buildDir, 'icon.svg'), svg());
writeFileSync(path.join(buildDir, 'icon.png'), png(rasterise()));
console.log(`Wrote ${path.join(buildDir, 'icon.svg')} and icon.png (${size}x${size})`);
