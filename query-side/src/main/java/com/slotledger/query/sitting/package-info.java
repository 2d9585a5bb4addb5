/**
 * Exam sittings and attendance, query side.
 *
 * <p>Projections: {@code ReferenceProjection} (reference views) and {@code SittingProjection} (slots, subjects,
 * participants, attendance, detections), each replayable on its own; the latter announces attendance changes on
 * {@code AttendanceFeed}. SQL goes through {@code SittingSql}; shared queries and parameter parsing live in
 * {@code SlotQueries}; {@code SlotAccess} enforces supervisor isolation; {@code SittingReads} is read-your-writes.
 *
 * <p>Controllers: {@code ReferenceQueryController}, {@code SlotQueryController} (slots),
 * {@code ExamSlotQueryController} (subjects, participants), {@code AttendanceQueryController} (records, evidence),
 * {@code SessionQueryController} (exam-status, the SSE stream), {@code AttendanceReportController} with
 * {@code AttendanceReports} and {@code AttendanceSheets} (report, CSV/XLSX exports), {@code ExamScheduleController}
 * (a student's own schedule).
 */
package com.slotledger.query.sitting;
