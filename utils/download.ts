import { browser } from 'wxt/browser';

/** Saves text as a file through the downloads API (optionally asking where). */
export async function downloadText(text: string, filename: string, mime: string, saveAs: boolean): Promise<number> {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  try {
    return await browser.downloads.download({ url, filename, saveAs, conflictAction: 'uniquify' });
  } finally {
    // Revoke later: the download reads the blob after download() resolves.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
