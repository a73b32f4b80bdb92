-- kyoso_bigrams() again, same results, about 15 to 50 times cheaper (docs/PERFORMANCE.md).
--
-- The first version (0000_extensions.sql) was a LANGUAGE sql function that cannot be inlined
-- (it aggregates), so PostgreSQL 15 planned its query again on every call, and it cut the text
-- with substr(text, i, 2), which walks the string from its start each time (quadratic in the
-- length). Every insert and every save of a proposal or a theme computes it for the generated
-- search column: about 7 ms a row, 100,000 rows in 12 minutes.
--
-- Here PL/pgSQL keeps the plan of its query, and the text is split into characters once and
-- paired with the next character (lead), so the cost grows with the length. The pieces are the
-- same: every two adjacent characters of the normalised text (NFKC, lower case) in which neither
-- is whitespace, each once, in the order array_agg(DISTINCT) gives them.
CREATE OR REPLACE FUNCTION kyoso_bigrams(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN coalesce(
    (SELECT array_agg(DISTINCT g.b)
     FROM (SELECT c.ch || lead(c.ch) OVER (ORDER BY c.i) AS b
           FROM unnest(regexp_split_to_array(lower(normalize(coalesce(t, ''), NFKC)), ''))
                WITH ORDINALITY AS c(ch, i)) AS g
     WHERE g.b !~ '\s'),
    '{}'::text[]);
END;
$$;
