-- ComplyScore schema, version 6: assessments and templates (issue 7): imported templates keep the
-- assessment objectives of their controls, and a template can change after assessments were made from it.
-- ${text} is unbounded text; DatabaseSchema spells it per database.

-- What an assessor checks to decide whether the control is met (OSCAL "assessment-objective").
ALTER TABLE control ADD COLUMN objectives ${text};
-- The control's id in its source as a token (OSCAL's "ac-2.1"), so an OSCAL export names the same control.
ALTER TABLE control ADD COLUMN source_id VARCHAR(100);

-- A template counts its modifications. A control records the revision that added it and, once taken out,
-- the one that removed it: assessments made before the removal still show it until they accept the update.
ALTER TABLE template ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE template ADD CONSTRAINT ck_template_revision CHECK (revision >= 1);
ALTER TABLE control ADD COLUMN added_in INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE control ADD COLUMN removed_in INTEGER;
ALTER TABLE control ADD CONSTRAINT ck_control_revisions CHECK (removed_in IS NULL OR removed_in > added_in);

-- The template revision an assessment follows; a later one is a pending update (F47). Deferring an update
-- remembers which revision was deferred, so the next modification asks again.
ALTER TABLE assessment ADD COLUMN template_revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE assessment ADD COLUMN deferred_revision INTEGER;

-- Names are unique within a group (F42); one product + regulation per group is checked by the service, as it
-- spans the template table.
ALTER TABLE assessment ADD CONSTRAINT uq_assessment_name_in_group UNIQUE (group_id, name);
