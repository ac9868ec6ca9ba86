import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sanitizeArticleHtml } from '@/utils/export/sanitize';
import { t } from '@/utils/i18n';
import { clampPrefs, DEFAULT_PREFS, readerPrefs, type ReaderPrefs } from '@/utils/reader-prefs';
import { loadPage } from '@/utils/page-copy';
import { readerPayload, type ReaderPayload } from '@/utils/reader-view';

/** Sift's reader page: the article alone, in Sift's own page (not styled by the site). */
export function Reader() {
  const [article, setArticle] = useState<ReaderPayload | null | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_PREFS);

  useEffect(() => {
    // The page's snapshot, extracted here: cleanup on the parsed copy, then Readability.
    loadPage(tabId)
      .then(({ doc, url, settings }) => setArticle(readerPayload(doc, url, settings, window)))
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
        setArticle(null);
      });
    void readerPrefs.getValue().then((p) => setPrefs(clampPrefs(p)));
  }, []);

  useEffect(() => {
    if (article) document.title = article.title;
  }, [article]);

  const update = (change: Partial<ReaderPrefs>) => {
    const next = clampPrefs({ ...prefs, ...change });
    setPrefs(next);
    void readerPrefs.setValue(next);
  };

  if (article === undefined) return <main aria-busy="true" />;
  const back = (event: Event) => {
    // Back to the page: its tab, as it was, and this one closes.
    event.preventDefault();
    void browser.tabs.update(tabId, { active: true }).then(() => window.close(), () => (location.href = article?.url ?? 'about:blank'));
  };
  if (article === null) {
    return (
      <main class="reader" role="alert">
        <p id="no-article">{t('noArticle')}</p>
        {problem && <p class="meta">{problem}</p>}
        <p><a href="#" onClick={back}>← {t('backToPage')}</a></p>
      </main>
    );
  }

  const style = { '--size': `${prefs.fontSize}px`, '--width': `${prefs.width}ch`, '--leading': String(prefs.lineHeight) } as Record<string, string>;
  const meta = [article.siteName, article.published && formatDate(article.published), t('minutes', article.minutes)].filter(Boolean).join(' · ');
  return (
    <div class={`reader-root theme-${prefs.theme} family-${prefs.family}`} style={style}>
      <nav class="toolbar" aria-label={t('readerView')}>
        <a id="back" href={article.url} onClick={back}>← {t('backToPage')}</a>
        <label>
          {t('fontSize')}
          <input type="range" min="12" max="40" value={prefs.fontSize} onInput={(e) => update({ fontSize: Number((e.currentTarget as HTMLInputElement).value) })} />
        </label>
        <label>
          {t('lineWidth')}
          <input type="range" min="40" max="110" value={prefs.width} onInput={(e) => update({ width: Number((e.currentTarget as HTMLInputElement).value) })} />
        </label>
        <label>
          {t('lineHeight')}
          <input type="range" min="1.2" max="2.2" step="0.1" value={prefs.lineHeight} onInput={(e) => update({ lineHeight: Number((e.currentTarget as HTMLInputElement).value) })} />
        </label>
        <label>
          {t('fontFamily')}
          <select value={prefs.family} onChange={(e) => update({ family: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['family'] })}>
            <option value="serif">{t('serif')}</option>
            <option value="sans">{t('sans')}</option>
          </select>
        </label>
        <label>
          {t('theme')}
          <select id="theme" value={prefs.theme} onChange={(e) => update({ theme: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['theme'] })}>
            <option value="system">{t('themeSystem')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="sepia">{t('themeSepia')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>{t('print')}</button>
      </nav>
      <main class="reader" lang={article.lang ?? undefined} dir={article.dir === "rtl" || article.dir === "ltr" ? article.dir : undefined}>
        <header>
          <h1>{article.title}</h1>
          {article.byline && <p class="byline">{article.byline}</p>}
          <p class="meta">{meta}</p>
        </header>
        {/* Sanitised where it was extracted, and again here: page content is untrusted. */}
        <article dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(article.html, window) }} />
      </main>
    </div>
  );
}

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
