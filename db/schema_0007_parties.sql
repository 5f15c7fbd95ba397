-- Participants and funding parties as the office keeps them: the country and the usual
-- currency of each party, and the date it retired from the project (NULL = active).  A retired
-- party keeps its history (commitments, payments, contracts) and takes no new records dated
-- on or after its retirement.  '' = not set (the plan does not give the foreign parties'
-- countries).  The announced domestic parties are Korean: country KR, currency KRW.

ALTER TABLE parties ADD COLUMN country TEXT NOT NULL DEFAULT ''
    CHECK (country = '' OR (length(country) = 2 AND upper(country) = country AND country GLOB '[A-Z][A-Z]'));

ALTER TABLE parties ADD COLUMN currency TEXT NOT NULL DEFAULT ''
    CHECK (currency = '' OR (length(currency) = 3 AND upper(currency) = currency AND currency GLOB '[A-Z][A-Z][A-Z]'));

ALTER TABLE parties ADD COLUMN retired_on TEXT
    CHECK (retired_on IS NULL OR date(retired_on) IS retired_on);

UPDATE parties SET country = 'KR', currency = 'KRW' WHERE is_foreign = 0 AND country = '' AND currency = '';
