/**
 * The demo logins, stable across runs so that e2e tests and the README can name them. Everyone
 * shares DEMO_PASSWORD. All the community-level accounts live in 盐运西社区 (DEMO_COMMUNITY).
 */
export const DEMO_PASSWORD = 'linli-demo-2026';

export const DEMO_CITY = '广州市';
export const DEMO_COMMUNITY = '盐运西社区';
export const DEMO_STREET = '北京街道';

export const DEMO_RESIDENT = { phone: '13800000001', name: '王秀英' } as const;
export const DEMO_COMMITTEE = { phone: '13800000002', name: '陈建华' } as const;
export const DEMO_UNVERIFIED = { phone: '13800000003', name: '李明' } as const;
export const DEMO_ORGANISER = { phone: '13800000004', name: '张丽' } as const;
export const DEMO_INSPECTOR = { phone: '13800000005', name: '刘强' } as const;
export const DEMO_PARTNER = { phone: '13800000006', name: '黄志强' } as const;
export const DEMO_AUDITOR = { phone: '13800000007', name: '周敏' } as const;
export const DEMO_ADMIN = {
	phone: '13800000008',
	email: 'admin@linli.example',
	name: '孙平'
} as const;
/** Committee on the whole street (北京街道): verifies in both of its communities. */
export const DEMO_STREET_COMMITTEE = { phone: '13800000009', name: '赵桂兰' } as const;

/** One login per role, in the order the start banner prints them. */
export const DEMO_LOGINS = [
	{ role: 'resident', login: DEMO_RESIDENT.phone },
	{ role: 'unverified', login: DEMO_UNVERIFIED.phone },
	{ role: 'organiser', login: DEMO_ORGANISER.phone },
	{ role: 'committee', login: DEMO_COMMITTEE.phone },
	{ role: 'inspector', login: DEMO_INSPECTOR.phone },
	{ role: 'partner', login: DEMO_PARTNER.phone },
	{ role: 'auditor', login: DEMO_AUDITOR.phone },
	{ role: 'admin', login: DEMO_ADMIN.phone }
] as const;
