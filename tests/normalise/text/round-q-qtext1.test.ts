import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round Q shapes (qtext1): a byline's abbreviated office, a labelled signature with a title and a
 * role in a script without capitals, a credit printed before its caption. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('bylines', () => {
  it('drops an office abbreviated in capitals after the name (Dutch)', () => {
    const r = dump([
      'VV De Zwaluwen',
      'Home | Clubnieuws | Jeugd | Sponsors | Contact',
      'Clubnieuws',
      'Gemeente geeft groen licht voor kunstgrasveld met verlichting op sportpark De Horst',
      'Door Sanne Jansen, PRO — dinsdag 2 december 2025',
      'De vereniging heeft na twee jaar wachten een vergunning gekregen voor een nieuw kunstgrasveld naast het hoofdveld.',
      'Het veld krijgt acht lichtmasten en een wandelpad rondom, zodat de jeugd ook in de winter kan trainen.',
      'De voorzitter noemt het besluit de belangrijkste dag voor de club sinds de opening van de kantine.',
    ]);
    expect(r.byline).toBe('Sanne Jansen');
  });

  it('reads a labelled signature under the text with a title and a role after the comma (Bengali)', () => {
    const r = dump([
      'উদ্ভিদবিজ্ঞান বিভাগ',
      'প্রথম পাতা | বিভাগ পরিচিতি | গবেষণা | খবর | যোগাযোগ',
      'গবেষণা সংবাদ',
      'সুন্দরবনের লবণাক্ত মাটিতে নতুন প্রজাতির ঘাসের সন্ধান পেলেন গবেষকরা',
      'বিভাগের গবেষকরা তিন বছরের মাঠ জরিপে সুন্দরবনের চল্লিশটি জায়গা থেকে নমুনা সংগ্রহ করেছেন এবং নতুন ঘাসটি শনাক্ত করেছেন।',
      'গবেষক দলের প্রধান অধ্যাপক জানান, এই ঘাসের শিকড় মাটি ধরে রাখতে সাহায্য করে এবং বাঁধ রক্ষায় কাজে লাগতে পারে।',
      'গবেষণার ফলাফল এই মাসে একটি আন্তর্জাতিক পত্রিকায় প্রকাশিত হয়েছে এবং বিভাগ এখন বীজ নিয়ে পরীক্ষা শুরু করবে।',
      'লেখক: ড. অমিত সেন, জনসংযোগ আধিকারিক',
      'প্রকাশিত: ১২ ফেব্রুয়ারি ২০২৬ | ১২৪৬ বার দেখা হয়েছে',
      '© ২০২৬ উদ্ভিদবিজ্ঞান বিভাগ। সর্বস্বত্ব সংরক্ষিত।',
    ]);
    expect(r.byline).toBe('ড. অমিত সেন');
  });
});

describe('the lead picture', () => {
  it('keeps the whole caption under a credit printed before it (Italian)', () => {
    const r = dump([
      'Acquedotto Valle Verde',
      'Azienda | Servizi | Qualità dell’acqua | Cantieri | Notizie | Contatti',
      'Avvisi',
      'Lavori alla nuova condotta: giovedì acqua sospesa in dodici quartieri della zona nord',
      'Pubblicato il 03/02/2026 alle 14:30',
      'Foto: Ufficio stampa/Acquedotto',
      'Gli operai al lavoro sulla nuova condotta all’incrocio tra via Roma e Piazza Garibaldi',
      'L’azienda informa che giovedì prossimo l’erogazione dell’acqua sarà sospesa in dodici quartieri per il collegamento della nuova condotta al serbatoio.',
      'La sospensione inizierà alle 8 e dovrebbe durare fino alle 20, ma il ritorno alla normalità potrà richiedere alcune ore.',
      'Scuole e ambulatori della zona riceveranno autobotti per tutta la durata dei lavori.',
    ]);
    expect(r.image?.caption).toBe(
      'Gli operai al lavoro sulla nuova condotta all’incrocio tra via Roma e Piazza Garibaldi',
    );
    expect(r.image?.credit).toBe('Ufficio stampa/Acquedotto');
  });
});

