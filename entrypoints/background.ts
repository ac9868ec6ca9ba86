import { browser } from 'wxt/browser';
import { toggleSite } from '@/utils/background/toggle';
import { answering, sendToTab, type BackgroundMessage, type SavedRule } from '@/utils/messaging';
import { siteOf } from '@/utils/site';
import { ruleStore } from '@/utils/storage';
import { openReaderTab } from '@/utils/reader-tab';
import { openPlanner } from '@/utils/planner';
import { servePlans } from '@/utils/planner-port';

const MENU_TOGGLE = 'sift-toggle-site';
const MENU_READER = 'sift-reader';
const MENU_PICK = 'sift-pick';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction; // MV3 Chrome / MV2 Firefox
  const showBadge = (tabId: number, count: number) => {
    action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#3b6e58' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener(
    answering<BackgroundMessage>({
      // "Always open in reader view": the page's content script asks once it is parsed.
      openReader: async (_m, sender) => {
        if (sender.tab?.id !== undefined) await openReaderTab(sender.tab.id, sender.tab.index);
      },
      saveUserRule: async (m, sender): Promise<SavedRule> => {
        const site = siteOf(sender.url ?? sender.tab?.url ?? '');
        if (!site) throw new Error('Sift cannot save rules for this page.');
        const report = await ruleStore().put(site, { ...m.rule, sites: [site] });
        return { site, synced: report.synced.includes(site) };
      },
      removeUserRule: async (m) => {
        await ruleStore().remove(m.site, m.ruleId);
      },
      startPlanner: () => openPlanner(),
      // The page's content script (top frame only) counts its frames of the same origin too.
      hiddenCount: (m, sender) => {
        if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) showBadge(sender.tab.id, Math.max(0, Math.floor(m.count)));
      },
    }),
  );

  // Chrome: the planner is open before the first page asks for it (see utils/planner.ts).
  if (import.meta.env.CHROME) {
    browser.runtime.onStartup.addListener(() => void openPlanner());
    browser.runtime.onInstalled.addListener(() => void openPlanner());
  }
  // Firefox (Manifest V2): the background is a page with a DOM, there for as long as the browser: it is the planner.
  if (import.meta.env.FIREFOX) servePlans();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_TOGGLE,
      title: browser.i18n.getMessage('menuToggleSite') || 'Sift: clean up this site (on/off)',
      contexts: ['page', 'frame', 'selection', 'link', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    browser.contextMenus.create({
      id: MENU_PICK,
      title: browser.i18n.getMessage('menuPick') || 'Sift: hide something on this page…',
      contexts: ['page', 'frame', 'selection', 'link', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    browser.contextMenus.create({
      id: MENU_READER,
      title: browser.i18n.getMessage('menuReader') || 'Sift: open in reader view',
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_PICK && tab?.id !== undefined) void sendToTab(tab.id, { type: 'startPicker' }).catch(() => {});
    if (info.menuItemId === MENU_TOGGLE) void toggleSite(tab?.url ?? info.pageUrl);
    if (info.menuItemId === MENU_READER && tab?.id !== undefined) void openReaderTab(tab.id, tab.index);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-site') await toggleSite(tab?.url);
    if (command === 'open-reader' && tab?.id !== undefined) await openReaderTab(tab.id, tab.index);
  });
});
