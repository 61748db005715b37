export { ClinicalNoteLoaders } from './clinical-note.loaders.js';
export { ClinicalNote } from './models/clinical-note.model.js';
export { NotesModule } from './notes.module.js';
export { NOTE_MAX_LENGTH } from './dto/clinical-note.input.js';
export { ClinicalNoteConnection } from './clinical-note.resolver.js';
