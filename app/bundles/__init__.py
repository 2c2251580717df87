"""Evidence bundles: export, sealing, streamed ZIP assembly and download links."""
