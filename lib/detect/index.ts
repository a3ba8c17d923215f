/** Form detection: profiles (data + zod schema), pure matching, and the DOM scan. */
export { detectForm, editorFrameFields, pageTexts, mayHaveForm, type Detection, type DetectedField } from './detect';
export { BUILTIN_PROFILES, JOBNET_CV, MIN_PLAN, REHAB_FORBEREDENDE, REHAB_INDSTILLING } from './builtin-profiles';
export { FormProfileSchema, FormProfilesSchema, UrlHintSchema, parseProfiles, compileProfile, type FormProfile, type FormProfileInput } from './profiles';
export { foldLabel, labelWords } from './fold';
export { matchRole, matchRoleInSources, matchUrl, countSignatures, scoreProfile, DETECTION_THRESHOLD } from './match';
export { findCandidateFields, type CandidateField, type EditorKind, type FieldKind } from './fields';
