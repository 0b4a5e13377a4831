// A minimal zip writer (deflate), enough for mammoth to read a .docx built in a test.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A zip header: little-endian fields, each [width in bytes, value]. */
function header(fields: [2 | 4, number][]): Buffer {
  const b = Buffer.alloc(fields.reduce((n, [w]) => n + w, 0));
  let at = 0;
  for (const [w, v] of fields) at = w === 2 ? b.writeUInt16LE(v, at) : b.writeUInt32LE(v, at);
  return b;
}
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const comp = deflateRawSync(data);
    const nameB = Buffer.from(name, 'utf8');
    // signature, version, flags, method (8: deflate), time+date, crc, sizes, name length, extra length
    const sizes: [2 | 4, number][] = [[4, crc32(data)], [4, comp.length], [4, data.length], [2, nameB.length], [2, 0]];
    locals.push(header([[4, 0x04034b50], [2, 20], [2, 0], [2, 8], [4, 0], ...sizes]), nameB, comp);
    // central entry: also version made by, comment length, disk, attributes, then the local header's offset
    centrals.push(header([[4, 0x02014b50], [2, 20], [2, 20], [2, 0], [2, 8], [4, 0], ...sizes, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), nameB);
    offset += 30 + nameB.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end = header([[4, 0x06054b50], [2, 0], [2, 0], [2, count], [2, count], [4, cd.length], [4, offset], [2, 0]]);
  return Buffer.concat([...locals, cd, end]);
}
/** A .docx of plain paragraphs (no styles), which mammoth reads like one saved by Word. */
export function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}
