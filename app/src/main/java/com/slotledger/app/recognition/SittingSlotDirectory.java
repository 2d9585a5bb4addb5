package com.slotledger.app.recognition;

import com.slotledger.api.sitting.SlotCategory;
import com.slotledger.command.shared.Jdbc;
import com.slotledger.query.shared.ReadYourWrites;
import com.slotledger.query.sitting.SittingProjection;
import com.slotledger.recognition.service.SlotDirectory;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A slot's room and roster for a recognition run, read from the sitting's read models once they have caught up with
 * the run's SessionStarted event (the room's name from the sitting's command-side key registry). The roster is the
 * exam's enrolled participants, or a lecture's attendees.
 */
@Singleton
class SittingSlotDirectory implements SlotDirectory {

    private final ReadYourWrites readYourWrites;
    private final Jdbc jdbc;

    SittingSlotDirectory(ReadYourWrites readYourWrites, Jdbc jdbc) {
        this.readYourWrites = readYourWrites;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SlotView> slot(String slotId, long position) {
        // the sitting projection handles the slot's own events, SessionStarted included, in order: once it is past
        // that event its slot and participant rows are as they were then
        readYourWrites.await(SittingProjection.NAME, position);
        return jdbc.read(connection -> {
            String roomId;
            String roomName;
            SlotCategory category;
            // the room's name from the command side's registry of reference keys, which is never behind
            try (PreparedStatement statement = connection.prepareStatement("SELECT s.room_id, r.natural_key, s.category"
                    + " FROM sitting_slot_view s LEFT JOIN sitting_reference r ON r.kind = 'ROOM' AND r.id = s.room_id"
                    + " WHERE s.slot_id = ?")) {
                statement.setString(1, slotId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    roomId = rows.getString(1);
                    roomName = rows.getString(2);
                    category = SlotCategory.valueOf(rows.getString(3));
                }
            }
            String roster = category.takesParticipants()
                    ? "SELECT DISTINCT student_id FROM sitting_participant_view WHERE slot_id = ? AND enrolled"
                    : "SELECT student_id FROM sitting_attendance_view WHERE slot_id = ?";
            Set<String> students = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(roster)) {
                statement.setString(1, slotId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        students.add(rows.getString(1));
                    }
                }
            }
            return Optional.of(new SlotView(slotId, roomId, roomName, category.attendanceKind(), students));
        });
    }
}
