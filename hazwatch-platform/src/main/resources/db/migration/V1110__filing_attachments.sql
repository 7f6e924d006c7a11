-- Filing attachments (报备附件): the files an enterprise attaches to a filing, kept by support.Attachments under the
-- data directory; here only what names them (content id sha256, type, size, the name the person chose).
CREATE TABLE filing_attachment (
    filing_id     uuid         NOT NULL REFERENCES filing (id) ON DELETE CASCADE,
    seq           integer      NOT NULL,
    attachment_id char(64)     NOT NULL,
    content_type  varchar(64)  NOT NULL,
    size          bigint       NOT NULL,
    name          varchar(200) NOT NULL,
    PRIMARY KEY (filing_id, seq)
);
