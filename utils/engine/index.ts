export { plan } from './plan';
export { findArticle } from './article';
export { extractArticle, NoArticleError, type ReaderArticle } from './reader';
export { markFindings, unmarkAll, hidingCss, installCss, removeFindings, activeRules, HIDE_ATTR, OFF_ATTR } from './apply';
export { blockText, collapseSpace } from './text';
export type { Finding, Plan, EngineSettings, ScrollLock } from './types';
