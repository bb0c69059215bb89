-- Schema for the URL shortener of the bundled backend.
-- The postgres image runs this once, on the first start with an empty data volume,
-- when it is mounted into /docker-entrypoint-initdb.d/. Running it again is harmless.

CREATE TABLE IF NOT EXISTS links (
    -- The short code in http://host/CODE: letters and digits, 7 when the service makes it.
    code        VARCHAR(16)  PRIMARY KEY,
    -- The URL it redirects to; unique, so shortening the same URL twice gives the same code.
    long_url    TEXT         NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT links_code_format CHECK (code ~ '^[A-Za-z0-9]{1,16}$'),
    CONSTRAINT links_long_url_length CHECK (length(long_url) <= 2048)
);
