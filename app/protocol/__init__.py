"""The wire format and cryptography shared by the server and the reference client.

Every byte layout, derivation and `info` string here is specified in
docs/protocol and checked against the test vectors in docs/vectors/.
"""
