import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round W's text dumps, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("an ad slot's label in words no list knows, over a subheading and its paragraph", () => {
  it('is dropped, and the subheading stays in the text, when the footer links the same word (Tamil)', () => {
    const item = dump([
      'காவிரி செய்திகள்',
      'முகப்பு',
      'தமிழகம்',
      'இந்தியா',
      'விளையாட்டு',
      '',
      'தமிழகம்',
      '',
      'திருச்சியில் புதிய பேருந்து நிலையம் திறப்பு, பயணிகள் மகிழ்ச்சி',
      '',
      '12 மார்ச் 2026, 10:15 IST',
      '',
      'திருச்சி பஞ்சப்பூரில் கட்டப்பட்ட புதிய ஒருங்கிணைந்த பேருந்து நிலையம் வியாழக்கிழமை காலை பயணிகளின் பயன்பாட்டுக்குத் திறக்கப்பட்டது. முதல் நாளிலேயே நூற்றுக்கணக்கான பேருந்துகள் இங்கிருந்து இயக்கப்பட்டன.',
      '',
      'மாநகராட்சி ஆணையர் கூறுகையில், பழைய நிலையத்தில் இருந்த நெரிசல் இனி குறையும் என்றும், நகரப் பேருந்துகளும் இங்கு வந்து செல்லும் என்றும் தெரிவித்தார்.',
      '',
      'விளம்பரம்',
      '',
      'பயணிகளுக்கு புதிய வசதிகள் இன்று அறிமுகம்',
      '',
      'நிலையத்தில் குளிரூட்டப்பட்ட காத்திருப்பு அறைகள், குடிநீர் வசதி மற்றும் மின்னணு அறிவிப்புப் பலகைகள் அமைக்கப்பட்டுள்ளன. மாற்றுத்திறனாளிகளுக்கான சாய்வுதளங்களும் உள்ளன.',
      '',
      'அடுத்த மாதம் முதல் இரவு நேரப் பேருந்துகளும் இங்கிருந்தே புறப்படும் என்று போக்குவரத்துக் கழக அதிகாரிகள் தெரிவித்தனர்.',
      '',
      'எங்களைப் பற்றி | தொடர்புக்கு | விளம்பரம் செய்ய | தனியுரிமைக் கொள்கை',
      '© 2026 காவிரி செய்திகள்',
    ]);
    expect(item.related).toEqual([]);
    expect(item.body).toContain('பயணிகளுக்கு புதிய வசதிகள் இன்று அறிமுகம்');
    expect(item.body).not.toContain('விளம்பரம்');
  });

  it('is found as a word inside a footer entry written without spaces (Burmese)', () => {
    const item = dump([
      'ဧရာဝတီသတင်း',
      'ပင်မစာမျက်နှာ',
      'ပြည်တွင်း',
      'နိုင်ငံတကာ',
      'အားကစား',
      '',
      'ပြည်တွင်း',
      '',
      'မန္တလေးတွင် မြို့ပတ်ရထားလမ်းအသစ် ဖွင့်လှစ်၍ ခရီးသည်များ ဝမ်းမြောက်',
      '',
      '၁၂ မတ် ၂၀၂၆',
      '',
      'မန္တလေးမြို့ မြို့ပတ်ရထားလမ်းအသစ်ကို ကြာသပတေးနေ့ နံနက်တွင် တရားဝင်ဖွင့်လှစ်ခဲ့ပြီး ပထမနေ့တွင် ခရီးသည် ထောင်ပေါင်းများစွာ စီးနင်းခဲ့ကြသည်။',
      '',
      'မြို့တော်စည်ပင်သာယာရေးကော်မတီက ရထားလမ်းသည် မြို့တွင်း ယာဉ်ကြောပိတ်ဆို့မှုကို လျှော့ချပေးမည်ဟု ပြောကြားခဲ့သည်။',
      '',
      'ကြော်ငြာ',
      '',
      'ဘူတာရုံများတွင် ခရီးသည်အတွက် အဆောက်အအုံသစ်များ',
      '',
      'ဘူတာရုံတိုင်းတွင် စောင့်ဆိုင်းခန်း၊ သောက်ရေနှင့် အီလက်ထရောနစ် ကြေညာဘုတ်များ တပ်ဆင်ထားပြီး မသန်စွမ်းသူများအတွက် ဆင်ခြေလျှောများလည်း ရှိသည်။',
      '',
      'လာမည့်လမှစ၍ ညဘက်ရထားများလည်း ပြေးဆွဲမည်ဖြစ်ကြောင်း မြန်မာ့မီးရထား အရာရှိများက ပြောကြားသည်။',
      '',
      'ကျွန်ုပ်တို့အကြောင်း | ကြော်ငြာထည့်ရန် | ဆက်သွယ်ရန်',
      '© ၂၀၂၆ ဧရာဝတီသတင်း',
    ]);
    expect(item.related).toEqual([]);
    expect(item.body).toContain('ဘူတာရုံများတွင် ခရီးသည်အတွက် အဆောက်အအုံသစ်များ');
    expect(item.body).not.toContain('ကြော်ငြာ');
  });
});

