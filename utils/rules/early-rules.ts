import type { Rule } from './types';

/**
 * The banners of common consent managers, by the ids and classes of their
 * public embed code. An overlay painted over the page as it loads, and markup
 * that holds no article: the early stylesheet hides it before the page is
 * painted (see `EARLY_GENERIC_RULES`).
 */
export const CONSENT_MANAGER: Rule = {
  id: 'consent-manager',
  description: 'Hides the banners of common consent managers (OneTrust, Cookiebot, Didomi, Quantcast, Sourcepoint, Usercentrics, Google’s cookie choices on Blogger).',
  category: 'consent',
  sites: [],
  match: {
    kind: 'selector',
    selector:
      '#onetrust-consent-sdk, #onetrust-banner-sdk, #CybotCookiebotDialog, #didomi-host, .fc-consent-root, .qc-cmp2-container, [id^="sp_message_container"], #usercentrics-root, #truste-consent-track, .cc-window, #cookie-law-info-bar, .osano-cm-window, #iubenda-cs-banner, #cmpbox, #cmpwrapper, #cookieChoiceInfo',
  },
  action: 'hide',
};

/**
 * The prompts of common web-push services asking to allow notifications, by
 * the ids and classes their scripts give them: OneSignal's slide-down,
 * pop-over, bell and in-page subscribe link, Webpushr's prompt and bell. A
 * third-party widget added a moment after the page loads; hidden by the early
 * stylesheet, it never shows.
 */
export const NOTIFICATION_SERVICE: Rule = {
  id: 'notification-service',
  description: 'Hides the notification prompts and bells of common web-push services (OneSignal, Webpushr).',
  category: 'notifications',
  sites: [],
  match: {
    kind: 'selector',
    selector:
      '#onesignal-slidedown-container, #onesignal-popover-container, #onesignal-bell-container, .onesignal-customlink-container, #webpushr-prompt-wrapper, #webpushr-bell-optin',
  },
  action: 'hide',
};

/**
 * The invitations and feedback tabs of common survey and feedback services,
 * by the ids and classes their scripts give them: Qualtrics' site intercepts
 * (pop-over, its shadow box, the responsive dialog), Medallia's invitation and
 * feedback button, ForeSee's invitation, Hotjar's poll, survey and feedback
 * widgets, Usabilla's feedback button, Survicate's box, SurveyMonkey's pop-up
 * (not its embedded survey) and Wootric's score prompt. A third-party overlay
 * added while the user reads; hidden by the early stylesheet, it never shows.
 */
export const SURVEY_SERVICE: Rule = {
  id: 'survey-service',
  description: 'Hides the survey invitations and feedback tabs of common services (Qualtrics, Medallia, ForeSee, Hotjar, Usabilla, Survicate, SurveyMonkey, Wootric).',
  category: 'surveys',
  sites: [],
  match: {
    kind: 'selector',
    selector:
      '.QSIPopOver, .QSIPopOverShadowBox, .QSIWebResponsive, #MDigitalInvitationWrapper, #kampyleInviteContainer, #kampyleButtonContainer, #acsMainInvite, #_hj_poll_container, #_hj_feedback_container, ._hj-widget-container, .usabilla_live_button_container, #survicate-box, .smcx-modal, #wootric-modal',
  },
  action: 'hide',
};

/**
 * Google's "Sign in with Google" prompt (One Tap), which sites open over the
 * page as it loads, by the container its script adds (in the browsers that do
 * not show it in their own window through FedCM). Sites keep their own sign-in
 * links; one that opens the prompt when the user clicks it is answered (see
 * `AskedFor`).
 */
export const SIGN_IN_PROMPT: Rule = {
  id: 'sign-in-prompt',
  description: 'Hides the "Sign in with Google" prompt that sites open over the page (One Tap).',
  category: 'promo',
  sites: [],
  match: { kind: 'selector', selector: '#credential_picker_container, #credential_picker_iframe' },
  action: 'hide',
};

/**
 * The built-in selector rules for every site that the early stylesheet applies
 * before the page is painted, where the plan comes only after the first paint
 * on most pages. Each names only a third-party widget that never holds an
 * article. The stylesheet keeps the guard's first concern in CSS (never an
 * element holding an `article`, `main` or `h1`); the plan then finds the same
 * elements through the whole guard. Kept apart from the generic pack, which
 * lists them too, so the early script loads only these.
 */
export const EARLY_GENERIC_RULES: readonly Rule[] = [CONSENT_MANAGER, NOTIFICATION_SERVICE, SURVEY_SERVICE, SIGN_IN_PROMPT];
