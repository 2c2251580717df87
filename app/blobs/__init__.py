"""The store for encrypted attachment chunks (ciphertext only), behind a backend-neutral API."""
