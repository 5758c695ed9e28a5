import type { TocEntry } from './markdown.ts';

export const COGNITIVE_LEVELS = ['recall', 'application', 'analysis'] as const;
export type CognitiveLevel = (typeof COGNITIVE_LEVELS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const OPTION_LABELS = ['A', 'B', 'C', 'D'] as const;
export type OptionLabel = (typeof OPTION_LABELS)[number];

export interface Domain {
	id: string;
	blueprintId: string;
	name: string;
	weightRange: [number, number];
	/** Midpoint of the published range; normalised when items are allocated. */
	weight: number;
}

export interface Blueprint {
	id: string;
	title: string;
	description: string;
	domains: Domain[];
}

export interface Track {
	id: string;
	title: string;
	description: string;
	order: number;
	lessons: Lesson[];
}

export interface Lesson {
	/** `<track>/<slug>`: how questions and progress records refer to the lesson. */
	id: string;
	track: string;
	slug: string;
	order: number;
	title: string;
	summary: string;
	domains: string[];
	objectives: string[];
	html: string;
	toc: TocEntry[];
	wordCount: number;
	file: string;
}

export interface ItemOption {
	label: OptionLabel;
	html: string;
}

/** A bank item with its key. Server-only: never send one of these to a page before submission. */
export interface Item {
	id: string;
	type: 'single';
	domains: string[];
	level: CognitiveLevel;
	difficulty: Difficulty;
	lesson: string;
	source: string;
	stemHtml: string;
	/** Kept for duplicate-stem checks and search. */
	stemText: string;
	options: ItemOption[];
	key: OptionLabel;
	rationaleHtml: string;
	file: string;
}

export interface ExamDefinition {
	id: string;
	title: string;
	description: string;
	blueprint: string;
	itemCount: number;
}

export interface Library {
	blueprints: Map<string, Blueprint>;
	domains: Map<string, Domain>;
	tracks: Track[];
	lessons: Map<string, Lesson>;
	items: Map<string, Item>;
	exams: Map<string, ExamDefinition>;
}
