import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round U's text leftovers, in invented text: a date row whose label words no list knows, with a
 * counter beside it, still states the instant of the month it names; a most-read list's header,
 * in words no list knows, named by the verb of the page's inline "read also" label, ends the
 * related list; titles bulleted by an arrow under a header are the related list, not a pager's links.
 */

const dump = (text: string) => normaliseTextDump(text, { url: null });

const KHMER = [
  'សំឡេងខេត្តភ្នំ',
  '',
  'ទំព័រដើម | នយោបាយ | សេដ្ឋកិច្ច | សង្គម | កីឡា',
  '',
  'កសិកម្ម',
  '',
  'ស្រុកភ្នំថ្មីជួសជុលទំនប់ទឹកអូរស្វាយ ជួយកសិករ ៩០០ គ្រួសារ',
  '',
  'គម្រោងនេះរំពឹងថានឹងបញ្ចប់មុនរដូវវស្សាឆ្នាំនេះ ហើយនឹងបញ្ជូនទឹកទៅស្រែបាន ៦០០ ហិកតា។',
  '',
  'ដោយ ចាន់ សុភា',
  'ថ្ងៃទី 14 មីនា 2026, ម៉ោង 09:30 នាទី (GMT+7)  ·  អាន 1.245 ដង',
  '',
  'ភ្នំថ្មី – អាជ្ញាធរស្រុកភ្នំថ្មី បានចាប់ផ្តើមជួសជុលទំនប់ទឹកអូរស្វាយ ដែលត្រូវទឹកជំនន់បំផ្លាញកាលពីឆ្នាំមុន ដើម្បីឱ្យកសិករប្រមាណ ៩០០ គ្រួសារ អាចដាំស្រូវប្រាំងបានវិញ។',
  '',
  'លោក កែវ វណ្ណា អភិបាលស្រុក បានប្រាប់ថា គម្រោងនេះមានតម្លៃសរុប ២ ពាន់លានរៀល ដែលភាគច្រើនមកពីមូលនិធិអភិវឌ្ឍន៍ជនបទ។',
  '',
  '«បើទំនប់បញ្ចប់ទាន់ពេល យើងអាចបញ្ជូនទឹកទៅស្រែបាន ៦០០ ហិកតា នៅរដូវប្រាំងខាងមុខ» លោក វណ្ណា បាននិយាយ។',
  '',
  'ក្រុមហ៊ុនម៉ៅការរំពឹងថានឹងបញ្ចប់ការងារសំខាន់ៗនៅចុងខែឧសភា មុនរដូវវស្សាមកដល់។',
].join('\n');

describe('a date row in words no list knows, a counter beside it', () => {
  it('gives the instant its read month, time and zone state', () => {
    const item = dump(KHMER);
    expect(item.published).toBe('2026-03-14T09:30:00+07:00');
    expect(item.title).toBe('ស្រុកភ្នំថ្មីជួសជុលទំនប់ទឹកអូរស្វាយ ជួយកសិករ ៩០០ គ្រួសារ');
  });
  it('gives none when the row names no time', () => {
    const item = dump(KHMER.replace('ម៉ោង 09:30 នាទី (GMT+7)', 'ម៉ោង (GMT+7)'));
    expect(item.published).toBeNull();
  });
});

const LITHUANIAN = [
  'Pajūrio žinios',
  '',
  'Miškai',
  '',
  'Girių kaime atkurta sena medinė lentpjūvė',
  '',
  'Lentpjūvę prikėlė vietos bendruomenė ir du amatininkai iš Kalnėnų.',
  'Autorius: Tomas Rimkus',
  '',
  'Girių kaimo bendruomenė šeštadienį atidarė atkurtą XIX amžiaus medinę lentpjūvę, kuri dar prieš dešimtmetį stovėjo be stogo.',
  'Darbus trejus metus vedė amatininkai Jonas Pakalnis ir Vytas Gudas, padedami savanorių iš aplinkinių kaimų.',
  'Skaitykite taip pat: Kalnėnų malūnas vėl mals grūdus po penkiasdešimties metų',
  'Lentpjūvė veiks muziejaus principu, tačiau vasarą joje bus rengiamos amatų dirbtuvės vaikams ir jaunimui.',
  'Bendruomenės pirmininkė Rūta Vaitkienė sakė, kad lankytojų tikimasi sulaukti jau šią vasarą.',
  'Susiję straipsniai',
  'Senųjų amatų mugė sugrįžta į Kalnėnų miestelio aikštę',
  'Savanoriai sutvarkė apleistą dvaro parką prie ežero',
  'Skaitomiausi šios savaitės',
  'Degalų kainos vėl šoktelėjo aukštyn visose šalies degalinėse',
  'Krepšinio rinktinė paskelbė išplėstinę sudėtį vasaros turnyrui',
  'Apie mus | Kontaktai | Reklama',
].join('\n');

