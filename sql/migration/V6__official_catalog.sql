-- juesuan warehouse, version 6: the official 政府收支分类科目 the bureau imports (`juesuan catalog import`).
-- One list per kind and fiscal year: functional (支出功能分类), economic (部门预算支出经济分类),
-- gov-economic (政府预算支出经济分类). A code dropped from a later import of the same year is kept,
-- marked retired, so facts that used it still find their name.
CREATE TABLE official_catalog (
    kind        VARCHAR(20)  NOT NULL,
    fiscal_year INT          NOT NULL,
    code        VARCHAR(7)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       INT          NOT NULL,
    parent_code VARCHAR(7),
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (kind, fiscal_year, code)
);

-- What was imported for each kind and year; complete = the whole official list (not an excerpt), which makes
-- a code missing from it a finding for the department.
CREATE TABLE official_catalog_import (
    kind        VARCHAR(20)   NOT NULL,
    fiscal_year INT           NOT NULL,
    source_file VARCHAR(1000) NOT NULL,
    codes       INT           NOT NULL,
    retired     INT           NOT NULL,
    complete    BOOLEAN       NOT NULL,
    imported_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (kind, fiscal_year)
);
