import { deflateSync } from 'node:zlib';

/**
 * Media for the demo cases, made in code so that the repository holds no binary files: a photo
 * (PNG), a short recording (WAV, 16-bit PCM) and a short video (uncompressed AVI), all real,
 * playable files, so a new user sees evidence and `sanxiang verify` has blobs to check.
 */
export interface DemoMedia {
  filename: string;
  mediaType: string;
  bytes: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A scene: sky, a shop front and a shelf, tinted by `seed` so each photo differs. */
function pixel(x: number, y: number, w: number, h: number, seed: number): [number, number, number] {
  if (y < h * 0.35) return [(150 + (x * 40) / w) | 0, 190, 235];
  if (y > h * 0.5 && y < h * 0.8 && x > w * 0.2 && x < w * 0.8) {
    const shelf = Math.floor((y - h * 0.5) / (h * 0.1));
    return [(120 + shelf * 30 + seed * 13) % 256, (80 + (x * 60) / w) | 0, (60 + seed * 29) % 256];
  }
  return [(200 - (y * 60) / h) | 0, 170, 140 + (seed % 5) * 10];
}

export function demoPhoto(seed: number, w = 320, h = 240): DemoMedia {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const [r, g, b] = pixel(x, y, w, h, seed);
      raw.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const bytes = Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { filename: `现场照片-${seed}.png`, mediaType: 'image/png', bytes };
}

export function demoRecording(seconds = 3, rate = 8000): DemoMedia {
  const n = seconds * rate;
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const envelope = Math.min(1, t * 4, (seconds - t) * 4);
    data.writeInt16LE(Math.round(Math.sin(2 * Math.PI * (330 + 110 * Math.floor(t * 2)) * t) * 8000 * envelope), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return { filename: '询问录音.wav', mediaType: 'audio/wav', bytes: Buffer.concat([header, data]) };
}

function riff(id: string, body: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.write(id, 0, 'ascii');
  h.writeUInt32LE(body.length, 4);
  return Buffer.concat([h, body, body.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

function list(type: string, ...parts: Buffer[]): Buffer {
  return riff('LIST', Buffer.concat([Buffer.from(type, 'ascii'), ...parts]));
}

/** An uncompressed 24-bit AVI: a camera panning across the scene. */
export function demoVideo(frames = 20, fps = 5, w = 96, h = 64): DemoMedia {
  const rowBytes = Math.ceil((w * 3) / 4) * 4;
  const frameBytes = rowBytes * h;
  const frameData: Buffer[] = [];
  for (let f = 0; f < frames; f++) {
    const fb = Buffer.alloc(frameBytes);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const [r, g, b] = pixel((x + f * 3) % w, h - 1 - y, w, h, f);
        fb.set([b, g, r], y * rowBytes + x * 3); // bottom-up BGR rows
      }
    }
    frameData.push(fb);
  }
  const avih = Buffer.alloc(56);
  avih.writeUInt32LE(Math.round(1_000_000 / fps), 0);
  avih.writeUInt32LE(frameBytes * fps, 4);
  avih.writeUInt32LE(0x10, 12); // AVIF_HASINDEX
  avih.writeUInt32LE(frames, 16);
  avih.writeUInt32LE(1, 24);
  avih.writeUInt32LE(frameBytes, 28);
  avih.writeUInt32LE(w, 32);
  avih.writeUInt32LE(h, 36);
  const strh = Buffer.alloc(56);
  strh.write('vids', 0, 'ascii');
  strh.write('DIB ', 4, 'ascii');
  strh.writeUInt32LE(1, 20); // scale
  strh.writeUInt32LE(fps, 24); // rate
  strh.writeUInt32LE(frames, 32); // length
  strh.writeUInt32LE(frameBytes, 36);
  strh.writeInt32LE(-1, 40); // quality
  strh.writeUInt16LE(w, 52);
  strh.writeUInt16LE(h, 54);
  const strf = Buffer.alloc(40);
  strf.writeUInt32LE(40, 0);
  strf.writeInt32LE(w, 4);
  strf.writeInt32LE(h, 8);
  strf.writeUInt16LE(1, 12);
  strf.writeUInt16LE(24, 14);
  strf.writeUInt32LE(frameBytes, 20);
  const hdrl = list('hdrl', riff('avih', avih), list('strl', riff('strh', strh), riff('strf', strf)));
  const chunks = frameData.map((fb) => riff('00db', fb));
  const movi = list('movi', ...chunks);
  const idx = Buffer.alloc(16 * frames);
  let offset = 4;
  chunks.forEach((c, i) => {
    idx.write('00db', i * 16, 'ascii');
    idx.writeUInt32LE(0x10, i * 16 + 4);
    idx.writeUInt32LE(offset, i * 16 + 8);
    idx.writeUInt32LE(frameBytes, i * 16 + 12);
    offset += c.length;
  });
  const body = Buffer.concat([Buffer.from('AVI ', 'ascii'), hdrl, movi, riff('idx1', idx)]);
  const out = Buffer.alloc(8);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(body.length, 4);
  return { filename: '执法记录仪视频.avi', mediaType: 'video/x-msvideo', bytes: Buffer.concat([out, body]) };
}
