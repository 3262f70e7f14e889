import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { parseByline } from '../../../src/normalise/text/lines.js';

/** Header shapes of round S, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("a site's masthead over the trail and the section label", () => {
  it('holds no headline: its opening hours are no standfirst, the line under the label is the title', () => {
    const item = dump([
      'Langsung ke konten',
      'Perpustakaan Daerah Kota Sukamaju',
      'Taman Bacaan Anak Kota Sukamaju',
      'Beranda | Profil | Layanan | Berita | Galeri | Kontak',
      'Buka Senin sampai Sabtu, pukul 08.00 sampai 16.00, masuk gratis',
      'Cari di situs',
      '',
      'Anda di sini: Beranda > Berita > Kegiatan',
      '',
      'Kegiatan',
      '',
      'Perpustakaan daerah membuka pojok baca baru untuk anak-anak',
      '',
      'Diterbitkan 4 Maret 2026 pukul 10.15',
      '',
      'Pojok baca baru di lantai dua perpustakaan dibuka untuk umum mulai Senin pagi dan langsung ramai dikunjungi.',
      'Kepala perpustakaan mengatakan bahwa koleksi buku anak bertambah lebih dari lima ratus judul tahun ini.',
      'Pengunjung dapat meminjam hingga tiga buku sekaligus dengan kartu anggota yang masih berlaku.',
      '',
      'Taman Bacaan Anak Kota Sukamaju',
      'Jalan Merdeka 12, Sukamaju',
    ]);
    expect(item.title).toBe('Perpustakaan daerah membuka pojok baca baru untuk anak-anak');
    expect(item.section).toBe('Kegiatan');
    expect(item.summary).toBeNull();
  });

  it('ends at a trail the line reader does not know, when the label under it repeats its last crumb', () => {
    const item = dump([
      '본문 바로가기',
      '햇살마을 주민자치회',
      '마을과 함께 걷는 따뜻한 이웃',
      '홈 ｜ 자치회 소개 ｜ 마을 소식 ｜ 공지사항 ｜ 참여 마당',
      '민원 상담은 평일 오전 9시부터 오후 6시까지 주민센터 2층 민원실에서 받습니다',
      '홈 ＞ 마을 소식 ＞ 행사 소식',
      '행사 소식',
      '어르신 김장 나눔 행사 열려',
      '주민 자원봉사자 40여 명이 김치 300포기를 담가 홀몸 어르신 120가구에 전달했다.',
      '행사는 지난 토요일 오전 마을회관 앞마당에서 열렸으며 자원봉사자들이 이른 아침부터 배추를 절였다.',
      '자치회장은 올해 처음으로 청소년 봉사단도 함께 참여해 의미가 더 컸다고 말했다.',
      '김치는 통장들이 직접 각 가정을 방문해 전달했으며 안부도 함께 살폈다.',
    ]);
    expect(item.title).toBe('어르신 김장 나눔 행사 열려');
    expect(item.section).toBe('행사 소식');
  });
});

describe('a row of metadata opening with a date in words no list knows, under a sentence under the headline', () => {
  it('is where the date stands: the sentence over it is the standfirst, not the first paragraph', () => {
    const item = dump([
      'Nius',
      'Ol meri long Goroka i opim nupela maket long taun',
      'Moa long tupela handet maket meri bai salim kaikai long nupela haus maket long taun.',
      'Fonde, 12 Mas 2026, long 10:15 moning (taim bilong Mosbi) · Ripot bilong Meri Kila · 318 ritim',
      'Nupela haus maket i gat ruf na wara, na ol meri i no ken sanap long ren moa taim ol i salim kaikai.',
      'Praim minista bilong provins i tok gavman i baim haus maket long mani bilong rot na bris.',
      'Ol meri i tok tenkyu na i askim gavman long putim lait tu bilong nait maket.',
    ]);
    expect(item.summary).toBe(
      'Moa long tupela handet maket meri bai salim kaikai long nupela haus maket long taun.',
    );
    expect(item.body[0]).toBe(
      'Nupela haus maket i gat ruf na wara, na ol meri i no ken sanap long ren moa taim ol i salim kaikai.',
    );
  });
});

describe('a byline whose "by" follows the name, a role after a bar, over the headline', () => {
  it('is the byline, not the headline', () => {
    const item = dump([
      'Bosh sahifa / Yangiliklar / Madaniyat',
      'Madaniyat',
      'Dilnoza Rahimova tomonidan | muxbir',
      '12.03.2026, 09:15',
      'Samarqandda yangi bolalar kutubxonasi ochildi',
      "Kutubxonada besh mingdan ortiq kitob bor va u har kuni ertalab soat to'qqizdan ochiq bo'ladi.",
      'Shahar hokimi ochilish marosimida bolalar uchun yana ikkita kutubxona qurilishini aytdi.',
      "Kitobxonlar kutubxonaga bepul a'zo bo'lishlari mumkin.",
    ]);
    expect(item.title).toBe('Samarqandda yangi bolalar kutubxonasi ochildi');
    expect(item.byline).toBe('Dilnoza Rahimova');
    expect(item.summary).toBeNull();
  });

  it('reads the name in a script without capitals, a role after a comma', () => {
    expect(parseByline('सुनीता वर्मा द्वारा, संवाददाता')?.names).toBe('सुनीता वर्मा');
  });

  it('reads no sentence whose agent is no person', () => {
    expect(parseByline('Bu karar belediye meclisi tarafından')).toBeNull();
  });
});

describe('a label of a word alone between the date line and a sentence, the picture under the sentence', () => {
  it('names the standfirst: the sentence is the summary, though the paragraph under the picture is no longer', () => {
    const item = dump([
      'Tiedotteet',
      'Uusi lautta liikennöi Nauvon reitillä syyskuusta alkaen',
      'Julkaistu 4.8.2026 klo 15.00',
      'Lyhyesti',
      'Vanhan lautan korvaava uusi alus aloittaa liikenteen syyskuun alussa, ja sen kyytiin mahtuu kahdeksan autoa aiempaa enemmän.',
      'Uusi lautta koeajolla Turun edustalla heinäkuussa (Kuva: Anna Lehto)',
      'Varustamo otti uuden lautan vastaan telakalta elokuun alussa, ja se siirtyy reitille ensimmäisestä vuorosta lähtien.',
      'Aluksessa on hissi ja esteetön wc, ja matkustamo on kokonaan savuton alueeltaan.',
      'Polttoaineen kulutus laskee varustamon mukaan noin viidenneksellä vanhaan alukseen verrattuna.',
    ]);
    expect(item.summary).toBe(
      'Vanhan lautan korvaava uusi alus aloittaa liikenteen syyskuun alussa, ja sen kyytiin mahtuu kahdeksan autoa aiempaa enemmän.',
    );
    expect(item.body[0]).toBe(
      'Varustamo otti uuden lautan vastaan telakalta elokuun alussa, ja se siirtyy reitille ensimmäisestä vuorosta lähtien.',
    );
  });
});

describe('a section label in capitals under a trail ending in the same word', () => {
  const page = (menu: string) => [
    'Radio Kras',
    menu,
    'Domov › Novice › Pokrajina',
    'POKRAJINA',
    'V Sežani odprli prenovljeno knjižnico za otroke in mlade',
    'Objavljeno 4. 3. 2026 ob 10.15',
    'Prenovljena knjižnica ima nov oddelek za najmlajše bralce in prostor za učenje.',
    'Župan je ob odprtju povedal, da so prenovo večinoma plačali iz evropskih sredstev.',
    'Knjižnica bo odprta vse dni v tednu razen nedelje.',
  ];
  it('is printed as the page prints it, when the menu has no such entry', () => {
    expect(dump(page('Domov | Novice | Šport | Kultura | Kontakt')).section).toBe('POKRAJINA');
  });
  it("is named in the trail's case when the menu prints the entry so too", () => {
    expect(dump(page('Domov | Novice | Pokrajina | Šport | Kontakt')).section).toBe('Pokrajina');
  });
});
