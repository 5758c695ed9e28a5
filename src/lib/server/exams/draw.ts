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

/** The chosen domains (all of the blueprint's when none given), each with its share of the form and its pool. */
function pools(blueprint: Blueprint, itemCount: number, bank: Iterable<Item>, domainIds?: readonly string[]) {
	const domains = domainIds ? blueprint.domains.filter((d) => domainIds.includes(d.id)) : blueprint.domains;
	if (domains.length === 0) throw new RangeError('choose at least one domain of this exam');
	const allocation = allocateByWeight(domains, itemCount);
	const byDomain = new Map<string, Item[]>(domains.map((d) => [d.id, []]));
	for (const item of bank) {
		for (const d of item.domains) byDomain.get(d)?.push(item);
	}
	return domains.map((domain) => ({ domain, needed: allocation.get(domain.id) ?? 0, pool: byDomain.get(domain.id)! }));
}

const shortfallsOf = (parts: ReturnType<typeof pools>): Shortfall[] =>
	parts
		.filter((p) => p.pool.length < p.needed)
		.map((p) => ({ domainId: p.domain.id, domainName: p.domain.name, needed: p.needed, available: p.pool.length }));

/** Which domains the bank cannot fill for this form; empty when it can be drawn. */
export function findShortfalls(blueprint: Blueprint, itemCount: number, bank: Iterable<Item>, domainIds?: readonly string[]): Shortfall[] {
	return shortfallsOf(pools(blueprint, itemCount, bank, domainIds));
}

/**
 * Draws a form stratified by the blueprint's domain weights (only `domainIds`, when given). Within a
 * domain, items are taken by preference tier and at random within a tier; the final order is
 * shuffled so domains interleave, except that items of one scenario set stay together.
 */
export function drawForm(
	blueprint: Blueprint,
	itemCount: number,
	bank: Iterable<Item>,
	history: Map<string, ItemHistory>,
	random: Random,
	domainIds?: readonly string[]
): DrawnItem[] {
	const parts = pools(blueprint, itemCount, bank, domainIds);
	const shortfalls = shortfallsOf(parts);
	if (shortfalls.length > 0) throw new BankShortfallError(shortfalls);

	const form: DrawnItem[] = [];
	for (const { domain, needed, pool } of parts) {
		const ranked = shuffle(pool, random)
			.map((item) => ({ item, tier: tier(history.get(item.id)) }))
			.sort((a, b) => a.tier - b.tier);
		for (const { item } of ranked.slice(0, needed)) form.push({ item, domainId: domain.id });
	}
	return keepSetsTogether(shuffle(form, random));
}

/** Moves each scenario set's items up to its first item, in bank order, so the case reads once in a row. */
function keepSetsTogether(form: DrawnItem[]): DrawnItem[] {
	const out: DrawnItem[] = [];
	const placed = new Set<string>();
	for (const drawn of form) {
		const set = drawn.item.set;
		if (!set) out.push(drawn);
		else if (!placed.has(set.id)) {
			placed.add(set.id);
			out.push(...form.filter((d) => d.item.set?.id === set.id));
		}
	}
	return out;
}
