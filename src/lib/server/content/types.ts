import type { TocEntry } from './markdown.ts';

export const COGNITIVE_LEVELS = ['recall', 'application', 'analysis'] as const;
export type CognitiveLevel = (typeof COGNITIVE_LEVELS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const ITEM_TYPES = ['single', 'multiple', 'code'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const OPTION_LABELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type OptionLabel = (typeof OPTION_LABELS)[number];

export const CODE_SETS = ['ICD-10-CM', 'ICD-10-PCS', 'HCPCS Level II'] as const;
export type CodeSet = (typeof CODE_SETS)[number];

export interface Domain {
	id: string;
	blueprintId: string;
	name: string;
	weightRange: [number, number];
	/** Midpoint of the published range; normalised when items are allocated. */
	weight: number;
}

/** How a raw percentage is mapped to an estimated scaled score (see blueprints/*.yaml). */
export interface ScoreScale {
	min: number;
	max: number;
	pass: number;
	/** Assumed raw percent correct at the pass line: AHIMA does not publish raw cut scores. */
	passPercentEstimate: number;
}

export interface Blueprint {
	id: string;
	title: string;
	description: string;
	domains: Domain[];
	scale: ScoreScale;
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
	/** The letter as written in the bank; attempts show options shuffled under new letters. */
	label: OptionLabel;
	html: string;
	/** Why this option is wrong; null for a key option (the rationale explains the key). */
	whyHtml: string | null;
}

export interface ScenarioSet {
	id: string;
	title: string;
	caseHtml: string;
}

/**
 * A bank item with its key. Server-only: never send one of these to a page before submission.
 * Single and multiple items have options and a key (one letter, or two or more); code items have
 * the acceptable answers instead.
 */
export interface Item {
	id: string;
	type: ItemType;
	domains: string[];
	level: CognitiveLevel;
	difficulty: Difficulty;
	lesson: string;
	source: string;
	stemHtml: string;
	/** Kept for duplicate-stem checks and search. */
	stemText: string;
	options: ItemOption[];
	key: OptionLabel[];
	answers: string[];
	codeSet: CodeSet | null;
	rationaleHtml: string;
	set: ScenarioSet | null;
	file: string;
}

export const EXAM_KINDS = ['blueprint', 'domain', 'custom'] as const;
/** blueprint: a fixed form weighted like the exam; domain: one domain the learner picks; custom: domains and length the learner picks. */
export type ExamKind = (typeof EXAM_KINDS)[number];

export const MODES = ['exam', 'tutor'] as const;
/** exam: timed, no feedback until submission; tutor: untimed, key and rationale after each answer. */
export type Mode = (typeof MODES)[number];

export interface ExamDefinition {
	id: string;
	title: string;
	description: string;
	blueprint: string;
	kind: ExamKind;
	/** Scored items per attempt (for custom quizzes: the default length). */
	itemCount: number;
	/** Custom quizzes: the shortest and longest length a learner may choose. */
	minItems: number;
	maxItems: number;
	/** Time in exam mode, before any accommodation: a fixed limit or a rate per item; null = untimed. */
	timeLimitMinutes: number | null;
	minutesPerItem: number | null;
	modes: Mode[];
}

export interface Library {
	blueprints: Map<string, Blueprint>;
	domains: Map<string, Domain>;
	tracks: Track[];
	lessons: Map<string, Lesson>;
	items: Map<string, Item>;
	exams: Map<string, ExamDefinition>;
}