describe('the standfirst and the lead caption', () => {
  it('drops the label of a labelled standfirst (Korean)', () => {
    const r = dump([
      '한빛시 상인연합회',
      '홈 | 연합회 소개 | 회원 서비스 | 소식 | 문의',
      '보도자료',
      '3분기 회원 조사: 식당 열 곳 중 네 곳 매출 감소',
      '요약: 연합회는 3분기 회원 조사 결과 응답한 식당의 41%가 매출이 작년보다 10% 이상 줄었다고 밝혔다.',
      '2025-11-05 16:30',
      '연합회는 오늘 최근 분기 회원 조사 결과를 발표하고, 응답한 312곳 가운데 약 40%가 매출 감소를 겪었다고 밝혔다.',
      '조사는 10월에 지역 대학 연구팀이 설문과 전화 인터뷰 방식으로 진행했으며 인력 부족과 임대료가 가장 큰 어려움으로 꼽혔다.',
      '연합회는 12월에 지역 음식 축제를 열어 주민들의 지역 내 소비를 장려할 계획이다.',
    ]);
    expect(r.summary).toBe(
      '연합회는 3분기 회원 조사 결과 응답한 식당의 41%가 매출이 작년보다 10% 이상 줄었다고 밝혔다.',
    );
  });

  it('reads a row of controls parted by full-width bars as furniture and a long first sentence as text (Japanese)', () => {
    const r = dump([
      '港町商工会議所',
      'ホーム ｜ 会議所について ｜ 会員サービス ｜ お知らせ ｜ お問い合わせ',
      'プレスリリース',
      '飲食店調査：4割の店で売上が減少、地域の小さな店ほど厳しく',
      '2025-11-05 16:30',
      '文字サイズ：大 中 小 ｜ 印刷 ｜ 共有：X Facebook LINE',
      '商工会議所は本日、第3四半期の会員調査の結果を発表し、回答した飲食店312店のうち約4割で売上が前年同期を下回ったことを明らかにした。',
      '調査は10月に地元大学の研究チームが行い、人手不足と家賃の高さが引き続き最大の課題として挙げられた。',
      '会議所は12月に地域のグルメ月間を開き、住民に地元での消費を呼びかける。',
      '関連記事',
      '・会議所と市が食品衛生講座を共催、100人超が参加',
      '・「地域グルメ月間」の参加店を募集中',
      '・第2四半期調査：観光地の飲食店は回復',
    ]);
    expect(r.image).toBeNull();
    expect(r.body[0]).toMatch(/^商工会議所は本日/u);
    expect(r.related).toEqual([
      '会議所と市が食品衛生講座を共催、100人超が参加',
      '「地域グルメ月間」の参加店を募集中',
      '第2四半期調査：観光地の飲食店は回復',
    ]);
  });
});

describe('the end of a related list', () => {
  const page = (tail: string[]) => [
    'Radio Vallée FM',
    'Accueil | Régions | Sports | Émissions | Contact',
    'Agriculture',
    'La sécheresse fait chuter la récolte de tilleul de 30 % dans la vallée',
    'Par Lucie Martin | 14 février 2025 à 18h40',
    'Les producteurs de tilleul de la vallée estiment avoir perdu près d’un tiers de leur récolte après deux mois sans pluie.',
    'Selon la coopérative, les jeunes arbres ont le plus souffert et certaines parcelles ont perdu la moitié de leurs fleurs.',
    'La chambre d’agriculture demande la reconnaissance de l’état de calamité agricole pour les communes touchées.',
    'À lire aussi',
    'Les apiculteurs inquiets après un hiver trop doux',
    'La foire aux plantes de printemps change de place',
    'Le prix du miel local augmente pour la troisième année',
    ...tail,
  ];
  const titles = [
    'Les apiculteurs inquiets après un hiver trop doux',
    'La foire aux plantes de printemps change de place',
    'Le prix du miel local augmente pour la troisième année',
  ];

  it('ends at a cookie notice with its button in brackets (French)', () => {
    const r = dump(
      page([
        'Ce site utilise des cookies pour améliorer votre expérience de navigation. [Accepter]',
        'Radio Vallée FM, 12 rue du Moulin, Vallée-sur-Loire',
        '© 2025 Radio Vallée FM',
      ]),
    );
    expect(r.related).toEqual(titles);
  });

  it('ends at a line with a number to call (French)', () => {
    const r = dump(
      page(['Une info, un témoignage ? Appelez la rédaction au 02 41 55 01 99', '© 2025 Radio Vallée FM']),
    );
    expect(r.related).toEqual(titles);
  });

  it("ends at a pager's two labelled links (French)", () => {
    const r = dump(
      page([
        'Article précédent : Les vendanges commencent avec une semaine d’avance',
        'Article suivant : Un nouveau marché de producteurs ouvre le samedi',
        'Cette radio locale vous accompagne tous les jours depuis quarante ans',
      ]),
    );
    expect(r.related).toEqual(titles);
  });
});

