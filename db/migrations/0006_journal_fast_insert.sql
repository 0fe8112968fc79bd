ALTER TABLE "ledger_blocks" DROP CONSTRAINT "ledger_blocks_hashes";--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" DROP CONSTRAINT "ledger_journal_entries_hashes";--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" DROP CONSTRAINT "ledger_journal_entries_transfer_id_ledger_transfers_id_fk";
--> statement-breakpoint
ALTER TABLE "ledger_blocks" ADD CONSTRAINT "ledger_blocks_hashes" CHECK (octet_length("ledger_blocks"."merkle_root") = 64 and octet_length("ledger_blocks"."last_entry_hash") = 64 and octet_length("ledger_blocks"."prev_block_hash") = 64 and octet_length("ledger_blocks"."header_hash") = 64);--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" ADD CONSTRAINT "ledger_journal_entries_hashes" CHECK (octet_length("ledger_journal_entries"."prev_hash") = 64 and octet_length("ledger_journal_entries"."entry_hash") = 64);