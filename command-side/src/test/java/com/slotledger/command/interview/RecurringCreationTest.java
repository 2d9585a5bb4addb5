package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewCommands.CreateRecurringSlots;
import com.slotledger.api.interview.InterviewEvents.ConflictDetected;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewTypes.ConflictType;
import com.slotledger.api.interview.InterviewTypes.RecurringPattern;
import com.slotledger.api.interview.InterviewTypes.SlotType;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.command.interview.RecurringReport.Occurrence;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.slotledger.command.interview.InterviewFixtures.ACME;
import static com.slotledger.command.interview.InterviewFixtures.BERLIN;
import static com.slotledger.command.interview.InterviewFixtures.IVY;
import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.interview.InterviewFixtures.everyDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recurring creation is one command that creates many slot aggregates (and conflicts), so it runs here on Axon's
 * real repositories over an in-memory event store, in a unit of work, instead of a one-aggregate fixture.
 */
class RecurringCreationTest {

    private static final String NEW_YORK = "America/New_York";
    private static final List<Integer> EVERY_DAY = List.of(1, 2, 3, 4, 5, 6, 7);

    private InterviewFixtures.Registry registry;
    private InterviewFixtures.Patterns patterns;
    private InterviewFixtures.Companies companies;
    private EmbeddedEventStore store;
    private SlotCreation creation;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Registry();
        patterns = new InterviewFixtures.Patterns().with(everyDay(BERLIN, null, null, null));
        companies = new InterviewFixtures.Companies();
        handlers(BusinessHours.DEFAULT);
    }

    private void handlers(BusinessHours hours) {
        store = InterviewFixtures.inMemoryStore();
        creation = new SlotCreation(EventSourcingRepository.builder(InterviewSlot.class).eventStore(store).build(), registry,
                patterns, hours, companies);
    }

    private RecurringReport run(CreateRecurringSlots command) throws Exception {
        ResultMessage<RecurringReport> result = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command))
                .executeWithResult(() -> creation.handle(command));
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
        return result.getPayload();
    }

    private static CreateRecurringSlots series(RecurringPattern pattern, boolean atomic) {
        return new CreateRecurringSlots("series-1", pattern, IVY, ACME, null, 2, "weekly", atomic, "rec", NOW);
    }

    private static RecurringPattern pattern(String from, String to, String start, String end, List<Integer> days,
                                            int duration, int pause, String zone) {
        return new RecurringPattern(LocalDate.parse(from), LocalDate.parse(to), LocalTime.parse(start),
                LocalTime.parse(end), days, duration, pause, zone);
    }

    private List<InterviewSlotCreated> slotsCreated() {
        return InterviewFixtures.payloads(store).stream().filter(InterviewSlotCreated.class::isInstance)
                .map(InterviewSlotCreated.class::cast).toList();
    }

    private List<Instant> startsCreated() {
        return slotsCreated().stream().map(e -> e.spec().start()).toList();
    }

    private static Map<String, String> reasons(List<Occurrence> occurrences) {
        return occurrences.stream().collect(Collectors.toMap(Occurrence::local, Occurrence::reason));
    }

    @Test
    void durationAndBreakSpaceTheOccurrencesAndEachEndsByTheEndTime() throws Exception {
        RecurringPattern pattern = pattern("2026-12-01", "2026-12-01", "09:00", "12:00", List.of(2), 45, 15, BERLIN);
        RecurringReport report = run(series(pattern, false));

        assertEquals(List.of("2026-12-01T09:00", "2026-12-01T10:00", "2026-12-01T11:00"),
                report.created().stream().map(Occurrence::local).toList());
        assertEquals(List.of(Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z")), startsCreated());
        for (InterviewSlotCreated created : slotsCreated()) {
            assertEquals(Duration.ofMinutes(45), Duration.between(created.spec().start(), created.spec().end()));
            assertEquals(SlotType.RECURRING, created.spec().type());
            assertEquals("series-1", created.seriesId());
            assertEquals(pattern, created.pattern());
            assertEquals(2, created.spec().maxCandidates());
        }
        assertTrue(report.skipped().isEmpty() && report.conflicting().isEmpty());
    }

    @Test
    void onlyTheChosenWeekdaysOfTheRangeGetSlots() throws Exception {
        RecurringReport report = run(series(pattern("2026-11-30", "2026-12-06", "09:00", "10:00", List.of(1, 3, 5), 60,
                0, BERLIN), false));
        assertEquals(List.of("2026-11-30T09:00", "2026-12-02T09:00", "2026-12-04T09:00"),
                report.created().stream().map(Occurrence::local).toList());
    }

    @Test
    void theAvailabilitysMaxSlotsPerDayIsRespectedCountingSlotsTheDayAlreadyHas() throws Exception {
        patterns.rows.clear();
        patterns.with(everyDay(BERLIN, 2, null, null));
        registry.claimSlot("earlier", Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T14:00:00Z"),
                LocalDate.of(2026, 12, 1));

        RecurringReport report = run(series(pattern("2026-12-01", "2026-12-02", "09:00", "13:00", EVERY_DAY, 60, 0,
                BERLIN), false));

        assertEquals(List.of("2026-12-01T09:00", "2026-12-02T09:00", "2026-12-02T10:00"),
                report.created().stream().map(Occurrence::local).toList());
        assertEquals(Map.of("2026-12-01T10:00", "MAX_SLOTS_PER_DAY", "2026-12-01T11:00", "MAX_SLOTS_PER_DAY",
                "2026-12-01T12:00", "MAX_SLOTS_PER_DAY", "2026-12-02T11:00", "MAX_SLOTS_PER_DAY",
                "2026-12-02T12:00", "MAX_SLOTS_PER_DAY"), reasons(report.skipped()));
        assertEquals(3, slotsCreated().size());
    }

    @Test
    void daysOutsideTheAvailabilitysValidityAreSkipped() throws Exception {
        patterns.rows.clear();
        patterns.with(everyDay(BERLIN, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)));
        RecurringReport report = run(series(pattern("2026-11-30", "2026-12-03", "09:00", "10:00", EVERY_DAY, 60, 0,
                BERLIN), false));
        assertEquals(List.of("2026-12-01T09:00", "2026-12-02T09:00"),
                report.created().stream().map(Occurrence::local).toList());
        assertEquals(Map.of("2026-11-30T09:00", "OUTSIDE_VALIDITY", "2026-12-03T09:00", "OUTSIDE_VALIDITY"),
                reasons(report.skipped()));
    }

    @Test
    void occurrencesInNoAvailabilityPatternAreCreatedWithAnInterviewerUnavailableConflict() throws Exception {
        patterns.rows.clear();
        RecurringReport report = run(series(pattern("2026-12-01", "2026-12-01", "09:00", "11:00", EVERY_DAY, 60, 0,
                BERLIN), false));
        assertEquals(2, report.created().size());
        report.created().forEach(o -> assertEquals(ConflictType.INTERVIEWER_UNAVAILABLE.name(), o.reason()));
        List<ConflictDetected> conflicts = InterviewFixtures.payloads(store).stream()
                .filter(ConflictDetected.class::isInstance).map(ConflictDetected.class::cast).toList();
        assertEquals(report.created().stream().map(o -> InterviewSlot.unavailableId(o.slotId())).toList(),
                conflicts.stream().map(ConflictDetected::conflictId).toList());
        conflicts.forEach(c -> assertEquals(ConflictType.INTERVIEWER_UNAVAILABLE, c.type()));
    }

    @Test
    void pastOccurrencesAndThoseOutsideBusinessHoursAreSkippedWithTheirReason() throws Exception {
        RecurringReport report = run(series(pattern("2026-11-19", "2026-11-21", "07:00", "09:00", EVERY_DAY, 60, 0,
                BERLIN), false));
        assertEquals(List.of("2026-11-21T08:00"), report.created().stream().map(Occurrence::local).toList());
        assertEquals(Map.of("2026-11-19T07:00", "IN_PAST", "2026-11-19T08:00", "IN_PAST", "2026-11-20T07:00", "IN_PAST",
                "2026-11-20T08:00", "IN_PAST", "2026-11-21T07:00", "OUTSIDE_BUSINESS_HOURS"), reasons(report.skipped()));
    }

    @Test
    void anOccurrenceOverlappingAnExistingSlotOfTheInterviewerIsReportedConflicting() throws Exception {
        registry.claimSlot("existing", Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T10:30:00Z"),
                LocalDate.of(2026, 12, 1));
        RecurringReport report = run(series(pattern("2026-12-01", "2026-12-01", "09:00", "13:00", EVERY_DAY, 60, 0,
                BERLIN), false));
        assertEquals(List.of("2026-12-01T09:00", "2026-12-01T12:00"),
                report.created().stream().map(Occurrence::local).toList());
        assertEquals(Map.of("2026-12-01T10:00", "OVERLAP", "2026-12-01T11:00", "OVERLAP"), reasons(report.conflicting()));
        assertEquals(2, slotsCreated().size());
    }

    @Test
    void anAtomicSeriesCreatesNothingWhenAnyOccurrenceWouldBeSkippedOrConflict() {
        registry.claimSlot("existing", Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T10:30:00Z"),
                LocalDate.of(2026, 12, 1));
        DomainRejection rejection = assertThrows(DomainRejection.class, () -> run(series(pattern("2026-12-01",
                "2026-12-01", "09:00", "13:00", EVERY_DAY, 60, 0, BERLIN), true)));
        assertEquals("RECURRING_NOT_ATOMIC", rejection.code().name());
        assertEquals(List.of(), InterviewFixtures.payloads(store));
    }

    @Test
    void aSeriesOfADeactivatedCompanyOrWithAnotherCompanysJobCreatesNothing() {
        RecurringPattern tuesday = pattern("2026-12-01", "2026-12-01", "09:00", "11:00", EVERY_DAY, 60, 0, BERLIN);
        DomainRejection foreignJob = assertThrows(DomainRejection.class, () -> run(new CreateRecurringSlots("series-1",
                tuesday, IVY, "globex", "job-1", 1, null, false, "rec", NOW)));
        assertEquals("JOB_COMPANY_MISMATCH", foreignJob.code().name());
        companies.deactivateCompany(ACME);
        DomainRejection inactive = assertThrows(DomainRejection.class, () -> run(series(tuesday, false)));
        assertEquals("COMPANY_INACTIVE", inactive.code().name());
        assertEquals(List.of(), InterviewFixtures.payloads(store));
    }

    @Test
    void anAtomicSeriesWithOnlyValidOccurrencesCreatesThemAll() throws Exception {
        RecurringReport report = run(series(pattern("2026-12-01", "2026-12-03", "09:00", "11:00", EVERY_DAY, 60, 0,
                BERLIN), true));
        assertEquals(6, report.created().size());
        assertEquals(6, slotsCreated().size());
    }

    @Test
    void aSeriesKeepsItsWallClockTimesAcrossBerlinsDstChanges() throws Exception {
        // Berlin moves to summer time on 28 March 2027 and back on 31 October 2027
        run(series(pattern("2027-03-27", "2027-03-29", "09:00", "10:00", EVERY_DAY, 60, 0, BERLIN), false));
        run(new CreateRecurringSlots("series-2", pattern("2027-10-30", "2027-11-01", "09:00", "10:00", EVERY_DAY, 60, 0,
                BERLIN), IVY, ACME, null, 1, null, true, "rec", NOW));
        assertEquals(List.of(Instant.parse("2027-03-27T08:00:00Z"), Instant.parse("2027-03-28T07:00:00Z"),
                Instant.parse("2027-03-29T07:00:00Z"), Instant.parse("2027-10-30T07:00:00Z"),
                Instant.parse("2027-10-31T08:00:00Z"), Instant.parse("2027-11-01T08:00:00Z")), startsCreated());
    }

    @Test
    void aSeriesKeepsItsWallClockTimesAcrossNewYorksDstChanges() throws Exception {
        patterns.rows.clear();
        patterns.with(everyDay(NEW_YORK, null, null, null));
        // New York moves to daylight time on 14 March 2027 and back on 7 November 2027
        run(series(pattern("2027-03-13", "2027-03-15", "09:00", "10:00", EVERY_DAY, 60, 0, NEW_YORK), false));
        run(new CreateRecurringSlots("series-2", pattern("2027-11-06", "2027-11-08", "09:00", "10:00", EVERY_DAY, 60, 0,
                NEW_YORK), IVY, ACME, null, 1, null, true, "rec", NOW));
        assertEquals(List.of(Instant.parse("2027-03-13T14:00:00Z"), Instant.parse("2027-03-14T13:00:00Z"),
                Instant.parse("2027-03-15T13:00:00Z"), Instant.parse("2027-11-06T13:00:00Z"),
                Instant.parse("2027-11-07T14:00:00Z"), Instant.parse("2027-11-08T14:00:00Z")), startsCreated());
        slotsCreated().forEach(e -> assertEquals(Duration.ofHours(1), Duration.between(e.spec().start(), e.spec().end())));
    }

    @Test
    void aWallClockTimeTheDstChangeSkipsIsSkippedAndARepeatedOneIsCreatedOnce() throws Exception {
        handlers(new BusinessHours(LocalTime.MIN, LocalTime.MAX));
        RecurringReport spring = run(series(pattern("2027-03-27", "2027-03-29", "02:30", "03:00", EVERY_DAY, 30, 0,
                BERLIN), false));
        assertEquals(Map.of("2027-03-28T02:30", "DST_GAP"), reasons(spring.skipped()));
        assertEquals(2, spring.created().size());

        RecurringReport autumn = run(new CreateRecurringSlots("series-2", pattern("2027-10-31", "2027-10-31", "02:30",
                "03:00", EVERY_DAY, 30, 0, BERLIN), IVY, ACME, null, 1, null, false, "rec", NOW));
        assertEquals(1, autumn.created().size());
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), autumn.created().get(0).start(), "the earlier of the two");
    }

    @Test
    void aSeriesIsARealRangeOfRealSlots() {
        assertEquals("VALIDATION_FAILED", rejection(pattern("2026-12-02", "2026-12-01", "09:00", "10:00", EVERY_DAY, 60, 0, BERLIN)));
        assertEquals("INVALID_SLOT_TIME", rejection(pattern("2026-12-01", "2026-12-01", "10:00", "09:00", EVERY_DAY, 60, 0, BERLIN)));
        assertEquals("VALIDATION_FAILED", rejection(pattern("2026-12-01", "2026-12-01", "09:00", "10:00", List.of(0, 8), 60, 0, BERLIN)));
        assertEquals("VALIDATION_FAILED", rejection(pattern("2026-12-01", "2026-12-01", "09:00", "10:00", EVERY_DAY, 4, 0, BERLIN)));
        assertEquals("VALIDATION_FAILED", rejection(pattern("2026-12-01", "2026-12-01", "09:00", "10:00", EVERY_DAY, 60, 0, "Nowhere/Else")));
        assertEquals("VALIDATION_FAILED", rejection(pattern("2026-12-01", "2027-12-01", "08:00", "22:00", EVERY_DAY, 5, 0, BERLIN)),
                "more occurrences than one series may create");
    }

    private String rejection(RecurringPattern pattern) {
        DomainRejection rejection = assertThrows(DomainRejection.class, () -> run(series(pattern, false)));
        assertEquals(List.of(), InterviewFixtures.payloads(store));
        return rejection.code().name();
    }
}
