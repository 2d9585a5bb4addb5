package com.slotledger.command.sitting;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Which slot an attendance id belongs to, so /exam-attendance/{id} reaches its slot without a projection. */
@Singleton
public class AttendanceRoutes {

    private final Jdbc jdbc;

    public AttendanceRoutes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void record(String slotId, String studentId) {
        jdbc.update("INSERT INTO sitting_attendance_route (attendance_id, slot_id, student_id) VALUES (?,?,?)"
                + " ON CONFLICT DO NOTHING", SittingIds.attendance(slotId, studentId), slotId, studentId);
    }

    public String slotOf(String attendanceId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT slot_id FROM sitting_attendance_route WHERE attendance_id = ?")) {
                statement.setString(1, attendanceId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new DomainRejection(ErrorCode.ATTENDANCE_NOT_FOUND, "No attendance " + attendanceId + ".");
                    }
                    return rows.getString(1);
                }
            }
        });
    }
}
