import { describe, expect, it } from 'vitest';
import { ASKED_ATTR, HIDE_ATTR } from '../../utils/engine/apply';
import { LiveCleaner } from '../../utils/live/cleaner';
import { SYNC } from '../helpers/cleaner-options';
import { articleBody, page } from '../helpers/dom';
import { until } from '../helpers/until';

// A trusted click (the user's) cannot be made in jsdom: the browser tests click for real
// (tests/browser, "an overlay the user asked for"). Here, what must never count as asking.
const URL_ = 'https://news.example.com/story';
const DIALOG = '<div id="pm" style="position: fixed; inset: 0"><div role="dialog" aria-modal="true"><h2>Privacy settings</h2><p>We and our partners use cookies.</p></div></div>';

describe('AskedFor, in the live cleaner', () => {
  it('a click made by the page’s own script asks for nothing: the overlay it opens is hidden', async () => {
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article></main><footer><button id="open">Privacy settings</button></footer>`, URL_);
    doc.getElementById('open')!.addEventListener('click', () => doc.body.insertAdjacentHTML('beforeend', DIALOG));
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, SYNC);
    cleaner.start();
    doc.getElementById('open')!.click();
    await until(() => doc.getElementById('pm')?.querySelector(`[${HIDE_ATTR}]`) != null || doc.getElementById('pm')?.hasAttribute(HIDE_ATTR) === true);
    expect(doc.querySelector(`[${ASKED_ATTR}]`)).toBeNull();
    cleaner.dispose();
  });
});
