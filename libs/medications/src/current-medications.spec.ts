import type { MedicationChangeRow } from '@oneplan/prisma';
import { currentMedications } from './current-medications.js';

let sequence = 0;
const change = (medicationName: string, changeType: string, dose: string, rxNormCode: string | null = null) =>
  ({
    id: `change-${++sequence}`,
    medicationName,
    rxNormCode,
    changeType,
    dose,
    route: 'oral',
    frequency: 'daily',
    targetSymptoms: [],
    effectiveAt: new Date(2026, 0, sequence),
  }) as unknown as MedicationChangeRow;

describe(currentMedications.name, () => {
  it('should keep the latest dose, show holds and drop stopped medications', () => {
    const list = currentMedications([
      change('Prazosin', 'START', '1 mg', '8629'),
      change('Naltrexone', 'START', '50 mg'),
      change('prazosin ', 'ADJUST', '2 mg', '8629'),
      change('Sertraline', 'START', '50 mg'),
      change('Sertraline', 'HOLD', '50 mg'),
      change('Naltrexone', 'STOP', '50 mg'),
    ]);
    expect(list.map(({ medicationName, dose, onHold }) => ({ medicationName, dose, onHold }))).toEqual([
      { medicationName: 'prazosin ', dose: '2 mg', onHold: false },
      { medicationName: 'Sertraline', dose: '50 mg', onHold: true },
    ]);
  });

  it('should be empty when nothing was prescribed', () => {
    expect(currentMedications([])).toEqual([]);
  });
});
