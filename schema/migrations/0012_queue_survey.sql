-- 0012: a queue may name an IVR flow that its callers enter when the agent hangs up (the
-- satisfaction survey, 满意度调查); empty: the call ends with the agent's hang-up, as before.
-- The answers are call.survey events in event_log (server/center: IvrService).
ALTER TABLE queues ADD COLUMN survey_flow TEXT NOT NULL DEFAULT '' CHECK (length(survey_flow) <= 64);
