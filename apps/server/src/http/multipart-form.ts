/**
 * A small multipart/form-data reader (RFC 7578) for the public forms that carry a few files and
 * must work without JavaScript (the 当事人专区's 信用修复 application): the whole body is in memory
 * (the route's body limit bounds it), parts are split on the boundary, each part's headers give its
 * field name and, for a file, its file name and type. Anything malformed yields null, never a throw.
 */
export interface FormFile {
  field: string;
  filename: string;
  mediaType: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: FormFile[];
}

export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function headerParam(header: string, name: string): string | null {
  // filename*=UTF-8''… (RFC 5987) first, then the quoted form browsers send (UTF-8 bytes as they are)
  const star = new RegExp(`;\\s*${name}\\*=UTF-8''([^;]+)`, 'i').exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      return null;
    }
  }
  const quoted = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  const bare = new RegExp(`;\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return bare ? bare[1]! : null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartForm | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: FormFile[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) return null;
  for (;;) {
    pos += delimiter.length;
    // the closing delimiter: "--"
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return { fields, files };
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) return null;
    pos += 2;
    const headEnd = body.indexOf('\r\n\r\n', pos);
    if (headEnd < 0) return null;
    const headers = body.subarray(pos, headEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next < 0) return null;
    const content = body.subarray(headEnd + 4, next);
    const disposition = headers.find((h) => /^content-disposition:/i.test(h));
    const type = headers.find((h) => /^content-type:/i.test(h));
    const name = disposition ? headerParam(disposition, 'name') : null;
    if (!name) return null;
    const filename = disposition ? headerParam(disposition, 'filename') : null;
    if (filename !== null) {
      // an empty file input sends a part with no name and no bytes: nothing chosen
      if (filename !== '' || content.length > 0)
        files.push({
          field: name,
          filename: filename.replace(/^.*[\\/]/, ''),
          mediaType: (type?.slice(type.indexOf(':') + 1).trim() || 'application/octet-stream').toLowerCase(),
          bytes: Buffer.from(content),
        });
    } else if (!(name in fields)) fields[name] = content.toString('utf8');
    pos = next + 2;
  }
}
