import { browser } from 'wxt/browser';
import { toggleSite } from '@/utils/background/toggle';
import { dispatch, type BackgroundMessage } from '@/utils/messaging';

const MENU_TOGGLE = 'sift-toggle-site';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction; // MV3 Chrome / MV2 Firefox
  // Hidden blocks per tab and frame; the badge shows the sum.
  const counts = new Map<number, Map<number, number>>();

  const showBadge = (tabId: number) => {
    const total = [...(counts.get(tabId)?.values() ?? [])].reduce((a, b) => a + b, 0);
    action.setBadgeText({ tabId, text: total ? String(total) : '' }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#3b6e58' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return dispatch<BackgroundMessage>(
      {
        hiddenCount: (m) => {
          const tabId = sender.tab?.id;
          if (tabId === undefined) return;
          // A new page in the tab starts a fresh count.
          const frames = (m.fresh && (sender.frameId ?? 0) === 0 ? undefined : counts.get(tabId)) ?? new Map<number, number>();
          frames.set(sender.frameId ?? 0, Math.max(0, Math.floor(m.count)));
          counts.set(tabId, frames);
          showBadge(tabId);
        },
      },
      message,
      sender,
    ) as Promise<void> | undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_TOGGLE,
      title: browser.i18n.getMessage('menuToggleSite') || 'Sift: clean up this site (on/off)',
      contexts: ['page', 'frame', 'selection', 'link', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE) void toggleSite(tab?.url ?? info.pageUrl);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-site') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await toggleSite(tab?.url);
  });
});
