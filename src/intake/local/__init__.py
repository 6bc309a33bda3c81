"""The local runtime: `intake serve` runs the API's one resolver behind a small HTTP server."""
