import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

/**
 * A PNG of colour type 3 (palette + one index byte per pixel), written by hand: pngjs only writes grey and RGB(A),
 * fast-png and upng-js compress with a JavaScript deflate on the main thread. Here the deflate is node:zlib's
 * asynchronous one, which runs on libuv's thread pool while Astro renders pages; CRCs come from zlib.crc32 (Node 22+).
 */
const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export interface IndexedImage {
  width: number;
  height: number;
  /** RGB triplets, at most 256. */
  palette: Uint8Array;
  /** Scanlines: each row a filter byte then one palette index per pixel (the buffer the deflate reads, not copied). */
  rows: Uint8Array;
  /** Stored as an iTXt « Title » chunk (UTF-8). */
  title?: string | undefined;
  /** zlib compression level, 0–9. */
  level: number;
}

export async function encodeIndexedPng(image: IndexedImage): Promise<Buffer> {
  const { width, height, palette, rows, title, level } = image;
  if (palette.length % 3 !== 0 || palette.length > 768) throw new Error(`palette de ${palette.length / 3} couleurs : 1 à 256 attendues`);
  if (rows.length !== (width + 1) * height) throw new Error(`${rows.length} octets de lignes pour une image de ${width}×${height}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette, deflate, filter method 0, no interlace
  const chunks = [chunk('IHDR', header), chunk('PLTE', palette)];
  if (title !== undefined) chunks.push(chunk('iTXt', Buffer.concat([Buffer.from('Title\0\0\0\0\0', 'latin1'), Buffer.from(title, 'utf8')])));
  chunks.push(chunk('IDAT', await deflateAsync(rows, { level })), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat([SIGNATURE, ...chunks]);
}
