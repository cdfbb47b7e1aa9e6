-- 0006: business calendars (weekly hours, holidays, make-up working days) by name, as the JSON
-- of server/core/include/cti/core/calendar.h. IVR conditions name one ("default" when none).
CREATE TABLE business_calendars (
    name        TEXT PRIMARY KEY,
    definition  TEXT NOT NULL CHECK (json_valid(definition)),
    updated_ms  INTEGER NOT NULL
);
