-- Cascade of supervision (issue 15, part c-inspect; docs/CASCADE.md): a bulletin forwarded as files belongs to a
-- jurisdiction node, not to an enterprise, so its outbox row and forwarded object carry no enterprise code.
ALTER TABLE cascade_outbox ALTER COLUMN enterprise_code DROP NOT NULL;
ALTER TABLE cascade_object ALTER COLUMN enterprise_code DROP NOT NULL;
