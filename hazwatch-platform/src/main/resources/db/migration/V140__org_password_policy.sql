-- security (issue 19): 等保 2.0 — forced change of generated or reset passwords, no reuse of the last passwords.
ALTER TABLE account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE account ADD COLUMN password_changed_at timestamptz;

-- The hashes of an account's earlier passwords (bcrypt), newest first by changed_at; only the last few are kept.
CREATE TABLE password_history (
    id            bigserial    PRIMARY KEY,
    username      varchar(64)  NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    password_hash varchar(200) NOT NULL,
    changed_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX password_history_user ON password_history (username, changed_at DESC);
