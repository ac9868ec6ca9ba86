import type { Rule } from './types';
import { CONSENT_MANAGER, NOTIFICATION_SERVICE, SIGN_IN_PROMPT } from './early-rules';
import {
  AI_WIDGET,
  APP_PROMPT,
  APP_BADGE_TEXT,
  APP_STORE_LINKS,
  COMMENTS,
  CONSENT,
  CONSENT_DIALOG_TEXT,
  NOTIFICATION_DIALOG_TEXT,
  NEWSLETTER,
  RELATED_HEADING,
  SOCIAL,
  SPONSORED,
  TICKER,
} from './phrases';

/**
 * Rules for pages never seen before. None relies on a site's own class names:
 * they read headings and labels, link targets, and the stable markup of
 * widely used third-party widgets (consent managers, comment systems,
 * recommendation networks), whose ids and classes are part of their public embed code.
 */
export const GENERIC_RULES: readonly Rule[] = [
  {
    id: 'related-heading',
    description: 'Hides "Related articles", "Read also", "More from" and "Most read" rails.',
    category: 'related',
    sites: [],
    match: { kind: 'heading', patterns: RELATED_HEADING },
    action: 'hide',
  },
  {
    id: 'app-prompt-heading',
    description: 'Hides "Download the app" and "Get our app" prompts and app bars.',
    category: 'app-prompt',
    sites: [],
    match: { kind: 'heading', patterns: APP_PROMPT },
    action: 'hide',
  },
  {
    id: 'app-store-badges',
    description: 'Hides compact blocks whose links go to app stores (store badges).',
    category: 'app-prompt',
    sites: [],
    match: { kind: 'links', hrefPatterns: APP_STORE_LINKS, textPatterns: APP_BADGE_TEXT },
    action: 'hide',
  },
  {
    id: 'newsletter-heading',
    description: 'Hides newsletter sign-up boxes and pop-ups.',
    category: 'newsletter',
    sites: [],
    match: { kind: 'heading', patterns: NEWSLETTER },
    action: 'hide',
  },
  {
    id: 'newsletter-form',
    description: 'Hides sign-up forms of common mailing-list services.',
    category: 'newsletter',
    sites: [],
    match: {
      kind: 'selector',
      selector: 'form[action*="list-manage.com"], .mc4wp-form, form[action*="/newsletter" i], .ml-embedded, .klaviyo-form',
    },
    action: 'hide',
  },
  {
    id: 'comments-heading',
    description: 'Hides comment sections introduced by a "Comments" heading.',
    category: 'comments',
    sites: [],
    match: { kind: 'heading', patterns: COMMENTS },
    action: 'hide',
  },
  {
    id: 'comments-widget',
    description: 'Hides embedded comment systems (Disqus, OpenWeb, Coral, Facebook, WordPress comments).',
    category: 'comments',
    sites: [],
    match: {
      kind: 'selector',
      selector:
        '#disqus_thread, [data-spot-im-module], [data-spotim-module], #coral_thread, .fb-comments, #comments.comments-area, .comments-area, #respond.comment-respond',
    },
    action: 'hide',
  },
  {
    id: 'ai-widget-heading',
    description: 'Hides "Try our AI features" and AI summary promos.',
    category: 'ai-widget',
    sites: [],
    match: { kind: 'heading', patterns: AI_WIDGET },
    action: 'hide',
  },
  {
    id: 'sponsored-heading',
    description: 'Hides "Sponsored", "Promoted" and "Around the web" grids and labelled ads.',
    category: 'sponsored',
    sites: [],
    match: { kind: 'heading', patterns: SPONSORED },
    action: 'hide',
  },
  {
    id: 'sponsored-widget',
    description: 'Hides recommendation-network grids (Taboola, Outbrain, Revcontent, Zergnet).',
    category: 'sponsored',
    sites: [],
    match: {
      kind: 'selector',
      selector:
        '[id^="taboola-"], .trc_related_container, .OUTBRAIN, .ob-widget, [id^="rc-widget"], [id^="rcjsload"], .zergnet-widget, [id^="zergnet-widget"]',
    },
    action: 'hide',
  },
  {
    id: 'consent-heading',
    description: 'Hides cookie and privacy consent banners and overlays.',
    category: 'consent',
    sites: [],
    match: { kind: 'heading', patterns: CONSENT },
    action: 'hide',
  },
  {
    id: 'consent-dialog',
    description: 'Hides consent dialogs whose heading says nothing of cookies ("Before you continue"), by what their text says.',
    category: 'consent',
    sites: [],
    match: { kind: 'dialog', textPatterns: CONSENT_DIALOG_TEXT },
    action: 'hide',
  },
  CONSENT_MANAGER,
  {
    id: 'notification-dialog',
    description: 'Hides dialogs asking to allow notifications ("Get notified of breaking news"), by what their text says.',
    category: 'notifications',
    sites: [],
    match: { kind: 'dialog', textPatterns: NOTIFICATION_DIALOG_TEXT },
    action: 'hide',
  },
  NOTIFICATION_SERVICE,
  SIGN_IN_PROMPT,
  {
    id: 'ticker-heading',
    description: 'Hides "Breaking news" and "Live" tickers outside the article.',
    category: 'ticker',
    sites: [],
    match: { kind: 'heading', patterns: TICKER },
    action: 'hide',
  },
  {
    id: 'social-heading',
    description: 'Hides "Share this article" and "Follow us" button bars.',
    category: 'social',
    sites: [],
    match: { kind: 'heading', patterns: SOCIAL },
    action: 'hide',
  },
  {
    id: 'social-widget',
    description: 'Hides share-button toolbars of common sharing services.',
    category: 'social',
    sites: [],
    match: { kind: 'selector', selector: '.addthis_toolbox, .sharethis-inline-share-buttons, .a2a_kit, .shareaholic-canvas' },
    action: 'hide',
  },
];
