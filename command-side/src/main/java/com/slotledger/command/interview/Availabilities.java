package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Interviewers' availability patterns as the command side keeps them, and what they say about a time span. */
@Singleton
public class Availabilities {

    private final Jdbc jdbc;

    public Availabilities(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the patterns say of one occurrence: covered (with the covering pattern's max slots per day and the zone
     * its days are counted in), outside every validity range, or uncovered.
     */
    public record Verdict(boolean covered, boolean outsideValidity, Integer maxSlotsPerDay, ZoneId zone) {

        /** The occurrence's day for the per-day count: in the covering pattern's zone, else in the slot's own. */
        LocalDate day(Instant start, ZoneId slotZone) {
            return start.atZone(zone == null ? slotZone : zone).toLocalDate();
        }
    }

    public record Stored(String availabilityId, String interviewerId, String companyId) {
    }

    void save(String availabilityId, AvailabilityPattern p) {
        jdbc.update("""
                INSERT INTO interview_availability_registry (availability_id, interviewer_id, company_id, day_of_week,
                    start_time, end_time, is_available, max_slots_per_day, valid_from, valid_until, zone)
                VALUES (?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT (availability_id) DO UPDATE SET day_of_week = excluded.day_of_week,
                    start_time = excluded.start_time, end_time = excluded.end_time, is_available = excluded.is_available,
                    max_slots_per_day = excluded.max_slots_per_day, valid_from = excluded.valid_from,
                    valid_until = excluded.valid_until, zone = excluded.zone""",
                availabilityId, p.interviewerId(), p.companyId(), p.dayOfWeek(), Time.valueOf(p.startTime()),
                Time.valueOf(p.endTime()), p.available(), p.maxSlotsPerDay(), date(p.validFrom()), date(p.validUntil()),
                p.zone());
    }

    void remove(String availabilityId) {
        jdbc.update("UPDATE interview_availability_registry SET removed = TRUE WHERE availability_id = ?", availabilityId);
    }

    public Optional<Stored> find(String availabilityId) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT availability_id, interviewer_id, company_id FROM interview_availability_registry WHERE availability_id = ?")) {
                query.setString(1, availabilityId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new Stored(rows.getString(1), rows.getString(2), rows.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Judges [start, end) against the interviewer's live patterns, each read in its own zone. */
    Verdict judge(String interviewerId, Instant start, Instant end) {
        List<Row> rows = patterns(interviewerId);
        boolean anyForDay = false;
        boolean anyValid = false;
        for (Row row : rows) {
            ZonedDateTime localStart = start.atZone(row.zone());
            ZonedDateTime localEnd = end.atZone(row.zone());
            if (localStart.getDayOfWeek().getValue() != row.dayOfWeek()) {
                continue;
            }
            anyForDay = true;
            LocalDate day = localStart.toLocalDate();
            if ((row.validFrom() != null && day.isBefore(row.validFrom()))
                    || (row.validUntil() != null && day.isAfter(row.validUntil()))) {
                continue;
            }
            anyValid = true;
            boolean inside = localEnd.toLocalDate().equals(day)
                    && !localStart.toLocalTime().isBefore(row.startTime()) && !localEnd.toLocalTime().isAfter(row.endTime());
            if (row.available() && inside) {
                return new Verdict(true, false, row.maxSlotsPerDay(), row.zone());
            }
        }
        return new Verdict(false, anyForDay && !anyValid, null, null);
    }

    /** One live pattern as judging needs it. */
    record Row(int dayOfWeek, LocalTime startTime, LocalTime endTime, boolean available,
                       Integer maxSlotsPerDay, LocalDate validFrom, LocalDate validUntil, ZoneId zone) {
    }

    List<Row> patterns(String interviewerId) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT day_of_week, start_time, end_time, is_available, max_slots_per_day, valid_from, valid_until, zone
                    FROM interview_availability_registry WHERE interviewer_id = ? AND NOT removed
                    ORDER BY availability_id""")) {
                query.setString(1, interviewerId);
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(result.getInt(1), result.getObject(2, LocalTime.class),
                                result.getObject(3, LocalTime.class), result.getBoolean(4),
                                (Integer) result.getObject(5), result.getObject(6, LocalDate.class),
                                result.getObject(7, LocalDate.class), ZoneId.of(result.getString(8))));
                    }
                }
                return rows;
            }
        });
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
