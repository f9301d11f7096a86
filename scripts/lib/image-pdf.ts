/** A PDF whose pages are JPEG images and nothing else: what a scanner writes (no text layer), for fixtures and the OCR bench. */
export function imagePdf(pages: readonly { jpeg: Uint8Array; width: number; height: number }[], dpi = 150): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (number: number, parts: (string | Uint8Array)[]) => {
    offsets[number] = length;
    push(`${number} 0 obj\n`);
    parts.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const pageNumbers = pages.map((_, index) => 3 + index * 3);
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  object(2, [`<< /Type /Pages /Kids [${pageNumbers.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>`]);
  pages.forEach((page, index) => {
    const [pageObject, imageObject, contentObject] = [pageNumbers[index]!, pageNumbers[index]! + 1, pageNumbers[index]! + 2];
    const points = (pixels: number) => ((pixels * 72) / dpi).toFixed(2);
    const drawing = `q ${points(page.width)} 0 0 ${points(page.height)} 0 0 cm /Im0 Do Q`;
    object(pageObject, [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${points(page.width)} ${points(page.height)}] /Resources << /XObject << /Im0 ${imageObject} 0 R >> >> /Contents ${contentObject} 0 R >>`,
    ]);
    object(imageObject, [
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
      page.jpeg,
      '\nendstream',
    ]);
    object(contentObject, [`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`]);
  });
  const count = 3 + pages.length * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let number = 1; number < count; number++) push(`${String(offsets[number]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
