import type { Rule } from '../types';

const sites = ['theguardian.com'];

/** The Guardian: onward journeys, the in-body rich links, the reader-revenue epic. */
export const THEGUARDIAN_RULES: readonly Rule[] = [
  {
    id: 'theguardian-rich-link',
    description: 'Hides the "Related" cards inserted between paragraphs of Guardian articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-component="rich-link"], aside[data-spacefinder-role="richLink"]' },
    action: 'hide',
  },
  {
    id: 'theguardian-onwards',
    description: 'Hides the "More on this story" and "Most viewed" containers below Guardian articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-component="more-on-this-story"], [data-component="most-popular"], #onwards-upper-whensignedin, #onwards-lower-whensignedin' },
    action: 'hide',
  },
  {
    id: 'theguardian-epic',
    description: 'Hides the contribution appeal at the end of Guardian articles.',
    category: 'promo',
    sites,
    match: { kind: 'selector', selector: '[name="SlotBodyEnd"], [data-component="contributions-epic"]' },
    action: 'hide',
  },
];