describe('the headline printed again under the lead picture', () => {
  it('has the standfirst under it, though the caption came first (Indonesian)', () => {
    const item = dump([
      'Warta Borneo',
      'Beranda',
      'Daerah',
      'Ekonomi',
      'Olahraga',
      '',
      'Daerah',
      '',
      'Banjir rob rendam tiga kelurahan di pesisir Pontianak',
      '',
      '12 Maret 2026 08:40 WIB',
      '',
      'Bagikan',
      'Facebook',
      'WhatsApp',
      '',
      'Petugas mengevakuasi warga lanjut usia dengan perahu karet di Kelurahan Siantan',
      'Foto: Rudi Hartono',
      '',
      'Banjir rob rendam tiga kelurahan di pesisir Pontianak',
      '',
      'Air pasang setinggi setengah meter masuk ke permukiman sejak Rabu malam, ratusan warga mengungsi ke masjid terdekat',
      '',
      'Pontianak – Air laut pasang yang datang bersamaan dengan hujan deras sejak Rabu malam merendam tiga kelurahan di pesisir utara kota. Di beberapa gang, air setinggi lutut orang dewasa belum surut hingga Kamis siang.',
      '',
      'Kepala badan penanggulangan bencana kota mengatakan ada lebih dari empat ratus keluarga yang terdampak, dan dapur umum telah dibuka di dua lokasi.',
      '',
      'Warga berharap pemerintah segera memperbaiki tanggul yang jebol sejak musim hujan tahun lalu.',
      '',
      '© 2026 Warta Borneo',
    ]);
    expect(item.summary).toBe(
      'Air pasang setinggi setengah meter masuk ke permukiman sejak Rabu malam, ratusan warga mengungsi ke masjid terdekat',
    );
    expect(item.image?.credit).toBe('Rudi Hartono');
    expect(item.body[0]).toMatch(/^Pontianak – Air laut pasang/u);
  });
});

describe("a credit label of two of the medium's words after the caption's last sentence", () => {
  it('keeps its first word out of the caption (Spanish, Dutch)', () => {
    const es = dump([
      'Diario del Puerto',
      'Portada',
      'Local',
      'Local',
      'Los pescadores de Barbate piden ampliar la lonja del puerto',
      'Por Marta Ruiz',
      '12 de marzo de 2026',
      'Pescadores descargan el atún en el muelle de Barbate al amanecer.',
      'Crédito foto: Ana López',
      'La cofradía de pescadores de Barbate ha pedido al ayuntamiento que amplíe la lonja, que se ha quedado pequeña para la flota actual.',
      'Según el patrón mayor, cada mañana se forman colas de camiones en la entrada del puerto por falta de espacio.',
    ]);
    expect(es.image).toEqual({
      url: null,
      caption: 'Pescadores descargan el atún en el muelle de Barbate al amanecer.',
      credit: 'Ana López',
    });
    const nl = dump([
      'Kustbode',
      'Nieuws',
      'Regio',
      'Regio',
      'Vissers in Den Helder vragen om grotere afslag in de haven',
      'Door Marieke de Boer',
      '12 maart 2026',
      'Vissers lossen hun vangst op de kade van Den Helder bij zonsopgang.',
      'Foto credit: Jan de Vries',
      'De vissers in Den Helder willen dat de gemeente de visafslag uitbreidt, omdat die te klein is geworden voor de huidige vloot.',
      'Volgens de voorzitter staan er elke ochtend vrachtwagens in de rij bij de ingang van de haven.',
    ]);
    expect(nl.image).toEqual({
      url: null,
      caption: 'Vissers lossen hun vangst op de kade van Den Helder bij zonsopgang.',
      credit: 'Jan de Vries',
    });
  });
});

describe('a menu entry printed again over a label the story never names, over the headline', () => {
  const page = (section: string, label: string) =>
    dump([
      'Gazeta Nadwiślańska',
      'Wiadomości',
      'Toruń',
      'Bydgoszcz',
      'Sport',
      'Kultura',
      'Opinie',
      'E-wydanie',
      'Zaloguj',
      'Prenumeruj',
      '',
      section,
      '',
      label,
      '',
      'Most w Toruniu zamknięty nocą do końca marca – kierowcy skarżą się na objazdy',
      '',
      'Od poniedziałku most drogowy przez Wisłę będzie zamykany każdej nocy, bo drogowcy wymieniają nawierzchnię.',
      '',
      'Tekst: Anna Kowalczyk',
      'Opublikowano 12.03.2026, 06:30',
      '',
      'Od poniedziałku most drogowy w Toruniu będzie zamykany codziennie od godziny 22 do 5 rano. Drogowcy wymieniają nawierzchnię na całej długości przeprawy.',
      '',
      'Kierowcy muszą w tym czasie korzystać z objazdu przez autostradę, co wydłuża drogę o kilkanaście kilometrów.',
      '',
      '– Pracuję na nocną zmianę w szpitalu i każda noc to teraz dodatkowe pół godziny jazdy – mówi pani Ewa, mieszkanka Podgórza.',
      '',
      'Kontakt | Reklama | Regulamin | Prywatność',
      '© 2026 Gazeta Nadwiślańska',
    ]);

  it("is the section: the label is a subscriber's badge or a column's name (Polish)", () => {
    expect(page('Toruń', 'Extra').section).toBe('Toruń');
    expect(page('Opinie', 'Felieton na wtorek').section).toBe('Opinie');
  });

  it('gives way to a label the story names, in another form of its word: a part of the section', () => {
    expect(page('Toruń', 'Podgórze').section).toBe('Podgórze');
  });
});
