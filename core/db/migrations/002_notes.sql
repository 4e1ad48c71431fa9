-- SPDX-License-Identifier: GPL-3.0-or-later
-- The team's notes on countries: each a dated text by its author. The
-- latest note on a country is the one shown; earlier ones stay as history.
CREATE TABLE note (
    id bigserial PRIMARY KEY,
    iso3 text NOT NULL,
    author text NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    body text NOT NULL
);
CREATE INDEX note_country ON note (iso3, written_at DESC);
CREATE TRIGGER note_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON note
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
