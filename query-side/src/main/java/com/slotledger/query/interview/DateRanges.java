package com.slotledger.query.interview;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A reader's date range as instants: whole days in the named zone (else the configured one), at most a year. */
@Singleton
class DateRanges {

    static final int MAX_DAYS = 366;

    private final String defaultZone;

    DateRanges(@Value("${slotledger.interview.default-zone:UTC}") String defaultZone) {
        this.defaultZone = defaultZone;
    }

    record Range(Instant from, Instant to, ZoneId zone) {
    }

    Range of(LocalDate startDate, LocalDate endDate, String zoneName) {
        ZoneId zone = zone(zoneName);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "endDate must not be before startDate.");
        }
        if (startDate != null && endDate != null && startDate.plusDays(MAX_DAYS).isBefore(endDate)) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "A date range spans at most " + MAX_DAYS + " days.");
        }
        return new Range(startDate == null ? null : startDate.atStartOfDay(zone).toInstant(),
                endDate == null ? null : endDate.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    ZoneId zone(String zoneName) {
        try {
            return ZoneId.of(zoneName == null || zoneName.isBlank() ? defaultZone : zoneName.strip());
        } catch (DateTimeException e) {
            throw new DomainRejection(ErrorCode.VALIDATION_FAILED, "Unknown time zone '" + zoneName + "'.");
        }
    }
}
