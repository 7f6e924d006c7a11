-- people (issue 16): each account carries a mobile number (手机号) and, for enterprise users, whether the person is
-- on duty now (当班): the duty room's alarm SMS goes to the on-duty persons' mobiles.
ALTER TABLE account ADD COLUMN mobile varchar(11) CHECK (mobile ~ '^1[3-9][0-9]{9}$');
ALTER TABLE account ADD COLUMN on_duty boolean NOT NULL DEFAULT false;
CREATE INDEX account_on_duty ON account (enterprise_code) WHERE on_duty;
