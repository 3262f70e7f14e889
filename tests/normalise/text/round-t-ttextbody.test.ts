import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { describeLines } from '../../../src/normalise/text/features.js';

/** Shapes of round T's bylines, pictures and boxes inside and under the text, in invented text. */

const dump = (text: string) => normaliseTextDump(text, { url: null });

describe('a name, a bar and a desk of capitalised words, right over the date line', () => {
  it('is the author; the desk is no part of the text', () => {
    const item = dump(
      [
        'Zprávy',
        '',
        'Radnice opraví most přes řeku ještě před letní sezonou',
        '',
        'Oprava má stát dvanáct milionů korun a potrvá zhruba tři měsíce, uvedlo vedení města.',
        '',
        'Petra Dvořáková | Zpravodajství Olomouc',
        'středa 4. března 2026 | 10:15',
        '',
        'Město Olomouc zahájí opravu mostu přes řeku v dubnu. Práce mají skončit před začátkem letních prázdnin.',
        '',
        'Most je podle statiků v horším stavu, než se čekalo, a musí se vyměnit celé zábradlí i část nosníků.',
        '',
        'Řidiči budou muset po dobu oprav jezdit objížďkou přes sousední obec, autobusy pojedou podle výlukového jízdního řádu.',
      ].join('\n'),
    );
    expect(item.byline).toBe('Petra Dvořáková');
    expect(item.body.some((p) => p.includes('Zpravodajství'))).toBe(false);
  });
});

describe('a capitals heading, a priced pitch, a button and a login question between paragraphs', () => {
  it('is a paywall box: dropped, and the story under it stays', () => {
    const item = dump(
      [
        'Berita',
        '',
        'Warga desa menanam seribu pohon bakau di pesisir utara',
        '',
        'Kegiatan ini diikuti oleh pelajar, nelayan, dan petugas kecamatan selama dua hari berturut-turut.',
        '',
        'Penanaman dimulai pada hari Sabtu pagi di tiga titik yang paling parah terkena abrasi tahun lalu.',
        '',
        'KHUSUS UNTUK PELANGGAN',
        'Lanjutkan membaca dengan langganan digital mulai Rp 25.000 per bulan.',
        'Langganan sekarang',
        'Sudah berlangganan? Masuk',
        '',
        'Kepala desa mengatakan bahwa bibit bakau tersebut berasal dari kelompok tani setempat yang sudah lama merawatnya.',
        '',
        'Warga berharap hutan bakau yang baru dapat melindungi rumah mereka dari gelombang pasang pada musim hujan.',
      ].join('\n'),
    );
    expect(item.body.some((p) => /PELANGGAN|Rp 25|berlangganan\?/u.test(p))).toBe(false);
    expect(item.body).toHaveLength(4);
  });
});

describe('a count of comments over account names, each over a short comment and its stamp', () => {
  it('ends the text: neither the names nor the comments are the story', () => {
    const item = dump(
      [
        'Habari',
        '',
        'Wavuvi wa Kilwa wapata boti mpya tano kutoka halmashauri',
        '',
        'Halmashauri ya wilaya imekabidhi boti tano kwa vikundi vya wavuvi wadogo katika sherehe iliyofanyika jana.',
        '',
        'Mkuu wa wilaya alisema boti hizo zitasaidia wavuvi kufika maeneo ya mbali zaidi na kuongeza kipato chao.',
        '',
        'Vikundi hivyo vitarejesha mkopo huo kwa awamu ndani ya miaka mitatu, kwa mujibu wa makubaliano.',
        '',
        '3 maoni yaliyotolewa',
        '',
        'juma_k77',
        'Hongera sana kwa halmashauri yetu.',
        'saa 2 zilizopita · Jibu',
        '',
        'mama.neema',
        'Tunaomba na sisi wa Lindi tukumbukwe.',
        'saa 1 iliyopita · Jibu',
        '',
        'mzee_wa_pwani',
        'Boti tano hazitoshi kwa wavuvi wote.',
        'dakika 30 zilizopita · Jibu',
      ].join('\n'),
    );
    expect(item.body).toHaveLength(3);
    expect(item.body.some((p) => /maoni|juma_k77|Hongera/u.test(p))).toBe(false);
  });
});

