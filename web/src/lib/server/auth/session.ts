export interface AuthUser {
	id: number;
	displayName: string;
}
export interface AuthSession {
	id: string;
	userId: number;
	expiresAt: Date;
}
