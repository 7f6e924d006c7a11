-- bulletin (issue 13): a notification may carry one file for its e-mails (the bulletin's PDF), kept in the
-- attachments store (support.Attachments) under this id.
ALTER TABLE notification ADD COLUMN attachment_id text, ADD COLUMN attachment_name text;
