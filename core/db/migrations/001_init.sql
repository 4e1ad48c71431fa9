-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shared store of a Crossroads data folder. Every file of the folder has
-- a row in data_file; what it holds lives in the table for its kind. Records
-- and features are kept whole (jsonb) so fields added to the format later
-- survive a round trip untouched; the key columns beside them are generated
-- from the record, for queries and indexes, and can never disagree with it.

CREATE TABLE schema_version (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row per file, by its path inside the data folder ('/'-separated).
--   records:  a JSON object whose arrays of objects are records (timeline/*.json);
--             document is the object with those arrays emptied, to restore
--             everything else (and the order of its keys' arrays) on export
--   features: a GeoJSON FeatureCollection; document is it without features
--   json:     any other JSON document (region.json, stories), kept whole
--   gpkg:     a GeoPackage; document lists its layers and their fields
--   verbatim: any other file, its bytes in content
CREATE TABLE data_file (
    path text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('records', 'features', 'json', 'gpkg', 'verbatim')),
    document jsonb,
    content bytea
);

-- Records of the timeline files: events, standings, groups, relations,
-- corridors, sources, and whatever a later format adds.
CREATE TABLE record (
    file text NOT NULL REFERENCES data_file (path) ON DELETE CASCADE,
    collection text NOT NULL,           -- the key of the array: events, standings, ...
    ord integer NOT NULL,               -- position in that array
    body jsonb NOT NULL,                -- the whole record
    id text GENERATED ALWAYS AS (body ->> 'id') STORED,
    date text GENERATED ALWAYS AS (body ->> 'date') STORED,
    date_from text GENERATED ALWAYS AS (body ->> 'from') STORED,
    date_until text GENERATED ALWAYS AS (body ->> 'until') STORED,
    country text GENERATED ALWAYS AS (body ->> 'country') STORED,
    group_id text GENERATED ALWAYS AS (body ->> 'group') STORED,
    PRIMARY KEY (file, collection, ord)
);
CREATE INDEX record_id ON record (collection, id);
CREATE INDEX record_body ON record USING gin (body jsonb_path_ops);

-- Features of the GeoJSON files (places, corridor legs), geometry in WGS 84.
CREATE TABLE feature (
    file text NOT NULL REFERENCES data_file (path) ON DELETE CASCADE,
    ord integer NOT NULL,
    body jsonb NOT NULL,                -- the feature without its geometry
    geom geometry(Geometry, 4326),
    id text GENERATED ALWAYS AS (body -> 'properties' ->> 'id') STORED,
    PRIMARY KEY (file, ord)
);
CREATE INDEX feature_geom ON feature USING gist (geom);

-- Features of the GeoPackage layers (country boundaries), every field kept
-- in attributes by name.
CREATE TABLE boundary_feature (
    file text NOT NULL REFERENCES data_file (path) ON DELETE CASCADE,
    layer text NOT NULL,
    fid bigint NOT NULL,
    attributes jsonb NOT NULL,
    geom geometry(Geometry, 4326),
    iso_a3 text GENERATED ALWAYS AS (attributes ->> 'iso_a3') STORED,
    PRIMARY KEY (file, layer, fid)
);
CREATE INDEX boundary_feature_geom ON boundary_feature USING gist (geom);

-- One view per kind of record, for people querying the store by hand.
CREATE VIEW events AS SELECT id, date, body ->> 'title' AS title, body FROM record WHERE collection = 'events';
CREATE VIEW standings AS SELECT id, country, group_id, date_from, date_until, body FROM record WHERE collection = 'standings';
CREATE VIEW relations AS SELECT id, date_from, date_until, body FROM record WHERE collection = 'relations';
CREATE VIEW corridors AS SELECT id, body ->> 'name' AS name, body FROM record WHERE collection = 'corridors';
CREATE VIEW groups AS SELECT id, body ->> 'name' AS name, body FROM record WHERE collection = 'groups';
CREATE VIEW places AS SELECT id, body -> 'properties' ->> 'name' AS name, geom FROM feature WHERE file = 'timeline/places.geojson';

-- Every change to the record is announced on channel crossroads_data, so
-- the program of every team member reloads when one of them commits (the
-- notification is delivered at commit, once per transaction and channel).
CREATE FUNCTION notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('crossroads_data', TG_TABLE_NAME);
    RETURN NULL;
END $$;
CREATE TRIGGER data_file_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON data_file
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
CREATE TRIGGER record_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON record
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
CREATE TRIGGER feature_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON feature
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
CREATE TRIGGER boundary_feature_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON boundary_feature
    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
