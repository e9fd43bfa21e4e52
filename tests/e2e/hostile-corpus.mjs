// The hostile corpus for the browser: files made to run script, leak a
// request or mislead the eye, plus one far over the input limit and one at
// the text limit. Generated here, never committed. Run it as a script to
// write the files into a directory: `node tests/e2e/hostile-corpus.mjs DIR`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

// Every payload sets window.__pwned (or opens a dialog) if it ever runs.
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<svg onload="window.__pwned = \'svg onload\'"><script>window.__pwned = "svg script"</script></svg>',
  '<a href="javascript:window.__pwned = \'link\'">klicka här</a>',
  '[klicka](javascript:window.__pwned=\'markdown link\')',
  '<iframe src="javascript:window.__pwned = \'iframe\'"></iframe>',
  '<body onload="alert(1)"><details open ontoggle="alert(2)">',
  '<style>@import url("http://127.0.0.1:9/leak.css"); body { display: none }</style>',
  '![bild](http://127.0.0.1:9/leak.png) <img src="//127.0.0.1:9/leak.gif">',
  '<meta http-equiv="refresh" content="0; url=javascript:alert(3)">',
  '{{constructor.constructor("window.__pwned = \'template\'")()}} ${alert(4)}',
  '"><script>alert(5)</script><input value="',
];

/// A protocol with the payloads where the views show text: the body name,
/// paragraph titles, attendance names, proposals and votes.
export function scriptProtocol() {
  const p = PAYLOADS;
  return [
    `## Socialnämnden ${p[0]}`,
    '',
    `**Plats och tid** 2024-03-18 ${p[1]}, kl. 18:00-19:05`,
    '',
    '### Ledamöter',
    '',
    `Anna Berg (S), ordförande ${p[2]}  `,
    `Per <b onmouseover="alert(6)">Ek</b> (M)  `,
    `Lisa ${p[3]} Andersson (V)`,
    '',
    `## § 1 Val av justerare ${p[4]}`,
    '',
    `Beslut: ${p[5]} Nämnden utser Anna Berg (S) att justera.`,
    '',
    `## § 2 Budget ${p[6]}`,
    '',
    'Yrkanden',
    `Per Ek (M) yrkar avslag ${p[7]}.`,
    '',
    'Omröstning',
    `11 ja-röster mot 4 nej-röster. ${p[8]}`,
    '',
    `## § 3 Övrigt ${p[9]}`,
    '',
    `Beslut att ${p[10]} ${p[11]}`,
    '',
  ].join('\n');
}

/// Bidi overrides, isolates, invisible characters, homoglyphs (Cyrillic
/// letters in Swedish words), combining marks piled high.
export function bidiProtocol() {
  const zalgo = 'J' + '\u0301\u0316\u0327\u0350'.repeat(50) + 'ustera';
  return [
    '## Socialnämnden',
    '',
    'Protokoll 2024-03-18',
    '',
    '### Ledamöter',
    '',
    'Anna Berg (S), ordförande  ',
    '\u202Etxt.exe\u202C Per Ek (M)  ',
    '\u2067Lisa Andersson\u2069 (\u0421) ',
    'Ѕосіаldеmоkrаt Еk (S)  ',
    `${zalgo} (V)`,
    '',
    '## § 1 Val av justerare\u200B\u200D\uFEFF\u2060',
    '',
    'Beslut\u202E att avslå \u202C: nämnden utser Anna Berg (S) att justera.',
    '',
    '## § 2 Вudget (Cyrillic В) \u061C\u200F\u200E',
    '',
    'Beslut att bifalla.',
    '',
  ].join('\n');
}

/// An SVG and an HTML file: text to this app, never markup.
export function svgFile() {
  return `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg file'">\n<script>window.__pwned = 'svg file script'</script>\n<text>§ 1 Val av justerare</text>\n</svg>\n`;
}

