export { ClinicalNoteLoaders } from './clinical-note.loaders.js';
export { ClinicalNote } from './models/clinical-note.model.js';
export { NotesModule } from './notes.module.js';
