import { browser } from 'wxt/browser';

/** Opens Sift's reader view for a tab in a new tab right after it (the page itself stays as it is). */
export async function openReaderTab(tabId: number, index?: number): Promise<void> {
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/reader.html')}?tab=${tabId}`,
    ...(index !== undefined ? { index: index + 1 } : {}),
    openerTabId: tabId,
  });
}