export function htmlFile() {
  return `<!doctype html><html><head><script>window.__pwned='html file'</script></head>\n<body onload="alert('html')">\n<h2>§ 1 Val av justerare</h2>\n<p>Beslut att bifalla.</p>\n</body></html>\n`;
}

// ------------------------------------------------------------- a .docx

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/// A zip of [name, Buffer] entries, deflated.
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name);
    const packed = zlib.deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/// A Word file whose text holds the payloads and whose hyperlink points at
/// `javascript:`.
export function scriptDocx() {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const para = (t, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const body = [
    para(`Socialnämnden ${PAYLOADS[0]}`, true),
    para('Protokoll 2024-03-18'),
    para(`§ 1 Val av justerare ${PAYLOADS[1]}`, true),
    `<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>${esc('klicka här')}</w:t></w:r></w:hyperlink></w:p>`,
    para(`Beslut ${PAYLOADS[2]} ${PAYLOADS[3]}`),
  ].join('');
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdJs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:window.__pwned='docx link'" TargetMode="External"/></Relationships>`;
  const comments = `<?xml version="1.0"?><w:comments ${W}><w:comment w:id="0" w:author="${esc(PAYLOADS[1])}"><w:p><w:r><w:t>${esc(PAYLOADS[0])}</w:t></w:r></w:p></w:comment></w:comments>`;
  return zip([
    ['word/document.xml', Buffer.from(doc)],
    ['word/_rels/document.xml.rels', Buffer.from(rels)],
    ['word/comments.xml', Buffer.from(comments)],
  ]);
}

/// Protocol-like text of about `bytes` bytes: many paragraphs, normal lines.
export function bigProtocol(bytes) {
  const head = '## Socialnämnden\n\nProtokoll 2024-03-18\n\n';
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 1; size < bytes; i++) {
    const p = `## § ${i} Ärende ${i}\n\nBeslut att bifalla förvaltningens förslag. ${'Lorem ipsum dolor sit amet. '.repeat(20)}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

/// A protocol with one paragraph more than the core's limit (`paragraphs` in all).
export function manyParagraphs(paragraphs) {
  const parts = ['Socialnämnden\nProtokoll 2024-03-18\n\n'];
  for (let i = 1; i <= paragraphs; i++) parts.push(`§ ${i} Ärende ${i}\n\nBeslut att bifalla.\n\n`);
  return Buffer.from(parts.join(''));
}

/// The corpus: name, bytes, MIME type, and whether the app should open the
/// file (`open`) or refuse it with a message (`refused`).
export function hostileFiles({ bigBytes = 50 << 20, textBytes, paragraphs = 5001 } = {}) {
  const files = [
    { name: 'skript.md', buffer: Buffer.from(scriptProtocol()), mimeType: 'text/markdown', expect: 'open' },
    { name: 'bidi.txt', buffer: Buffer.from(bidiProtocol()), mimeType: 'text/plain', expect: 'open' },
    { name: 'bild.svg', buffer: Buffer.from(svgFile()), mimeType: 'image/svg+xml', expect: 'open' },
    { name: 'sida.html', buffer: Buffer.from(htmlFile()), mimeType: 'text/html', expect: 'open' },
    { name: 'skript.docx', buffer: scriptDocx(), mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', expect: 'open' },
    { name: 'stor.txt', buffer: Buffer.alloc(bigBytes, 'Protokoll § 1 Beslut att godkänna.\n'), mimeType: 'text/plain', expect: 'refused' },
    { name: 'paragrafer.txt', buffer: manyParagraphs(paragraphs), mimeType: 'text/plain', expect: 'refused' },
  ];
  if (textBytes) {
    files.push({ name: 'lång.txt', buffer: bigProtocol(textBytes), mimeType: 'text/plain', expect: 'open' });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'hostile-corpus';
  fs.mkdirSync(dir, { recursive: true });
  for (const f of hostileFiles()) fs.writeFileSync(path.join(dir, f.name), f.buffer);
  console.log(`wrote ${hostileFiles().length} files to ${dir}`);
}
