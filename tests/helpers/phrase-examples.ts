/** Positive and negative labels per phrase list, in several languages. */
export const TABLE: Record<string, { yes: string[]; no: string[] }> = {
  RELATED_HEADING: {
    yes: ['Related Headlines', "Related Internet Links", "Related external links", 'Related post', 'Related story', 'Más información', 'Related Articles', 'Related', 'More on this story', 'More from The Guardian', 'You may also like', 'Read also:', 'Read next →', 'Most read', 'Popular Posts', 'Next Up In Science & Health', 'The Latest', 'Recommended for you based on your reading', 'Next article', 'Ähnliche Artikel', 'Mehr zum Thema', 'Lesen Sie auch', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Sur le même sujet', 'Les plus lus', 'Artículos relacionados', 'Te puede interesar', 'Lo más leído', 'Leggi anche', 'Leia também', 'Latest news', 'Latest Videos', 'Latest stories from Harbour Times', 'Neueste Nachrichten', 'Dernières actualités', 'Últimas noticias', 'Must watch', 'Must Read Stories', 'What’s Next', 'Latest Apple Headlines', 'Latest Sports News', 'Today’s Headlines', 'More Related Stories', 'More Features', 'More Videos', 'Related publications', 'More in Opinion', 'Read more from Market Wire', 'Popular in Gear', 'Read this next', 'Watch this next', 'Recent Press Releases', 'Related to this story', 'Mirá también:', 'Más notas de Ciudad', 'Other news from Northwind Robotics', 'Related Terms', 'Recent posts', 'Latest Updates', 'İLGİLİ HABER', 'İlgili Haberler', 'यह भी पढ़ें:', 'संबंधित खबरें', 'सबसे ज्यादा पढ़ी गई', 'Tin liên quan', 'Xem thêm', 'Đọc nhiều nhất', 'Có thể bạn quan tâm', 'ข่าวที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'ข่าวยอดนิยม'],
    no: ["Related internet links were cut off by the outage", 'Related stories are hard to find', 'Más información sobre el puerto llegará el lunes', 'Latest harbour figures show a fall in ferry use', 'Today’s headlines were about the ferry', 'What’s next for the harbour plan', 'Must the ferry stop running?', 'Latest figures show a fall in ferry use', 'The latest news from the council was good', 'Related: the authority’s survey found that appliances are discarded', 'How we reported this story', 'Drought reveals drowned village', 'Readers respond to the plan', 'Morenews', 'Popular posts on the forum are moderated daily', 'The latest figures show a fall in ferry use', 'Next up in court: the appeal of the harbour master', 'More features than ever in the new phone', 'More videos emerge of the crash', 'More in store for shoppers as prices rise in the new year', 'Popular in the polls, the mayor faces a tougher race in the spring', 'Read this next time you doubt the tide tables', 'Recent press releases show a fall in ferry use', 'Other news from the council was less welcome', 'Related terms of the contract were disputed', 'İlgili bakanlık açıklama yaptı', 'संबंधित विभाग ने जांच शुरू की', 'Tin liên quan đến vụ cháy chợ được cập nhật liên tục trong ngày hôm nay', 'ข่าวดีสำหรับผู้ใช้รถไฟฟ้า'],
  },
  APP_PROMPT: {
    yes: ['Download the app', 'DOWNLOAD THE APP', 'Get Started Now: Download the App', 'Get the Northfield Courier app', 'Install our app for faster reading', 'Open in the app', 'Open in app', 'It’s better in the app', 'Jetzt die App laden', 'Téléchargez l’application', 'Descarga la app'],
    no: ['The app that raised parking fees', 'Is the new tax app better than paper?', 'Opening the app market to rivals', 'Apple unveils a new iPhone', 'Application deadline extended'],
  },
  NEWSLETTER: {
    yes: ['Newsletter « La Matinale »', 'Breaking News Emails', 'News email alerts', 'Newsletter "Morning Brief"', 'Sign up for our newsletter: Down to Earth', 'Get the Morning Wire in your inbox', 'Newsletter', 'Subscribe to our weekly newsletter', 'Newsletter abonnieren', 'Inscrivez-vous à notre newsletter', 'Suscríbete a nuestro boletín', 'Subscribe to Harbour Times’s newsletter', 'Sign up for Ana Ruiz’s weekly digest', 'Pick Six Newsletter', 'Harbour Times Newsletters'],
    no: ['Newsletters return to the parish', 'The leaked emails', 'Breaking news: emails show the deal', 'Subscribe', 'The inbox of a city clerk', 'Newsletters from the 1920s show a different town', 'Subscribers to the newsletter doubled in a year', 'How to start a newsletter', 'Why we closed the parish newsletter', 'Grow your newsletter'],
  },
  COMMENTS: {
    yes: ["Loading comments...", 'Leserkommentare (14)', 'Leser-Kommentare', 'Comments', 'Comments (12)', '3 comments', 'Leave a comment', 'No comments yet...', 'Join the conversation', 'Kommentare', 'Commentaires', 'Comentarios', 'Comment on this article', '2 comments on “A week in the harbour”', 'One thought on “Ferries at dawn”', '14 Responses to "Tide tables"', 'Share what you think'],
    no: ['Leserbriefe an die Redaktion', 'Comment is free but facts are sacred', 'Commenting on the verdict, the judge said', 'No comment from the ministry', 'Three thoughts on the harbour budget', '2 responses to the council’s plan'],
  },
  AI_WIDGET: {
    yes: ['Try Our AI Features', 'Get an AI summary', 'Ask a question about this article', 'Chat with this article', 'Explore with AI', 'New: AI-powered search', 'Artikel zusammenfassen', 'Mit KI zusammenfassen', 'Résumer cet article', 'Resumir con IA', 'Ask AI', 'AI summary', 'KI-Zusammenfassung', 'Résumé par IA', 'Resumen con IA'],
    no: ['AI is changing classrooms', 'AI-powered drones patrol the border', 'Ask the mayor about this story', 'Zusammenfassung der Ergebnisse', 'Try our new crossword', 'Aid agencies warn of famine'],
  },
  SUBSCRIPTION_PROMO: {
    yes: ["Register now for FREE unlimited access to worldwire.example", "Sign up for free access", "Лише для передплатників", "Endast för prenumeranter", 'Subscribe now', 'You have 2 free articles left this month', 'You’ve read 3 of 5 free articles', '1 free story remaining', 'Sie haben noch 2 kostenlose Artikel', 'Il vous reste 1 article gratuit', 'Te quedan 3 artículos gratis', 'Subscribe today for $1 a week', 'Support our journalism', 'Support independent journalism →', 'Support our research', 'Become a member', 'Unlock unlimited access', 'Already a subscriber? Log in', 'Subscribe to continue reading', 'Jetzt abonnieren', 'Unterstützen Sie unabhängigen Journalismus', 'Schon Abonnent?', 'Abonnez-vous dès maintenant', 'Soutenez notre journalisme', 'Déjà abonné ?', 'Suscríbete', 'Hazte socio', 'Apoya el periodismo', '¿Ya eres suscriptor?', 'We’ve noticed you’re adblocking.', 'It looks like you are using an ad blocker', 'Please disable your ad blocker', 'Adblock detected', 'Sie nutzen einen Adblocker', 'Vous utilisez un bloqueur de publicités', 'Estás usando un bloqueador de anuncios', 'Gift this article', 'Give this article', 'Artikel verschenken', 'Offrir cet article', 'Regala este artículo', 'Continue reading with Harbour+', 'Try 4 weeks for $1', 'Weiterlesen mit NK+', 'Jetzt 4 Wochen für 0,99 € testen', 'Poursuivez votre lecture avec Le Quotidien+', 'Sigue leyendo con Diario+', 'Subscribers only', 'Exclusive to subscribers', 'Article réservé aux abonnés', 'Für Abonnenten', 'Exclusivo para suscriptores', 'Try Harbour Premium free for 30 days', 'Try it free for 14 days', 'Start your free trial', 'Start your 7-day free trial now', 'Articolo riservato agli abbonati', 'Conteúdo exclusivo para assinantes', 'Alleen voor abonnees', 'Artykuł tylko dla prenumeratorów', 'この記事は有料会員限定です', '有料会員限定', '本文仅限付费会员', 'この記事が気に入ったらサポートをしてみませんか？'],
    no: ["Register now for the marathon, organisers urge", 'Subscribers complain about price rise', 'You have 30 days to appeal', 'Free articles of association explained', 'Journalism under threat in the region', 'Members vote to strike', 'Support for the plan grows', 'Access to the beach restored', 'Abonnenten verlieren Zugang', 'Les abonnés du club', 'Suscriptores de la plataforma crecen', 'Ad blocking: the unnecessary internet apocalypse', 'How to disable your ad blocker on one site', 'Ad blockers cost publishers millions', 'Gift this article to a friend who needs it? Readers weigh in on the etiquette of sharing paywalled stories', 'Continue reading with caution: the report is long', 'Four weeks for the harbour to reopen after the storm, the council says', 'Drei Wochen für die Sanierung der Brücke und keinen Tag länger, sagt der Bürgermeister', 'Try the ferry for free: the council’s trial starts in May', 'Free trial of the tram ends', 'Abbonati in calo per il teatro', 'Assinantes reclamam do preço', 'Abonnees klagen over bezorging', 'Prenumeratorzy gazety protestują', '会員数が過去最高に'],
  },
  SPONSORED: {
    yes: ["From our sponsor", "Health Solutions From Our Sponsors", 'Sponsored', 'Sponsored content', 'Promoted stories', 'Around the web', 'Advertisement', 'Anzeige', 'Contenu sponsorisé', 'Contenido patrocinado', 'Publicidad', 'From our sponsors', 'Story continues below advertisement', 'Advertisement - Scroll to continue', 'Weiterlesen nach der Anzeige', "La suite après cette publicité", 'La noticia continúa después de la publicidad', 'Ad Feedback', 'Continue reading below', 'Continue reading below the ad', 'Today’s best Corsair Glide 5 deals', 'Advertiser Disclosure', 'विज्ञापन', 'Quảng cáo', 'โฆษณา'],
    no: ["Help from our partners kept the shelter open", 'Sponsors pull out of the tournament', 'Advertising standards watchdog rules on claim', 'Paid leave for carers', 'The story continues below the bridge', 'Ad campaign continues to draw complaints', 'Continue reading below the fold, where the numbers are', 'The best deals of the year were in January', 'Advertisers disclose less than they should', 'विज्ञापन नीति में बदलाव', 'Quảng cáo sai sự thật bị phạt', 'โฆษณาเกินจริงถูกปรับ'],
  },
  CONSENT: {
    yes: ['We value your privacy', 'This site uses cookies', 'Cookie settings', 'Wir respektieren Ihre Privatsphäre', 'Nous respectons votre vie privée', 'Valoramos tu privacidad', 'Szanujemy Twoją prywatność', 'Respeitamos a sua privacidade', 'Wij respecteren je privacy'],
    no: ['Privacy campaigners challenge the new law', 'Cookies and biscuits: a history', 'Prywatność w sieci: nowe przepisy', 'Privacidade dos dados de saúde em debate', 'Privacy van huurders onder druk'],
  },
  FEEDBACK: {
    yes: ["Spotted an error? Let us know", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter", "Fehler gefunden?", 'Was this article helpful?', 'Did you find this page useful?', 'How would you rate this article?', 'Rate this story', 'Found the story interesting?', 'We appreciate your input!', 'Give us feedback', 'Feedback', 'Share your feedback', 'Take our reader survey', 'War dieser Artikel hilfreich?', 'Wie gefällt Ihnen dieser Artikel?', 'Ihre Meinung ist gefragt', 'Cet article vous a-t-il été utile ?', 'Donnez-nous votre avis', 'Votre avis nous intéresse', '¿Te ha resultado útil este artículo?', '¿Fue útil esta noticia?', 'Danos tu opinión', 'Tu opinión nos importa'],
    no: ["Found a mistake in the budget, auditors say", "Fehler gefunden: Brücke muss neu geprüft werden", 'Was this the worst storm in a century?', 'Helpful tips for first-time buyers', 'Rate rises hit borrowers', 'Feedback from the council meeting', 'Survey finds most commuters take the bus', 'Umfrage: Mehrheit für Tempolimit', 'Votre avis sur la réforme des retraites', 'Opinión: el futuro del transporte', 'Is this the end of the high street?'],
  },
  CONSENT_BUTTON: {
    yes: ["Souhlasím", "Přijmout vše", "Súhlasím", "Godkänn alla", "Acceptera alla cookies", "Accepter alle", "Godta alle", "Прийняти всі", 'Continue', 'Weiter', 'Continuer', 'Continuar', 'Prosseguir', 'I Accept', 'Accept all cookies', 'Accept & Close', 'OK, got it', 'Got it!', 'Allow all', 'Alle akzeptieren', 'Ich stimme zu', 'Tout accepter', "J'accepte", 'Aceptar y cerrar', 'Entendido', 'Accetta tutti', 'Akkoord', 'Ik snap het', 'Begrepen', 'Принять все', '同意する', 'Przejdź do serwisu'],
    no: ['Continue reading', 'Weiterlesen', 'Accept the offer', 'Cookie settings', 'Manage preferences', 'Read more', 'Reject all', 'Close the account', 'Okay Cupid', 'Subscribe'],
  },
  // What is left of a heading once the site's name is taken out (see `withoutSiteName`).
  SITE_NAMED_RAIL: {
    yes: ['More', 'More from', 'Today on', 'Elsewhere on …', 'Video Picks', 'Videos', 'Top stories', 'Mehr von', 'Plus de', 'Más de', 'Mais do', 'Favorites', 'Our favourites'],
    no: ['More rain expected', 'Picks of the week ahead', 'Videos show the flood', 'On'],
  },
  SITE_NAMED_NEWSLETTER: { yes: ['Business newsletter', 'Newsletter', 'Daily Briefing', 'Breaking emails'], no: ['Newsletter writers weigh in on the new platform', 'Read the whole briefing'] },
  TICKER: { yes: ['Breaking', 'Breaking news', 'Live', 'Eilmeldung', 'Dernière minute', 'Última hora'], no: ['Breaking the silence on rural poverty', 'Living with floods'] },
  SOCIAL: { yes: ["Follow me on Twitter or LinkedIn.", "Follow me", 'Share this article', 'Share or comment on this article:', 'Share', 'Follow us on Instagram', 'Follow Us On', 'Teilen', 'Partager', 'Partager sur', 'Compartir', 'Compartir en'], no: ["Follow me to the river, the guide said", 'Shares fall as profits slump', 'Followers of the river path', 'Follow us on a journey along the coast of the north sea to the fjords'] },
};

/** The same kinds in the languages the phrase lists cover beyond English, German, French and Spanish. */
const MORE_LANGUAGES: Record<string, { yes: string[]; no: string[] }> = {
  RELATED_HEADING: {
    yes: ["Citește și:", "Articole similare", "Cele mai citite", "Kapcsolódó cikk", "Legolvasottabb", "Διαβάστε επίσης:", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Σχετικά άρθρα", "Δημοφιλή", "כתבות נוספות", "הכי נקראות", "Lue myös:", "Aiheeseen liittyvät", "Luetuimmat", "المزيد من اقتصاد", "Лента новостей", "More episodes", "最新新聞", "即時新聞", "Čtěte také:", "Související články", "Nejčtenější", "Čítajte aj", "Súvisiace články", "Notas relacionadas", "More Sports", "Recent obituaries", "Читайте також:", "Новини за темою", "Останні новини", "Läs också", "Läs också: Badhuset kan bli dyrare", "Mer från Nyheter", "Mest läst", "Læs også", "Mest læste", "Les også", "Siste nytt", "Relaterade artiklar", "Leia mais", "Veja mais", "Articoli correlati", "Potrebbe interessarti anche", "Leia também", "Você também pode gostar", "Dit vind je misschien ook leuk", "Meest gelezen", "Czytaj także", "Najczęściej czytane", "Może cię zainteresować", "Читайте также:", "Похожие новости", "Самое читаемое", "Ilginizi çekebilir", "En çok okunanlar", "Berita Terkait", "Baca Juga:", "関連記事", "あわせて読みたい", "相关文章", "相關新聞", "热点新闻", "猜你喜欢", "관련기사", "많이 본 뉴스", "مقالات ذات صلة", "اقرأ أيضا"],
    no: ["Les merveilles du Louvre", "Kapcsolódó beruházások is késnek", "Lue myöhemmin koko raportti verkosta", "More episodes of flooding are expected this winter", "Související náklady se zvýšily o pětinu", "Les merveilles du Louvre", "Mest läst bland unga är deckare, visar ny undersökning", "Останні новини про ремонт мосту обнадіюють", "Polecamy wszystkim mieszkańcom zachować ostrożność na drogach", "関連記事によると市の予算は増えた", "相关部门表示将加强管理", "Последние новости о ремонте моста обнадёживают"],
  },
  APP_PROMPT: {
    yes: ["Завантажте наш застосунок", "Ladda ner appen", "Last ned appen", "Scarica l'app", "Baixe o aplicativo", "Download de app", "Pobierz aplikację", "Скачайте приложение", "Uygulamayı indirin", "Unduh aplikasi", "アプリをダウンロード", "下载客户端", "앱 다운로드", "حمل التطبيق"],
    no: ["Приложение для записи к врачу запустили в городе", "アプリの不具合で運行情報が遅れた"],
  },
  NEWSLETTER: {
    yes: ["Hírlevél", "Tilaa uutiskirje", "Uutiskirje", "ניוזלטר", "Odebírejte náš newsletter", "Free Subscriptions", "Підпишіться на розсилку", "Prenumerera på vårt nyhetsbrev", "Nyhetsbrev", "Tilmeld dig vores nyhedsbrev", "Iscriviti alla newsletter", "Assine nossa newsletter", "Nieuwsbrief", "Zapisz się do newslettera", "Подпишитесь на рассылку", "Bültenimize abone olun", "Berlangganan newsletter", "メルマガ登録", "订阅电子报", "뉴스레터 구독", "اشترك في النشرة البريدية"],
    no: ["Uutiskirjeen tilaajat kasvoivat kolmanneksella", "Nyhetsbrevet lades ner efter 40 år", "Рассылка повесток началась в понедельник"],
  },
  COMMENTS: {
    yes: ["Comentarii (8)", "Hozzászólások", "Σχόλια", "תגובות", "Kommentit", "コメント（123）", "Diskuse", "Diskuse (23)", "Diskusia", "Guest Book", "Sign the Guest Book", "Коментарі", "Kommentarer", "12 kommentarer", "Skriv en kommentar", "Commenti", "Lascia un commento", "Comentários (3)", "Reacties", "Komentarze", "Dodaj komentarz", "Комментарии", "12 комментариев", "Yorumlar", "Komentar", "コメント", "评论", "댓글 3개", "تعليقات"],
    no: ["Diskuse o rozpočtu pokračuje", "Kommentar: Kommunen sviker simklubben", "Yorum: Ekonomide yeni dönem", "Комментарий министра к новому закону", "评论员认为市场将回暖"],
  },
  SPONSORED: {
    yes: ["Publicitate", "Hirdetés", "Διαφήμιση", "פרסומת", "Mainos", "Kaupallinen yhteistyö", "Новости партнеров", "Реклама", "Новини партнерів", "Annons", "Annonce", "Annonse", "Sponsrat innehåll", "Pubblicità", "Publicidade", "Advertentie", "Reklama", "Реклама", "Sponsorlu", "Iklan", "広告", "广告", "광고", "إعلان"],
    no: ["Mainoskatko pitenee ensi vuonna", "Annonsörer lämnar sajten", "Реклама табака запрещена с прошлого года", "広告費が過去最高に"],
  },
  CONSENT: {
    yes: ["Tento web používá soubory cookies", "Vi använder cookies", "Vi bruger cookies", "Vi bruker informasjonskapsler", "Цей сайт використовує файли cookie", "Questo sito utilizza i cookie", "Este site usa cookies", "Deze website gebruikt cookies", "Ta strona korzysta z plików cookies", "Этот сайт использует файлы cookie", "Bu site çerezler kullanır", "Situs ini menggunakan cookie", "当サイトではCookieを使用しています", "本网站使用cookie", "이 사이트는 쿠키를 사용합니다", "هذا الموقع يستخدم ملفات تعريف الارتباط"],
    no: ["Cookie-рецепты от шеф-повара"],
  },
  TICKER: {
    yes: ["Último minuto", "En vivo", "Živě", "Терміново", "Наживо", "Ultim'ora", "Ao vivo", "Na żywo", "Срочно", "Son dakika", "速報", "突发", "속보", "عاجل"],
    no: ["Срочно нужны доноры крови, сообщили в больнице"],
  },
  SOCIAL: {
    yes: ["Distribuie articolul", "Megosztás", "Κοινοποίηση", "שתפו", "Jaa artikkeli", "이 기사를 공유합니다", "Sdílejte článek", "Zdieľajte", "Поділитися", "Dela artikeln", "Del artikkelen", "Följ oss på Instagram", "Condividi", "Compartilhe", "Delen", "Udostępnij", "Поделиться", "Paylaş", "Bagikan", "シェアする", "分享到微信", "공유하기", "شارك"],
    no: ["Jaakko Virtanen voitti", "Del 2", "Delar av stan utan ström", "Поделиться опытом пригласили учителей из трёх школ"],
  },
};
for (const [name, { yes, no }] of Object.entries(MORE_LANGUAGES)) {
  TABLE[name].yes.push(...yes);
  TABLE[name].no.push(...no);
}

/** What `normalizeLabel` always meant, as one Unicode-aware expression (slow to compile on every page load). */
export function normalizeLabelReference(text: string): string {
  return text
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}']+$/gu, '');
}
