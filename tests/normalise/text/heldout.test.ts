import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { heldOutSuite } from '../../support/heldout.js';

/**
 * Held-out text dumps: invented pages in styles the rules were not written from (an Italian
 * regional paper, a Brazilian portal, a Czech city paper, a Dutch broadcaster, US local TV with a
 * weather widget, a tabloid, a trade magazine, wire copy, a press release, a live blog, a long
 * read, a blog; then a Spanish regional daily, a German local court report, a French obituary, a
 * Swedish match report, Danish company results, a Polish page without image, a Hungarian page, a
 * Romanian page without byline, Indian English, Scottish and Irish local papers, a Norwegian page;
 * then a Turkish city paper, a Finnish weather warning, a Greek explainer, a Ukrainian Q&A
 * interview, a Catalan review with stars, a European Portuguese column, an Indonesian gallery, a
 * Japanese page, a US story with a correction and a podcast page with a transcript; then a Slovak
 * mobile dump with consent text over a collapsed menu, a Croatian page 1 of 2, a Lithuanian page
 * with one teaser list above and below the article, an Estonian agency page with a capitals
 * standfirst, a Vietnamese page signed and dated under the text, Korean, Hebrew and Filipino; then
 * languages whose words no list held: a Latvian page with the author's name alone and a
 * year-first date, Serbian in Cyrillic with a tag row, an Icelandic page whose related titles
 * have no header, Swahili and Welsh bylines, and a Hindi page in a script without capitals; then
 * Simplified Chinese with a source/author/editor line, Thai with a Buddhist-era date, Persian with
 * the date above the headline, Bengali and Albanian related lists without a heading, Tamil with
 * the photo after the first paragraph, Malay with a capitals byline, Bulgarian with a credit and
 * no caption, Azerbaijani with an offset, Afrikaans with a byline role; then Georgian, whose
 * letters have no capitals, Armenian and Amharic with colons and full stops of their own, Urdu
 * with a five-word most-read header, Kazakh with the author's name alone, Basque with the
 * reporter's town after a bar, Irish and Maltese with a "by" word no list knows; then a round
 * spread over subjects for topic tagging: Nigerian English, German, French, Mexican Spanish,
 * Italian, Dutch, Polish, Japanese, Czech, Greek, Korean, Indonesian, Hindi, Vietnamese, Ukrainian
 * and Hungarian pages on labour, religion, science, weather, sport, schools, crime, food, health,
 * art, elections, prices, war and homelessness; then a Russian regional portal with view
 * counters and a comment form, a German broadcaster with audio player controls, a French
 * subscriber page cut by its paywall line with "read also" inserts, a Spanish sports daily under a
 * live score strip, an Italian page with the photo credit above its caption, a Polish "read too"
 * teaser pair mid-text, a Dutch byline under the body, Japanese with reading brackets and a
 * photographer in brackets, a Korean reporter's e-mail on the byline line, a Turkish byline in
 * capitals with the town, Arabic with Arabic-Indic digits, Brazilian "read more" lines, a
 * Ukrainian messenger sign-up box and a small-town American obituary; then a second round for
 * topic tagging written before the code ran on it: Indonesian schools, a Turkish hospital, Polish
 * forest felling, a Czech hockey report, Italian parishes, a Dutch burglary arrest, Hungarian
 * astronomers, a Greek mayor's candidacy, Vietnamese hail, a Romanian strike, a Finnish art
 * show, English wire copy on ceasefire talks, a Spanish tapas trail and a Slovak centenarian;
 * then (seventh round) an English match report under a score strip with the reporter "at" the ground, a German press release with a
 * breadcrumb and a document number, a French magazine's "Texte"/"Photos" lines, Slovenian with the
 * credit glued to the caption, Traditional Chinese with "reporter Name / Place reports", Macedonian
 * signed under the text, Galician radio with player controls and "NAME | Town · date", an English
 * company press release, a Brazilian blog "Publicado por", a Swedish live blog with time stamps,
 * Nepali with a role line, Belarusian with a "read also" pair, a US story by two authors with a
 * newsletter box, an Argentine sports page, Swiss German "Name, Town", an English magazine with a
 * pull quote, Arabic "كتب:" and a Dutch in-memoriam with a lower-case "(foto: archief …)"; then a round written for
 * entities: Taiwanese Chinese, Thai, Argentine Spanish, Polish, Russian, Kenyan English,
 * Indonesian, Flemish, Egyptian Arabic, Vietnamese, Austrian German and Japanese pages with many
 * people, places and bodies each; then a third topic round (141-150) written before the code ran
 * on it, in languages the IPTC vocabulary lacks: an Italian fraud sentence, a Dutch barn fire, a
 * Polish council budget, a Czech children's ward, a Hungarian teachers' strike, a Turkish league
 * title, a Romanian museum show, Finnish lake eutrophication, a Slovak plant closure and a
 * Croatian heat warning; then (extract round) Luxembourgish under a cookie banner with
 * a lower-case "vum", an Uzbek live page, a Marathi recipe, a Singapore blog post with comments, a
 * Mongolian page cut by its paywall, Somali radio with player controls, a Bosnian how-to, an isiZulu
 * "Ngu-" byline, Punjabi "name, town" and a South African "Staff Reporter" page with a newsletter box;
 * then a second entity round (151-160) in scripts and
 * forms the readers missed: Bengali, Tamil, Urdu, Georgian, Vietnamese and Finnish names of bodies
 * in sentence case, Czech declined names, German parties, Chinese places without a suffix and
 * English street names); then a round (171-178) of page styles not seen before: a Norwegian page
 * with published/updated lines, a German print view, a Quebec page with the credit in capitals
 * over the caption, Chilean radio with the byline over the headline, a Mozambican page without a
 * section, Moroccan Arabic with a dateline, Faroese "Tekstur:/Mynd:" lines and a Jamaican
 * capitals byline with an e-mail address; then a fourth topic round (191-200) written before the
 * code ran on it, seven of ten in languages the vocabulary does not read: Hungarian schools, a
 * Czech flu ward, Romanian interest rates, a Slovak rail strike call, Croatian sea life, an
 * Estonian satellite, a Latvian premiere, a Polish bishop, Italian fraud arrests and a Dutch fire;
 * then a round (179-190) written before the code ran on it: a Scottish Gaelic council page, a
 * Malayalam live page, Hausa wire copy, a Khmer picture story, a
 * Turkmen agency page with the menu over the headline and a "credit the source" line, an
 * Esperanto blog, a Telugu page with a byline role, Pashto radio, a West Frisian local page, a
 * Sinhala magazine feature with a caption label, a Kinyarwanda ministry page and Kurmanji.
 */
