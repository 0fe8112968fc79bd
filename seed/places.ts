import type { TransactionSql } from 'postgres';

/** The demo hierarchy: real place names in Guangzhou, two districts, three streets. */
export interface PlaceSeed {
	name: string;
	nameEn: string;
	children?: PlaceSeed[];
	/** Roads used for residents' addresses (communities only). */
	roads?: string[];
}

const grids = (count: number): PlaceSeed[] =>
	['第一网格', '第二网格', '第三网格'].slice(0, count).map((name, i) => ({
		name,
		nameEn: `Grid ${i + 1}`
	}));

export const CITY: PlaceSeed = {
	name: '广州市',
	nameEn: 'Guangzhou',
	children: [
		{
			name: '越秀区',
			nameEn: 'Yuexiu District',
			children: [
				{
					name: '北京街道',
					nameEn: 'Beijing Street',
					children: [
						{
							name: '盐运西社区',
							nameEn: 'Yanyunxi Community',
							roads: ['盐运西路', '豪贤路', '文德路'],
							children: grids(3)
						},
						{
							name: '仓边社区',
							nameEn: 'Cangbian Community',
							roads: ['仓边路', '大塘街'],
							children: grids(2)
						}
					]
				},
				{
					name: '东山街道',
					nameEn: 'Dongshan Street',
					children: [
						{
							name: '龟岗社区',
							nameEn: 'Guigang Community',
							roads: ['龟岗大马路', '寺贝通津'],
							children: grids(2)
						}
					]
				}
			]
		},
		{
			name: '天河区',
			nameEn: 'Tianhe District',
			children: [
				{
					name: '石牌街道',
					nameEn: 'Shipai Street',
					children: [
						{
							name: '南兴社区',
							nameEn: 'Nanxing Community',
							roads: ['石牌东路', '南兴南街'],
							children: grids(3)
						}
					]
				}
			]
		}
	]
};

export interface SeededPlace {
	id: number;
	name: string;
	level: 'city' | 'district' | 'street' | 'community' | 'grid';
	/** The district the place lies in, for addresses. */
	district: string;
	roads: string[];
}

const LEVELS = ['city', 'district', 'street', 'community', 'grid'] as const;

/** Inserts the tree parents first (the database fills each path) and returns every place by name. */
export async function insertPlaces(tx: TransactionSql): Promise<Map<string, SeededPlace>> {
	const byName = new Map<string, SeededPlace>();
	const visit = async (
		place: PlaceSeed,
		parentId: number | null,
		depth: number,
		district: string
	) => {
		const level = LEVELS[depth];
		if (!level) throw new Error(`the demo tree is deeper than the hierarchy at ${place.name}`);
		const [row] = await tx<{ id: number }[]>`
			insert into nodes (parent_id, level, name, name_en)
			values (${parentId}, ${level}, ${place.name}, ${place.nameEn})
			returning id`;
		if (!row) throw new Error(`could not insert ${place.name}`);
		const here = level === 'district' ? place.name : district;
		// Grids repeat their names across communities; only the first is kept by name, which is fine
		// because nothing below looks grids up by name.
		if (!byName.has(place.name)) {
			byName.set(place.name, {
				id: row.id,
				name: place.name,
				level,
				district: here,
				roads: place.roads ?? []
			});
		}
		for (const child of place.children ?? []) await visit(child, row.id, depth + 1, here);
	};
	await visit(CITY, null, 0, '');
	return byName;
}
