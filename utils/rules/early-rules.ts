import type { Rule } from './types';

/**
 * The banners of common consent managers, by the ids and classes of their
 * public embed code. An overlay painted over the page as it loads, and markup
 * that holds no article: the early stylesheet hides it before the page is
 * painted (see `Rule.early`).
 */
export const CONSENT_MANAGER: Rule = {
  id: 'consent-manager',
  description: 'Hides the banners of common consent managers (OneTrust, Cookiebot, Didomi, Quantcast, Sourcepoint, Usercentrics).',
  category: 'consent',
  sites: [],
  match: {
    kind: 'selector',
    selector:
      '#onetrust-consent-sdk, #onetrust-banner-sdk, #CybotCookiebotDialog, #didomi-host, .fc-consent-root, .qc-cmp2-container, [id^="sp_message_container"], #usercentrics-root, #truste-consent-track, .cc-window, #cookie-law-info-bar, .osano-cm-window, #iubenda-cs-banner, #cmpbox, #cmpwrapper',
  },
  action: 'hide',
  early: true,
};

/**
 * The built-in rules for every site that the early stylesheet applies before
 * the page is painted (kept apart from the generic pack, so the early script
 * loads only these).
 */
export const EARLY_GENERIC_RULES: readonly Rule[] = [CONSENT_MANAGER];
