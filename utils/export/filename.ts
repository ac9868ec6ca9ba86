const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name from an article title that every common file system accepts:
 * no path separators, control characters or `<>:"/\|?*`, no trailing dots or
 * spaces (Windows), not a reserved device name, at most `max` bytes of UTF-8
 * before the extension (most file systems allow 255 bytes).
 */
export function safeFilename(title: string, extension: string, max = 120): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const encoder = new TextEncoder();
  while (encoder.encode(name).length > max) name = Array.from(name).slice(0, -1).join('').trimEnd();
  name = name.replace(/[.\s]+$/g, '');
  if (!name || RESERVED.test(name.split('.')[0])) name = `article${name ? ` ${name}` : ''}`;
  return `${name}.${extension.replace(/^\./, '')}`;
}