heldOutSuite({
  title: 'held-out text dumps',
  root: join(dirname(fileURLToPath(import.meta.url)), 'heldout'),
  input: 'input.txt',
  count: 443,
  normalise: (text) => normaliseTextDump(text, { url: null }),
  fields: ['title', 'section', 'summary', 'byline', 'image', 'body', 'related'],
  // The Thai page's last paragraph, just above the related list, is lost (130; not yet looked into).
  missingParagraphs: {
    // Round R's first run.
    '389-ar-eg-veterinary-syndicate-branch-rabies-campaign-standfirst-kataba-byline-top-cairo-time-dst-plus3-caption-then-tasweer-credit-line-subheading-iqra-aydan': 1,
    // Round O's first run: the Khmer department page's subheading and list items.
    '357-km-kh-provincial-agriculture-department-site-khmer-numerals-date-gmt7-paren-atthabot-byline-colon-rubthat-credit-sub-heading-bullet-list-atthabot-peakpoan': 4,
    // Round L's first run (on this stop's merged code), as found.
    '325-hi-in-mausam-orange-alert-ist-prakashit-samvaddata-role-phot-colon-yah-bhi-padhen-kya-karen-subhead': 1,
    '130-th-fun-chiangrai': 1,
    '157-cs-detske-oddeleni': 1,
    '181-ha-kamfanin-dillancin-taki': 1,
    // Round E's first run: five of the Tibetan page's paragraphs are lost (not yet looked into).
    '261-bo-exile-portal-rtsom-pa-po-ist-mthun-yig': 5,
    // Round I's first run: the live page's entry stamps, printed as paragraphs, are lost (300).
    '300-rn-bi-kirundi-live-blog-cat-zone-updated-line-two-authors-na-timestamps-as-paragraphs-soma-kandi': 6,
  },
  knownWrong: {
    // The menu's last entry stands over the live badge: taken for the section.
    '010-au-live-sydney-floods': ['section'],
    // The author sits in a row of labelled parts (source, author, editor), each a Chinese name
    // or outlet without a mark of its kind: which label means "author" no shape tells.
    '049-zh-bengzhan-jianxiu': ['byline'],
    // "Deur" (by) before a name with particles: not in the Afrikaans stopword list, nor printed
    // in lower case elsewhere on the page, so it stays in the byline.
    '058-af-veldbrand-boere': ['byline'],
    // A genre label ("Crónica") stands between the section and the headline; neither is a menu
    // entry or a known badge, so the label next to the headline is taken.
    '086-es-cronica-marcador': ['section'],
    // The related list stands under a header no list knows, after the comment prompt, which ends
    // the article.
    '092-tr-buyuk-harf-imza': ['related'],
    // The advertisement label in Vietnamese stays in the body: no package found gives the word per
    // language (CLDR has none), and in a cased script its shape, a word or two alone between
    // paragraphs, is a subheading's too (one alone in a script without capitals is dropped since,
    // as in 079, 222 and 226).
    '080-vi-gia-ca-phe': ['body'],
    // Second topic round: an inline teaser above the related list's header joins the related
    // titles (097), and "Anasayfa / X" is no breadcrumb shape known (098).
    '097-id-sekolah-zonasi': ['related'],
    '098-tr-hastane-acil-servis': ['section'],
    // A standfirst printed over a photo credit without caption ("Photo: Agency") is read as the
    // photo's caption: which of the two a line over a credit is, no shape tells.
    '116-mk-avtor-pod-tekst': ['summary', 'image'],
    // The one related title stands after a tag list (117), which ends the article, or is four
    // words long in a script without capitals (121).
    '117-gl-radio-escoitar': ['related'],
    '121-ne-samvaddata-tasbir': ['related'],
    // The caption under the first paragraph reads as a short paragraph (the credit was printed
    // among the byline lines).
    '126-en-magazine-words-pullquote': ['image', 'body'],
    // Entity round 129-140: its last paragraph, just above the related list, is dropped (see
    // missingParagraphs).
    '130-th-fun-chiangrai': ['body'],
    // "PHOTO | Name": the label before the bar stays in the caption.
    '134-ke-market-relocation': ['image'],
    // A photo line without a credit mark (an "archive" tag after a dash, or a location in
    // brackets) under the date is taken for the standfirst.
    '137-eg-inqitaa-miyah': ['summary', 'image'],
    '140-ja-kyushoku-kome': ['summary', 'image'],
    // Extract round 161-170, after mending:
    // the related list's header in words no list knows is five words long, titled like a title,
    // and is read as the list's first title.
    '161-lb-cookien-vum': ['related'],
    // The related titles are two and four words long in a script without capitals: no teaser's
    // shape; the print control and the header above them are in words no list knows.
    '163-mr-pakkruti-sahitya': ['related'],
    // The one most-read title under a header no list knows is read as a related link.
    '165-mn-zahialga-tasalsan': ['related'],
    // "Ngu-" (by) glued to the name with a hyphen: not told from a double given name ("Jean-Luc").
    '168-zu-ngu-isithombe': ['byline'],
    // A section label in capitals over the headline is taken for an emphatic kicker, and the
    // menu's last entry above it for the section.
    '170-en-za-staff-reporter-newsletter': ['section'],
    // Round 171-178, first run (found, not yet mended; 171's ad-slot notice and 174's prefixed byline over the headline are mended since):
    // The page prints no section; the menu's last entry, right over the headline, is taken (170).
    '175-pt-mz-partilhar-comentarios': ['section'],
    // The photo line with an "archive" tag in brackets under the share row is taken for the
    // standfirst (137); the most-read list after the tag row joins the related titles.
    '176-ar-ma-dateline-iqra-aydan': ['summary', 'image', 'related'],
    // The caption under the share control is read as a paragraph; the related titles under two
    // headers in words no list knows ("more on the subject", "read also") are lost.
    '177-fo-tekstur-mynd': ['image', 'body', 'related'],
    // The entity round 151-160 (extraction is not what it was written for; left as found):
    // a Tamil byline of an initial and a name, and a Chinese "作者：" label line, are not read
    // as bylines; a footer of two links joins the related list; on a page without a photo, the
    // first paragraph under the standfirst is taken for a caption (and leaves the body); the
    // related titles under a Tamil header, and a Chinese one naming a district, are not all kept.
    '152-ta-kovai-perundhu': ['byline', 'related'],
    '157-cs-detske-oddeleni': ['image', 'body'],
    // (159's "作者：" label line is read since.)
    '159-zh-xihu-gongjiao': ['related'],
    // Round 179-190, after mending (179's "was this page helpful?" poll, and 169's and 180's calls to
    // join a messenger channel in the page's script, and 180's live badge taken for the section,
    // since mended): the
    // last paragraph before a wire sign-off is lost and a related list under a header in words no
    // list knows is missed (181, 185); a gallery's later captions are read as related titles (182);
    // a related list's header in words no list knows is read as one more title (187, 188); (184's
    // "Posted by <name> on <date>" and 189's "<written> na <name> | <role>" are mended).
    '181-ha-kamfanin-dillancin-taki': ['body', 'related'],
    '182-km-rupthat-bon-om-tuk': ['related'],
    // The menu's last entry right over the headline comes out as an unconfirmed section; tagging
    // drops it (the story is not about its topic), so the item has none, as expected (183).
    '183-tk-habar-merkezi-menyu': ['section'],
    '185-te-sthanika-vanthena': ['related'],
    '188-si-visheshanga-the-watu': ['related'],
    // Topic round 191-200, first run (another lane's field, left as found): the one related title
    // under a two-word header no list knows is lost (197).
    '197-lv-teatris-pirmizrade': ['related'],
    // Entity round 201-210, first run (other lanes' fields, left as found): the related titles
    // under a Malayalam header are lost.
    '205-ml-metro-kakkanad': ['related'],
    // Measurement round 211-220, run once on the session's final code (1654e33) and held as found:
    // (211's "PHT" time zone is read since); a most-read list joins the related titles (216); (212's messenger pitch naming the site, 213's teaser box
    // inside the text, 214's press-ethics line after the furniture and 215's place opening its
    // headline are mended); "image source, X" / "image caption, X" rows in Hausa are read by shape,
    // but the menu's last entry is still taken for the section (219).
    '216-tg-portal-gmt5-inchunin-khoned': ['related'],
    '219-ha-asalin-hoton-bayanan-hoto': ['section'],
    // Round 221-230, written blind and run first on the stop-24 code (629342d): held as found,
    // then mended by phenomenon; what is left is listed here.
    // 221's date line (a weekday and a month of two words no list knows) is read as one since; its
    // instant is not, and the list after the comment form joins the inline related titles.
    '221-yo-iroyin-ojo-oja-ibadan': ['related', 'published'],
    // 223's own month name is read since (dayjs's Māori locale), so its date line leaves the body;
    // its time, "<h:mm> in the morning" in words before the zone, is not.
    '223-mi-rahui-tuangi-ohiwa': ['image', 'published'],
    '225-ckb-nexoshxaney-sherpenje': ['related'],
    // Round 231-240, written blind and run once on this stop's merged code (ccef689): held as
    // found; 231's "PKT" zone, 234's "by" with a clitic glued to it and 236's "by" of a word and
    // an elided word are read since, and so is 240's page (a labelled name under the standfirst, a
    // photo label of two words, an inline link of four words).
    // 239's caption label with an apostrophe and its "9e45" time are read since.
    // (239's and 308's most-read lists, headed by another form of the read-also label's verb, are left out since.)
    // Round C (241-250 / 124-129), written blind and run once on the code of the start of stop 26:
    // what that first run got wrong, until a lane mends it.
    // (244's "PGT" is read since: the zone of no metazone listed under it is left out.)
    '244-tpi-niusblong-ritim-tu-piksa-slash': ['image'],
    '245-la-acta-diurna-legas-etiam-numeri-romani': ['related'],
    // Round D (251-260 / 130-135), written blind and run once on this stop's merged code:
    // what that first run got wrong, until a lane mends it.
    // (251's "by" phrase closed by a role after a dash, 254's and 257's months in a spelling no
    // table holds are read since.)
    // (251's body: its ad label, one word in capitals between paragraphs, is dropped since.)
    '251-pap-kurant-bista-lesa-tambe-potret': ['published'],
    // (254's ad label, also an entry of the footer's links, is dropped since.)
    // (258's inline link after Ethiopic's preface colon is read since.)
    // (260's "AST" on an English page is read since: English CLDR names only the Atlantic zones so.)
    // Round E (261-270 / 136-141), written blind and run once on the code of the start of stop 27:
    // what that first run got wrong, until a lane mends it.
    // The headline, section and standfirst are read since a Tibetan syllable counts as half a
    // word; the label's shad (author, photo) is not yet read as a label's colon.
    '261-bo-exile-portal-rtsom-pa-po-ist-mthun-yig': ['byline', 'image', 'body', 'related', 'published'],
    // (263's date line, its month a near spelling of a listed one, leaves the body since.)
    // 263's month name is CLDR's for January; its weekday falls on the 5th of December only, so
    // the date is left unread (null, not a wrong January date).
    '263-ak-gh-wp-kyerew-gmt-kenkan-bio': ['published'],
    // (264's month-first near spelling and 265's month of three words are read since.)
    '265-gv-im-blog-liorish-gmt-lhaih-myrgeddin': ['byline'],
    // (267's date line, its month a near spelling, and its "<written> by <name>" over it are read since.)
    '268-iu-nu-syllabics-est-titiraqtanga-taggit': [
      'title',
      'section',
      'summary',
      'byline',
      'image',
      'related',
      'published',
    ],
    // Round F (271-278 / 142-146), written blind and run once on this stop's merged code (739b7ab):
    // held as found.
    '277-ig-ng-portal-wat-byline-bottom-author-box-ofala-guokwa-ozo': ['body'],
    // Round G (279-288 / 147-152), written blind and run once on the code of the start of stop 28
    // (f237408, output identical to stop 27's): held as found until a lane mends it.
    '282-ru-kz-portal-astana-gmt5-avtor-foto-press-sluzhba-chitaite-takzhe-prosmotry': ['section'],
    '283-scn-it-giurnali-date-only-null-di-byline-liggiti-puru-fotu-di-credit-first': ['section'],
    '284-vec-it-sito-veneto-cet-firma-in-fondo-varde-anca-credito-parentesi-quadre': ['section'],
    // Round I (297-306 / 158-163), written blind and run once on the code of the start of stop 29
    // (9962626, output identical to stop 28's): held as found until a lane mends it.
    '298-dz-bt-weekly-obituary-tibetan-script-date-only-null-byline-at-end-family-photo-credit-related-colon':
      ['byline', 'body', 'related'],
    '300-rn-bi-kirundi-live-blog-cat-zone-updated-line-two-authors-na-timestamps-as-paragraphs-soma-kandi': [
      'body',
    ],
    // Round J (307-314 / 164-168), written blind and run once on this stop's merged code (3b9d181):
    // held as found until a lane mends it.
    '309-dv-mv-dhivehi-thaana-correction-notice-at-top-time-no-zone-null-liyuni-credit-first-gulhey-khabaru':
      ['summary', 'image', 'body'],
    '312-stq-de-saterland-frisian-caption-carried-on-two-lines-mez-zone-fon-byline-two-authors-ap-lees-uk': [
      'related',
    ],
    '313-ee-gh-ewe-court-report-updated-only-gmt-nlola-role-foto-credit-first-xle-esia-ha-tags': ['related'],
    // Round K's first run (315-324), held as found.
    '316-ja-jp-ronsetsu-column-jst-author-profile-box-kako-kiji-not-related': ['related'],
    '321-nl-sr-surinaams-correctie-onder-artikel-srt-zone-bijgewerkt-foto-prefix-caption-lees-ook-reageer': [
      'body',
    ],
    '324-fr-ch-vaud-quotidien-hec-zone-mis-a-jour-relatif-topic-kicker-role-apres-virgule-commentaires-lecteurs':
      ['published'],
    // Round L's first run (325-332, on this stop's merged code), held as found.
    '325-hi-in-mausam-orange-alert-ist-prakashit-samvaddata-role-phot-colon-yah-bhi-padhen-kya-karen-subhead':
      ['body'],
    // (329's "Na MWANDISHI WETU, <town>", a desk's signature in the page's own common words, is
    // read as no one's since.) Its time is on the Swahili clock ("saa 2 usiku", the second hour
    // of the night: 20:00), which counts hours from six; no package reads it, so it is read as 02:15.
    '329-sw-tz-tanzia-obituary-mwandishi-wetu-no-name-eat-swahili-clock-saa-2-usiku-picha-na-maktaba-parentheses-soma-pia-comments':
      ['published'],
    '331-ur-pk-sehat-dengue-web-desk-no-byline-pkt-pm-lowercase-shaye-update-foto-dash-app-mazeed-parhein-mutaliqa-list':
      ['related'],
    // Round M's first run (333-342, on stop 30's code), held as found, less what was mended since
    // (339's bare name line, which the copyright line names too, is read as the writer's since).
    // Round N's first run (343-350, on this stop's merged code), held as found, less what was
    // mended since (347-350: a share row closing the related list, a wire page signed by its own
    // masthead, a credit in lower case after the caption's full stop, a fact check's rows). 343's
    // release time is in "IST", which English locales print for India (en-IN) and for Irish summer
    // time (en-IE) alike, and in August both print it: left unread, as zones are not guessed.
    '343-en-in-university-news-office-release-ist-zone-issued-by-pro-role-no-byline-name-photo-courtesy-credit-related-news-list-footer-nirf-links':
      ['published'],
    // Round O's first run (351-364, on stop 31's code 87d3c95), held as found until a lane mends it.
    '352-zh-tw-fact-checker-verdict-label-in-title-utc8-fullwidth-paren-two-reporters-dunhao-zeren-bianji-zhongdian-zhaiyao-label-yanshen-yuedu':
      ['summary', 'byline', 'image', 'body', 'related'],
    '353-ru-ru-hockey-club-official-site-match-report-msk-lowercase-paren-tekst-name-comma-press-sluzhba-role-protocol-block-foto-slash-club-credit-press-conference-qa-smotrite-takzhe':
      ['body', 'related'],
    '356-ca-es-colla-castellera-cronica-diada-castells-result-list-lines-publicat-a-les-no-zone-null-per-byline-caption-then-paren-foto-credit-mes-croniques-patrocinadors':
      ['related'],
    '357-km-kh-provincial-agriculture-department-site-khmer-numerals-date-gmt7-paren-atthabot-byline-colon-rubthat-credit-sub-heading-bullet-list-atthabot-peakpoan':
      ['body', 'related'],
    '358-en-za-trade-body-media-statement-sast-pipe-dateline-image-supplied-credit-ends-marker-notes-to-editors-media-contact-box':
      ['section'],
    '359-ar-ma-fact-checker-verdict-box-claim-quote-block-gmt-plus1-date-sources-list-methodology-note-correction-policy':
      ['body', 'related'],
    '360-hi-in-community-radio-station-news-audio-player-duration-ist-date-sanvaddata-slash-station-byline-bulletin-time-listener-phone-in-quotes-yeh-bhi-sunen':
      ['body'],
    '361-lv-lv-district-court-press-release-plkst-date-no-zone-null-informaciju-sagatavoja-role-after-name-lieta-nr-box-anonymised-initials-saistitas-zinas':
      ['body'],
    '362-bn-in-recipe-blog-jump-to-recipe-ingredient-lines-bengali-numeral-steps-recipe-card-times-rating-widget-comments-likhechhen-byline-date-no-zone':
      ['byline', 'body', 'related'],
    '363-uz-uz-regional-weather-service-frost-warning-colour-box-utc-plus5-toshkent-vaqti-district-forecast-lines-matbuot-xizmati-no-byline-dash-advice-list':
      ['related'],
    '364-mt-mt-band-club-festa-news-kitba-ta-byline-role-after-comma-cest-date-programme-day-list-ritratt-arkivju-credit-sponsors-line-ara-wkoll-facebook-comments':
      ['body'],
    // Round P's first run (365-372, on this stop's merged code), held as found until a lane mends it.
    '365-en-ng-trade-union-branch-news-posted-wat-zone-by-media-desk-no-byline-photo-pipe-caption-credit-paren-also-read-arrows-signed-secretary-block-comments-responses':
      ['byline', 'body', 'related'],
    '366-fr-sn-hopital-regional-actualite-fil-ariane-publie-gmt-texte-photos-byline-pipe-photo-credit-paren-a-lire-aussi-puces-encadre-en-chiffres-autres-actualites':
      ['body'],
    '367-de-at-skigebiet-bergbahnen-aktuelles-lift-status-ticker-datum-uhr-ohne-zone-null-text-byline-middot-lesezeit-bild-pipe-copyright-credit-fakten-box-pfeil-related-liste':
      ['image', 'body', 'related'],
    '368-zh-cn-qixie-chess-association-dongtai-fabu-shijian-no-zone-null-zuozhe-laiyuan-liulan-line-credit-before-caption-tuwei-no-summary-xiangguan-xinwen-shangyipian':
      ['byline'],
    '369-sl-si-zupnijski-list-parish-newsletter-stevilka-objavljeno-ob-brez-pasu-null-zapisala-byline-foto-credit-malymi-paren-okvir-zvonovi-preberite-se-inline-trr-vrstica':
      ['related'],
    '370-ha-ng-jamia-university-labarai-daga-byline-role-after-comma-wat-na-safe-12h-clock-hoto-credit-before-caption-ku-karanta-inline-labarai-masu-alaka-sharhi-zero':
      ['byline', 'image', 'body', 'related', 'published'],
    '371-kk-kz-drama-teatr-zhanalyqtar-date-pipe-time-no-zone-null-qaralym-sany-foto-credit-before-caption-sondai-aq-oqynyz-inline-premiere-info-line-matindi-daiyndagan-byline-at-end':
      ['byline', 'related'],
    '372-ms-my-bomba-kenyataan-media-tarikh-masa-gmt8-ampm-no-rujukan-gambar-ihsan-dash-credit-baca-juga-inline-dikeluarkan-oleh-unit-no-byline-kemaskini-line-maklum-balas':
      ['image', 'body', 'related'],
    // Round Q's first run (373-388, on stop 32's code), held as found until a lane mends it.
    '373-hi-in-university-botany-department-research-news-standfirst-byline-and-info-row-below-body-ist-views-comments-chitra-pipe-chhayachitra-credit-vibhag-ke-anya-samachar':
      ['published'],
    '378-ja-jp-birdwatching-hobby-magazine-tankenchi-guide-standfirst-bun-shashin-byline-top-jst-dotted-date-info-row-comments-views-caption-equals-date-no-credit-subhead-bullets-osusume-ranking':
      ['byline', 'image', 'body'],
    '381-om-et-athletics-federation-cross-country-ethiopian-calendar-ali-date-eat-zone-barreessaa-byline-top-suuraa-credit-after-caption-oduu-walqabatan':
      ['published'],
    '385-te-in-municipal-corporation-press-note-sankranti-sanitation-telugu-date-udayam-ist-no-byline-pro-desk-null-chitram-caption-no-credit-itara-prakatanalu':
      ['body'],
    '387-mi-nz-iwi-radio-kapa-haka-regional-results-maori-weekday-month-date-i-te-ahiahi-nzdt-na-byline-top-whakaahua-credit-pipe-standfirst-etahi-atu-korero':
      ['byline', 'published'],
    '388-rw-rw-district-council-akarere-news-kinyarwanda-month-date-saa-time-no-zone-null-yanditswe-na-byline-role-comma-ifoto-credit-colon-no-standfirst-inkuru-bijyanye':
      ['title', 'section', 'byline', 'related'],
    // Round R's first run (389-396, on stop 33's merged code), held as found.
    '389-ar-eg-veterinary-syndicate-branch-rabies-campaign-standfirst-kataba-byline-top-cairo-time-dst-plus3-caption-then-tasweer-credit-line-subheading-iqra-aydan':
      ['summary', 'body', 'related'],
    '390-en-in-city-public-library-network-news-notice-date-above-image-ist-no-standfirst-image-courtesy-credit-written-by-posted-by-desk-at-end-subheading-more-from-the-network':
      ['related'],
    '391-fr-ca-volunteer-mountain-rescue-team-intervention-report-standfirst-publie-le-h-heure-hne-minus5-texte-colon-byline-with-role-credit-photo-slash-dans-la-meme-veine-cookie-bar-last':
      ['related'],
    '392-es-mx-port-authority-press-bulletin-boletin-number-above-title-standfirst-dateline-date-inside-first-paragraph-no-time-null-foto-colon-credit-no-byline-unit-signoff-comunicados-relacionados':
      ['body'],
    '394-kaa-uz-state-art-museum-news-credit-line-before-caption-dotted-date-pipe-time-tashkent-waqti-plus5-view-count-same-line-avtor-at-end-no-standfirst-baylanisli-janaliqlar':
      ['title', 'section', 'summary', 'image'],
    '395-or-in-fishermen-cooperative-federation-news-standfirst-caption-with-photo-courtesy-same-line-odia-digit-date-after-body-sandhya-ist-report-byline-at-end-ahuri-padhantu':
      ['related'],
    '396-ny-mw-coffee-cooperative-union-news-breadcrumb-section-weekday-date-only-null-wolemba-byline-below-date-bracket-chithunzi-marker-caption-paren-credit-slash-nkhani-zina':
      ['related'],
    // Round S's first run (on stop 33's code), as found.
    '401-hmn-us-church-food-drive-hnub-tsib-lub-kaum-ib-hlis-cst-words-evening-date-rollover-duab-credit-before-caption-nyeem-ntxiv-inline-sau-los-ntawm-byline-at-end-lwm-cov-xov-xwm':
      ['summary', 'image', 'body', 'published'],
    '403-ug-kz-cyrillic-uyghur-village-school-news-robotics-charshenbe-almuta-vaqti-city-zone-plus5-teyyarligan-byline-inside-date-line-with-views-suretti-caption-suretni-tartqan-credit-shundaqla-oqung-mavzuga-dair':
      ['published'],
    '404-ts-za-xitsonga-community-radio-giyani-water-ravunharhu-nyenyankulu-nimixo-nkarhi-wa-afrika-dzonga-words-xi-tsariwile-hi-byline-with-listen-widget-caption-bracket-xifaniso-credit-hlaya-na-swona-mahungu-lama-yelanaka':
      ['published'],
    // Round T's first run, as found (405's date row, a counter beside it, is read since).
    // (406's related titles, bulleted by an arrow, are read since.)
    '406-iludun-market-reopens': ['published'],
    // Round U's first run (written blind, run once on stop 35's code), as found.
    // (414's and 416's standfirsts over their lead pictures, and 416's dash credit, are read since.)
    // Round V's first run (on stop 36's code, 3f0ce28): every miss read right since.
    // (Round W's first-run misses in 431, 432, 436 and 437 are read since.)
    // Round X's first run (on stop 37's final code), as found: a kicker printed in capitals whose
    // menu entry is spelt in lower case (438, 441), a "Desk | Name" byline row (438), a "© Body"
    // credit line without caption under the picture (439).
    '438-carhuaz-chacas-huaico': ['section', 'byline'],
    '439-kirchbach-voranschlag-kundmachung': ['image'],
    '441-thiaroye-mareyeuses-quai': ['section'],
  },
});