const WELSH = [
  'Newyddion y Fro',
  '',
  'Natur',
  '',
  'Hen bont bren dros afon Gwyrfai wedi ei hadfer',
  '',
  'Gwirfoddolwyr a dau saer lleol fu wrthi am ddwy flynedd.',
  'Gan Elin Pritchard',
  '',
  "Cafodd yr hen bont bren dros afon Gwyrfai ei hailagor ddydd Sadwrn ar ôl dwy flynedd o waith gan wirfoddolwyr o'r pentref.",
  "Dywedodd y saer Gwilym Roberts fod y rhan fwyaf o'r coed gwreiddiol wedi pydru ond bod y cerrig yn dal yn gadarn.",
  'Darllenwch hefyd: Melin ddŵr Cwm Eithin yn malu blawd eto ar ôl hanner canrif',
  "Bydd y bont ar agor i gerddwyr a beicwyr drwy'r flwyddyn, meddai'r cyngor cymuned.",
  "Mae'r gwirfoddolwyr bellach yn codi arian i adfer yr hen giât haearn ar ben y llwybr.",
  "Rhagor o'r ardal",
  "Ffair grefftau'r pentref yn dychwelyd i'r sgwâr ym mis Mai",
  'Gwirfoddolwyr yn clirio hen ardd y plas ger y llyn',
  "Straeon sydd wedi'u darllen fwyaf",
  'Prisiau tanwydd yn codi eto ym mhob gorsaf betrol yng Nghymru',
  'Tîm pêl-droed y merched yn cyhoeddi carfan ar gyfer y bencampwriaeth',
].join('\n');

describe("a most-read header sharing the read-also label's verb", () => {
  it('ends a related list read under its header', () => {
    expect(dump(LITHUANIAN).related).toEqual([
      'Kalnėnų malūnas vėl mals grūdus po penkiasdešimties metų',
      'Senųjų amatų mugė sugrįžta į Kalnėnų miestelio aikštę',
      'Savanoriai sutvarkė apleistą dvaro parką prie ežero',
    ]);
  });
  it('ends a related list found by its shape, however long the header', () => {
    expect(dump(WELSH).related).toEqual([
      'Melin ddŵr Cwm Eithin yn malu blawd eto ar ôl hanner canrif',
      "Ffair grefftau'r pentref yn dychwelyd i'r sgwâr ym mis Mai",
      'Gwirfoddolwyr yn clirio hen ardd y plas ger y llyn',
    ]);
  });
  it('keeps a title holding the label\'s own word again (its "also")', () => {
    const other = WELSH.replace("Straeon sydd wedi'u darllen fwyaf", 'Hefyd ar agor: caffi newydd y pentref');
    expect(dump(other).related).toContain('Hefyd ar agor: caffi newydd y pentref');
  });
});

const ALBANIAN = [
  'Gazeta e Luginës',
  '',
  'Bujqësi',
  '',
  'Tregu i fshatit Qafëzezë rihapet pas rindërtimit',
  '',
  'Tregtarët kthehen në tezgat e reja pas tetë muajsh punimesh.',
  'Nga Arta Kelmendi',
  '',
  'Tregu i vjetër i fshatit Qafëzezë u rihap të shtunën pas tetë muajsh punimesh, me tezga të reja prej druri dhe një çati të re.',
  'Kryetari i fshatit, Bledar Hoxha, tha se punimet kushtuan rreth dyzet mijë euro, të mbledhura nga komuna dhe nga banorët.',
  'Tregtarët thonë se tani mund të punojnë edhe kur bie shi, gjë që më parë ishte e pamundur.',
  '',
  'Lajme të tjera nga fshati',
  '→ Shkolla e fshatit merr kompjuterë të rinj nga komuna',
  '→ Çmimi i misrit rritet në tregjet e luginës këtë javë',
  '',
  '© 2026 Gazeta e Luginës',
].join('\n');

describe('titles bulleted by an arrow', () => {
  it('are the related list, its header left out', () => {
    expect(dump(ALBANIAN).related).toEqual([
      'Shkolla e fshatit merr kompjuterë të rinj nga komuna',
      'Çmimi i misrit rritet në tregjet e luginës këtë javë',
    ]);
  });
  it("leave a pager's one arrowed link out", () => {
    const pager = ALBANIAN.replace('→ Shkolla e fshatit merr kompjuterë të rinj nga komuna\n', '');
    expect(dump(pager).related).toEqual([]);
  });
});
