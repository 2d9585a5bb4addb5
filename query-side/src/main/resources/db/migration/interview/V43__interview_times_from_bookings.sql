-- An interview's times are read from its confirmed booking (see ScheduleViewRepository.interview): the interview row
-- keeps only what InterviewCreated says, so no two aggregates' events write one row.
-- a row only a booking event made (its interview not yet projected) is rebuilt from InterviewCreated
DELETE FROM interview_view WHERE candidate_id IS NULL;
ALTER TABLE interview_view DROP COLUMN schedule_id, DROP COLUMN scheduled_start, DROP COLUMN scheduled_end;
ALTER TABLE interview_view ALTER COLUMN candidate_id SET NOT NULL, ALTER COLUMN company_id SET NOT NULL,
    ALTER COLUMN created_at SET NOT NULL;
