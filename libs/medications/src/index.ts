export { currentMedications, medicationKey } from './current-medications.js';
export { MedicationsModule } from './medications.module.js';
