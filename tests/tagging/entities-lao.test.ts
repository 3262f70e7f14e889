/**
 * Names in Lao script from invented sentences: a person after a title (and a doctor's "ດຣ."), a
 * district glued to its noun in a short phrase, a body opening with its kind; not a clause that
 * opens with "district" nor "hospital, already".
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('names in Lao script', () => {
  it('reads titled persons, districts and bodies', () => {
    const e = caselessEntities([
      'ທ່ານ ດຣ. ສົມພອນ ແກ້ວມະນີ ຫົວໜ້າ ພະແນກກະສິກຳແຂວງ ກ່າວວ່າ ເມືອງນາຄຳ ມີຝົນຕົກຫຼາຍ.',
      'ເມືອງທີ່ພົບຜູ້ປ່ວຍຫຼາຍທີ່ສຸດແມ່ນ ເມືອງນາຄຳ. ລູກໄດ້ອອກຈາກໂຮງໝໍແລ້ວ.',
    ]);
    expect(e.people).toEqual(['ສົມພອນ ແກ້ວມະນີ']);
    expect(e.places).toEqual(['ນາຄຳ']);
    expect(e.organisations).toEqual(['ພະແນກກະສິກຳແຂວງ']);
  });
});
