import type { Rule } from '../types';

const sites = ['bbc.com', 'bbc.co.uk'];

/** BBC News: related links, topic lists and the "Top stories" / "Features" rails. */
export const BBC_RULES: readonly Rule[] = [
  {
    id: 'bbc-links-block',
    description: 'Hides the "Related" link blocks and topic lists of BBC articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-component="links-block"], [data-component="tag-list"], [data-component="topic-list"]' },
    action: 'hide',
  },
  {
    id: 'bbc-onward-rails',
    description: 'Hides the "Top stories", "Features" and "Most read" rails beside BBC articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-testid="top-stories"], [data-testid="features"], [data-component="mostRead"], [data-testid="most-read"]' },
    action: 'hide',
  },
];
