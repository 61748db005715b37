/** How notifications name a patient to their care team: first name, last initial and record number. */
export function patientLabel(patient: { firstName: string; lastName: string; recordNumber: string }): string {
  return `${patient.firstName} ${patient.lastName.charAt(0)}. (${patient.recordNumber})`;
}
