/**
 * Names in scripts without capitals, from invented sentences: family and given names the name
 * lists know, roles and titles in front of a person, institution words a body's name ends in or
 * opens with, and place suffixes; short forms folded into the full name.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('names in scripts without capitals', () => {
  it('reads Japanese family and given names, place suffixes and bureau names', () => {
    const e = caselessEntities([
      '南川市は20日、市立図書館の開館時間を延ばすと発表した。',
      '南川市教育局によると、利用者は年々増えている。市教育局は夏までに方針を決める。',
      '佐藤美咲館長は「多くの人に使ってほしい」と話した。同市では初めての試みだという。',
    ]);
    expect(e.people).toEqual(['佐藤美咲']);
    expect(e.places).toEqual(['南川市']);
    // "市教育局" is the short form of "南川市教育局"; "同市" ("the same city") names nothing.
    expect(e.organisations).toEqual(['南川市教育局']);
  });

  it('reads Korean names before the honorific, agency names, and not verbs ending like a place', () => {
    const e = caselessEntities([
      '마을 주민 박서연씨는 "밤새 잠을 못 잤다"고 말했다.',
      '기상청은 내일 오후 비가 그치면 강풍도 약해질 것이라고 밝혔다.',
      '이지훈 소방서장은 신고가 접수되면 바로 출동한다고 말했다. 피해는 대천리 일대에 집중됐다.',
    ]);
    expect(e.people).toEqual(['박서연', '이지훈']);
    expect(e.organisations).toEqual(['기상청']);
    expect(e.places).toEqual(['대천리']);
  });

  it('reads Hebrew persons after a role, and a town after its municipality', () => {
    const e = caselessEntities([
      'עיריית נחלים הודיעה כי הספרייה תיסגר לשיפוצים.',
      'דובר העירייה, יוסי גבאי, אמר כי העבודות יימשכו חודשיים. המינוי השנתי יעלה 80 שקלים.',
    ]);
    expect(e.people).toEqual(['יוסי גבאי']);
    expect(e.places).toEqual(['נחלים']);
    expect(e.organisations).toEqual(['עיריית נחלים']);
  });

  it('reads Arabic bodies with their definite complements and persons after a title', () => {
    const e = caselessEntities([
      'أعلنت هيئة الطرق أمس عن مشروع جديد.',
      'وقالت هيئة الطرق والمواصلات إن العمل يبدأ الشهر المقبل، بحسب المهندس سالم العامري.',
    ]);
    expect(e.people).toEqual(['سالم العامري']);
    expect(e.organisations).toEqual(['هيئة الطرق والمواصلات']);
  });

  it('reads Persian bodies, towns after their municipality, provinces named twice, and persons', () => {
    const e = caselessEntities([
      'به گزارش خبرگزاری مهرآوا از تبریز، پل تاریخی شهر دوباره باز شد.',
      'علی رضایی، مدیرکل میراث فرهنگی، گفت: هزینه را شهرداری تبریز پرداخت کرده است.',
      'استاندار آذرآباد نیز گفت این پل از آثار ثبت‌شده استان است. مردم استان آذرآباد خوشحال‌اند.',
    ]);
    expect(e.people).toEqual(['علی رضایی']);
    expect(e.organisations).toEqual(['خبرگزاری مهرآوا', 'شهرداری تبریز']);
    // "… استان است" ("… of the province is"): a word after "province" given once is no place.
    expect(e.places).toEqual(['تبریز', 'آذرآباد']);
  });

  it('reads Hindi persons after a role and places before a settlement noun', () => {
    const e = caselessEntities(['सीतापुर शहर में बिजली गुल रही। विधायक रमेश शर्मा ने कहा कि काम जारी है।']);
    expect(e.people).toEqual(['रमेश शर्मा']);
    expect(e.places).toEqual(['सीतापुर']);
  });

  it('finds nothing in a text with capitals', () => {
    const e = caselessEntities(['The mayor of Kelby, Ana Ruiz, opened the library.']);
    expect(e).toEqual({ people: [], places: [], organisations: [] });
  });
});

describe('places and persons of scripts the fake-data locales list', () => {
  it('finds a Georgian city in a case form and a given name with its surname', () => {
    const e = caselessEntities([
      'ბათუმში ახალი პარკი გაიხსნა.',
      'ლევან მამალაძის თქმით, ბათუმის პარკი ზაფხულამდე დასრულდება.',
    ]);
    expect(e.places).toEqual(['ბათუმი']);
    expect(e.people).toEqual(['ლევან მამალაძის']);
  });

  it('finds a Bengali city with a case ending', () => {
    const e = caselessEntities(['সিলেটে গতকাল ভারী বৃষ্টি হয়েছে। সিলেটের নদীগুলোতে পানি বাড়ছে।']);
    expect(e.places).toEqual(['সিলেট']);
  });

  it('finds a Thai province inside a run written without spaces', () => {
    const e = caselessEntities(['ฝนตกหนักในจังหวัดเชียงรายเมื่อคืนนี้ ถนนหลายสายถูกน้ำท่วม']);
    expect(e.places).toEqual(['เชียงราย']);
  });

  it('takes only whole words as places in Arabic script, and no given names', () => {
    // "المديرية" (the directorate) is not the province "المدية"; "امید" is a name and a word (hope).
    const e = caselessEntities(['قال مسؤول في المديرية إن امید الناس كبير، وإن ملتان تنتظر المطر.']);
    expect(e.places).toEqual(['ملتان']);
    expect(e.people).toEqual([]);
  });
  it('reads Chinese speakers before a verb of saying, bodies by their ending and the place they open with', () => {
    const e = caselessEntities([
      '青河县交通局昨日宣布，城东大桥将封闭施工两个月。',
      '“我们会尽量减少对市民出行的影响。”局长王海涛说。',
      '村委会已致函青河县政府，要求增开公交线路。',
    ]);
    expect(e.people).toEqual(['王海涛']);
    expect(e.places).toEqual(['青河县']);
    // "村委会" is cut at the function character after it; "青河县政府" starts at its place.
    expect(e.organisations).toEqual(['青河县交通局', '青河县政府']);
  });
  it('reads Thai names after an honorific, bodies up to a verb of reporting, and subdistricts', () => {
    const e = caselessEntities([
      'นายสมชาย ดีมาก นายกเทศมนตรี กล่าวว่า กรมทางหลวงชนบทรายงานว่า ถนนในตำบลบ้านใหม่ ซ่อมเสร็จแล้ว',
      'เทศบาลได้ติดตั้งป้ายเตือนทุกจุด',
    ]);
    expect(e.people).toEqual(['สมชาย ดีมาก']);
    // "เทศบาลได้ติดตั้ง…" holds an auxiliary verb: a clause, no body's name.
    expect(e.organisations).toEqual(['กรมทางหลวงชนบท']);
    expect(e.places).toEqual(['บ้านใหม่']);
  });
  it('reads an Arabic body with an indefinite complement, a governorate, and a servant-of name', () => {
    const e = caselessEntities([
      'أعلنت شركة كهرباء الريف الشمالي عن أعمال صيانة في محافظة الوادي.',
      'وقال المهندس سامي عبد الكريم إن الأعمال تنتهي مساء الأحد.',
    ]);
    expect(e.organisations).toEqual(['شركة كهرباء الريف الشمالي']);
    expect(e.places).toEqual(['الوادي']);
    expect(e.people).toEqual(['سامي عبد الكريم']);
  });
  it('reads a Tamil person by the initial written before the name', () => {
    const e = caselessEntities([
      'நகராட்சித் தலைவர் டி. பார்வதி திங்கள்கிழமை புதிய நூலகத்தைத் திறந்து வைத்தார்.',
      'நூலகர் எம். ஜெயக்குமார் கூறுகையில், தினமும் இருநூறு பேர் வருவார்கள் என்றார்.',
    ]);
    expect(e.people).toEqual(['டி. பார்வதி', 'எம். ஜெயக்குமார்']);
  });
  it('reads country names in the script of any language CLDR writes in it, with a case ending', () => {
    // Sinhala: "The delegation went to Japan and then to Germany." CLDR names both countries.
    const e = caselessEntities(['නියෝජිත කණ්ඩායම ජපානයට ගොස් පසුව ජර්මනියට ගියේය.']);
    expect(e.places).toEqual(['ජපානය', 'ජර්මනිය']);
  });
  it('reads a town of the Nepali list in Devanagari, and no short country name that is a word', () => {
    const nepali = caselessEntities(['विराटनगर उपमहानगरपालिकाले नयाँ पुस्तकालय खोलेको छ।']);
    expect(nepali.places).toEqual(['विराटनगर']);
    // Tamil "பெரு" ("big") is also the name of Peru: too short a country name to trust.
    const tamil = caselessEntities(['பெரு மழையால் சாலைகள் சேதமடைந்தன என்று அதிகாரிகள் தெரிவித்தனர்.']);
    expect(tamil.places).toEqual([]);
  });
});
