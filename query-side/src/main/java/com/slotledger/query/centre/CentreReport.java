package com.slotledger.query.centre;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The seed's generate_center_report for one date: registered candidates, the exams held that day (in each exam's
 * own zone), attendance as the candidates with a result opened for the exam, and a results summary.
 */
@Introspected
public record CentreReport(String centreId, LocalDate date, long candidates, List<ExamLine> exams,
                           Map<String, Long> resultsByStatus, Map<String, Long> grades) {

    @Introspected
    public record ExamLine(String examId, String title, String status, String startsAt, String zone, long attended,
                           long finalized) {
    }
}
