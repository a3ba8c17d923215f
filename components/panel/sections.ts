import type { ComponentType } from 'preact';
import { NotesSection } from '@/components/notes/NotesSection';
import { ReviewSection } from '@/components/review/ReviewSection';
import type { PanelSectionProps } from './contracts';

/** The sections below the analysis: notes and reviewer mode (both talk to the background for storage). */
export const PANEL_SECTIONS: ComponentType<PanelSectionProps>[] = [NotesSection, ReviewSection];
