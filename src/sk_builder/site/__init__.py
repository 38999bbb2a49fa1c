"""The static website: pages, data, search index and sitemap, built from the same Project as the decrees."""
