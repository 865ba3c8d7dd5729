import { describe, expect, it } from 'vitest';
import { parseRange, safeMediaType } from './blob-download.ts';

describe('the type a stored file is served with (issue 17 item 7)', () => {
  it('keeps the kinds evidence and documents are, and serves any other stated type as octet-stream', () => {
    for (const t of ['image/jpeg', 'video/mp4', 'audio/amr', 'application/pdf', 'IMAGE/PNG; charset=x'])
      expect(safeMediaType(t)).toBe(t.toLowerCase().split(';')[0]);
    for (const t of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/javascript', '', 'video/mp4x'])
      expect(safeMediaType(t)).toBe('application/octet-stream');
  });
});

describe('Range header of a download (RFC 9110 §14.2)', () => {
  it('reads one range: closed, open-ended, suffix, clipped to the file', () => {
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange(' Bytes = 5-5', 1000)).toEqual({ start: 5, end: 5 });
  });

  it('sends the whole file for another unit or several ranges', () => {
    expect(parseRange('items=0-1', 1000)).toBeNull();
    expect(parseRange('bytes=0-1, 5-9', 1000)).toBeNull();
  });

  it('refuses malformed and unsatisfiable ranges', () => {
    for (const h of [
      'bytes=1000-',
      'bytes=5-4',
      'bytes=-0',
      'bytes=-',
      'bytes=a-b',
      'bytes=',
      'bytes=0-1,x',
      'bytes=99999999999999999999-',
    ]) {
      expect(parseRange(h, 1000), h).toBe('unsatisfiable');
    }
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=-1', 0)).toBe('unsatisfiable');
  });
});
