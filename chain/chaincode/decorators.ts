import * as api from 'fabric-contract-api';

/**
 * fabric-contract-api's decorators, typed so that both compilers accept them. The chaincode is
 * built by tsc with `experimentalDecorators` and `emitDecoratorMetadata` (the API reads the
 * parameter types from that metadata), while the app's type check uses standard decorators; a
 * decorator typed for either calling convention satisfies both.
 */
type MemberDecorator = (
	target: object,
	member: string | symbol | object,
	descriptor?: object
) => void;

export const Transaction = api.Transaction as (commit?: boolean) => MemberDecorator;
export const Returns = api.Returns as (type: string) => MemberDecorator;
