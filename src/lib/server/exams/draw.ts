import type { Blueprint, Item } from '../content/types';
import { allocateByWeight } from './allocate';
import { shuffle, type Random } from './random';

/** What a learner has done with an item before: drives the preference for unseen and missed items. */
export interface ItemHistory {
	lastCorrect: boolean | null;
}

export interface DrawnItem {
	item: Item;
	domainId: string;
}

export interface Shortfall {
	domainId: string;
	domainName: string;
	needed: number;
	available: number;
}

/** The bank cannot fill the blueprint; says which domains lack how many items. */
export class BankShortfallError extends Error {
	constructor(readonly shortfalls: Shortfall[]) {
		super(
			'The question bank is too small for this exam: ' +
				shortfalls.map((s) => `${s.domainName} (${s.domainId}) needs ${s.needed}, has ${s.available}`).join('; ')
		);
		this.name = 'BankShortfallError';
	}
}

// Unseen items first, then ones the learner got wrong (or left unanswered), then ones they got right.
function tier(history: ItemHistory | undefined): number {
	if (!history) return 0;
	return history.lastCorrect ? 2 : 1;
}

/**
 * Draws a form stratified by the blueprint's domain weights. Within a domain, items are taken by
 * preference tier and at random within a tier; the final order is shuffled so domains interleave.
 */
export function drawForm(
	blueprint: Blueprint,
	itemCount: number,
	bank: Iterable<Item>,
	history: Map<string, ItemHistory>,
	random: Random
): DrawnItem[] {
	const allocation = allocateByWeight(blueprint.domains, itemCount);
	const byDomain = new Map<string, Item[]>(blueprint.domains.map((d) => [d.id, []]));
	for (const item of bank) {
		for (const d of item.domains) byDomain.get(d)?.push(item);
	}

	const shortfalls: Shortfall[] = [];
	for (const domain of blueprint.domains) {
		const needed = allocation.get(domain.id) ?? 0;
		const available = byDomain.get(domain.id)!.length;
		if (available < needed) shortfalls.push({ domainId: domain.id, domainName: domain.name, needed, available });
	}
	if (shortfalls.length > 0) throw new BankShortfallError(shortfalls);

	const form: DrawnItem[] = [];
	for (const domain of blueprint.domains) {
		const needed = allocation.get(domain.id) ?? 0;
		const ranked = shuffle(byDomain.get(domain.id)!, random)
			.map((item) => ({ item, tier: tier(history.get(item.id)) }))
			.sort((a, b) => a.tier - b.tier);
		for (const { item } of ranked.slice(0, needed)) form.push({ item, domainId: domain.id });
	}
	return shuffle(form, random);
}
