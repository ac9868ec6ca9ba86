import { blockText, collapseSpace, linkDensity, textWeight } from './text';

/**
 * The running text of an extracted article: paragraphs, headings, lists,
 * quotes, tables and code — without what is metadata about it. The reader view
 * and clean copies still show figure captions, bylines and dates; the plain
 * text body (`--format text`, the benchmark) leaves them out:
 * - figure captions and credits (`figcaption`, caption/credit markup, what a
 *   `figure` holds but for a quote, code or table, a short line right after an
 *   image, a line equal to an image's alt text, picture credits wherever they
 *   stand, with the caption in their small wrapper);
 * - byline, date, "contributed by" and citation lines at the start or the end,
 *   and a standfirst above the opening date or byline;
 * - "Read more" link lines, in-body newsletter or subscribe promos and
 *   appeals to support or join the publication, with their box; after
 *   the last paragraph, link lists, teaser lists under a heading and one-link
 *   lines;
 * - the text outside the smallest element holding ≈90% of the paragraph text
 *   (Readability sometimes keeps a header or footer strip next to the body).
 */

/** The title of an embedded player or gallery: "Video: …", "Watch: …", "Photos: …". */
const MEDIA_TITLE = /^(video|watch|photos?|gallery|in pictures|vídeo|vidéo|fotos?|galerie|bildergalerie|galería|galeria)\s*:\s*\S/iu;

/** An element's class names and id, read as one line for the markup hints below. */
function markupOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

