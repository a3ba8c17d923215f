import { NotesSection } from '@/components/notes/NotesSection';
import { ReviewSection } from '@/components/review/ReviewSection';
import type { PanelSection } from './Panel';

/** The tabs after "Fund": notes and reviewer mode (both talk to the background for storage). */
export const PANEL_SECTIONS: PanelSection[] = [
  { id: 'notes', Component: NotesSection },
  { id: 'review', Component: ReviewSection },
];
