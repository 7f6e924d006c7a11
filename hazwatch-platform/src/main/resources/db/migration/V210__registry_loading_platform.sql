-- Loading platforms (装卸台 / 装车栈台, equipment type ZX) get fields of their own: the loading arms (鹤位数) and the
-- design loading rate. Warehouses (仓库, C0) already have area_m2 and max_stock_t.
ALTER TABLE equipment
    ADD COLUMN loading_arms     integer,             -- ZX
    ADD COLUMN loading_rate_m3h double precision;    -- ZX
