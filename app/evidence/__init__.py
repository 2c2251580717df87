"""The evidence log: one append-only RFC 9162 Merkle log of receipts, its signed
checkpoints and its proofs."""
