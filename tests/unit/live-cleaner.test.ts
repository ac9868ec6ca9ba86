import { describe, expect, it } from 'vitest';
import { HIDE_ATTR, OFF_ATTR } from '../../utils/engine/apply';
import { LiveCleaner } from '../../utils/live/cleaner';
import { articleBody, page } from '../helpers/dom';

const URL_ = 'https://news.example.com/story';
const BODY = `<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article><div id="rail"></div></main>`;

function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (check() ? resolve() : Date.now() - start > timeout ? reject(new Error('timed out')) : setTimeout(tick, 10));
    tick();
  });
}

describe('LiveCleaner', () => {
  it('hides clutter present at start, then clutter added later, in a batch', async () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const plans: number[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, (p) => plans.push(p.findings.length));
    cleaner.start();
    expect(doc.getElementById('rel')?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    expect(doc.getElementById('sift-style')?.textContent).toContain('related-heading');
    // A lazy rail and a newsletter pop-up arrive after load, in one go.
    doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
    const modal = doc.createElement('div');
    modal.id = 'nl';
    modal.innerHTML = '<h2>Get the Morning Wire in your inbox</h2><input type="email">';
    doc.body.appendChild(modal);
    await until(() => doc.getElementById('nl')?.hasAttribute(HIDE_ATTR) === true);
    expect(doc.getElementById('late')?.closest(`[${HIDE_ATTR}]`)?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    expect(plans.at(-1)).toBe(3);
    cleaner.stop();
  });

  it('ignores its own stylesheet and noise nodes (no loop)', async () => {
    const doc = page(BODY, URL_);
    let runs = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => runs++);
    cleaner.start();
    const s = doc.createElement('script');
    doc.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(0); // nothing found, nothing changed
    cleaner.stop();
  });

  it('switches rules by stylesheet and undoes everything on dispose', () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const before = doc.documentElement.outerHTML;
    const cleaner = new LiveCleaner(doc, () => URL_, {});
    cleaner.start();
    cleaner.updateSettings({ disabledRules: ['related-heading'] });
    expect(doc.getElementById('sift-style')?.textContent).not.toContain('related-heading');
    expect(cleaner.current.findings[0]).toMatchObject({ ruleId: 'related-heading', active: false });
    cleaner.setShowOriginal(true);
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(true);
    cleaner.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides site-pack selectors before the page is parsed (document_start)', () => {
    const doc = page('', 'https://www.theguardian.com/a');
    const cleaner = new LiveCleaner(doc, () => 'https://www.theguardian.com/a', {});
    cleaner.hideEarly();
    expect(doc.getElementById('sift-early-style')?.textContent).toContain('[data-component="rich-link"]');
    const none = page('', 'https://unknown.example/a');
    new LiveCleaner(none, () => 'https://unknown.example/a', {}).hideEarly();
    expect(none.getElementById('sift-early-style')).toBeNull();
  });
});
