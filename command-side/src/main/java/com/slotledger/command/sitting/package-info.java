/**
 * Exam sittings and attendance, command side (the seed's FUACS exam slot module).
 *
 * <p>Reference records: {@code ReferenceController} (HTTP) sends to {@code ReferenceCatalogue}, which claims the
 * natural key in {@code ReferenceRegistry} ({@code ReferenceKeys}) and lets the {@code ReferenceRecord} aggregate
 * decide.
 *
 * <p>Slots: {@code SlotController} (schedule, reschedule, cancel, a lecture's roster) and
 * {@code ExamSlotController} (subjects, participants) send to {@code SlotDesk}, which books the room in
 * {@code SlotBookings} (PostgreSQL decides the room rules), checks live references and enrolments, and records
 * attendance routes ({@code AttendanceRoutes}); the {@code Slot} aggregate decides the rest, with its roster
 * ({@code SlotRoster}) and passes ({@code SlotSession}) as members. {@code ParticipantImport}
 * ({@code ParticipantImportController}, {@code ParticipantRows}) turns CSV rows into the same commands.
 *
 * <p>Attendance: {@code SessionController} (start, stop, rescan) and {@code AttendanceController} (manual
 * decisions) go to the slot; {@code RecognitionCallbackController} sends RecognitionDetected to
 * {@code DetectionIntake}, which stores evidence in {@code EvidenceStore} and lets the slot judge it. The rules are
 * named units: {@code AttendanceRules} (status flow, RESCAN table), {@code SlotDetections} (why a recognition does
 * not count), {@code EditWindow}. Ids derived from what they identify: {@code SittingIds}. Wiring:
 * {@code SittingCommandModule}.
 */
package com.slotledger.command.sitting;
