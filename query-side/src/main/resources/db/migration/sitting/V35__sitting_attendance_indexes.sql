-- Attendance listings by student (GET /exam-attendance?studentUserId=) and the review list of a slot.
CREATE INDEX sitting_attendance_view_student ON sitting_attendance_view (student_id);
CREATE INDEX sitting_attendance_view_review ON sitting_attendance_view (slot_id) WHERE needs_review;
