"""The evidence log: one append-only RFC 9162 Merkle log of receipts, its signed
checkpoints and its proofs, and the independent time kept with its checkpoints
(RFC 3161 time-stamp tokens, witness cosignatures)."""