describe('tag rows', () => {
  it('reads a row of hashtags after a full-width colon as tags, not a title (Chinese)', () => {
    const r = dump([
      '观鸟月刊网',
      '首页 | 新闻 | 观鸟地指南 | 器材评测 | 联系我们',
      '观鸟地指南',
      '海上三万只鸟组成的“黑色带子”：乘船观察短尾鹱',
      '2025.09.30 07:00',
      '今年秋天，短尾鹱的大群又一次出现在北方海岸的近海，成千上万只鸟贴着海面飞过，场面十分壮观。',
      '笔者乘坐的是当地旅游协会运营的观鸟游船，清晨五点半出港，航程约三个小时，沿途可以看到多种海鸟。',
      '导游说，风向转为东北后的第二天早上最适合观察，鸟群有时会从船边直接飞过。',
      '分享本文：微信　微博　QQ',
      '标签：#海鸟　#观鸟　#游船',
      '读过这篇文章的读者也推荐阅读',
      '冬季观察白尾海雕的最佳季节与注意事项',
      '第一次观察海鸟最适合的五款双筒望远镜',
      '湖边的大雁今年比往年早一周飞来',
      '人气文章排行',
      '1　麻雀的数量真的在减少吗',
      '2　2025年摄影比赛获奖作品公布',
      '© 2025 观鸟月刊网',
    ]);
    expect(r.related).toEqual([
      '冬季观察白尾海雕的最佳季节与注意事项',
      '第一次观察海鸟最适合的五款双筒望远镜',
      '湖边的大雁今年比往年早一周飞来',
    ]);
  });
});

describe('the headline against a menu row', () => {
  it('passes over a row of menu entries, one printed again as the label under it (German)', () => {
    const r = dump([
      'RADIO NORDWELLE 98,4 — Die Stimme der Küste',
      'Start  Lokales  Region  Landwirtschaft  Sport  Podcasts  Kontakt',
      'Samstag, 15. Februar 2025  |  Husum 4 °C',
      'Landwirtschaft',
      'Trockenheit trifft die Gemüsebauern an der Küste: Ernte bricht um ein Drittel ein',
      'Die Gemüsebauern an der Westküste melden nach zwei Monaten ohne nennenswerten Regen deutlich kleinere Ernten als im Vorjahr.',
      'Besonders betroffen seien junge Pflanzungen, sagte der Vorsitzende des örtlichen Erzeugerverbands am Freitag in Husum.',
      'Der Verband fordert nun zinsgünstige Kredite und eine schnelle Entscheidung des Landes über eine Dürrehilfe.',
      'Von Jan Petersen  |  14. Februar 2025 – 18:40 Uhr',
      'Radio Nordwelle 98,4 — Husum — © 2025 Alle Rechte vorbehalten',
    ]);
    expect(r.title).toBe('Trockenheit trifft die Gemüsebauern an der Küste: Ernte bricht um ein Drittel ein');
    expect(r.section).toBe('Landwirtschaft');
  });
});

describe('a byline signed by an office of the site', () => {
  it('reads no byline in an office named after the abbreviation the copyright line gives the site (Spanish)', () => {
    const r = dump([
      'CEA Villanueva — Consorcio de Aguas y Alcantarillado',
      'Institucional | Servicios | Calidad del agua | Obras | Noticias | Contacto',
      'Avisos',
      'Las obras de la nueva tubería cortan el agua en doce barrios el jueves',
      'Publicado el 03/02/2026 a las 14:30',
      'Por Gabinete de Prensa del CEA',
      'El consorcio informa de que el suministro de agua se cortará el próximo jueves en doce barrios de la zona norte para conectar la nueva tubería.',
      'El corte empezará a las 8 y debería durar hasta las 20, aunque la presión puede tardar unas horas más en normalizarse.',
      'Los colegios y centros de salud de la zona recibirán camiones cisterna durante toda la jornada.',
      '© 2026 CEA Villanueva. Todos los derechos reservados.',
    ]);
    expect(r.byline).toBeNull();
  });
});
