export {
	listReportAreas,
	loadDashboard,
	type AreaNode,
	type CommunityRow,
	type Dashboard,
	type DashboardDay
} from './dashboard';
export { foldDropoffs, foldLedger, snapshotCommunities } from './refresh';
export { refreshStats, STATS_CRONTAB, STATS_REFRESH_TASK, statsRefreshTask } from './job';
