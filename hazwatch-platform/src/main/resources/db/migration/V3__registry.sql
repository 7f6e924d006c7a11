-- Registry (基础数据, SPEC §2). Natural keys: the hierarchical codes of SPEC §2, so other features refer to
-- points, equipment and enterprises by code and a re-import updates rows in place. Every row carries its
-- enterprise code, so scope checks and re-imports touch one enterprise with one predicate.

CREATE TABLE enterprise (
    code                 varchar(11) PRIMARY KEY,
    name                 text        NOT NULL,
    credit_code          varchar(18),
    address              text,
    lon                  double precision,
    lat                  double precision,
    division_code        varchar(32) NOT NULL,      -- county or town (GB/T 2260 and town codes)
    park_code            varchar(32),               -- chemical park, if the enterprise lies in one
    jurisdiction_path    text        NOT NULL,      -- path of the most specific node: park, else town, else county
    principal            text,                      -- 主要负责人
    principal_phone      text,
    safety_manager       text,                      -- 安全负责人
    safety_manager_phone text,
    duty_phone           text,                      -- 值班室电话
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_jurisdiction_path ON enterprise (jurisdiction_path text_pattern_ops);

-- 重大危险源. level = the official level if a regulator recorded one, else the computed GB 18218 level.
CREATE TABLE hazard_source (
    code            varchar(14) PRIMARY KEY,
    enterprise_code varchar(11) NOT NULL REFERENCES enterprise (code) ON DELETE CASCADE,
    name            text        NOT NULL,
    exposed_people  integer     NOT NULL,
    s               double precision,
    r               double precision,
    alpha           double precision,
    major_hazard    boolean,
    computed_level  smallint CHECK (computed_level BETWEEN 1 AND 4),
    official_level  smallint CHECK (official_level BETWEEN 1 AND 4),
    level           smallint GENERATED ALWAYS AS (coalesce(official_level, computed_level)) STORED,
    graded_at       timestamptz
);
CREATE INDEX hazard_source_enterprise ON hazard_source (enterprise_code);

CREATE TABLE hazard_chemical (
    hazard_source_code varchar(14) NOT NULL REFERENCES hazard_source (code) ON DELETE CASCADE,
    enterprise_code    varchar(11) NOT NULL,
    ordinal            integer     NOT NULL,
    cas                text,                       -- null for the few table-1 entries without one (煤气)
    name               text        NOT NULL,
    chemical_key       text GENERATED ALWAYS AS (coalesce(cas, name)) STORED,
    hazard_class       text,                       -- overrides the catalogue's class, e.g. W2
    quantity_t         double precision NOT NULL,
    PRIMARY KEY (hazard_source_code, chemical_key)
);
CREATE INDEX hazard_chemical_enterprise ON hazard_chemical (enterprise_code);

-- 包保责任人 (应急厅〔2021〕12号): one main, one technical, one operations person per hazard source.
CREATE TABLE custody_person (
    hazard_source_code varchar(14) NOT NULL REFERENCES hazard_source (code) ON DELETE CASCADE,
    enterprise_code    varchar(11) NOT NULL,
    role               text        NOT NULL CHECK (role IN ('main', 'technical', 'operations')),
    name               text        NOT NULL,
    phone              text,
    position           text,
    PRIMARY KEY (hazard_source_code, role)
);
CREATE INDEX custody_person_enterprise ON custody_person (enterprise_code);

-- One table for every equipment type; the type-specific columns are null where they do not apply.
CREATE TABLE equipment (
    code                 varchar(19) PRIMARY KEY,
    hazard_source_code   varchar(14) NOT NULL REFERENCES hazard_source (code) ON DELETE CASCADE,
    enterprise_code      varchar(11) NOT NULL,
    type                 varchar(2)  NOT NULL CHECK (type IN ('G0', 'Q0', 'S0', 'C0', 'ZX')),
    name                 text        NOT NULL,
    medium_cas           text,                     -- main medium (CAS) of a tank, unit or platform
    volume_m3            double precision,         -- G0
    design_pressure_mpa  double precision,         -- G0, S0
    design_temperature_c double precision,         -- G0, S0
    area_m2              double precision,         -- C0
    max_stock_t          double precision          -- C0
);
CREATE INDEX equipment_enterprise ON equipment (enterprise_code);

CREATE TABLE storage_medium (
    equipment_code  varchar(19) NOT NULL REFERENCES equipment (code) ON DELETE CASCADE,
    enterprise_code varchar(11) NOT NULL,
    ordinal         integer     NOT NULL,
    cas             text        NOT NULL,
    name            text        NOT NULL,
    form            text        NOT NULL CHECK (form IN ('gas', 'liquid', 'solid')),
    max_quantity_t  double precision,
    PRIMARY KEY (equipment_code, cas)
);
CREATE INDEX storage_medium_enterprise ON storage_medium (enterprise_code);

CREATE TABLE point (
    code            varchar(24) PRIMARY KEY,
    equipment_code  varchar(19) NOT NULL REFERENCES equipment (code) ON DELETE CASCADE,
    enterprise_code varchar(11) NOT NULL,
    kind            varchar(2)  NOT NULL,
    name            text        NOT NULL,
    unit            text        NOT NULL,
    range_low       double precision NOT NULL,
    range_high      double precision NOT NULL,
    ll              double precision,
    l               double precision,
    h               double precision,
    hh              double precision,
    deadband        double precision,
    on_delay_s      integer,
    off_delay_s     integer,
    tag_number      text                           -- 位号 in the plant's DCS
);
CREATE INDEX point_enterprise ON point (enterprise_code);

-- The secret is the HMAC-SHA256 key of SPEC §10, so it is kept as is; no read API returns it.
CREATE TABLE gateway (
    code              varchar(13) PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL REFERENCES enterprise (code) ON DELETE CASCADE,
    name              text        NOT NULL,
    vendor            text,
    ip                text,
    sampling_period_s integer     NOT NULL,
    secret            varchar(64) NOT NULL
);
CREATE INDEX gateway_enterprise ON gateway (enterprise_code);

CREATE TABLE camera (
    code               text PRIMARY KEY,
    enterprise_code    varchar(11) NOT NULL REFERENCES enterprise (code) ON DELETE CASCADE,
    hazard_source_code varchar(14) REFERENCES hazard_source (code) ON DELETE SET NULL,
    equipment_code     varchar(19) REFERENCES equipment (code) ON DELETE SET NULL,
    name               text        NOT NULL,
    stream_url         text
);
CREATE INDEX camera_enterprise ON camera (enterprise_code);
