"""Indonesian text helpers: terbilang, dates, diktum ordinals, list markers and NIP."""
