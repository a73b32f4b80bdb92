-- Extensions kyoso needs, on PostgreSQL and on PGlite alike.
-- pg_trgm: trigram indexes for Japanese substring search (「見守り」 finds 「高齢者見守りサービス」).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
