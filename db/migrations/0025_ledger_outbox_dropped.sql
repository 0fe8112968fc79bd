-- The journal drainer now reads ledger_transfers after the last journaled seq: posting commits in
-- seq order under the posting lock, so that position is all the outbox told it. The rows still in
-- the outbox are exactly the transfers after that position, so nothing waiting is lost.
DROP TABLE "ledger_outbox" CASCADE;
