-- Bulletins (信息通报, SPEC §9; docs/BULLETINS.md). A row is an issued bulletin with its documents' bytes; it never
-- changes (a correction is a new row: same number, next version).
CREATE TABLE bulletin (
    id                uuid PRIMARY KEY,
    jurisdiction_code text        NOT NULL,
    jurisdiction_path text        NOT NULL,
    jurisdiction_name text        NOT NULL,
    period            text        NOT NULL CHECK (period IN ('WEEK', 'MONTH', 'CUSTOM')),
    date_from         date        NOT NULL,
    date_to           date        NOT NULL,
    year              int         NOT NULL,
    sequence          int         NOT NULL,
    number            text        NOT NULL,
    version           int         NOT NULL,
    corrects          uuid REFERENCES bulletin (id),
    title             text        NOT NULL,
    scheduled         boolean     NOT NULL,
    named             int         NOT NULL,
    pdf               bytea       NOT NULL,
    xlsx              bytea       NOT NULL,
    pdf_attachment    text,
    issued_at         timestamptz NOT NULL,
    issued_by         text        NOT NULL,
    UNIQUE (jurisdiction_code, year, sequence, version)
);

-- the schedule issues a node's bulletin of a period once, however many platform nodes run the job
CREATE UNIQUE INDEX bulletin_scheduled_once ON bulletin (jurisdiction_code, period, date_from, date_to)
    WHERE scheduled;
CREATE INDEX bulletin_archive ON bulletin (jurisdiction_path text_pattern_ops, issued_at DESC);

CREATE FUNCTION bulletin_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an issued bulletin never changes; issue a correction (a new version) instead';
END
$$;
CREATE TRIGGER bulletin_issued_is_final BEFORE UPDATE ON bulletin
    FOR EACH ROW EXECUTE FUNCTION bulletin_never_changes();
