import type { MedicationChangeRow } from '@oneplan/prisma';

export interface CurrentMedicationEntry {
  medicationName: string;
  rxNormCode: string | null;
  dose: string;
  route: string;
  frequency: string;
  onHold: boolean;
  targetSymptoms: string[];
  lastChangeId: string;
  since: Date;
}

/** The same medication across changes: by RxNorm code when known, otherwise by name. */
export function medicationKey(change: Pick<MedicationChangeRow, 'rxNormCode' | 'medicationName'>): string {
  return change.rxNormCode ? `rx:${change.rxNormCode}` : `name:${change.medicationName.trim().toLowerCase()}`;
}

/** Derives the current medication list from the changes (oldest first, or only the latest of each): the latest change of each wins. */
export function currentMedications(changes: MedicationChangeRow[]): CurrentMedicationEntry[] {
  const latest = new Map<string, MedicationChangeRow>();
  for (const change of changes) latest.set(medicationKey(change), change);
  return [...latest.values()]
    .filter((change) => change.changeType !== 'STOP')
    .map((change) => ({
      medicationName: change.medicationName,
      rxNormCode: change.rxNormCode,
      dose: change.dose,
      route: change.route,
      frequency: change.frequency,
      onHold: change.changeType === 'HOLD',
      targetSymptoms: change.targetSymptoms,
      lastChangeId: change.id,
      since: change.effectiveAt,
    }))
    .sort((a, b) => a.medicationName.localeCompare(b.medicationName));
}
