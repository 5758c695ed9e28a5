import type { Domain, Item, ItemType, Lesson, OptionLabel } from '../content/types';
import { OPTION_LABELS } from '../content/types';
import { shuffle, type Random } from './random';

export interface SnapshotOption {
	/** The letter the learner saw. */
	label: OptionLabel;
	/** The letter in the bank, for item analysis across attempts. */
	bankLabel: OptionLabel;
	html: string;
	whyHtml: string | null;
}

/**
 * An item exactly as a learner saw it in one attempt: options in the shuffled order and under the
 * letters shown, with the key mapped to those letters. Stored with the attempt so review and
 * statistics stay true after the bank changes. Holds the key: server-only until feedback is due.
 */
export interface ItemSnapshot {
	itemId: string;
	type: ItemType;
	domainId: string;
	domainName: string;
	stemHtml: string;
	case: { title: string; html: string } | null;
	options: SnapshotOption[];
	/** Displayed letters of the key (single: one; multiple: two or more); empty for code items. */
	key: OptionLabel[];
	/** Acceptable codes for code items. */
	answers: string[];
	codeSet: string | null;
	rationaleHtml: string;
	source: string;
	lesson: { id: string; title: string } | null;
}

export function snapshotItem(item: Item, domain: Domain, lesson: Lesson | undefined, random: Random): ItemSnapshot {
	const shown = shuffle(item.options, random).map((o, i) => ({
		label: OPTION_LABELS[i]!,
		bankLabel: o.label,
		html: o.html,
		whyHtml: o.whyHtml
	}));
	return {
		itemId: item.id,
		type: item.type,
		domainId: domain.id,
		domainName: domain.name,
		stemHtml: item.stemHtml,
		case: item.set ? { title: item.set.title, html: item.set.caseHtml } : null,
		options: shown,
		key: shown.filter((o) => item.key.includes(o.bankLabel)).map((o) => o.label),
		answers: item.answers,
		codeSet: item.codeSet,
		rationaleHtml: item.rationaleHtml,
		source: item.source,
		lesson: lesson ? { id: lesson.id, title: lesson.title } : null
	};
}

/** What a page may show before feedback is due: no key, no explanations, no source. */
export interface OpenItemView {
	position: number;
	type: ItemType;
	domainName: string;
	stemHtml: string;
	case: { title: string; html: string } | null;
	options: { label: OptionLabel; html: string }[];
	/** How many options to choose (multiple response). */
	choose: number;
	codeSet: string | null;
	response: string | null;
	flagged: boolean;
}

export function toOpenView(position: number, snapshot: ItemSnapshot, response: string | null, flagged: boolean): OpenItemView {
	return {
		position,
		type: snapshot.type,
		domainName: snapshot.domainName,
		stemHtml: snapshot.stemHtml,
		case: snapshot.case,
		options: snapshot.options.map((o) => ({ label: o.label, html: o.html })),
		choose: snapshot.type === 'multiple' ? snapshot.key.length : 1,
		codeSet: snapshot.codeSet,
		response,
		flagged
	};
}

/** Key, explanations and source: shown after submission, or in tutor mode once an item is checked. */
export interface FeedbackView {
	correct: boolean;
	key: OptionLabel[];
	answers: string[];
	options: { label: OptionLabel; html: string; whyHtml: string | null }[];
	rationaleHtml: string;
	source: string;
	lesson: { id: string; title: string } | null;
}

export function toFeedbackView(snapshot: ItemSnapshot, correct: boolean): FeedbackView {
	return {
		correct,
		key: snapshot.key,
		answers: snapshot.answers,
		options: snapshot.options.map((o) => ({ label: o.label, html: o.html, whyHtml: o.whyHtml })),
		rationaleHtml: snapshot.rationaleHtml,
		source: snapshot.source,
		lesson: snapshot.lesson
	};
}
