/**
 * Embeds a copy's remote images as `data:` URIs, so the file reads offline in
 * ten years. Each image is capped (`perImage` bytes) and so is the total;
 * what does not fit, fails, or is not a raster image stays an absolute URL
 * (the copy then says so). `fetchImage` is the network (the extension's
 * `fetch`, allowed by the optional host permission the user grants at first use).
 */

export interface FetchedImage {
  type: string;
  bytes: Uint8Array;
}

export interface EmbedResult {
  html: string;
  embedded: number;
  kept: number;
}

export const IMAGE_CAPS = { perImage: 3_000_000, total: 20_000_000 };

const RASTER = /^image\/(png|jpe?g|gif|webp|avif|bmp)$/i;

export async function embedImages(
  html: string,
  fetchImage: (url: string) => Promise<FetchedImage | null>,
  parser: DOMParser,
  caps = IMAGE_CAPS,
): Promise<EmbedResult> {
  const doc = parser.parseFromString(`<body>${html}</body>`, 'text/html');
  let total = 0;
  let embedded = 0;
  let kept = 0;
  for (const img of doc.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src') ?? '';
    if (!/^https?:/i.test(src)) continue;
    const image = await fetchImage(src).catch(() => null);
    const type = image?.type.split(';')[0].trim() ?? '';
    if (!image || !RASTER.test(type) || image.bytes.length > caps.perImage || total + image.bytes.length > caps.total) {
      kept++;
      continue;
    }
    total += image.bytes.length;
    img.setAttribute('src', `data:${type.toLowerCase()};base64,${base64(image.bytes)}`);
    embedded++;
  }
  return { html: doc.body.innerHTML, embedded, kept };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
