-- Functions kyoso's tables need, on PostgreSQL and on PGlite alike.

-- The set of two-character pieces of a text, normalised (NFKC, lower case), without whitespace.
-- Japanese has no spaces between words, so substring search («見守り» in «高齢者見守りサービス»,
-- and two-character words such as «公園») is done with a GIN index over these pieces.
CREATE OR REPLACE FUNCTION kyoso_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g.b), '{}'::text[])
  FROM (SELECT lower(normalize(coalesce(t, ''), NFKC)) AS n) AS s,
       LATERAL (SELECT substr(s.n, i, 2) AS b FROM generate_series(1, char_length(s.n) - 1) AS i) AS g
  WHERE g.b !~ '\s';
$$;
