import type { Domain, Item, Lesson, OptionLabel } from '../content/types';

/**
 * An item exactly as a learner saw it in one attempt, stored with the attempt so review and
 * statistics stay true after the bank changes. Holds the key: server-only until submission.
 */
export interface ItemSnapshot {
	itemId: string;
	type: 'single';
	domainId: string;
	domainName: string;
	stemHtml: string;
	/** In displayed order; `label` is the letter the learner saw. */
	options: { label: OptionLabel; html: string }[];
	key: OptionLabel;
	rationaleHtml: string;
	source: string;
	lesson: { id: string; title: string } | null;
}

export function snapshotItem(item: Item, domain: Domain, lesson: Lesson | undefined): ItemSnapshot {
	return {
		itemId: item.id,
		type: item.type,
		domainId: domain.id,
		domainName: domain.name,
		stemHtml: item.stemHtml,
		// Bank order for now: rationales refer to options by letter, so shuffling needs them rewritten first.
		options: item.options.map((o) => ({ label: o.label, html: o.html })),
		key: item.key,
		rationaleHtml: item.rationaleHtml,
		source: item.source,
		lesson: lesson ? { id: lesson.id, title: lesson.title } : null
	};
}

/** What the page may show while the attempt is open: no key, no rationale, no source. */
export interface OpenItemView {
	position: number;
	domainName: string;
	stemHtml: string;
	options: { label: OptionLabel; html: string }[];
	response: string | null;
	flagged: boolean;
}

export function toOpenView(position: number, snapshot: ItemSnapshot, response: string | null, flagged: boolean): OpenItemView {
	return {
		position,
		domainName: snapshot.domainName,
		stemHtml: snapshot.stemHtml,
		options: snapshot.options.map((o) => ({ label: o.label, html: o.html })),
		response,
		flagged
	};
}
