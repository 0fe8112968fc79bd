ALTER TABLE "ledger_outbox" DROP CONSTRAINT "ledger_outbox_transfer_id_ledger_transfers_id_fk";
--> statement-breakpoint
ALTER TABLE "ledger_fabric_outbox" DROP CONSTRAINT "ledger_fabric_outbox_transfer_id_ledger_transfers_id_fk";