/** Whether a line ends as a sentence does (a stop, then perhaps a closing quote). */
const SENTENCE_END = /[.!?]["”’]?$/;

/**
 * A recipe card's details, buttons and calls, by the class names of the two most used
 * recipe plugins (WP Recipe Maker, Tasty Recipes): "5 from 38 votes", "Prep 15 mins · Cook
 * 1 hr", "Print Recipe", "Tried this recipe? Mention @…". The recipe's name, ingredients and
 * steps stay.
 */
const RECIPE_META = /(^|\s)(wprm-(recipe-(rating|times?|details|meta|buttons?|jump|print|pin|snippet)|call-to-action)[\w-]*|tasty-recipes-(rating|details|buttons|entry-header-details|print-button)[\w-]*)(\s|$)/;

/** Caption and credit markup. */
/** A breadcrumb trail's markup: where the page sits in the site, no text of the story. */
const BREADCRUMB = /(^|[\s_-])breadcrumbs?([\s_-]|$)/i;
const CAPTION_HINT = /(^|[\s_-])(caption|credit|photo-?credit|image-?credit|media-?caption|wp-caption-text|getty|copyright)([\s_-]|$)/i;

/**
 * Standfirst and kicker markup: the summary or section label above the story ("dek",
 * "chapo", "sommario", "entradilla"). Not "intro" or "lead", which many sites give the
 * story's first paragraph, nor "subtitle": `aeb/nationalreview.com-f5c90a6d`'s truth
 * counts its "article-header__subtitle" as the story's. "Teaser" and "excerpt" are German
 * sites' standfirsts ("ratgeber__teaser") and Quanta's ("post__title__excerpt"), or teaser
 * cards, which are no story either.
 */
const STANDFIRST_HINT = /(^|[\s_-])(standfirst|dek|sommario|chapo|chapeau|strapline|kicker|bajada|entradilla|occhiello|teaser|excerpt|vorspann|dachzeile|perex|subhead|subheadline|ingressi?|summary)([\s_-]|$)/i;

/** A line that only dates, signs or credits the article. */
export const META_LINE: readonly RegExp[] = [
  // "By Ana Ruiz", "By Ana Ruiz and Li Wei", "By Ana Ruiz July 30, 2019 at 5:00 a.m." (the date in a span of its own, glued to the name)
  // (no `i` flag: the names must be capitalised, so the word before them is spelt both ways)
  /^([Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR)\s+[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){0,4}((\s*(,|&|\||·|•|–|—)|\s+(and|et|und|y|e|-))\s*.*|\s+\d{1,2},?\s+\d{4}\b.{0,40})?$/u,
  /^(published|posted|updated|last updated|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b.{0,80}$/iu,
  // a newsroom's byline: "By the Current staff · Sept. 16, 2022", "By Staff", "From the editorial board"
  /^(by|from) (the )?([\p{Lu}][\p{L}'’.-]+\s+){0,3}(staff|staff writers?|editors|editorial board|newsroom|news desk|team)(\s*[·|,–—-].{0,60})?$/iu,
  /^\|?\s*(published|updated)\s*:/iu,
  /^.{0,80}\b(contributed|reporting)\b.{0,40}\b(to|for)\s+(this|the)\s+(report|story|article)\.?$/iu,
  /^\(?(additional )?reporting by\b.{0,160}$/iu,
  /^[\p{L}\s.'’-]{3,80}\bcontributed (reporting|research)\b.{0,80}$/iu,
  /^write to\b.{0,80}\S+@\S+\.\w+\b.{0,80}$/iu,
  /^(all rights reserved|via\s+\S+)\.?$/iu,
  // (the year may run into the time, glued by markup: "August 31, 20225:14 PM UTC")
  /^[\p{L}\s.,]{0,40}\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}(\b|(?=\d{1,2}:\d{2})).{0,60}$/iu,
  /^\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b.{0,60}$/iu,
  /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}.*)?$/u,
  // "20/11/2019 19h32 · Atualizado há 2 anos", "23.08.2019, 17.45 Uhr", "12-03-19, 16:40"
  /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})\b.{0,60}$/u,
  // year first, as Hungarian writes it: "2022.04.07. 10:32", with a name before it or not
  /^([\p{Lu}][\p{L}'’.-]+(\s+[\p{L}][\p{L}'’.-]+){1,3},?\s+)?\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(\s[\d:.h]{0,8})?$/u,
  // with spaces, as Czech, Slovak and German write it: "12. 5. 2021 17:30"
  /^\d{1,2}\.\s\d{1,2}\.\s\d{4}\b.{0,40}$/u,
  // a name and a numeric date, nothing else: "Marieke de Vries 12-03-19, 16:40", "Pablo Sanz Madrid, 08/12/2019 - 21:45 h."
  /^[\p{Lu}][\p{L}'’.-]+(\s+[\p{L}][\p{L}'’.-]+){1,3},?\s+\d{1,2}([-/.]|\.\s)\d{1,2}([-/.]|\.\s)(\d{4}|\d{2})\b[\d\s,:.h-]{0,12}$/u,
  // Dates in French, German, Italian, Portuguese and Spanish: "sexta-feira, 22 de outubro de 2010 às 20:13", "3. März 2019".
  /^([\p{L}-]{2,15},?\s+)?\d{1,2}\.?\s+(de\s+)?(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|jänner|februar|märz|april|juni|juli|august|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|novembro|dezembro|enero|febrero|mayo|junio|septiembre|setiembre|octubre|noviembre|diciembre)\s+(de\s+)?\d{4}\b.{0,40}$/iu,
  /^(image|photo|picture|foto|bild)\s*(:|copyright|credit)/iu,
  /^(©|\(c\)|copyright)\s/iu,
  /^(read|see|watch|listen|click|tap)\s+(more|also|next|here)\s*:?\s*$/iu,
  // a signature with the place it was written from: "Claire Dubois (Lyon, correspondante)"
  /^[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){1,3}\s*\([^()]{2,60}\)\.?$/u,
  // an opinion page's disclaimer: "The views expressed in this column are the author's own."
  /^(the )?(views|opinions) expressed (in this|here|above|are)\b.{0,140}$/iu,
  // "This article appears in the September 2019 issue.", "A version of this story appeared in print on …"
  /^(a version of )?this (article|story|piece|essay) (also )?(appears|appeared|was published|ran) (in|on)\b.{0,100}$/iu,
  // an affiliate disclosure: "We may earn a commission when you buy through links on this page."
  // ("… we may earn an affiliate commission."; "As an Amazon Associate I earn from qualifying purchases.")
  /^(this|the) (post|article|page|story|review) (may )?contains? (affiliate|sponsored) links\b.{0,160}$/iu,
  /^([^.]{0,120}\.\s+)?as an amazon associate,? (i|we) earn from qualifying purchases\b.{0,80}$/iu,
  /\b(may|might|could|will) (earn|receive|get|collect) (an? )?(small )?(commission|share of (the )?(sales|revenue)|affiliate (fee|commission))\b.{0,120}$/iu,
  // a closing editor's or writer's credit: "Editor: Bambang Wijaya", "Penulis: Dewi Lestari" (names capitalised)
  /^([Ee]ditor|EDITOR|[Ee]dited by|[Rr]edaktur|REDAKTUR|[Pp]enulis|PENULIS|[Pp]ewarta|PEWARTA)\s*:?\s*[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){0,3}\.?$/u,
  // a wire release's source line: "SOURCE Northwind Robotics" (the word in capitals)
  /^SOURCE\s+\S.{0,80}$/u,
  // a film review's closing credits: "\"The Quiet Harbor.\" Rated PG-13 for language. 112 minutes. In theaters."
  /^(["“][^"”]{1,80}["”]\.?\s+)?(Rated\s+(G|PG|PG-13|R|NC-17|TV-[\w-]+)|Not rated|Unrated)\b.{0,140}$/u,
  // an agency's source line: "المصدر : الجزيرة + رويترز"
  /^المصدر\s*[:：]\s*.{1,80}$/u,
  // a time before the date: "15:42 15.06.2022 (обновлено: 16:05 15.06.2022)"
  /^\d{1,2}:\d{2},?\s+\d{1,2}[./-]\d{1,2}[./-](\d{4}|\d{2})\b.{0,60}$/u,
  // a Japanese portal's date line, "3/10(木) 19:05配信", "最終更新:3/10(木) 19:05 …", or a date written "2022年3月10日"
  /^(最終更新[:：]?\s?)?\d{1,2}\/\d{1,2}\s?[（(][日月火水木金土][)）]\s?\d{1,2}:\d{2}.{0,30}$/u,
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,30}$/u,
  // a Korean paper's date ("승인 2022.05.02 14:21", "입력 2022-05-02") and reporter lines ("김민준 기자 mjkim@…", "기자명 김민준")
  /^(승인|입력|수정|등록|기사입력|최종수정|업데이트)\s?[:：]?\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}.{0,30}$/u,
  /^[\p{L}]{2,4}\s?(기자|특파원)(\s+\S+@\S+)?$/u,
  /^기자명\s.{0,40}$/u,
  // a count of comments alone: "댓글 0", "12 comments", "Kommentare (3)"
  /^(\d+\s)?(comments?|kommentare?|commentaires?|comentarios?|댓글|コメント)\s?[(（]?\d*[)）]?$/iu,
  // a wire's credit in Indian papers: "(With inputs from PTI)", "With agency inputs"
  /^\(?(with (inputs|input) from|with (agency|wire) inputs)\b.{0,60}$/iu,
  // a byline in Chinese: "記者陳怡君／台中報導", "记者 王磊 北京报道", "文／林家豪", "責任編輯：…", with a date or not
  /^[【[]?(記者|记者|文\s?[／/]|撰文\s?[／/:：]|責任編輯|责任编辑|編輯|编辑)\s?[\p{L}\s]{1,20}([／/]?\s?[\p{L}]{0,8}(報導|报道|綜合報導|综合报道))?[】\]]?[\s\d:：/.-]{0,24}$/u,
  // a newsroom's call for tips: "Have a news tip? Email … or call …"
  /^((do you )?have|got) an? ([^\s?]+ ){0,2}tip( for (us|our reporters?|the newsroom))?\s*\?.{0,140}$/iu,
  // a wire story's closing credits and update notes: "— With assistance from Grant Smith", "(Updates with prices in second paragraph.)"
  /^[—–-]?\s*with assistance (from|by)\b.{0,120}$/iu,
  /^\((updates|adds|recasts|corrects|changes|rewrites|refiles) (with|to|throughout|headline|paragraph|byline|dateline|comment|details)\b.{0,120}\)\.?$/iu,
];

/** The heading of an author box: "Written by Hana Okafor", "About the author", "Über die Autorin". */
const AUTHOR_BOX = /^(written by|about the (author|writer)|über (den autor|die autorin)|zur person|à propos de l'auteur|sobre (el autor|la autora)|sull'autore)\b/iu;

/**
 * A note on who wrote the article, closing it: "Nora Beck is a writer based in
 * Portland. Her last piece for the Review was …". Only dropped at the end.
 */
const AUTHOR_NOTE =
  /^([\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){1,3}\s+(is|was|has been)|I['’]m|I am)\s+(an?|the)\s+[^.]{0,80}\b(writer|reporter|journalist|editor|correspondent|contributor|columnist|author|producer|photographer|critic|intern|fellow|teacher|professor|lecturer|researcher|economist|historian|lawyer|attorney|physician|scientist|analyst|consultant|founder)\b/u;

/**
 * A closing call to get the publication's app or to read more of its news there: "Download
 * The Mint News App to get Daily Market Updates" (at the story's end only: a story's own
 * sentence may tell readers to download an app).
 */
const APP_CALL = /\b(download|get|install) (the |our )?([^\s.]+ ){0,4}(news )?app\b/iu;

/** The head of a press release's contact block: "Media Contact:", "Press inquiries", "Contacts presse". */
const CONTACT_HEAD = /^(media|press|investor|news) (contacts?|relations|inquiries|enquiries)\b.{0,80}$|^contacts? presse\b.{0,80}$|^(pressekontakt|contacto de prensa)\b.{0,80}$/iu;

/** How to reach the writer, closing the article: "Walt Greene can be reached at …". Only dropped at the end. */
const AUTHOR_CONTACT = /^[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){1,3}\s+(can|may) be (reached|contacted|emailed)\s+(at|by|via|on)\b.{0,200}$/u;

/** How to cite the article, or its copyright notice: long lines, but metadata all the same. */
const CITATION = /^(citation|cite this article|this (document|article|story|content) is (subject to|protected by) copyright)\b/iu;

/** Link lines and promos inside the body. */
const PROMO_LINE: readonly RegExp[] = [
  /^(read|see|watch)\s+(more|also|next)\s*:/iu,
  // "ALSO READ: ", "Related story | ", and the same lead-ins in German, French, Spanish, Italian and Portuguese.
  /^(also read|related (story|post|article|coverage|content)|lesen sie (auch|mehr)|mehr zum thema|(à )?lire aussi|(lee|leé|mira|mirá) (también|más)|leggi anche|(leia|veja) (também|mais))\s*[:|]/iu,
  // the same in Polish, Russian, Indonesian, Hindi, Vietnamese and Arabic
  /^((czytaj|przeczytaj|zobacz) (też|także|również)|читайте (также|ещё|еще)|baca juga|(यह|ये) भी (पढ़ें|पढ़िए)|(xem thêm|tin liên quan)|اقرأ (أيضا|أيضاً))\s*[:|]/iu,
  // Thai's "อ่านเพิ่มเติม" ("read more") before a headline, no colon
  /^อ่านเพิ่มเติม\s*[:|]?\s/u,
  // Turkish's "İLGİLİ HABER" before a headline, colon or not ("İ" is no "i" to the `i` flag)
  /^[iİ]lg[iİ]l[iİ] haber(ler)?\s*[:|]?\s/iu,
  /^(related|more)\s*:\s/iu,
  /^(subscribe|sign up|newsletter|get (our|the) .{0,40}(newsletter|emails?|alerts))\b.{0,120}$/iu,
  /\b(delivered|straight) to your inbox\b/iu,
  /\bdelivered (daily|weekly|every|weekday)/iu,
  /^[\p{L}\s]{0,30}\b(emails|newsletters?|alerts)$/iu,
  /\bsubscribe to\b.{0,60}\b(newsletter|channel|podcast|mailing list)\b/iu,
  /^(read|see|watch)\s+(more|also)$/iu,
  // an upsell ending on the plan and its button: "… with a Market Wire Pro subscription. Learn more"
  /\b(with|via|through) an? [^.]{0,40}\b(subscription|membership)\.?\s*(learn more|subscribe( now)?|try it( free)?|sign up|find out more)$/iu,
];

/** The same lead-ins before a link with no colon between: "Lire aussi Pollution : des capteurs …" (the link most of the line). */
const LEAD_IN = /^(also read|read also|lesen sie auch|(à )?lire aussi|lee también|leggi anche|leia também)\s+\S/iu;

/**
 * An appeal to pay for or join what was just read: "If you enjoyed this
 * article, we have a proposition for you: join …", "If you value our
 * journalism, please support us".
 */
const SUPPORT_APPEAL = /^if you('ve)? (enjoyed|liked|like|loved|love|appreciated?|valued?|found value in|want more)\b.{0,80}\b(article|story|piece|post|journalism|reporting|newsletter|coverage|work)\b.{0,300}\b(join|subscribe|support|donate|become an? (paying )?(member|subscriber|supporter|patron))\b/iu;

/** Whether a leaf block's text is a support appeal. */
function isAppeal(text: string): boolean {
  return text.length < 600 && SUPPORT_APPEAL.test(text);
}

/**
 * A short line that credits a picture wherever it stands: "Image: …", "Photo
 * credit: …", "Name/Agency/Getty Images", "photos © …".
 */
const CREDIT_LINE: readonly RegExp[] = [
  /^\(?(image|photo|picture|foto|bild|фото|credit|crédit|crédito|source|quelle|fonte|fuente|источник)s?(\s+(credit|copyright|courtesy|by))?\s*:/iu,
  /^\(?(image|photo|picture)s?\s+(copyright|credit|courtesy)\b/iu,
  /^[^.!?]{0,80}[|/]\s*(getty images|shutterstock|istock(photo)?|afp|ap photo|reuters|epa|bloomberg|alamy)\s*$/iu,
  /\b(photos?|images?|pictures?|fotos?)\s*(©|\(c\))/iu,
];

/** A caption line that ends with its credit: "… (Image: …)". */
const CREDITED_CAPTION = /\((image|photo|picture|foto|bild|credit)s?\s*:[^()]{0,80}\)$/iu;

/** Whether a leaf block's text credits a picture (alone, or after its caption). */
function isCredit(text: string): boolean {
  return (text.length < 120 && CREDIT_LINE.some((re) => re.test(text))) || (text.length < 250 && CREDITED_CAPTION.test(text));
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, dt, dd, div';

/**
 * Readability puts the text of a `div` that holds only a line in a new `p`, then
 * puts that `p` in the div's place without the div's class: `<div
 * class="media__caption">…</div>` comes out a bare `<p>`, and the running text can
 * no longer tell a caption (or a standfirst, or a recipe card's details). Before
 * Readability runs, such a div's line goes in a
 * `span` that carries the div's class and id (as classes): phrasing content, so
 * Readability makes the same `p` of it, and the span, its class kept, is in that
 * `p`. Only a div of plain text, 300 characters at most, with a class name the
 * running text reads (captions, credits, standfirsts): wrapping a div that held
 * markup of its own changed what Readability kept of a gallery beside it
 * (timesunion's "Image 1 of 1").
 */
export function holdLineClasses(root: Element): void {
  for (const div of Array.from(root.querySelectorAll('div[class], div[id]'))) {
    const hint = markupOf(div);
    if (!CAPTION_HINT.test(hint) && !STANDFIRST_HINT.test(hint) && !RECIPE_META.test(hint)) continue;
    const length = collapseSpace(div.textContent ?? '').length;
    if (!length || length > 300 || div.firstElementChild) continue;
    const line = div.ownerDocument.createElement('span');
    line.setAttribute('class', hint);
    while (div.firstChild) line.appendChild(div.firstChild);
    div.appendChild(line);
  }
}

/** `title`: the article's title, which a page may repeat as the body's first line (a layout with no heading tags). */
export function articleBodyText(content: Element, title = ''): string {
  const skip = new Set<Element>();
  const scope = mainScope(content);
  if (scope !== content) skipOutside(content, scope, skip);
  for (const el of content.querySelectorAll('figcaption, [class], [id]')) {
    const markup = markupOf(el);
    if (el.tagName === 'FIGCAPTION' || CAPTION_HINT.test(markup)) {
      if (!el.querySelector('p p') && (el.textContent ?? '').length < 600) skip.add(el);
    } else if ((RECIPE_META.test(markup) || BREADCRUMB.test(markup)) && (el.textContent ?? '').length < 300) skip.add(el);
  }
  // A figure is the picture, chart or player with its caption and credits, unless it holds
  // a quote, code, a table or paragraphs of its own (a misused figure around the story).
  for (const figure of content.querySelectorAll('figure')) {
    if (figure.querySelector('blockquote, pre, table')) continue;
    if (Array.from(figure.querySelectorAll('p')).filter((p) => !p.closest('figcaption')).length >= 3) continue;
    skip.add(figure);
  }
  skipStandfirst(content, skip);
  skipKeyPoints(content, skip);
  let length = -1;
  const contentLength = () => (length < 0 ? (length = collapseSpace(content.textContent ?? '').length) : length);
  const alts = new Set<string>();
  for (const img of content.querySelectorAll('img')) {
    const alt = collapseSpace(img.getAttribute('alt') ?? '').toLowerCase();
    if (alt.length > 10) alts.add(alt);
    const caption = captionAfter(img);
    if (caption) skip.add(caption);
  }
  for (const el of content.querySelectorAll(BLOCK_SELECTOR)) {
    if (el.querySelector(BLOCK_SELECTOR)) continue; // leaf blocks only
    const text = collapseSpace(el.textContent ?? '');
    if (!text) continue;
    if (alts.has(text.toLowerCase())) skip.add(el);
    else if (isCredit(text)) skip.add(captionBlock(el, content, contentLength));
    // A player's or gallery's title: "Video: Margaret's emotional finish", no sentence of the story.
    else if (text.length < 120 && MEDIA_TITLE.test(text) && !SENTENCE_END.test(text)) skip.add(el);
    // A whole line that is a link in capitals: a "read this too" teaser, not the story's text.
    else if (text.length < 200 && !/^H[1-6]$/.test(el.tagName) && linkDensity(el) >= 0.9 && /\p{Lu}/u.test(text) && text === text.toUpperCase()) skip.add(el);
    else if (isAppeal(text)) skip.add(appealBox(el, content));
    else if (el.tagName !== 'LI' && text.length < 200 && isPromoLine(el, text)) skip.add(el);
    else if (text.length < 300 && isContentsLine(el)) skip.add(el);
    // A machine transcript's disclaimer: "This transcript was produced by a machine and edited for clarity."
    else if (text.length < 300 && TRANSCRIPT_NOTE.test(text)) skip.add(el);
    // An inline video's promo: "VIDEO 03:12" over its title, with the box around them.
    else if (text.length < 24 && VIDEO_DURATION.test(text)) skip.add(promoOf(el, content));
    // A live blog's time stamp over each entry ("15:42", "9:02am GMT"): a time alone is no sentence of the story. Not a table's or a list's cell.
    else if (text.length < 24 && TIME_ONLY.test(text) && !/^(TD|TH|LI|DT|DD)$/.test(el.tagName)) skip.add(el);
  }
  skipContentsLists(content, skip);
  skipTrailingLinkLists(content, skip);
  const blocks = blockText(content, (el) => skip.has(el)).split('\n\n');
  return trimMeta(blocks, title).join('\n\n');
}

/** A video's label and length: "VIDEO 03:12", "Watch 1:02:45". */
const VIDEO_DURATION = /^(video|watch)\s+\d{1,2}:\d{2}(:\d{2})?$/iu;

/** The box of a promo line, when it holds little more than it (a video's label, length and title); else the line. */
function promoOf(el: Element, content: Element): Element {
  const box = el.parentElement;
  return box && box !== content && box.children.length <= 4 && collapseSpace(box.textContent ?? '').length < 200 ? box : el;
}

/**
 * A summary in points above the story: "Key Points", "Key takeaways", "Highlights" and the
 * list under it (the aeb truths leave such boxes out, as they do standfirsts).
 */
const KEY_POINTS = /^(key (points|takeaways|facts)|(story )?highlights|at a glance|in brief|what you need to know|tl;? ?dr|das wichtigste in kürze|en bref|l'essentiel|en resumen|lo esencial|in sintesi)\s*:?$/iu;

function skipKeyPoints(content: Element, skip: Set<Element>) {
  for (const el of content.querySelectorAll('p, div, h2, h3, h4, h5, span, strong')) {
    if (el.tagName === 'P' && textWeight(collapseSpace(el.textContent ?? '')) >= 100) return; // the story has begun
    const text = collapseSpace(el.textContent ?? '');
    if (el.children.length > 1 || !KEY_POINTS.test(text)) continue;
    // The title's own box: the wrappers around it that hold nothing else.
    let title: Element = el;
    while (title.parentElement && title.parentElement !== content && !title.nextElementSibling && collapseSpace(title.parentElement.textContent ?? '') === text) title = title.parentElement;
    const list = title.nextElementSibling;
    if (!list || !/^(UL|OL)$/.test(list.tagName)) continue;
    skip.add(title);
    skip.add(list);
    return;
  }
}

/** A transcript's note on how it was made. */
const TRANSCRIPT_NOTE = /^(this|the) transcript (was|has been|is) (automatically |machine[- ])?(produced|generated|created|transcribed|edited|lightly edited)\b/iu;

/** A time of day alone, with its zone: "15:42", "9.02 am", "3:42pm ET", "17.45 Uhr", "14h05". */
const TIME_ONLY = /^\d{1,2}[:.h]\d{2}(\s?(am|pm|a\.m\.|p\.m\.|uhr|h))?(\s?(gmt|bst|utc|cet|cest|et|est|edt|pt|pst|pdt|ct|cst|cdt|mez|msk))?$/iu;

/**
 * A link line or promo inside the body (a list item aside: a how-to's "Sign up …" step):
 * a `PROMO_LINE` that is mostly link, no sentence, or boxed with a subscribe button; or a
 * lead-in before a link that is most of the line.
 */
function isPromoLine(el: Element, text: string): boolean {
  if (PROMO_LINE.some((re) => re.test(text))) return linkDensity(el) > 0.5 || !SENTENCE_END.test(text) || /inbox|subscribe|sign up/i.test(promoBox(el));
  return LEAD_IN.test(text) && linkDensity(el) > 0.5;
}

/** Whether a link goes to a place on the page itself ("#how-we-tested"), as a table of contents' links do. */
function inPageLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  // Readability makes links absolute, all but those to the document's own address.
  return hash > 0 && hash < href.length - 1 && href.slice(0, hash) === a.ownerDocument.URL.replace(/#.*$/, '');
}

/** A line of links to the article's own sections: "Jump to: Best overall · Best budget · How we tested". */
function isContentsLine(el: Element): boolean {
  const links = el.querySelectorAll('a');
  if (links.length < 2 || linkDensity(el) < 0.6) return false;
  for (const a of links) if (!inPageLink(a)) return false;
  return true;
}

/** The title of a table of contents: "Contents", "In this article", "Jump to". */
const CONTENTS_TITLE = /^(table of contents|contents|in this (article|story|guide|post|page)|on this page|jump to( section)?|skip to|inhaltsverzeichnis|inhalt|sommaire|índice|contenido|indice|sumário)\s*:?$/iu;

/**
 * A table of contents as a list: three or more items, each a link to a section of the
 * page and nothing else, with its title above it ("Contents", "In this article").
 */
function skipContentsLists(content: Element, skip: Set<Element>) {
  for (const list of content.querySelectorAll('ul, ol')) {
    const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
    if (items.length < 3) continue;
    const contents = items.every((li) => {
      const links = li.querySelectorAll(':scope > a, :scope > * > a');
      return links.length >= 1 && Array.from(links).every(inPageLink) && linkDensity(li) >= 0.9;
    });
    if (!contents) continue;
    skip.add(list);
    const title = list.previousElementSibling;
    if (title && CONTENTS_TITLE.test(collapseSpace(title.textContent ?? ''))) skip.add(title);
  }
}

/** Standfirst and kicker markup above the story's first paragraph (class names, which the reader keeps). */
function skipStandfirst(content: Element, skip: Set<Element>) {
  const hinted = (el: Element) => STANDFIRST_HINT.test(markupOf(el));
  const inHinted = (el: Element) => {
    for (let node: Element | null = el; node && node !== content; node = node.parentElement) if (hinted(node)) return true;
    return false;
  };
  for (const el of content.querySelectorAll('p, div, h2, h3, h4, span')) {
    if (hinted(el)) {
      if (collapseSpace(el.textContent ?? '').length < 400 && !el.querySelector('p p')) skip.add(el);
    } else if (el.tagName === 'P' && collapseSpace(el.textContent ?? '').length >= 100 && !inHinted(el)) {
      return; // the story has begun
    }
  }
}

/**
 * After the last paragraph: lists whose every item is a link ("More stories"),
 * with the heading above them, and lines that are one link each.
 */
function skipTrailingLinkLists(content: Element, skip: Set<Element>) {
  const skipped = (el: Element) => {
    for (let node: Element | null = el; node && node !== content; node = node.parentElement) if (skip.has(node)) return true;
    return false;
  };
  const paragraphs = Array.from(content.querySelectorAll('p')).filter((p) => textWeight(collapseSpace(p.textContent ?? '')) >= 80 && linkDensity(p) < 0.5 && !skipped(p));
  const last = paragraphs.at(-1);
  if (!last) return;
  // An author box after the story ("Written by …", "About the author"): a byline at length.
  for (const heading of content.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!(last.compareDocumentPosition(heading) & 4) || !AUTHOR_BOX.test(collapseSpace(heading.textContent ?? ''))) continue;
    const box = heading.parentElement;
    if (box && box !== content && collapseSpace(box.textContent ?? '').length < 600 && !box.contains(last)) skip.add(box);
    else skip.add(heading);
  }
  // Lines of links after it: a paragraph, or a box of inline links (a row of tags).
  for (const p of content.querySelectorAll('p, div')) {
    if (p.tagName === 'DIV' && p.querySelector(LINE_BLOCKS)) continue;
    if (last.compareDocumentPosition(p) & 4 && !p.closest('blockquote') && collapseSpace(p.textContent ?? '').length < 200 && (linkDensity(p) >= 0.9 || onlyLinks(p))) skip.add(p);
  }
  for (const list of content.querySelectorAll('ul, ol')) {
    if (!(last.compareDocumentPosition(list) & 4)) continue; // not after the last paragraph
    const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
    if (items.length < 2) continue;
    const heading = list.previousElementSibling;
    const title = collapseSpace(heading?.textContent ?? '');
    const headed = !!heading && title.length > 0 && title.length < 80 && (/^H[1-6]$/.test(heading.tagName) || heading.tagName === 'P');
    // Every item a link; or, under a heading that is not a sentence ("More great stories"), every item a short line with a link in it.
    const teasers = headed && !/[.:?!]$/.test(title) && items.every((li) => collapseSpace(li.textContent ?? '').length < 160 && linkDensity(li) >= 0.3);
    if (!teasers && !items.every((li) => linkDensity(li) >= 0.9)) continue;
    skip.add(list);
    if (headed) skip.add(heading);
  }
}

/** What a box of inline links holds none of. */
const LINE_BLOCKS = 'p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, figure, pre';

/** Whether a line is links and the marks between them ("E-mail this story | Print | Back to top"). */
function onlyLinks(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length < 2) return false;
  let rest = el.textContent ?? '';
  for (const a of links) rest = rest.replace(a.textContent ?? '', '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Drops date, byline and credit lines before the first paragraph and after
 * the last one (with the scraps around them: "By", an agency name alone).
 */
function trimMeta(blocks: string[], title: string): string[] {
  const heading = comparable(title);
  const isMeta = (b: string) => (b.length < 160 && (META_LINE.some((re) => re.test(b)) || repeatsTitle(comparable(b), heading))) || (b.length < 400 && CITATION.test(b));
  const isScrap = (b: string) => b.length < 25 && !/[.!?:]$/.test(b) && !/\d/.test(b) && b.split(' ').length <= 3;
  // The story's first paragraph: a long line that is no meta line (an affiliate disclosure above it is).
  const isLong = (b: string) => textWeight(b) >= 100 && !isMeta(b);
  let firstLong = blocks.findIndex(isLong);
  // A standfirst: one or two lines of summary above the date or byline that opens the story.
  if (firstLong >= 0 && firstLong <= 1) {
    const meta = blocks.findIndex((b, i) => i > firstLong && i <= firstLong + 2 && isMeta(b));
    const before = blocks.slice(0, meta);
    // Only the summary itself is long: no paragraph of the story stands between it and the date.
    if (meta > 0 && before.every((b, i) => (i === firstLong ? b.length < 400 : b.length < 100) && !isMeta(b)) && blocks.slice(meta + 1).some((b) => b.length >= 100)) {
      blocks = blocks.slice(meta);
      firstLong = blocks.findIndex(isLong);
    }
  }
  // A short standfirst (under 100 characters) above the date that opens the story: the lead is one
  // or two such lines, then the date, then the story.
  if (firstLong >= 2 && firstLong <= 3) {
    const meta = blocks.findIndex((b, i) => i < firstLong && isMeta(b));
    if (meta >= 1 && blocks.slice(0, meta).every((b) => !isMeta(b) && b.length >= 40 && /[.!?»"”]$/.test(b))) {
      blocks = blocks.slice(meta);
      firstLong = blocks.findIndex(isLong);
    }
  }
  const lead = firstLong < 0 ? 0 : firstLong;
  // Meta lines go, and up to two scraps on either side of one ("By", an agency name alone),
  // not every short line of the lead (a table's cells).
  const metaAt = blocks.slice(0, lead).map(isMeta);
  const drop = [...metaAt];
  metaAt.forEach((isLine, m) => {
    if (!isLine) return;
    for (const step of [-1, 1]) {
      for (let i = m + step, hops = 0; hops < 2 && i >= 0 && i < lead && !metaAt[i] && isScrap(blocks[i]); i += step, hops++) drop[i] = true;
    }
  });
  const head = blocks.slice(0, lead).filter((_, i) => !drop[i]);
  let end = blocks.length;
  // A closing contact block: "Media Contact:" and the short lines of a name, an address, a phone number.
  const contact = blocks.findIndex((b, i) => i > lead && CONTACT_HEAD.test(b));
  if (contact > 0 && blocks.slice(contact).every((b) => b.length < 120)) end = contact;
  while (end > lead && (isMeta(blocks[end - 1]) || (blocks[end - 1].length < 400 && (AUTHOR_NOTE.test(blocks[end - 1]) || AUTHOR_CONTACT.test(blocks[end - 1]) || APP_CALL.test(blocks[end - 1]))))) end--;
  return [...head, ...blocks.slice(lead, end)];
}

/**
 * Whether a line (as `comparable`) is the title: the whole of it, or the start of a page
 * title that goes on with the site's name ("… 混雑緩和狙う（西都新聞） - ニュースポータル"),
 * at least half of it.
 */
function repeatsTitle(line: string, title: string): boolean {
  if (title.length < 10 || line.length < 10) return false;
  return line === title || (title.startsWith(`${line} `) && line.length * 2 >= title.length);
}

/** A line as compared with the title: lower case, letters, digits and single spaces. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The smallest element that holds about 90% of the running text (paragraphs, lists, quotes, code, headings, tables). */
function mainScope(content: Element): Element {
  const total = paragraphText(content);
  if (total < 500) return content;
  let scope = content;
  for (;;) {
    let next: Element | null = null;
    for (const child of scope.children) {
      if (paragraphText(child) >= total * 0.9) {
        next = child;
        break;
      }
    }
    if (!next) return scope;
    scope = next;
  }
}

function paragraphText(el: Element): number {
  let n = 0;
  // A table counts as a whole (a list article's table of entries is its story, not the references after it).
  for (const p of el.querySelectorAll('p, li, blockquote, pre, h2, h3, h4, table')) if (!p.parentElement?.closest('p, li, table')) n += collapseSpace(p.textContent ?? '').length;
  if (el.matches('p, li, blockquote, pre, table')) n += collapseSpace(el.textContent ?? '').length;
  return n;
}

/** Everything outside `scope`, except headings that introduce it. */
function skipOutside(content: Element, scope: Element, skip: Set<Element>) {
  for (let node: Element | null = scope; node && node !== content; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && !/^H[1-6]$/.test(sibling.tagName)) skip.add(sibling);
    }
  }
}

/**
 * The caption a credit line ends: the credit alone, or the small wrapper that
 * holds it and a line or two of caption (no more than a caption's length).
 */
function captionBlock(credit: Element, content: Element, contentLength: () => number): Element {
  const wrapper = credit.parentElement;
  if (!wrapper || wrapper === content || wrapper.children.length > 3) return credit;
  const text = collapseSpace(wrapper.textContent ?? '');
  if (text.length > 600 || text.length * 2 > contentLength()) return credit;
  if (Array.from(wrapper.children).some((child) => child.querySelector(BLOCK_SELECTOR))) return credit;
  return wrapper;
}

const BLOCK_TAGS = /^(P|DIV|SECTION|FIGCAPTION|H[1-6]|UL|OL|TABLE|BLOCKQUOTE|PRE|DL|FIGURE|HEADER|FOOTER|ASIDE)$/;
/** Elements that sit inside a line of text (an image, the link or span around it). */
const INLINE_TAGS = /^(IMG|PICTURE|SVG|A|SPAN|B|STRONG|I|EM|U|SMALL|SUP|SUB|MARK|FONT|CODE|ABBR|CITE|Q|S|LABEL)$/;

/** A promo line's text with the small box around it, where its "Subscribe" button often stands apart. */
function promoBox(el: Element): string {
  const box = el.parentElement;
  const text = collapseSpace(box?.textContent ?? '');
  return box && text.length < 300 ? text : collapseSpace(el.textContent ?? '');
}

/**
 * A support appeal with the box it stands in: its heading ("Something to
 * consider"), its button, the same appeal in another length for phones. The
 * box grows while what it holds besides appeals stays under 80 characters.
 */
function appealBox(el: Element, content: Element): Element {
  let box = el;
  for (let parent = el.parentElement; parent && parent !== content; parent = parent.parentElement) {
    let rest = collapseSpace(parent.textContent ?? '').length;
    for (const block of parent.querySelectorAll('p, div, li, blockquote')) {
      const text = collapseSpace(block.textContent ?? '');
      if (!block.querySelector('p, div, li, blockquote') && isAppeal(text)) rest -= text.length;
    }
    if (rest >= 80) break;
    box = parent;
  }
  return box;
}

/** Whether all of a line's text is set in italics (`<p><em>…</em></p>`), as captions often are. */
function italicOnly(el: Element, text: string): boolean {
  let italic = '';
  for (const i of el.querySelectorAll('em, i')) if (!i.parentElement?.closest('em, i')) italic += i.textContent ?? '';
  return collapseSpace(italic).length === text.length;
}

/** Whether text other than blanks stands between two siblings. */
function textBetween(from: Node, to: Node): boolean {
  for (let node = from.nextSibling; node && node !== to; node = node.nextSibling) {
    if (node.nodeType === 3 && collapseSpace(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Whether text follows an inline element before the next block (line breaks and
 * inline markup between), looking a few nodes ahead only: a run of thousands of
 * inline images must not cost a scan each.
 */
function textBeforeBlock(from: Element): boolean {
  let left = 32;
  for (let node = from.nextSibling; node && left > 0; node = node.nextSibling, left--) {
    if (node.nodeType === 3 && collapseSpace(node.nodeValue ?? '')) return true;
    if (node.nodeType === 1 && BLOCK_TAGS.test((node as Element).tagName)) return false;
  }
  return false;
}

/**
 * Whether text precedes an inline node in its line (inline markup between),
 * looking a few nodes back only, as `textBeforeBlock` looks ahead.
 */
function textBeforeInLine(node: Node): boolean {
  let left = 32;
  for (let prev = node.previousSibling; prev && left > 0; prev = prev.previousSibling, left--) {
    if (prev.nodeType === 3 && collapseSpace(prev.nodeValue ?? '')) return true;
    if (prev.nodeType === 1) {
      if (BLOCK_TAGS.test((prev as Element).tagName)) return false;
      if (collapseSpace(prev.textContent ?? '')) return true;
    }
  }
  return false;
}

/** A short caption line right after an image (its next block sibling, or its wrapper's). */
function captionAfter(img: Element): Element | null {
  let node: Element | null = img;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    // The image is inline in a line of text ("Therefore if [formula]."): what follows is the story's.
    if (INLINE_TAGS.test(node.tagName.toUpperCase()) && textBeforeInLine(node)) return null;
    const next = node.nextElementSibling;
    if (next) {
      // The image sits in running text, or the line after it leads straight into more (`<b>…</b><br>text`).
      if (textBetween(node, next) || (!BLOCK_TAGS.test(next.tagName) && textBeforeBlock(next))) return null;
      const text = collapseSpace(next.textContent ?? '');
      const short = text.length > 0 && text.length < 220;
      if (/^(H[1-6]|UL|OL|TABLE|BLOCKQUOTE|PRE)$/.test(next.tagName)) return null; // a heading or list is text
      // A paragraph after an image is a caption when it names a picture, or when the two are all their wrapper holds.
      const pair = node.parentElement?.children.length === 2 && !collapseSpace(node.textContent ?? '');
      if (short && !next.querySelector('img, p, h1, h2, h3, h4, h5, h6, li') && (next.tagName !== 'P' || pair || italicOnly(next, text) || /\b(photo|image|getty|reuters|ap|afp|credit|file|pictured)\b/i.test(text))) {
        return next;
      }
      return null;
    }
  }
  return null;
}