describe('a credit printed alone over a caption of a sentence and a short note', () => {
  it('is the picture: the sentence above the credit is the standfirst, not the caption', () => {
    const item = dump(
      [
        'Doprava',
        '',
        'Nová lávka spojí obe časti mesta ponad rieku',
        '',
        '4. marca 2026, 10:15',
        '',
        'Stavba lávky trvala poldruha roka a mesto ju zaplatilo prevažne z vlastného rozpočtu a eurofondov.',
        '',
        'Foto: Ján Kováč / Príkladové noviny',
        'Nová lávka ráno. Archívna snímka',
        '',
        'Podľa primátora lávka denne skráti cestu niekoľkým tisícom ľudí, ktorí doteraz chodili na druhý breh rieky obchádzkou.',
        '',
        'Na otvorení sa zúčastnili obyvatelia okolia aj pracovníci stavebnej firmy, lávku večer rozsvietilo slávnostné osvetlenie.',
        '',
        'Budúci rok pribudnú pri oboch koncoch lávky aj nové cyklistické chodníky, uvádzajú plány mesta.',
      ].join('\n'),
    );
    expect(item.image).toEqual({
      url: null,
      caption: 'Nová lávka ráno. Archívna snímka',
      credit: 'Ján Kováč / Príkladové noviny',
    });
    expect(item.summary).toMatch(/^Stavba lávky/u);
    expect(item.body[0]).toMatch(/^Podľa primátora/u);
  });
});

describe('a menu row of short entries set apart by bars', () => {
  it('is no caption: its last entry is no photographer, unlike a caption before a bar and a name', () => {
    const [menu, caption] = describeLines([
      'Amata | Tala Fou | Faiga Faavae | Tamaoaiga | Taaloga | Aganuu | Ata',
      'Le uafu i le taeao o le Aso Gafua | Ioane Tuilagi',
    ]);
    expect(menu!.caption).toBeNull();
    expect(caption!.caption).toEqual({
      caption: 'Le uafu i le taeao o le Aso Gafua',
      credit: 'Ioane Tuilagi',
    });
  });
});

describe('three words of a Thai or Lao script where the author stands', () => {
  it('are a title or "by" word and a name of given name and surname: the name is the last two', () => {
    const item = dump(
      [
        'ข่าวท้องถิ่น',
        '',
        'เทศบาลเปิดตลาดเกษตรกรแห่งใหม่ริมแม่น้ำ',
        '',
        'ตลาดใหม่มีแผงค้ากว่าหนึ่งร้อยแผง และจะเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่เดือนหน้าเป็นต้นไป',
        '',
        'เรื่อง สมศรี ทองดี',
        '14 มีนาคม 2569 · ดู 2,310 ครั้ง',
        '',
        'นายกเทศมนตรีกล่าวในพิธีเปิดเมื่อเช้าวันจันทร์ว่า ตลาดแห่งนี้จะช่วยให้เกษตรกรรายย่อยขายผลผลิตได้โดยตรงกับผู้บริโภค',
        '',
        'เกษตรกรหลายรายบอกว่า พวกเขาเคยต้องขายผลผลิตให้พ่อค้าคนกลางในราคาที่ต่ำกว่าตลาดมาก',
        '',
        'เทศบาลยังวางแผนสร้างที่จอดรถเพิ่มเติมและห้องน้ำสาธารณะใกล้ตลาดภายในปีนี้',
      ].join('\n'),
    );
    expect(item.byline).toBe('สมศรี ทองดี');
  });
});

describe('a name of a script without case over a date line that carries a counter', () => {
  it('stands where the author does: the date row with its counter is a date line, the name the byline', () => {
    const item = dump(
      [
        'ព័ត៌មានក្នុងស្រុក',
        '',
        'សាលាក្រុងបើកផ្សារកសិករថ្មីនៅមាត់ទន្លេ',
        '',
        'ផ្សារថ្មីមានតូបលក់ជាងមួយរយ ហើយនឹងបើករៀងរាល់ថ្ងៃសៅរ៍និងអាទិត្យចាប់ពីខែក្រោយតទៅ។',
        '',
        'ហេង សុភា',
        'ថ្ងៃទី 14 មីនា 2026, ម៉ោង 09:30 ព្រឹក (GMT+7) · អាន 845 ដង',
        '',
        'អភិបាលក្រុងបានថ្លែងនៅក្នុងពិធីបើកកាលពីព្រឹកថ្ងៃច័ន្ទថា ផ្សារនេះនឹងជួយឱ្យកសិករខ្នាតតូចលក់ផលិតផលដោយផ្ទាល់ទៅអ្នកប្រើប្រាស់។',
        '',
        'កសិករជាច្រើននាក់និយាយថា ពួកគេធ្លាប់លក់ផលិតផលឱ្យឈ្មួញកណ្តាលក្នុងតម្លៃទាបជាងទីផ្សារ។',
        '',
        'សាលាក្រុងក៏មានគម្រោងសាងសង់ចំណតរថយន្តបន្ថែម និងបង្គន់សាធារណៈនៅជិតផ្សារក្នុងឆ្នាំនេះផងដែរ។',
      ].join('\n'),
    );
    expect(item.byline).toBe('ហេង សុភា');
    expect(item.body.some((p) => p.includes('845'))).toBe(false);
  });
});
